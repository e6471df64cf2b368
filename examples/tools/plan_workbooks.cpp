// The plan workbooks of examples/ (ke-hoach-143.ods, ke-hoach-3563.ods): one sheet per line
// of a ".sheets" file in examples/data, laid out for a clerk (docs/plan-workbook.md).
#include "plan_workbooks.hpp"

#include "common/plan_data.hpp"
#include "doc_builder.hpp"
#include "office/common/documents.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <fstream>
#include <regex>

namespace {

struct SheetSpec {
    std::string name;
    std::vector<std::string> files;
    std::vector<sal_Int32> widths;
    std::vector<std::string> merges;
};

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto at = text.find(separator, start);
        out.push_back(text.substr(start, at - start));
        if (at == std::string::npos) return out;
        start = at + 1;
    }
}

std::vector<SheetSpec> read_manifest(const std::string& manifest) {
    std::ifstream file(vnplan::test::example_path(manifest), std::ios::binary);
    if (!file) throw std::runtime_error("cannot open " + manifest);
    std::vector<SheetSpec> specs;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto fields = split(line, '\t');
        SheetSpec spec;
        spec.name = fields[0];
        for (std::size_t i = 1; i < fields.size(); ++i) {
            if (fields[i].rfind("widths=", 0) == 0) {
                for (const auto& w : split(fields[i].substr(7), ','))
                    spec.widths.push_back(std::stoi(w));
            } else if (fields[i].rfind("merge=", 0) == 0) {
                spec.merges = split(fields[i].substr(6), ',');
            } else {
                spec.files.push_back(fields[i]);
            }
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

// Day-first dates ("03/04/2024") become real dates shown as DD/MM/YYYY.
void put(const Reference<css::sheet::XSpreadsheetDocument>& document,
         const Reference<css::sheet::XSpreadsheet>& sheet, const vnplan::Grid& grid) {
    if (grid.height() == 0 || grid.width() == 0) return;
    static const std::regex date(R"((\d{2})/(\d{2})/(\d{4}))");
    std::vector<std::pair<sal_Int32, sal_Int32>> dates;
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(grid.height()));
    for (std::size_t r = 0; r < grid.height(); ++r) {
        Sequence<Any> values(static_cast<sal_Int32>(grid.width()));
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const vnplan::Cell& cell = grid.at(r, c);
            std::smatch m;
            if (cell.is_number()) {
                values[static_cast<sal_Int32>(c)] <<= cell.number;
            } else if (std::regex_match(cell.text, m, date)) {
                // Days since Calc's null date 1899-12-30 (H. Hinnant's days_from_civil).
                int y = std::stoi(m[3]), mo = std::stoi(m[2]), d = std::stoi(m[1]);
                y -= mo <= 2;
                const int era = y / 400, yoe = y - era * 400;
                const int doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
                const int days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
                values[static_cast<sal_Int32>(c)] <<= static_cast<double>(days + 25569);
                dates.emplace_back(static_cast<sal_Int32>(c), static_cast<sal_Int32>(r));
            } else {
                values[static_cast<sal_Int32>(c)] <<= to_ou(cell.text); // never void
            }
        }
        rows[static_cast<sal_Int32>(r)] = values;
    }
    vnplan::tools::put_data(sheet, 0, 0, rows);
    if (dates.empty()) return;
    auto formats =
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
    css::lang::Locale locale;
    locale.Language = "vi";
    locale.Country = "VN";
    sal_Int32 key = formats->queryKey("DD/MM/YYYY", locale, false);
    if (key < 0) key = formats->addNew("DD/MM/YYYY", locale);
    for (const auto& [c, r] : dates)
        props(sheet->getCellRangeByPosition(c, r, c, r))
            ->setPropertyValue("NumberFormat", Any(key));
}

bool is_header_row(const vnplan::Grid& grid, std::size_t r) {
    for (const auto& cell : grid.rows[r]) {
        const std::string& t = cell.text;
        if (t == "TT" || t == "STT" || t == "Cấp" || t == "Thông tin") return true;
    }
    return false;
}

void format_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const SheetSpec& spec,
                  const vnplan::Grid& grid) {
    const auto last_column = static_cast<sal_Int32>(std::max<std::size_t>(grid.width(), 1)) - 1;
    const auto last_row = static_cast<sal_Int32>(std::max<std::size_t>(grid.height(), 1)) - 1;
    auto all = props(sheet->getCellRangeByPosition(0, 0, last_column, last_row));
    all->setPropertyValue("CharFontName", Any(to_ou("Times New Roman")));
    all->setPropertyValue("CharHeight", Any(12.0f));
    all->setPropertyValue("IsTextWrapped", Any(true));
    all->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
    // Labels (column A of label rows) and table headers in bold, as a clerk would set them.
    for (std::size_t r = 0; r < grid.height(); ++r) {
        const bool header = is_header_row(grid, r);
        const bool label = !header && grid.width() > 1 && grid.at(r, 0).is_text() &&
                           grid.at(r, 1).is_text() && !grid.at(r, 0).text.empty() &&
                           (spec.name == "Thông tin" || r < 3);
        const bool section = grid.at(r, 0).is_text() && !grid.at(r, 0).text.empty() &&
                             std::string("IVX").find(grid.at(r, 0).text[0]) != std::string::npos &&
                             spec.name != "Thông tin" && spec.name != "Nội dung";
        const bool total = grid.width() > 1 && grid.at(r, 1).text == "Tổng cộng:";
        const auto row = static_cast<sal_Int32>(r);
        if (header || section || total)
            props(sheet->getCellRangeByPosition(0, row, last_column, row))
                ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        else if (label)
            props(sheet->getCellRangeByPosition(0, row, 0, row))
                ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    }
    for (const auto& m : spec.merges)
        Reference<css::util::XMergeable>(sheet->getCellRangeByName(to_ou(m)), UNO_QUERY_THROW)
            ->merge(true);
    Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
    for (std::size_t c = 0; c < spec.widths.size(); ++c)
        props(columns->getColumns()->getByIndex(static_cast<sal_Int32>(c)))
            ->setPropertyValue("Width", Any(spec.widths[c]));
}

} // namespace

void make_plan_workbook(const Reference<css::frame::XDesktop2>& desktop,
                        const std::string& manifest, const std::filesystem::path& out) {
    auto doc = vnplan::office::new_document(desktop, "scalc");
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheets> sheets = spreadsheet->getSheets();
    const auto specs = read_manifest(manifest);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const SheetSpec& spec = specs[i];
        Reference<css::container::XIndexAccess> index(sheets, UNO_QUERY_THROW);
        if (i >= static_cast<std::size_t>(index->getCount()))
            sheets->insertNewByName(to_ou(spec.name), static_cast<sal_Int16>(i));
        Reference<css::sheet::XSpreadsheet> sheet(index->getByIndex(static_cast<sal_Int32>(i)),
                                                  UNO_QUERY_THROW);
        Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(to_ou(spec.name));
        std::vector<vnplan::Grid> parts;
        for (const auto& f : spec.files)
            parts.push_back(vnplan::test::grid_from_file(vnplan::test::example_path(f)));
        const vnplan::Grid grid = vnplan::test::stack(parts);
        put(spreadsheet, sheet, grid);
        format_sheet(sheet, spec, grid);
    }
    vnplan::office::store_document(doc, out, "calc8", true);
    vnplan::office::close_document(doc);
}
