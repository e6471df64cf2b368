// The extension's entry points, as LibreOffice's UNO loader looks them up: the add-in
// services and the menu's protocol handler. Every implementation must also be listed in
// extension/vnplan.components.in.
#include "addin/awards_addin.hpp"
#include "addin/indices_addin.hpp"
#include "addin/vntext_addin.hpp"
#include "office/common/options.hpp"
#include "office/common/ustring.hpp"
#include "ui/common/dispatcher.hpp"
#include "ui/common/options_page.hpp"

#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <cppuhelper/factory.hxx>
#include <sal/types.h>
#include <uno/lbnames.h>

#include <string_view>

namespace {

namespace css = com::sun::star;
using vnplan::addin::Domain;
using vnplan::office::to_ou;

using Create = css::uno::Reference<css::uno::XInterface>(SAL_CALL*)(
    const css::uno::Reference<css::uno::XComponentContext>&);

// Add-ins are created without a context of their own: the first one passes the office's to
// the options they read their defaults from.
template <typename AddIn>
css::uno::Reference<css::uno::XInterface>
    SAL_CALL create(const css::uno::Reference<css::uno::XComponentContext>& context) {
    vnplan::office::set_options_context(context);
    return static_cast<cppu::OWeakObject*>(new AddIn());
}

struct AddInImplementation {
    Domain domain;
    Create create;
};

const AddInImplementation add_ins[] = {
    {Domain::awards, create<vnplan::addin::AwardsAddIn>},
    {Domain::indices, create<vnplan::addin::IndicesAddIn>},
    {Domain::vntext, create<vnplan::addin::VnTextAddIn>},
};

css::uno::Reference<css::uno::XInterface>
    SAL_CALL create_dispatcher(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new vnplan::ui::Dispatcher(context));
}

css::uno::Reference<css::uno::XInterface>
    SAL_CALL create_options_page(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new vnplan::ui::OptionsPage(context));
}

// The loader takes the factory with one reference of its own.
void* factory_of(Create create, std::string_view implementation,
                 const css::uno::Sequence<rtl::OUString>& services) {
    css::uno::Reference<css::lang::XSingleComponentFactory> factory =
        cppu::createSingleComponentFactory(create, to_ou(implementation), services);
    factory->acquire();
    return factory.get();
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
        const std::string_view name(implementation);
        if (name == vnplan::ui::dispatcher_implementation) // extension/registry/ProtocolHandler.xcu
            return factory_of(create_dispatcher, name, vnplan::ui::Dispatcher::service_names());
        if (name == vnplan::ui::options_page_implementation) // registry/OptionsDialog.xcu
            return factory_of(create_options_page, name, vnplan::ui::options_page_services());
        for (const AddInImplementation& a : add_ins) {
            const auto& service = vnplan::addin::service_of(a.domain);
            if (service.implementation != name) continue;
            css::uno::Sequence<rtl::OUString> services(2);
            services[0] = to_ou(service.service);
            services[1] = "com.sun.star.sheet.AddIn";
            return factory_of(a.create, name, services);
        }
    } catch (...) {
        // Never let an exception cross into the office's loader.
    }
    return nullptr;
}
