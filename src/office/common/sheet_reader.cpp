#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"

#include "core/common/message.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <algorithm>
#include <map>

namespace vnplan::office {

namespace {

// UTF-16 -> UTF-8 straight into the string (to_utf8 goes through an rtl::OString). Text with
// surrogates is left to to_utf8, and with it rtl's handling of a lone one.
std::string utf8_of(const rtl::OUString& text) {
    const sal_Unicode* p = text.getStr();
    const auto n = static_cast<std::size_t>(text.getLength());
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (p[i] >= 0xD800 && p[i] <= 0xDFFF) return to_utf8(text);
        bytes += p[i] < 0x80 ? 1 : p[i] < 0x800 ? 2 : 3;
    }
    std::string out(bytes, '\0');
    char* o = out.data();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned c = p[i];
        if (c < 0x80) {
            *o++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *o++ = static_cast<char>(0xC0 | (c >> 6));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            *o++ = static_cast<char>(0xE0 | (c >> 12));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// A cell of getDataArray: a number, a string ("" for a blank cell), or void for a formula whose
// result is an error (ScRangeToSequence::FillMixedArray with errors allowed as void, the same
// test as queryFormulaCells(FormulaResult::ERROR)).
Cell to_cell(const Any& value) {
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_STRING: {
        const auto& text = *static_cast<const rtl::OUString*>(value.getValue()); // no copy
        return text.isEmpty() ? Cell{} : Cell::of(utf8_of(text));
    }
    case css::uno::TypeClass_VOID:
        return Cell::error();
    default: {
        double number = 0;
        return (value >>= number) ? Cell::of(number) : Cell::error();
    }
    }
}

// Row `r` of getDataArray's rows as `width` cells (missing ones blank).
void fill_row(const DataRows& data, std::size_t r, std::size_t width, std::vector<Cell>& row) {
    row.clear();
    row.reserve(width);
    if (r < static_cast<std::size_t>(data.getLength())) {
        const Sequence<Any>& cells = data[static_cast<sal_Int32>(r)];
        const std::size_t n = std::min(width, static_cast<std::size_t>(cells.getLength()));
        for (std::size_t c = 0; c < n; ++c)
            row.push_back(to_cell(cells[static_cast<sal_Int32>(c)]));
    }
    row.resize(width);
}

using css::table::CellRangeAddress;

// The blocks of `range` a query found (sheet addresses), cut to `area`; empty when the query
// is unavailable. Cutting matters: inside a recalculation LibreOffice 7.4 can include the
// formula cell being calculated, wherever it is.
template <class Query>
std::vector<CellRangeAddress> query_blocks(const Reference<css::table::XCellRange>& range,
                                           const CellRangeAddress& area, Query query) {
    Reference<css::sheet::XCellRangesQuery> q(range, UNO_QUERY);
    if (!q.is()) return {};
    const Reference<css::sheet::XSheetCellRanges> found = query(q);
    if (!found.is()) return {};
    std::vector<CellRangeAddress> out;
    for (CellRangeAddress b : found->getRangeAddresses()) {
        b.StartColumn = std::max(b.StartColumn, area.StartColumn);
        b.StartRow = std::max(b.StartRow, area.StartRow);
        b.EndColumn = std::min(b.EndColumn, area.EndColumn);
        b.EndRow = std::min(b.EndRow, area.EndRow);
        if (b.StartColumn <= b.EndColumn && b.StartRow <= b.EndRow) out.push_back(b);
    }
    return out;
}

// Where to read formulas from: each block when there are few; otherwise, per column, spans
// that join blocks less than `gap` rows apart. A call costs about as much as 100 cells, and a
// formula on every section row makes thousands of blocks.
std::vector<CellRangeAddress> formula_reads(const std::vector<CellRangeAddress>& blocks) {
    constexpr std::size_t few = 32;
    constexpr sal_Int32 gap = 200;
    if (blocks.size() <= few) return blocks;
    std::map<sal_Int32, std::vector<std::pair<sal_Int32, sal_Int32>>> columns; // row spans
    for (const CellRangeAddress& b : blocks)
        for (sal_Int32 c = b.StartColumn; c <= b.EndColumn; ++c)
            columns[c].emplace_back(b.StartRow, b.EndRow);
    std::vector<CellRangeAddress> out;
    for (auto& [column, spans] : columns) {
        std::sort(spans.begin(), spans.end());
        const sal_Int16 sheet = blocks[0].Sheet;
        for (const auto& [top, bottom] : spans)
            if (!out.empty() && out.back().StartColumn == column && top - out.back().EndRow <= gap)
                out.back().EndRow = std::max(out.back().EndRow, bottom);
            else
                out.push_back({sheet, column, top, column, bottom});
    }
    return out;
}

// The formula cells of `range` (sheet addresses, cut to `area`).
std::vector<CellRangeAddress> formula_blocks(const Reference<css::table::XCellRange>& range,
                                             const CellRangeAddress& area) {
    return query_blocks(range, area, [](const auto& q) {
        return q->queryContentCells(css::sheet::CellFlags::FORMULA);
    });
}

// Grid::formulas: the texts ("=SUM(C6:C9)") of the formula cells in `blocks`, read in bulk.
void read_formulas(const Reference<css::table::XCellRange>& range, const CellRangeAddress& area,
                   const std::vector<CellRangeAddress>& blocks, Grid& grid) {
    for (const CellRangeAddress& read : formula_reads(blocks)) {
        const auto part = range->getCellRangeByPosition(
            read.StartColumn - area.StartColumn, read.StartRow - area.StartRow,
            read.EndColumn - area.StartColumn, read.EndRow - area.StartRow);
        const Sequence<Sequence<rtl::OUString>> texts =
            Reference<css::sheet::XCellRangeFormula>(part, UNO_QUERY_THROW)->getFormulaArray();
        for (const CellRangeAddress& b : blocks)
            for (sal_Int32 r = std::max(b.StartRow, read.StartRow);
                 r <= std::min(b.EndRow, read.EndRow); ++r)
                for (sal_Int32 c = std::max(b.StartColumn, read.StartColumn);
                     c <= std::min(b.EndColumn, read.EndColumn); ++c)
                    grid.formulas[{static_cast<std::size_t>(r - area.StartRow),
                                   static_cast<std::size_t>(c - area.StartColumn)}] =
                        to_utf8(texts[r - read.StartRow][c - read.StartColumn]);
    }
}

// Grid::hidden_rows: the rows no visible block covers (hidden or filtered out).
void read_hidden_rows(const Reference<css::table::XCellRange>& range, const CellRangeAddress& area,
                      std::size_t height, Grid& grid) {
    const auto blocks =
        query_blocks(range, area, [](const auto& q) { return q->queryVisibleCells(); });
    if (blocks.empty()) return; // every column hidden: nothing to tell rows apart
    std::vector<bool> visible(height, false);
    for (const CellRangeAddress& b : blocks)
        for (sal_Int32 r = b.StartRow; r <= b.EndRow; ++r)
            visible[static_cast<std::size_t>(r - area.StartRow)] = true;
    for (std::size_t r = 0; r < visible.size(); ++r)
        if (!visible[r]) grid.hidden_rows.push_back(r);
}

// The fonts of legacy Vietnamese text: TCVN3 ".VnTime", ".VnArial"...; VNI "VNI-Times"...
bool legacy_font(const rtl::OUString& name) {
    return name.startsWithIgnoreAsciiCase(".vn") || name.startsWithIgnoreAsciiCase("vni");
}

// Grid::fonts: the blocks in a legacy Vietnamese font. One call per distinct cell format
// (getUniqueCellFormatRanges), not per block: a sheet with bold section rows has thousands.
void read_legacy_fonts(const Reference<css::table::XCellRange>& range, const CellRangeAddress& area,
                       Grid& grid) {
    Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(range, UNO_QUERY);
    if (!supplier.is()) return;
    const Reference<css::container::XIndexAccess> formats = supplier->getUniqueCellFormatRanges();
    for (sal_Int32 i = 0; formats.is() && i < formats->getCount(); ++i) {
        Reference<css::sheet::XSheetCellRanges> ranges(formats->getByIndex(i), UNO_QUERY);
        Reference<css::beans::XPropertySet> properties(ranges, UNO_QUERY);
        rtl::OUString font;
        if (!properties.is() || !(properties->getPropertyValue("CharFontName") >>= font) ||
            !legacy_font(font))
            continue;
        for (const CellRangeAddress& b : ranges->getRangeAddresses()) {
            const sal_Int32 top = std::max(b.StartRow, area.StartRow),
                            left = std::max(b.StartColumn, area.StartColumn),
                            bottom = std::min(b.EndRow, area.EndRow),
                            right = std::min(b.EndColumn, area.EndColumn);
            if (top > bottom || left > right) continue;
            grid.fonts.push_back({static_cast<std::size_t>(top - area.StartRow),
                                  static_cast<std::size_t>(left - area.StartColumn),
                                  static_cast<std::size_t>(bottom - area.StartRow),
                                  static_cast<std::size_t>(right - area.StartColumn),
                                  to_utf8(font)});
        }
    }
}

} // namespace

RawGrid read_raw(const Reference<css::table::XCellRange>& range, GridParts parts) {
    RawGrid raw;
    Reference<css::sheet::XCellRangeAddressable> addressable(range, UNO_QUERY_THROW);
    const css::table::CellRangeAddress address = addressable->getRangeAddress();
    raw.address = address;
    raw.grid.first_column = address.StartColumn;
    raw.grid.first_row = address.StartRow;
    raw.width = static_cast<std::size_t>(address.EndColumn - address.StartColumn + 1);
    raw.height = static_cast<std::size_t>(address.EndRow - address.StartRow + 1);
    if (raw.width * raw.height > max_cells)
        throw InputError({"Vùng quá lớn (" + std::to_string(raw.width * raw.height) +
                              " ô); hãy chọn đúng vùng của bảng.",
                          "The range is too large (" + std::to_string(raw.width * raw.height) +
                              " cells); select the table itself."});

    ScopedTimer timer(nullptr, 1); // VNPLAN_PROFILE=1: each step of the reading
    raw.data = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    timer.lap("getDataArray");
    Grid& grid = raw.grid;
    if (parts.formulas) {
        const auto formulas = formula_blocks(range, address);
        timer.lap("find formulas");
        if (!formulas.empty()) read_formulas(range, address, formulas, grid);
        timer.lap("formulas");
    }
    if (parts.hidden_rows) {
        read_hidden_rows(range, address, raw.height, grid);
        timer.lap("hidden rows");
    }
    if (parts.fonts) {
        read_legacy_fonts(range, address, grid);
        timer.lap("fonts");
    }
    return raw;
}

Grid to_grid(RawGrid raw) {
    ScopedTimer timer(nullptr, 1);
    Grid grid = std::move(raw.grid);
    grid.rows.resize(raw.height);
    for (std::size_t r = 0; r < raw.height; ++r)
        fill_row(raw.data, r, raw.width, grid.rows[r]);
    timer.lap("to cells");
    return grid;
}

void patch_rows(Grid& grid, RawGrid raw, const std::vector<std::size_t>& rows) {
    for (const std::size_t r : rows)
        fill_row(raw.data, r, raw.width, grid.rows.at(r));
    grid.first_column = raw.grid.first_column;
    grid.first_row = raw.grid.first_row;
    grid.formulas = std::move(raw.grid.formulas);
    grid.hidden_rows = std::move(raw.grid.hidden_rows);
    grid.fonts = std::move(raw.grid.fonts);
}

Grid read_grid(const Reference<css::table::XCellRange>& range, GridParts parts) {
    return to_grid(read_raw(range, parts));
}

Reference<css::table::XCellRange>
clip_to_used_area(const Reference<css::sheet::XSpreadsheet>& sheet,
                  const Reference<css::table::XCellRange>& range) {
    const auto used =
        Reference<css::sheet::XCellRangeAddressable>(used_range(sheet), UNO_QUERY_THROW)
            ->getRangeAddress();
    const auto wanted =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const sal_Int32 left = std::max(used.StartColumn, wanted.StartColumn);
    const sal_Int32 top = std::max(used.StartRow, wanted.StartRow);
    const sal_Int32 right = std::min(used.EndColumn, wanted.EndColumn);
    const sal_Int32 bottom = std::min(used.EndRow, wanted.EndRow);
    if (left > right || top > bottom) return nullptr;
    return sheet->getCellRangeByPosition(left, top, right, bottom);
}

Reference<css::table::XCellRange> used_range(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return Reference<css::table::XCellRange>(cursor, UNO_QUERY_THROW);
}

Reference<css::sheet::XSpreadsheet>
sheet_named(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name) {
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const rtl::OUString key = to_ou(name);
    if (!sheets->hasByName(key)) return nullptr;
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(key), UNO_QUERY);
}

} // namespace vnplan::office
