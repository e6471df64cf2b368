#include "ui/common/support.hpp"

#include "core/common/grid.hpp"
#include "office/common/options.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace vnplan::ui {

Lang ui_lang(const Reference<css::uno::XComponentContext>& context) {
    office::set_options_context(context);
    const std::string chosen = office::current_options().report_language; // vnplan's options
    if (chosen == "vi") return Lang::vi;
    if (chosen == "en") return Lang::en;
    return interface_lang(context);
}

Lang interface_lang(const Reference<css::uno::XComponentContext>& context) {
    try {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::uno::Sequence<Any> args(1);
        args[0] <<=
            css::beans::NamedValue("nodepath", Any(rtl::OUString("/org.openoffice.Setup/L10N")));
        Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            UNO_QUERY_THROW);
        rtl::OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        return locale.startsWith("vi") ? Lang::vi : Lang::en;
    } catch (...) {
        return Lang::en;
    }
}

void show_message(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, const Message& message, Lang lang,
                  bool error) {
    try {
        Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                        UNO_QUERY_THROW);
        Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr,
                                                UNO_QUERY);
        auto box = factory->createMessageBox(
            parent, error ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX,
            css::awt::MessageBoxButtons::BUTTONS_OK, "vnplan", to_ou(message.in(lang)));
        box->execute();
    } catch (...) {
        // Nothing more can be shown; never let this escape into the office.
    }
}

Reference<css::awt::XDialog> load_dialog(const Reference<css::uno::XComponentContext>& context,
                                         const std::string& name,
                                         const Reference<css::awt::XDialogEventHandler>& handler) {
    auto provider = css::awt::DialogProvider2::create(context);
    const rtl::OUString url =
        to_ou("vnd.sun.star.extension://org.vnplan.extension/dialogs/" + name + ".xdl");
    return handler.is() ? provider->createDialogWithHandler(url, handler)
                        : provider->createDialog(url);
}

namespace {
Reference<css::beans::XPropertySet> control_model(const Reference<css::awt::XDialog>& dialog,
                                                  const char* control) {
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY_THROW);
    auto c = container->getControl(rtl::OUString::createFromAscii(control));
    if (!c.is()) throw css::uno::RuntimeException(to_ou(std::string("no control ") + control));
    return office::props(c->getModel());
}
} // namespace

void set_property(const Reference<css::awt::XDialog>& dialog, const char* control,
                  const char* property, const Any& value) {
    control_model(dialog, control)
        ->setPropertyValue(rtl::OUString::createFromAscii(property), value);
}

Any get_property(const Reference<css::awt::XDialog>& dialog, const char* control,
                 const char* property) {
    return control_model(dialog, control)
        ->getPropertyValue(rtl::OUString::createFromAscii(property));
}

std::string get_text(const Reference<css::awt::XDialog>& dialog, const char* control) {
    rtl::OUString text;
    get_property(dialog, control, "Text") >>= text;
    return to_utf8(text.trim());
}

bool is_checked(const Reference<css::awt::XDialog>& dialog, const char* control) {
    sal_Int16 state = 0;
    get_property(dialog, control, "State") >>= state;
    return state == 1;
}

Sequence<rtl::OUString> string_list(const std::vector<std::string>& items) {
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        out[static_cast<sal_Int32>(i)] = to_ou(items[i]);
    return out;
}

void execute_and_dispose(const Reference<css::awt::XDialog>& dialog) {
    dialog->execute();
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
}

sal_Bool ActionHandler::callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                          const rtl::OUString& method) {
    for (const auto& action : actions_) {
        if (method != rtl::OUString::createFromAscii(action.method)) continue;
        const std::string text =
            office::run_guarded(lang_, action.failure, [&] { return action.run(dialog); });
        if (action.result) set_property(dialog, action.result, "Label", Any(to_ou(text)));
        return true;
    }
    return false;
}

Sequence<rtl::OUString> ActionHandler::getSupportedMethodNames() {
    Sequence<rtl::OUString> names(static_cast<sal_Int32>(actions_.size()));
    for (std::size_t i = 0; i < actions_.size(); ++i)
        names[static_cast<sal_Int32>(i)] = rtl::OUString::createFromAscii(actions_[i].method);
    return names;
}

Selection current_selection(const Reference<css::frame::XFrame>& frame, const Message& missing) {
    Selection s;
    auto controller = frame->getController();
    s.document.set(controller->getModel(), UNO_QUERY);
    Reference<css::view::XSelectionSupplier> supplier(controller, UNO_QUERY);
    if (supplier.is()) s.range.set(supplier->getSelection(), UNO_QUERY);
    Reference<css::sheet::XSheetCellRange> on_sheet(s.range, UNO_QUERY);
    if (!s.document.is() || !on_sheet.is()) throw InputError(missing);
    s.sheet = on_sheet->getSpreadsheet();
    return s;
}

std::string range_name(const Reference<css::table::XCellRange>& range) {
    const auto a =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const std::string first = a1_address(a.StartColumn, a.StartRow);
    const std::string last = a1_address(a.EndColumn, a.EndRow);
    return first == last ? first : first + ":" + last;
}

void show_failure(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, Lang lang,
                  std::exception_ptr failure) {
    show_message(context, frame, office::failure_message(failure), lang);
}

} // namespace vnplan::ui
