// What each dialog remembers per document: its last values, kept in the workbook's
// user-defined document properties "vnplan.<Dialog>.<field>" (strings; File > Properties >
// Custom Properties shows them). They are saved with the workbook and travel with it; setting
// one marks the document modified, as any document property does, but is no edit of the
// sheets: nothing enters the undo stack.
#pragma once

#include "office/common/uno_util.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vnplan::ui {

namespace css = com::sun::star;

// The value remembered for `dialog`'s `field` in `document`; nullopt when none (or unreadable).
std::optional<std::string>
recall(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
       const std::string& dialog, const std::string& field);

// Keeps `value`; writes nothing when it is already the remembered one (the document is then
// not marked modified again). Never throws: a read-only document simply forgets.
void remember(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              const std::string& dialog, const std::string& field,
              const std::string& value) noexcept;

// The remembered controls of one dialog, by control name (the property's <field>).
class DialogMemory {
public:
    enum class Kind {
        text,   // a text field's "Text"
        check,  // a check box's "State" ("1" / "0")
        number, // a numeric field's "Value"
        list    // a list box's selected position
    };
    struct Field {
        const char* control;
        Kind kind;
    };
    DialogMemory(css::uno::Reference<css::sheet::XSpreadsheetDocument> document, std::string dialog,
                 std::vector<Field> fields)
        : document_(std::move(document)), dialog_(std::move(dialog)), fields_(std::move(fields)) {}

    // Shows the remembered values (over the built-in and options' defaults already set).
    void restore(const css::uno::Reference<css::awt::XDialog>& dialog) const noexcept;
    // Remembers what the controls show now.
    void store(const css::uno::Reference<css::awt::XDialog>& dialog) const noexcept;

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    std::string dialog_;
    std::vector<Field> fields_;
};

} // namespace vnplan::ui
