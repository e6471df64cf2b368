#include "addin/uno_convert.hpp"

#include "core/indices/indices.hpp"

#include <algorithm>
#include <cmath>

namespace vnplan::addin {

namespace {

Cell to_cell(const uno::Any& value) {
    double number = 0;
    rtl::OUString text;
    if (value >>= number) return Cell::of(number);
    if (value >>= text) return text.isEmpty() ? Cell{} : Cell::of(to_utf8(text));
    return value.hasValue() ? Cell::error() : Cell{};
}

[[noreturn]] void not_a_number(const Message& what) {
    throw InputError({"Đối số " + what.vi + " phải là một số.",
                      "The " + what.en + " argument must be a number."});
}

} // namespace

uno::Any single(const uno::Any& value, const Message& what) {
    if (value.getValueTypeClass() != uno::TypeClass_SEQUENCE) return value;
    Rows rows;
    if ((value >>= rows) && rows.getLength() == 1 && rows[0].getLength() == 1) return rows[0][0];
    throw InputError({"Đối số " + what.vi + " chỉ nhận một ô, không nhận cả vùng.",
                      "The " + what.en + " argument takes a single cell, not a range."});
}

std::optional<double> optional_number(const uno::Any& argument, const Message& what) {
    const uno::Any value = single(argument, what);
    if (is_blank(value)) return std::nullopt;
    double number = 0;
    if (!(value >>= number)) not_a_number(what);
    return number;
}

std::optional<double> optional_nonzero(const uno::Any& argument, const Message& what) {
    const auto number = optional_number(argument, what);
    return number && *number == 0 ? std::nullopt : number;
}

bool optional_flag(const uno::Any& argument, const Message& what) {
    return optional_nonzero(argument, what).has_value();
}

std::optional<std::string> optional_text(const uno::Any& argument, const Message& what) {
    const uno::Any value = single(argument, what);
    if (!value.hasValue()) return std::nullopt;
    rtl::OUString text;
    if (value >>= text) {
        text = text.trim();
        return text.isEmpty() ? std::nullopt : std::optional(to_utf8(text));
    }
    double number = 0;
    if ((value >>= number) && number == 0) return std::nullopt; // a blank cell
    throw InputError(
        {"Đối số " + what.vi + " phải là chữ.", "The " + what.en + " argument must be text."});
}

std::optional<int> optional_decimals(const uno::Any& argument, int most) {
    const auto number = optional_number(argument, {"số chữ số thập phân", "decimals"});
    if (!number) return std::nullopt;
    const double whole = std::trunc(*number);
    if (!(whole >= 0 && whole <= most))
        throw InputError(
            {"Số chữ số thập phân phải từ 0 đến " + std::to_string(most) + ".",
             "The number of decimals must be from 0 to " + std::to_string(most) + "."});
    return static_cast<int>(whole);
}

bool is_blank(const uno::Any& cell) {
    rtl::OUString text;
    return !cell.hasValue() || ((cell >>= text) && text.trim().isEmpty());
}

std::string cell_text(const uno::Any& cell) {
    rtl::OUString text;
    if (cell >>= text) return to_utf8(text);
    double number = 0;
    if (cell >>= number) return indices::format_typed(number);
    return {};
}

std::vector<uno::Any> cells_of(const Rows& rows) {
    std::vector<uno::Any> cells;
    for (const uno::Sequence<uno::Any>& row : rows)
        cells.insert(cells.end(), row.begin(), row.end());
    return cells;
}

Grid to_grid(const Rows& rows) {
    Grid grid;
    grid.rows.reserve(static_cast<std::size_t>(rows.getLength()));
    std::size_t width = 0;
    for (const uno::Sequence<uno::Any>& row : rows) {
        std::vector<Cell> cells;
        cells.reserve(static_cast<std::size_t>(row.getLength()));
        for (const uno::Any& value : row)
            cells.push_back(to_cell(value));
        width = std::max(width, cells.size());
        grid.rows.push_back(std::move(cells));
    }
    for (auto& row : grid.rows)
        row.resize(width);
    return grid;
}

Grid any_to_grid(const uno::Any& value) {
    Rows rows;
    if (value >>= rows) return to_grid(rows);
    Grid grid;
    if (value.hasValue()) grid.rows = {{to_cell(value)}};
    return grid;
}

std::vector<std::string> texts_of(const uno::Any& argument) {
    std::vector<std::string> texts;
    Rows rows;
    if (argument >>= rows) {
        for (const uno::Any& cell : cells_of(rows))
            texts.push_back(cell_text(cell));
    } else if (!is_blank(argument)) {
        texts.push_back(cell_text(argument));
    }
    return texts;
}

void numbers_of(const Rows& rows, std::vector<std::optional<double>>& out) {
    out.clear();
    for (const uno::Sequence<uno::Any>& row : rows)
        for (const uno::Any& cell : row) {
            double number = 0;
            out.push_back((cell >>= number) ? std::optional(number) : std::nullopt);
        }
}

uno::Sequence<uno::Sequence<rtl::OUString>> column_of(const std::vector<std::string>& lines) {
    uno::Sequence<uno::Sequence<rtl::OUString>> out(static_cast<sal_Int32>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        uno::Sequence<rtl::OUString> row(1);
        row[0] = to_ou(lines[i]);
        out[static_cast<sal_Int32>(i)] = row;
    }
    return out;
}

// Rows of numbers pass through UNO reflection without being copied one by one; rows of any
// are needed only when a cell must stay blank (an empty text, which Calc shows as blank).
uno::Any column_of(const std::vector<std::optional<double>>& values) {
    const auto count = static_cast<sal_Int32>(values.size());
    if (std::all_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); })) {
        uno::Sequence<uno::Sequence<double>> result(count);
        uno::Sequence<double>* rows = result.getArray();
        for (sal_Int32 i = 0; i < count; ++i)
            rows[i] = uno::Sequence<double>(&*values[static_cast<std::size_t>(i)], 1);
        return uno::Any(result);
    }
    Rows result(count);
    uno::Sequence<uno::Any>* rows = result.getArray();
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto& value = values[static_cast<std::size_t>(i)];
        const uno::Any cell = value ? uno::Any(*value) : uno::Any(rtl::OUString());
        rows[i] = uno::Sequence<uno::Any>(&cell, 1);
    }
    return uno::Any(result);
}

} // namespace vnplan::addin
