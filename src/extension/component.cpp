// The shared library's entry points, as LibreOffice's UNO loader looks them up.
#include "addin/awards_addin.hpp"
#include "addin/indices_addin.hpp"
#include "addin/vntext_addin.hpp"
#include "ui/dispatcher.hpp"

#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <cppuhelper/factory.hxx>
#include <sal/types.h>
#include <uno/lbnames.h>

#include <string_view>

namespace {

namespace css = com::sun::star;
using vnplan::addin::Domain;

// One entry per add-in service; each must also be listed in extension/vnplan.components.in.
struct Implementation {
    Domain domain;
    css::uno::Reference<css::uno::XInterface>(SAL_CALL* create)(
        const css::uno::Reference<css::uno::XComponentContext>&);
};

template <typename AddIn>
css::uno::Reference<css::uno::XInterface> SAL_CALL
create(const css::uno::Reference<css::uno::XComponentContext>&) {
    return static_cast<cppu::OWeakObject*>(new AddIn());
}

const Implementation implementations[] = {
    {Domain::awards, create<vnplan::addin::AwardsAddIn>},
    {Domain::indices, create<vnplan::addin::IndicesAddIn>},
    {Domain::vntext, create<vnplan::addin::VnTextAddIn>},
};

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_dispatcher(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new vnplan::ui::Dispatcher(context));
}

rtl::OUString to_ou(std::string_view s) {
    return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** environment, uno_Environment**) {
    *environment = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                    void*, void*) {
    try {
        if (implementation == nullptr) return nullptr;
        if (std::string_view(implementation) == vnplan::ui::dispatcher_implementation) {
            // The menu's protocol handler (extension/registry/ProtocolHandler.xcu).
            css::uno::Reference<css::lang::XSingleComponentFactory> factory =
                cppu::createSingleComponentFactory(
                    create_dispatcher, to_ou(implementation), vnplan::ui::Dispatcher::service_names());
            factory->acquire();
            return factory.get();
        }
        for (const Implementation& i : implementations) {
            const auto& service = vnplan::addin::service_of(i.domain);
            if (service.implementation != implementation) continue;
            css::uno::Sequence<rtl::OUString> names(2);
            names[0] = to_ou(service.service);
            names[1] = "com.sun.star.sheet.AddIn";
            css::uno::Reference<css::lang::XSingleComponentFactory> factory =
                cppu::createSingleComponentFactory(i.create, to_ou(service.implementation), names);
            factory->acquire();
            return factory.get();
        }
    } catch (...) {
        // Never let an exception cross into the office's loader.
    }
    return nullptr;
}
