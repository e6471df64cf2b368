#include "core/common/grid.hpp"

namespace vnplan {

std::string column_name(int column) {
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

std::string a1_address(int column, int row) {
    return column_name(column) + std::to_string(row + 1);
}

} // namespace vnplan
