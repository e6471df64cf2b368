#include "core/vntext/legacy_cells.hpp"

#include "core/vntext/legacy.hpp"
#include "core/vntext/text.hpp"

#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace vnplan::vntext {
namespace {

bool starts_with_ascii_nocase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
               return p == static_cast<char>(std::tolower(static_cast<unsigned char>(t)));
           });
}

bool ascii_only(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
}

// Legacy text is read byte by byte as Latin-1 characters (Windows-1252's punctuation kept):
// a character beyond those is Unicode that no legacy font produced.
bool beyond_latin1(std::string_view text) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c > 0xFF && !detail::windows_1252_extra(c)) return true;
    }
    return false;
}

} // namespace

Encoding font_encoding(std::string_view font) {
    if (starts_with_ascii_nocase(font, ".vn")) return Encoding::tcvn3;
    if (starts_with_ascii_nocase(font, "vni")) return Encoding::vni;
    return Encoding::automatic;
}

bool upper_case_font(std::string_view font) {
    return font_encoding(font) == Encoding::tcvn3 && (font.back() == 'h' || font.back() == 'H');
}

bool stays_as_is(std::string_view text, std::string_view font) {
    bool ascii = true;
    for (int32_t i = 0, length = static_cast<int32_t>(text.size()); i < length;) {
        UChar32 c = 0;
        U8_NEXT_OR_FFFD(text.data(), i, length, c); // as ICU's fromUTF8 reads it
        if (c < 0x80) continue;
        ascii = false;
        if (c > 0xFF && !detail::windows_1252_extra(c)) return true;
    }
    return ascii && !upper_case_font(font);
}

CellText CellDecoder::decode(std::string_view text, std::string_view font) {
    const CellText unchanged{Encoding::decomposed, std::string(text)};
    Encoding e = font_encoding(font);
    if (ascii_only(text)) {
        // TCVN3 and VNI write ASCII as it is; only an upper-case font changes what is shown.
        if (!upper_case_font(font)) return unchanged;
        std::string shown = upper(text);
        return shown == text ? unchanged : CellText{Encoding::tcvn3, std::move(shown)};
    }
    if (beyond_latin1(text)) return unchanged;
    if (e == Encoding::automatic) {
        auto it = detected_.find(std::string(text));
        if (it == detected_.end())
            it = detected_.emplace(std::string(text), detect_encoding(text)).first;
        e = it->second;
        if (e != Encoding::tcvn3 && e != Encoding::vni) return unchanged;
    }
    std::string out = to_unicode(text, e);
    return {e, upper_case_font(font) ? upper(out) : std::move(out)};
}

EncodingCounts& EncodingCounts::operator+=(const EncodingCounts& other) {
    tcvn3 += other.tcvn3;
    vni += other.vni;
    unicode += other.unicode;
    return *this;
}

GridConversion convert_grid(const Grid& grid, bool formula_results) {
    GridConversion out;
    CellDecoder decoder;
    for (std::size_t r = 0; r < grid.height(); ++r)
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const Cell& cell = grid.at(r, c);
            if (!cell.is_text() || (!formula_results && grid.formula(r, c))) continue;
            CellText decoded = decoder.decode(cell.text, grid.fonts.empty() ? "" : grid.font(r, c));
            if (!decoded.changed()) {
                ++out.counts.unicode;
                continue;
            }
            ++(decoded.encoding == Encoding::tcvn3 ? out.counts.tcvn3 : out.counts.vni);
            out.changes.push_back({r, c, decoded.encoding, std::move(decoded.text)});
        }
    return out;
}

} // namespace vnplan::vntext
