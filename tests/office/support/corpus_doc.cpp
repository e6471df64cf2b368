#include "support/corpus_doc.hpp"

#include "office/common/ustring.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XMergeable.hpp>

namespace vnplan::test {

using office::to_ou;

namespace {

bool is_formula(const std::string& raw) {
    return raw.size() > 1 && raw[0] == '=';
}

// What setDataArray writes for a raw cell: numbers, texts ('12 is the text "12"), and ""
// (left empty) for blanks, formulas and error cells, which are set one by one afterwards.
Any plain_value(const std::string& raw) {
    if (raw.empty() || is_formula(raw) || raw == "#ERR") return Any(rtl::OUString());
    if (raw[0] == '\'') return Any(to_ou(raw.substr(1)));
    const Cell cell = parse_cell(raw);
    return cell.is_number() ? Any(cell.number) : Any(to_ou(raw));
}

void write_cells(const Reference<css::sheet::XSpreadsheet>& sheet, const CorpusCase& c) {
    const auto height = static_cast<sal_Int32>(c.raw.size());
    const auto width = static_cast<sal_Int32>(c.raw.front().size());
    Sequence<Sequence<Any>> rows(height);
    for (sal_Int32 r = 0; r < height; ++r) {
        Sequence<Any> row(width);
        for (sal_Int32 col = 0; col < width; ++col)
            row[col] =
                plain_value(c.raw[static_cast<std::size_t>(r)][static_cast<std::size_t>(col)]);
        rows[r] = row;
    }
    const auto range = sheet->getCellRangeByPosition(
        c.origin_column, c.origin_row, c.origin_column + width - 1, c.origin_row + height - 1);
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(rows);
    for (sal_Int32 r = 0; r < height; ++r)
        for (sal_Int32 col = 0; col < width; ++col) {
            const std::string& raw =
                c.raw[static_cast<std::size_t>(r)][static_cast<std::size_t>(col)];
            if (is_formula(raw) || raw == "#ERR")
                sheet->getCellByPosition(c.origin_column + col, c.origin_row + r)
                    ->setFormula(to_ou(raw == "#ERR" ? "=1/0" : raw));
        }
}

void write_layout(const Reference<css::sheet::XSpreadsheet>& sheet, const CorpusCase& c) {
    for (const CellBlock& b : c.fonts) // sheet positions in a case
        Reference<css::beans::XPropertySet>(
            sheet->getCellRangeByPosition(
                static_cast<sal_Int32>(b.left), static_cast<sal_Int32>(b.top),
                static_cast<sal_Int32>(b.right), static_cast<sal_Int32>(b.bottom)),
            UNO_QUERY_THROW)
            ->setPropertyValue("CharFontName", Any(to_ou(b.value)));
    const auto rows = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows();
    for (int row : c.hidden_rows)
        Reference<css::beans::XPropertySet>(rows->getByIndex(row), UNO_QUERY_THROW)
            ->setPropertyValue("IsVisible", Any(false));
    for (const std::string& merge : c.merges)
        Reference<css::util::XMergeable>(sheet->getCellRangeByName(to_ou(merge)), UNO_QUERY_THROW)
            ->merge(true);
}

} // namespace

void write_case(CalcDocument& doc, const CorpusCase& c) {
    const auto sheet = doc.sheet();
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(to_ou(c.sheet));
    if (!c.raw.empty() && !c.raw.front().empty()) write_cells(sheet, c);
    write_layout(sheet, c);
    doc.recalculate();
}

std::string calc_filter(const std::string& extension) {
    if (extension == "xlsx") return "Calc Office Open XML";
    if (extension == "xls") return "MS Excel 97";
    return "calc8";
}

std::vector<std::filesystem::path> store_case(const CorpusCase& c, const std::filesystem::path& dir,
                                              const std::vector<std::string>& extensions) {
    CalcDocument doc;
    write_case(doc, c);
    std::vector<std::filesystem::path> out;
    for (const std::string& extension : extensions) {
        out.push_back(dir / (c.name + "." + extension));
        doc.store(out.back(), calc_filter(extension));
    }
    return out;
}

} // namespace vnplan::test
