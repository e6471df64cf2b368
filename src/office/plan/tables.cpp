// Writer tables of the plan: appendix tables (filled in one transfer, header cells merged,
// section and total rows bold) and template rows repeated per data row.
#include "core/common/message.hpp"
#include "core/plan/template.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/TableBorderDistances.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/VertOrientation.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>

namespace vnplan::office::detail {

namespace {

Reference<css::table::XCellRange> cells(const Reference<css::text::XTextTable>& t, std::size_t c0,
                                        std::size_t r0, std::size_t c1, std::size_t r1) {
    return Reference<css::table::XCellRange>(t, UNO_QUERY_THROW)
        ->getCellRangeByPosition(static_cast<sal_Int32>(c0), static_cast<sal_Int32>(r0),
                                 static_cast<sal_Int32>(c1), static_cast<sal_Int32>(r1));
}

Sequence<Sequence<Any>> data_array(const std::vector<std::vector<std::string>>& rows,
                                   std::size_t width) {
    Sequence<Sequence<Any>> out(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(width));
        for (std::size_t c = 0; c < width; ++c)
            // Always a string (never void, see docs/office-notes.md).
            row[static_cast<sal_Int32>(c)] <<=
                to_ou(c < rows[r].size() ? rows[r][c] : std::string());
        out[static_cast<sal_Int32>(r)] = row;
    }
    return out;
}

// setDataArray in blocks of rows: Writer finds the UNO object of a cell by asking every cell
// object alive on the table, so one transfer of 10,000 cells costs 10,000 x 10,000 steps;
// blocks of a few hundred cells keep it linear and still take one call per block.
// VNPLAN_BLOCK=n tries other sizes (read once, when first needed; a bad value gives 40).
std::size_t rows_per_block() noexcept {
    static const std::size_t rows = env_count("VNPLAN_BLOCK", 40, 100000);
    return rows;
}

void fill_rows(const Reference<css::text::XTextTable>& t, std::size_t first_row,
               const std::vector<std::vector<std::string>>& rows, std::size_t width) {
    const std::size_t block = rows_per_block();
    for (std::size_t r = 0; r < rows.size(); r += block) {
        const std::size_t end = std::min(rows.size(), r + block);
        const std::vector<std::vector<std::string>> block(
            rows.begin() + static_cast<std::ptrdiff_t>(r),
            rows.begin() + static_cast<std::ptrdiff_t>(end));
        Reference<css::sheet::XCellRangeData>(
            cells(t, 0, first_row + r, width - 1, first_row + end - 1), UNO_QUERY_THROW)
            ->setDataArray(data_array(block, width));
    }
}

css::table::BorderLine2 thin_line() {
    css::table::BorderLine2 line;
    line.Color = 0;
    line.LineStyle = css::table::BorderLineStyle::SOLID;
    line.LineWidth = 18; // 0.5 pt
    line.OuterLineWidth = 18;
    return line;
}

} // namespace

std::string cell_name(std::size_t column, std::size_t row) {
    std::string name;
    if (column < 26)
        name += static_cast<char>('A' + column);
    else if (column < 52)
        name += static_cast<char>('a' + (column - 26));
    else
        name += "A" + std::to_string(column); // never reached by plan tables
    return name + std::to_string(row + 1);
}

Reference<css::text::XTextTable> insert_table(const Reference<css::lang::XComponent>& document,
                                              const Reference<css::text::XText>& text,
                                              const Reference<css::text::XTextRange>& where,
                                              const plan::Table& table, const TableFiller& fill) {
    const std::size_t rows = table.cells.size(), columns = table.columns();
    if (rows == 0 || columns == 0) return nullptr;
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> t(factory->createInstance("com.sun.star.text.TextTable"),
                                       UNO_QUERY_THROW);
    t->initialize(static_cast<sal_Int32>(rows), static_cast<sal_Int32>(columns));
    ScopedTimer timer(nullptr, 1);
    text->insertTextContent(where, Reference<css::text::XTextContent>(t, UNO_QUERY_THROW), false);
    timer.lap("table insert");

    auto all = cells(t, 0, 0, columns - 1, rows - 1);
    fill.fill(t, table);
    timer.lap("table fill");

    auto tp = props(t);
    css::table::TableBorder2 border;
    border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = thin_line();
    border.HorizontalLine = border.VerticalLine = thin_line();
    border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid =
        border.IsRightLineValid = border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
    tp->setPropertyValue("TableBorder2", Any(border));
    timer.lap("table borders");
    css::table::TableBorderDistances padding; // text clear of the lines
    padding.LeftDistance = padding.RightDistance = 100;
    padding.TopDistance = padding.BottomDistance = 0;
    padding.IsLeftDistanceValid = padding.IsRightDistanceValid = padding.IsTopDistanceValid =
        padding.IsBottomDistanceValid = true;
    tp->setPropertyValue("TableBorderDistances", Any(padding));
    if (table.header_rows > 0) {
        // The header rows repeat on every page the table runs onto.
        tp->setPropertyValue("RepeatHeadline", Any(true));
        tp->setPropertyValue("HeaderRowCount", Any(static_cast<sal_Int32>(table.header_rows)));
    }
    if (table.widths.size() == columns && columns > 1) {
        sal_Int16 sum = 0;
        tp->getPropertyValue("TableColumnRelativeSum") >>= sum;
        Sequence<css::text::TableColumnSeparator> seps(static_cast<sal_Int32>(columns - 1));
        double position = 0;
        for (std::size_t c = 0; c + 1 < columns; ++c) {
            position += table.widths[c];
            seps[static_cast<sal_Int32>(c)].Position = static_cast<sal_Int16>(position * sum + 0.5);
            seps[static_cast<sal_Int32>(c)].IsVisible = true;
        }
        tp->setPropertyValue("TableColumnSeparators", Any(seps));
    }
    timer.lap("table widths");
    props(all)->setPropertyValue("VertOrient", Any(css::text::VertOrientation::CENTER));
    timer.lap("table vert orient");

    return t;
}

