#include "core/awards/allocation_inputs.hpp"

namespace vnplan::awards {

std::vector<double> weights_from(const Grid& cells) {
    std::vector<double> weights;
    for (const auto& row : cells.rows)
        for (const Cell& cell : row) {
            if (cell.is_number())
                weights.push_back(cell.number);
            else if (cell.is_empty())
                weights.push_back(0);
            else
                throw InputError(
                    {"Trọng số thứ " + std::to_string(weights.size() + 1) + " không phải là số.",
                     "Weight " + std::to_string(weights.size() + 1) + " is not a number."});
        }
    return weights;
}

Bounds bounds_from(const Grid& cells, const Message& name) {
    Bounds bounds;
    for (const auto& row : cells.rows)
        for (const Cell& cell : row) {
            if (cell.is_number())
                bounds.push_back(cell.number);
            else if (cell.is_empty())
                bounds.push_back(std::nullopt);
            else
                throw InputError({name.vi + " phải là số.", name.en + " must be numbers."});
        }
    return bounds;
}

} // namespace vnplan::awards
