// A Calc document for benchmarks: bulk filling and timed recalculation.
#pragma once

#include "office/common/office_process.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <string>
#include <vector>

namespace vnplan::bench {

namespace css = com::sun::star;

class BenchDocument {
public:
    // A new Calc document with automatic calculation off, so that only calculate() computes.
    explicit BenchDocument(office::OfficeProcess& office);
    ~BenchDocument();
    BenchDocument(const BenchDocument&) = delete;
    BenchDocument& operator=(const BenchDocument&) = delete;

    // Column `column` (0 = A) from row 1 down.
    void numbers(int column, const std::vector<double>& values);
    // `formula` in row 1 of `column`, filled down to `rows` rows (references adjust).
    void fill_down(int column, int rows, const std::string& formula);
    void array_formula(const std::string& range, const std::string& formula);

    // One XCalculatable::calculateAll(), in milliseconds.
    double calculate_ms();
    // Warm-up run, then the median of `runs` timed runs.
    double median_ms(int runs);

    double value(int column, int row);
    std::string string(int column, int row);
    int error(int column, int row);

private:
    css::uno::Reference<css::lang::XComponent> document_;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet_;
};

} // namespace vnplan::bench
