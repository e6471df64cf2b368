// Legacy Vietnamese text in award tables: TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) cells
// are read as the office shows them (bytes as Latin-1 characters) and converted to Unicode.
#include "core/awards/table_detail.hpp"

#include "core/awards/labels.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/legacy_cells.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <string_view>

namespace vnplan::awards::detail {

namespace {

// Whether CellDecoder::decode would leave the text as it is, told without calling it: plain
// ASCII outside an upper-case font, or a character no legacy font produces (ơ, ư, đ ...: the
// first non-ASCII letter of most Vietnamese text). decode() converts the whole text to UTF-16
// for the same test; this walks the UTF-8 to its first such character.
bool plainly_unicode(std::string_view text, std::string_view font) {
    bool ascii = true;
    for (int32_t i = 0, length = static_cast<int32_t>(text.size()); i < length;) {
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(text.data(), i, length, c); // as ICU's fromUTF8 reads it
        if (c < 0x80) continue;
        ascii = false;
        if (c > 0xFF && !vntext::detail::windows_1252_extra(c)) return true;
    }
    return ascii && !vntext::upper_case_font(font);
}

} // namespace

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
            if (plainly_unicode(cell.text, font)) continue;
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
