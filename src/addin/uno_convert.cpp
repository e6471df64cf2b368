#include "addin/uno_convert.hpp"


namespace vnplan::addin {

Grid to_grid(const uno::Sequence<uno::Sequence<uno::Any>>& rows) {
    Grid grid;
    grid.rows.reserve(static_cast<std::size_t>(rows.getLength()));
    std::size_t width = 0;
    for (const uno::Sequence<uno::Any>& row : rows) {
        std::vector<Cell> cells;
        cells.reserve(static_cast<std::size_t>(row.getLength()));
        for (const uno::Any& value : row) {
            double number = 0;
            rtl::OUString text;
            if (value >>= number)
                cells.push_back(Cell::of(number));
            else if (value >>= text)
                cells.push_back(text.isEmpty() ? Cell{} : Cell::of(to_utf8(text)));
            else if (!value.hasValue())
                cells.push_back(Cell{});
            else
                cells.push_back(Cell::error());
        }
        width = std::max(width, cells.size());
        grid.rows.push_back(std::move(cells));
    }
    for (auto& row : grid.rows) row.resize(width);
    return grid;
}

Grid any_to_grid(const uno::Any& value) {
    Grid grid;
    uno::Sequence<uno::Sequence<uno::Any>> rows;
    double number = 0;
    rtl::OUString text;
    if (!value.hasValue()) return grid;
    if (value >>= rows) return to_grid(rows);
    if (value >>= number)
        grid.rows = {{Cell::of(number)}};
    else if (value >>= text)
        grid.rows = {{text.isEmpty() ? Cell{} : Cell::of(to_utf8(text))}};
    else
        grid.rows = {{Cell::error()}};
    return grid;
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

} // namespace vnplan::addin
