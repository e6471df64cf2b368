// What the menu commands and dialogs share: the user's language, message boxes, loading
// a dialog of the extension, reading and setting control properties.
#pragma once

#include "core/common/message.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace vnplan::ui {

namespace css = com::sun::star;

// The UNO names every ui file uses, said once.
using office::Any;
using office::Reference;
using office::Sequence;
using office::to_ou;
using office::to_utf8;
using office::UNO_QUERY;
using office::UNO_QUERY_THROW;

// The language of messages and reports: as chosen in vnplan's options, or else
// interface_lang.
Lang ui_lang(const css::uno::Reference<css::uno::XComponentContext>& context);
// Vietnamese when LibreOffice's interface language is Vietnamese, English otherwise.
Lang interface_lang(const css::uno::Reference<css::uno::XComponentContext>& context);

void show_message(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const Message& message,
                  Lang lang, bool error = true);

// Loads extension/dialogs/<name>.xdl (strings from <name>_<locale>.properties beside it).
css::uno::Reference<css::awt::XDialog>
load_dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
            const std::string& name,
            const css::uno::Reference<css::awt::XDialogEventHandler>& handler);

// Control model properties by control name ("Label", "Text", "StringItemList", ...).
void set_property(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control,
                  const char* property, const css::uno::Any& value);
css::uno::Any get_property(const css::uno::Reference<css::awt::XDialog>& dialog,
                           const char* control, const char* property);
std::string get_text(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
// Whether the check box `control` is ticked.
bool is_checked(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
// A list box's "StringItemList".
Sequence<rtl::OUString> string_list(const std::vector<std::string>& items);

// Shows `dialog` until the clerk closes it, then disposes of it.
void execute_and_dispose(const css::uno::Reference<css::awt::XDialog>& dialog);

// A dialog's event handler whose events each run one action: the action's text, or what it
// failed with, is shown in the label `result` (nothing shown when `result` is null). What an
// action throws never reaches the office.
class ActionHandler : public office::WeakImplHelper<css::awt::XDialogEventHandler> {
public:
    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog,
                                        const Any& event, const rtl::OUString& method) override;
    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

protected:
    struct Action {
        const char* method; // the event's name in the dialog (.xdl)
        const char* result; // the label showing the outcome, or nullptr
        office::FailureTexts failure;
        std::function<std::string(const Reference<css::awt::XDialog>&)> run;
    };
    ActionHandler(Lang lang, std::vector<Action> actions)
        : lang_(lang), actions_(std::move(actions)) {}

    Lang lang_;

private:
    std::vector<Action> actions_;
};

// The document and cell range selected in `frame`; InputError(`missing`) when there is none.
struct Selection {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
    css::uno::Reference<css::table::XCellRange> range;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
};
Selection current_selection(const css::uno::Reference<css::frame::XFrame>& frame,
                            const Message& missing);

// "B7:B14", or "C7" for one cell.
std::string range_name(const css::uno::Reference<css::table::XCellRange>& range);

// Runs a menu command; whatever it throws is shown in a message box, never passed to the
// office.
void show_failure(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, Lang lang,
                  std::exception_ptr failure);
template <typename Body>
void guarded(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::frame::XFrame>& frame, Body&& body) {
    const Lang lang = ui_lang(context);
    try {
        body(lang);
    } catch (...) {
        show_failure(context, frame, lang, std::current_exception());
    }
}

} // namespace vnplan::ui
