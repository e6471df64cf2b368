// vnplan allocate WORKBOOK --weights RANGE --total N [--method M] [--minimum N|RANGE]
//                 [--maximum N|RANGE] [--sheet NAME] [--into CELL] [--out FILE] [--force]
// ALLOCATE's apportionment (core/awards) of a workbook's weights, printed per unit; --out
// writes the result column into a copy of the workbook.
#include "cli/cli.hpp"
#include "cli/workbook_copy.hpp"

#include "core/awards/allocation_inputs.hpp"
#include "core/common/decimal.hpp"
#include "core/vntext/text.hpp"
#include "office/awards/actions.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"

#include <boost/program_options.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

#include <iostream>

namespace vnplan::cli {

namespace css = com::sun::star;
namespace po = boost::program_options;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

struct Options {
    std::string workbook, weights, method, minimum, maximum, sheet, into, out;
    double total = -1;
    bool force = false;
};

Options parse(const std::vector<std::string>& args) {
    Options o;
    po::options_description options;
    options.add_options()("workbook", po::value(&o.workbook))("weights", po::value(&o.weights))(
        "total", po::value(&o.total))("method", po::value(&o.method))("minimum",
                                                                      po::value(&o.minimum))(
        "maximum", po::value(&o.maximum))("sheet", po::value(&o.sheet))("into", po::value(&o.into))(
        "out", po::value(&o.out))("force", po::bool_switch(&o.force));
    po::positional_options_description positional;
    positional.add("workbook", 1);
    parse_arguments(args, options, positional);
    if (o.workbook.empty() || o.weights.empty() || o.total < 0)
        throw InputError({"Cách dùng: vnplan allocate SỔ_TÍNH --weights VÙNG --total SỐ",
                          "Usage: vnplan allocate WORKBOOK --weights RANGE --total N"});
    return o;
}

css::table::CellRangeAddress address_of(const Reference<css::table::XCellRange>& range) {
    return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

// A bound: empty, a number ("1", "2,5"), or a range of one per unit.
awards::Bounds bounds_of(const EditedWorkbook& w, const std::string& text, const Options& o,
                         const Message& name) {
    if (text.empty()) return {};
    if (const auto value = vntext::parse_decimal(text)) return {*value};
    return awards::bounds_from(office::read_grid(range_named(w.document(), text, o.sheet, name)),
                               name);
}

// Each unit's name: the text left of its weight (above it for a row of weights), else the
// weight's cell.
std::vector<std::string> unit_labels(const Reference<css::table::XCellRange>& weights,
                                     std::size_t count) {
    const auto a = address_of(weights);
    const bool column = a.StartColumn == a.EndColumn;
    auto sheet = Reference<css::sheet::XSheetCellRange>(weights, UNO_QUERY_THROW)->getSpreadsheet();
    Grid names;
    if (column && a.StartColumn > 0)
        names = office::read_grid(sheet->getCellRangeByPosition(a.StartColumn - 1, a.StartRow,
                                                                a.StartColumn - 1, a.EndRow));
    else if (!column && a.StartRow > 0)
        names = office::read_grid(sheet->getCellRangeByPosition(a.StartColumn, a.StartRow - 1,
                                                                a.EndColumn, a.StartRow - 1));
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < count; ++i) {
        const int offset = static_cast<int>(i);
        const Cell* name = nullptr;
        if (names.height() > 0) name = column ? &names.at(i, 0) : &names.at(0, i);
        labels.push_back(name && name->is_text() ? name->text
                                                 : a1_address(a.StartColumn + (column ? 0 : offset),
                                                              a.StartRow + (column ? offset : 0)));
    }
    return labels;
}

// --into, else the column right of the sheet's used area (the row below it for a row).
Reference<css::table::XCellRange> output_cell(const EditedWorkbook& w,
                                              const Reference<css::table::XCellRange>& weights,
                                              const Options& o) {
    if (!o.into.empty())
        return range_named(w.document(), o.into, o.sheet, {"Ô kết quả", "The result cell"});
    const auto a = address_of(weights);
    auto sheet = Reference<css::sheet::XSheetCellRange>(weights, UNO_QUERY_THROW)->getSpreadsheet();
    const auto used = address_of(office::used_range(sheet));
    return a.StartColumn == a.EndColumn
               ? sheet->getCellRangeByPosition(used.EndColumn + 1, a.StartRow, used.EndColumn + 1,
                                               a.StartRow)
               : sheet->getCellRangeByPosition(a.StartColumn, used.EndRow + 1, a.StartColumn,
                                               used.EndRow + 1);
}

} // namespace

int allocate_command(const Context& context, const std::vector<std::string>& args) {
    const Options o = parse(args);
    const bool vi = context.lang == Lang::vi;
    std::filesystem::path target;
    if (!o.out.empty()) target = check_output(o.workbook, o.out, "phan-bo", o.force);
    EditedWorkbook workbook(context, o.workbook);
    office::AllocationRequest request;
    request.weights = range_named(workbook.document(), o.weights, o.sheet,
                                  {"Vùng trọng số", "The weights range"});
    request.total = o.total;
    request.method = o.method;
    request.minimum = bounds_of(workbook, o.minimum, o, {"Số tối thiểu", "The minimums"});
    request.maximum = bounds_of(workbook, o.maximum, o, {"Số tối đa", "The maximums"});
    request.output = output_cell(workbook, request.weights, o);
    // Into the copy only: the workbook itself is never stored.
    const awards::Allocation a = office::allocate_into(workbook.document(), request, false);
    const auto labels = unit_labels(request.weights, a.seats.size());

    std::cout << (vi ? "Phương pháp: " : "Method: ")
              << awards::display_name(a.method).in(context.lang) << (vi ? "; tổng " : "; total ")
              << static_cast<long long>(o.total) << '\n';
    for (std::size_t i = 0; i < a.seats.size(); ++i)
        std::cout << "  " << labels[i] << ": " << a.seats[i] << " (" << (vi ? "tỷ lệ " : "quota ")
                  << decimal::format(a.quotas[i], 2, vi ? ',' : '.', vi ? '.' : ',') << ")\n";
    for (const auto& tie : a.ties)
        std::cout << awards::describe_tie(tie, labels).in(context.lang) << '\n';
    if (!target.empty()) {
        workbook.store(target, o.force);
        std::cout << (vi ? "Đã ghi cột kết quả vào " : "Wrote the result column into ")
                  << target.string() << '\n';
    }
    return a.ties.empty() ? ok : found_errors;
}

} // namespace vnplan::cli
