// What the menu commands and dialogs share: the user's language, message boxes, loading
// a dialog of the extension, reading and setting control properties.
#pragma once

#include "core/common/message.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <exception>
#include <string>

namespace vnplan::ui {

namespace css = com::sun::star;

// Vietnamese when LibreOffice's interface language is Vietnamese, English otherwise.
Lang ui_lang(const css::uno::Reference<css::uno::XComponentContext>& context);

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
