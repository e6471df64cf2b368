// The shared library's entry points, as LibreOffice's UNO loader looks them up.
#include "addin/addin.hpp"

#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <cppuhelper/factory.hxx>
#include <sal/types.h>
#include <uno/lbnames.h>

#include <cstring>
#include <exception>

namespace {

namespace css = com::sun::star;

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_addin(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new vnplan::addin::AddIn(context));
}

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** environment, uno_Environment**) {
    *environment = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                    void*, void*) {
    try {
        if (implementation == nullptr ||
            std::strcmp(implementation, vnplan::addin::implementation_name) != 0)
            return nullptr;
        css::uno::Reference<css::lang::XSingleComponentFactory> factory =
            cppu::createSingleComponentFactory(
                create_addin, rtl::OUString::createFromAscii(vnplan::addin::implementation_name),
                vnplan::addin::AddIn::service_names());
        factory->acquire();
        return factory.get();
    } catch (...) {
        return nullptr; // never let an exception cross into the office's loader
    }
}
