#include "support/calc.hpp"

#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>

#include <random>
#include <stdexcept>

namespace vnplan::test {

using office::to_ou;
using office::to_utf8;

namespace {

// "D12" -> column 3, row 11.
std::pair<int, int> parse_a1(const std::string& address) {
    int column = 0;
    std::size_t i = 0;
    while (i < address.size() && std::isalpha(static_cast<unsigned char>(address[i])))
        column = column * 26 + (std::toupper(static_cast<unsigned char>(address[i++])) - 'A' + 1);
    return {column - 1, std::stoi(address.substr(i)) - 1};
}

} // namespace

CalcDocument::CalcDocument() : document_(office::new_document(office().desktop(), "scalc")) {}

namespace {
// Tests edit a copy: an edited file gets a lock file beside it, which must never be in the tree.
std::filesystem::path working_copy(const std::filesystem::path& file) {
    static int count = 0;
    const auto copy = temp_dir() / (std::to_string(++count) + "-" + file.filename().string());
    std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing);
    return copy;
}
} // namespace

CalcDocument::CalcDocument(const std::filesystem::path& file)
    : document_(office::load_document(office().desktop(), working_copy(file), false)) {}

CalcDocument::CalcDocument(const std::filesystem::path& file, Shown) {
    Sequence<css::beans::PropertyValue> args(1);
    args[0].Name = "Hidden";
    args[0].Value <<= false;
    document_ = office().desktop()->loadComponentFromURL(
        to_ou(office::file_url(working_copy(file))), "_blank", 0, args);
    if (!document_.is()) throw std::runtime_error("cannot load " + file.string());
}

CalcDocument::~CalcDocument() {
    office::close_document(document_);
}

Reference<css::sheet::XSpreadsheet> CalcDocument::sheet(int index) {
    Reference<css::sheet::XSpreadsheetDocument> doc(document_, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

Reference<css::table::XCell> CalcDocument::cell(const std::string& address) {
    const auto [column, row] = parse_a1(address);
    return sheet()->getCellByPosition(column, row);
}

int CalcDocument::add_sheet(const std::string& name) {
    auto sheets =
        Reference<css::sheet::XSpreadsheetDocument>(document_, UNO_QUERY_THROW)->getSheets();
    const auto count = Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount();
    sheets->insertNewByName(to_ou(name), static_cast<sal_Int16>(count));
    return count;
}

void CalcDocument::put(const std::string& top_left, const Grid& grid, int sheet_index) {
    const auto [column, row] = parse_a1(top_left);
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(grid.height()));
    for (std::size_t r = 0; r < grid.height(); ++r) {
        Sequence<Any> values(static_cast<sal_Int32>(grid.width()));
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const Cell& cell = grid.at(r, c);
            if (cell.is_number())
                values[static_cast<sal_Int32>(c)] <<= cell.number;
            else if (cell.is_text())
                values[static_cast<sal_Int32>(c)] <<= to_ou(cell.text);
            else // never void: LibreOffice 7.4 crashes on void in setDataArray
                values[static_cast<sal_Int32>(c)] <<= rtl::OUString();
        }
        rows[static_cast<sal_Int32>(r)] = values;
    }
    const auto target = sheet(sheet_index);
    Reference<css::table::XCellRange> range =
        target->getCellRangeByPosition(column, row, column + static_cast<int>(grid.width()) - 1,
                                       row + static_cast<int>(grid.height()) - 1);
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(rows);
    // Blanks stay void (empty cells); error cells get a formula that fails.
    for (std::size_t r = 0; r < grid.height(); ++r)
        for (std::size_t c = 0; c < grid.width(); ++c)
            if (grid.at(r, c).is_error())
                target->getCellByPosition(column + static_cast<int>(c), row + static_cast<int>(r))
                    ->setFormula("=1/0");
}

void CalcDocument::formula(const std::string& address, const std::string& f) {
    cell(address)->setFormula(to_ou(f));
}

void CalcDocument::array_formula(const std::string& range, const std::string& f) {
    Reference<css::sheet::XArrayFormulaRange>(sheet()->getCellRangeByName(to_ou(range)),
                                              UNO_QUERY_THROW)
        ->setArrayFormula(to_ou(f));
}

void CalcDocument::text(const std::string& address, const std::string& value) {
    Reference<css::text::XText>(cell(address), UNO_QUERY_THROW)->setString(to_ou(value));
}

void CalcDocument::recalculate() {
    Reference<css::sheet::XCalculatable>(document_, UNO_QUERY_THROW)->calculateAll();
}

double CalcDocument::value(const std::string& address) {
    return cell(address)->getValue();
}

std::string CalcDocument::string(const std::string& address) {
    return to_utf8(Reference<css::text::XText>(cell(address), UNO_QUERY_THROW)->getString());
}

int CalcDocument::error(const std::string& address) {
    return cell(address)->getError();
}

std::string CalcDocument::formula_of(const std::string& address) {
    return to_utf8(cell(address)->getFormula());
}

void CalcDocument::store(const std::filesystem::path& file, const std::string& filter) {
    office::store_document(document_, file, filter, true);
}

std::filesystem::path temp_dir() {
    static const std::filesystem::path dir = [] {
        std::random_device random;
        auto d =
            std::filesystem::temp_directory_path() / ("vnplan-tests-" + std::to_string(random()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

} // namespace vnplan::test
