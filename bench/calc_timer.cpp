#include "calc_timer.hpp"

#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>
#include <chrono>

namespace vnplan::bench {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

BenchDocument::BenchDocument(office::OfficeProcess& office)
    : document_(office::new_document(office.desktop(), "scalc")) {
    Reference<css::sheet::XSpreadsheetDocument> doc(document_, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    sheet_.set(sheets->getByIndex(0), UNO_QUERY_THROW);
    Reference<css::sheet::XCalculatable>(document_, UNO_QUERY_THROW)
        ->enableAutomaticCalculation(false);
}

BenchDocument::~BenchDocument() {
    office::close_document(document_);
}

void BenchDocument::numbers(int column, const std::vector<double>& values) {
    const auto rows = static_cast<sal_Int32>(values.size());
    Sequence<Sequence<Any>> data(rows);
    Sequence<Any>* out = data.getArray();
    for (sal_Int32 r = 0; r < rows; ++r) {
        const Any cell(values[static_cast<std::size_t>(r)]);
        out[r] = Sequence<Any>(&cell, 1);
    }
    Reference<css::sheet::XCellRangeData>(
        sheet_->getCellRangeByPosition(column, 0, column, rows - 1), UNO_QUERY_THROW)
        ->setDataArray(data);
}

void BenchDocument::fill_down(int column, int rows, const std::string& formula) {
    // As a clerk fills down: one formula, then Calc's own fill (setFormulaArray of 100,000
    // separate formulas takes minutes in LibreOffice 7.4).
    sheet_->getCellByPosition(column, 0)->setFormula(office::to_ou(formula));
    Reference<css::sheet::XCellSeries>(sheet_->getCellRangeByPosition(column, 0, column, rows - 1),
                                       UNO_QUERY_THROW)
        ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
}

void BenchDocument::array_formula(const std::string& range, const std::string& formula) {
    Reference<css::sheet::XArrayFormulaRange>(sheet_->getCellRangeByName(office::to_ou(range)),
                                              UNO_QUERY_THROW)
        ->setArrayFormula(office::to_ou(formula));
}

double BenchDocument::calculate_ms() {
    Reference<css::sheet::XCalculatable> calc(document_, UNO_QUERY_THROW);
    const auto start = std::chrono::steady_clock::now();
    calc->calculateAll();
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    return took.count();
}

double BenchDocument::median_ms(int runs) {
    calculate_ms(); // warm-up: loads the add-in, fills Calc's caches
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(calculate_ms());
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double BenchDocument::value(int column, int row) {
    return sheet_->getCellByPosition(column, row)->getValue();
}

std::string BenchDocument::string(int column, int row) {
    return office::to_utf8(
        Reference<css::text::XText>(sheet_->getCellByPosition(column, row), UNO_QUERY_THROW)
            ->getString());
}

int BenchDocument::error(int column, int row) {
    return sheet_->getCellByPosition(column, row)->getError();
}

} // namespace vnplan::bench
