// "Chuyển mã sang Unicode" on a document, without any window: the text cells, comments and
// sheet names of a selection, a sheet or the whole workbook, read in legacy encodings
// (core/vntext/legacy_cells.hpp decides cell by cell) and written back in Unicode, with the
// legacy fonts replaced. Shared by the menu command and `vnplan convert`.
#pragma once

#include "core/common/message.hpp"
#include "core/vntext/legacy_cells.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <string>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

// What to convert on one sheet: a range of it (its comments inside it), or the whole sheet
// (`range` null: all its cells, comments, its name, and the font of every cell).
struct ConvertTarget {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    css::uno::Reference<css::table::XCellRange> range;
};

// Every sheet of the workbook, whole.
std::vector<ConvertTarget>
whole_workbook(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

struct ConvertCounts {
    vntext::EncodingCounts cells; // text cells by encoding (formulas and numbers not counted)
    std::size_t comments = 0;     // comments to convert
    std::size_t sheet_names = 0;  // sheet names to convert
    bool legacy_fonts = false;    // some cells are in a legacy font (even with Unicode text)
    std::vector<Message> notes;   // what could not be done (a sheet name already taken)
    // Texts to convert (cells, comments, sheet names).
    std::size_t changes() const { return cells.tcvn3 + cells.vni + comments + sheet_names; }
    // Whether converting changes anything at all (a font too).
    bool any() const { return changes() > 0 || legacy_fonts; }
};

// What a conversion would change; reads only.
ConvertCounts
preview_conversion(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const std::vector<ConvertTarget>& targets);

// Converts and sets `font` where a legacy font (.Vn*, VNI*) was; one undo step ("Chuyển mã
// sang Unicode"). Returns what was changed.
ConvertCounts
convert_to_unicode(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                   const std::vector<ConvertTarget>& targets, const std::string& font, Lang lang);

// "TCVN3: 12 ô chữ; VNI: 3 ô chữ; Đã là Unicode (giữ nguyên): 40 ô chữ; Ghi chú: 2, tên
// trang: 1." and the notes.
std::string describe(const ConvertCounts& counts, Lang lang);
// The same, one part a line (the dialog's preview).
std::vector<std::string> describe_lines(const ConvertCounts& counts, Lang lang);

} // namespace vnplan::office
