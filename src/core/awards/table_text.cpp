// Legacy Vietnamese text in award tables: TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) cells
// are read as the office shows them (bytes as Latin-1 characters) and converted to Unicode.
#include "core/awards/table_detail.hpp"

#include "core/awards/labels.hpp"
#include "core/vntext/legacy_cells.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <algorithm>
#include <string_view>

namespace vnplan::awards::detail {

// vntext::convert_grid(grid, true), asking the decoder only about cells that may change.
std::unique_ptr<Grid> unicode_grid(const Grid& grid, std::vector<std::string>& encodings) {
    encodings.clear();
    vntext::CellDecoder decoder;
    std::unique_ptr<Grid> out;
    for (std::size_t r = 0; r < grid.height(); ++r)
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const Cell& cell = grid.at(r, c);
            if (!cell.is_text()) continue;
            const std::string font = grid.fonts.empty() ? std::string() : grid.font(r, c);
            if (vntext::stays_as_is(cell.text, font)) continue;
            vntext::CellText decoded = decoder.decode(cell.text, font);
            if (!decoded.changed()) continue;
            const std::string name = decoded.encoding == vntext::Encoding::tcvn3 ? "TCVN3" : "VNI";
            if (std::find(encodings.begin(), encodings.end(), name) == encodings.end())
                encodings.push_back(name);
            if (!out) out = std::make_unique<Grid>(grid);
            out->rows[r][c].text = std::move(decoded.text);
        }
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
