#include "office/plan/appendix_export.hpp"

#include "core/common/message.hpp"
#include "core/plan/workbook.hpp"
#include "core/vntext/text.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/reader.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/XMergeable.hpp>

namespace vnplan::office {

namespace {

// Calc's "standard" alignment puts numbers right and text left: the clerk sees that.
std::optional<plan::Align> alignment(css::table::CellHoriJustify justify, bool number) {
    switch (justify) {
    case css::table::CellHoriJustify_CENTER:
        return plan::Align::center;
    case css::table::CellHoriJustify_RIGHT:
        return plan::Align::right;
    case css::table::CellHoriJustify_BLOCK:
        return plan::Align::justify;
    case css::table::CellHoriJustify_LEFT:
        return plan::Align::left;
    default:
        return number ? std::optional(plan::Align::right) : std::nullopt;
    }
}

// The displayed text, look and merged area of every cell: one property call per cell.
void read_cells(const Reference<css::sheet::XSpreadsheet>& sheet, plan::SheetTable& t) {
    const Grid& g = t.grid;
    Sequence<rtl::OUString> names(3);
    names[0] = "CharWeight";
    names[1] = "CharPosture";
    names[2] = "HoriJustify";
    t.shown.assign(g.height(), std::vector<std::string>(g.width()));
    t.looks.assign(g.height(), std::vector<plan::CellLook>(g.width()));
    for (std::size_t r = 0; r < g.height(); ++r)
        for (std::size_t c = 0; c < g.width(); ++c) {
            const auto column = static_cast<sal_Int32>(g.first_column + c);
            const auto row = static_cast<sal_Int32>(g.first_row + r);
            auto cell = sheet->getCellByPosition(column, row);
            t.shown[r][c] =
                to_utf8(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString());
            const auto values = Reference<css::beans::XMultiPropertySet>(cell, UNO_QUERY_THROW)
                                    ->getPropertyValues(names);
            float weight = 0;
            css::awt::FontSlant slant = css::awt::FontSlant_NONE;
            css::table::CellHoriJustify justify = css::table::CellHoriJustify_STANDARD;
            values[0] >>= weight;
            values[1] >>= slant;
            values[2] >>= justify;
            plan::CellLook& look = t.looks[r][c];
            look.bold = weight > css::awt::FontWeight::SEMIBOLD;
            look.italic =
                slant == css::awt::FontSlant_ITALIC || slant == css::awt::FontSlant_OBLIQUE;
            look.align = alignment(justify, g.at(r, c).is_number());
            auto range = sheet->getCellRangeByPosition(column, row, column, row);
            if (!Reference<css::util::XMergeable>(range, UNO_QUERY_THROW)->getIsMerged()) continue;
            auto cursor = sheet->createCursorByRange(
                Reference<css::sheet::XSheetCellRange>(range, UNO_QUERY_THROW));
            cursor->collapseToMergedArea();
            const auto a = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                               ->getRangeAddress();
            plan::Merge m{r, c, static_cast<std::size_t>(a.EndRow - a.StartRow + 1),
                          static_cast<std::size_t>(a.EndColumn - a.StartColumn + 1)};
            m.rows = std::min(m.rows, g.height() - r);
            m.columns = std::min(m.columns, g.width() - c);
            if (m.rows > 1 || m.columns > 1) t.merges.push_back(m);
        }
}

// The "(Kèm theo ...)" line of the workbook's "Thông tin" sheet, as generate writes it.
std::string attached_from_info(const SheetSource& source) {
    const auto names = source.sheet_names();
    const bool has_info = std::any_of(names.begin(), names.end(), [](const std::string& n) {
        return vntext::fold_loose(n) == vntext::fold_loose(plan::info_sheet_name);
    });
    if (!has_info) return {};
    return plan::make_document(plan::read_workbook(source)).header.attached_line();
}

} // namespace

plan::SheetTable read_sheet_table(const Reference<css::sheet::XSpreadsheetDocument>& book,
                                  const std::string& sheet_name, const std::string& range) {
    const SheetSource source(book);
    plan::SheetTable t;
    t.sheet = sheet_name;
    t.grid = source.range(sheet_name, range);
    if (t.grid.height() == 0 || t.grid.width() == 0)
        throw InputError({"Vùng " + sheet_name + "!" + range + " trống.",
                          "The range " + sheet_name + "!" + range + " is empty."});
    read_cells(sheet_named(book, sheet_name), t);
    t.widths =
        source.column_widths(sheet_name, t.grid.first_column, static_cast<int>(t.grid.width()));
    return t;
}

PreparedAppendices prepare_appendices(const Reference<css::sheet::XSpreadsheetDocument>& book,
                                      const std::vector<AppendixJob>& jobs, Lang lang,
                                      bool override_totals) {
    if (jobs.empty())
        throw InputError({"Thiếu vùng bảng (--range \"Trang!A4:E53\").",
                          "No table range given (--range \"Sheet!A4:E53\")."});
    const SheetSource source(book);
    const bool need_info = std::any_of(
        jobs.begin(), jobs.end(), [](const AppendixJob& j) { return j.request.attached.empty(); });
    const std::string info_line = need_info ? attached_from_info(source) : std::string();
    std::vector<plan::Appendix> appendices;
    for (const AppendixJob& job : jobs) {
        auto [sheet, range] = plan::split_reference(job.range);
        if (range.empty() && sheet.find(':') != std::string::npos) { // "A4:E53": the first sheet
            range = sheet;
            sheet = source.sheet_names().front();
        }
        if (range.empty())
            throw InputError({"Vùng \"" + job.range + "\" phải có dạng Trang!A4:E53.",
                              "The range \"" + job.range + "\" must read Sheet!A4:E53."});
        plan::AppendixRequest request = job.request;
        if (request.attached.empty()) request.attached = info_line;
        appendices.push_back(plan::make_appendix(read_sheet_table(book, sheet, range), request));
    }
    PreparedAppendices out{plan::appendix_document(std::move(appendices)), {}};
    for (auto& p : plan::totals_problems(out.document, lang))
        if (!p.overridable || !override_totals) out.problems.push_back(std::move(p));
    return out;
}

std::string attached_line_of(const Reference<css::sheet::XSpreadsheetDocument>& book) {
    return attached_from_info(SheetSource(book));
}

GenerateResult export_appendices(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::sheet::XSpreadsheetDocument>& book,
                                 const std::vector<AppendixJob>& jobs,
                                 const GenerateOptions& options) {
    GenerateResult result;
    PreparedAppendices prepared =
        prepare_appendices(book, jobs, options.lang, options.override_totals);
    if (!prepared.problems.empty()) {
        result.problems = std::move(prepared.problems);
        result.stopped = true;
        return result;
    }
    RenderOptions render = options.render;
    render.appendices_only = true;
    result.files = write_documents(
        {options.stem},
        [&](std::size_t) {
            return render_plan(context, prepared.document, options.template_file, render);
        },
        options);
    return result;
}

} // namespace vnplan::office
