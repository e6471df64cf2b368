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
#include <rtl/ref.hxx>

#include <exception>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
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

    // A method "pick_<Control>" (the range button beside the text field <Control>) ends the
    // dialog's execute() so that run_dialog can let the clerk select the range; this says
    // which field asked, once.
    std::string take_range_request() { return std::exchange(range_request_, std::string()); }
    // Called when a range selected with the mouse has been put into `field`.
    virtual void range_chosen(const Reference<css::awt::XDialog>&, const std::string&) {}

protected:
    struct Action {
        const char* method; // the event's name in the dialog (.xdl)
        const char* result; // the label showing the outcome, or nullptr
        office::FailureTexts failure;
        std::function<std::string(const Reference<css::awt::XDialog>&)> run;
    };
    ActionHandler(Lang lang, std::vector<Action> actions,
                  std::vector<std::string> range_fields = {})
        : lang_(lang), actions_(std::move(actions)), range_fields_(std::move(range_fields)) {}

    Lang lang_;

private:
    std::vector<Action> actions_;
    std::vector<std::string> range_fields_; // text fields with a range button "pick_<field>"
    std::string range_request_;
};

// Shows `dialog` until the clerk closes it, then calls `on_closed` (the dialog still readable)
// and disposes of it. A range button hides the dialog while the clerk selects the range in
// the document with Calc's own range selection (XRangeSelection: its compact window titled
// with the dialog's title and the field's label, closed on mouse release); the dialog then
// comes back with the range in the field (unchanged when the clerk cancels). The call
// returns while the clerk selects; the dialog is shown again from the document's events.
void run_dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XDialog>& dialog, ActionHandler* handler,
                std::function<void(const css::uno::Reference<css::awt::XDialog>&)> on_closed = {});

// The text a control shows (`control` null: the dialog's title): models of .xdl dialogs hold
// "&key", resolved through the dialog's strings.
std::string shown_text(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control,
                       const char* property = "Label");

// LibreOffice's own pickers (the office's or the system's, as Tools > Options > General
// says). `start` is a path shown first (a file or folder; may be empty or missing). The
// chosen path, or "" when the clerk cancels.
std::string pick_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const std::string& start, const std::string& filter_title,
                      const std::string& pattern);
std::string pick_folder(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const std::string& start);

// A file URL as a path ("" when it is no local file), and a path as UTF-8 text.
std::filesystem::path path_of_url(const rtl::OUString& url);
std::string text_of(const std::filesystem::path& path);

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