void format_table(const Reference<css::text::XTextTable>& t, const plan::Table& table,
                  const TableFiller& fill) {
    const std::size_t rows = table.cells.size(), columns = table.columns();
    if (!t.is() || rows == 0 || columns == 0) return;
    ScopedTimer timer(nullptr, 1);
    // Writer gives the first row of a new table "Table Heading" and the others "Table
    // Contents" (the template defines both). Further header rows look like the first.
    if (table.header_rows > 1) {
        auto header = props(cells(t, 0, 1, columns - 1, table.header_rows - 1));
        header->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        header->setPropertyValue("ParaAdjust",
                                 Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_CENTER)));
    } else if (table.header_rows == 0) {
        for (std::size_t c = 0; c < columns; ++c)
            props(t->getCellByName(to_ou(cell_name(c, 0))))
                ->setPropertyValue("ParaStyleName", Any(to_ou(table_style)));
    }

    // Section and total rows in bold, consecutive rows in one range.
    for (std::size_t r = table.header_rows; r < rows;) {
        const bool bold =
            table.roles[r] == plan::RowRole::section || table.roles[r] == plan::RowRole::total;
        std::size_t end = r + 1;
        while (end < rows && bold &&
               (table.roles[end] == plan::RowRole::section ||
                table.roles[end] == plan::RowRole::total))
            ++end;
        if (bold) fill.bold(t, r, end - 1, columns);
        r = end;
    }
    if (rows > table.header_rows)
        for (std::size_t c = 0; c < columns && c < table.align.size(); ++c)
            if (table.align[c] == plan::Align::center)
                props(cells(t, c, table.header_rows, c, rows - 1))
                    ->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(
                                                         css::style::ParagraphAdjust_CENTER)));

    apply_looks(t, table);

    // Merges last (a merged table no longer hands out rectangular ranges), right to left so
    // that a merge never renames the cells of one still to come.
    timer.lap("table bold, align");
    std::vector<plan::Merge> merges = table.merges;
    std::sort(merges.begin(), merges.end(),
              [](const plan::Merge& a, const plan::Merge& b) { return a.column > b.column; });
    for (const plan::Merge& m : merges) {
        auto cursor = t->createCursorByCellName(to_ou(cell_name(m.column, m.row)));
        cursor->gotoCellByName(to_ou(cell_name(m.column + m.columns - 1, m.row + m.rows - 1)),
                               true);
        cursor->mergeRange();
    }
    timer.lap("table merges");
}

void repeat_rows(const Reference<css::text::XTextTable>& table, const plan::Bindings& bindings) {
    const Sequence<rtl::OUString> names = table->getCellNames();
    auto rows = table->getRows();
    const sal_Int32 row_count = rows->getCount();
    const sal_Int32 column_count = table->getColumns()->getCount();
    if (names.getLength() != row_count * column_count) return; // merged cells: no repeated rows
    for (sal_Int32 r = row_count - 1; r >= 0; --r) {
        std::vector<std::string> texts;
        for (sal_Int32 c = 0; c < column_count; ++c)
            texts.push_back(to_utf8(
                Reference<css::text::XText>(
                    table->getCellByName(
                        to_ou(cell_name(static_cast<std::size_t>(c), static_cast<std::size_t>(r)))),
                    UNO_QUERY_THROW)
                    ->getString()));
        const auto expanded = plan::expand_row(texts, bindings);
        if (!expanded) continue;
        const auto n = static_cast<sal_Int32>(expanded->size());
        if (n == 0) {
            rows->removeByIndex(r, 1);
            continue;
        }
        if (n > 1) rows->insertByIndex(r + 1, n - 1);
        const auto width = static_cast<std::size_t>(column_count);
        try {
            fill_rows(table, static_cast<std::size_t>(r), *expanded, width);
        } catch (const css::uno::RuntimeException&) {
            for (sal_Int32 i = 0; i < n; ++i)
                for (std::size_t c = 0; c < width; ++c)
                    Reference<css::text::XText>(
                        table->getCellByName(to_ou(cell_name(c, static_cast<std::size_t>(r + i)))),
                        UNO_QUERY_THROW)
                        ->setString(to_ou((*expanded)[static_cast<std::size_t>(i)][c]));
        }
    }
}

} // namespace vnplan::office::detail

namespace vnplan::office {

void TableFiller::fill(const Reference<css::text::XTextTable>& t, const plan::Table& table) const {
    detail::fill_rows(t, 0, table.cells, table.columns());
}

void TableFiller::bold(const Reference<css::text::XTextTable>& t, std::size_t first_row,
                       std::size_t last_row, std::size_t columns) const {
    props(detail::cells(t, 0, first_row, columns - 1, last_row))
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
}

} // namespace vnplan::office
