// Legacy Vietnamese text in award tables: TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) cells
// are read as the office shows them (bytes as Latin-1 characters) and converted to Unicode.
#include "core/awards/table_detail.hpp"

#include "core/awards/labels.hpp"
#include "core/vntext/legacy_cells.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <algorithm>

namespace vnplan::awards::detail {

std::unique_ptr<Grid> unicode_grid(const Grid& grid, std::vector<std::string>& encodings) {
    const vntext::GridConversion conversion = vntext::convert_grid(grid, true);
    encodings.clear();
    for (const auto& change : conversion.changes) {
        const std::string name = change.encoding == vntext::Encoding::tcvn3 ? "TCVN3" : "VNI";
        if (std::find(encodings.begin(), encodings.end(), name) == encodings.end())
            encodings.push_back(name);
    }
    if (conversion.changes.empty()) return nullptr;
    auto out = std::make_unique<Grid>(grid);
    for (const auto& change : conversion.changes)
        out->rows[change.row][change.column].text = change.text;
    return out;
}

std::string folded(const Cell& cell) {
    return cell.is_text() ? fold_label(cell.text) : std::string();
}

bool row_is_blank(const Grid& grid, std::size_t r) {
    for (const Cell& c : grid.rows[r]) {
        if (c.is_empty()) continue;
        if (!c.is_text()) return false;
        if (c.text.find_first_not_of(" \t\r\n\xC2\xA0") != std::string::npos) return false;
    }
    return true;
}

} // namespace vnplan::awards::detail
