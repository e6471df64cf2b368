// Legacy Vietnamese text in award tables: TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) cells
// are read as the office shows them (bytes as Latin-1 characters) and converted to Unicode.
#include "core/awards/table_detail.hpp"

#include "core/awards/labels.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

namespace vnplan::awards::detail {
namespace {

std::string lower_ascii(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The encoding a font name tells: ".VnTime", ".VnArialH" (TCVN3), "VNI-Times" (VNI).
vntext::Encoding font_encoding(const std::string& font) {
    const std::string f = lower_ascii(font);
    if (f.rfind(".vn", 0) == 0) return vntext::Encoding::tcvn3;
    if (f.rfind("vni", 0) == 0) return vntext::Encoding::vni;
    return vntext::Encoding::automatic;
}

// TCVN3 upper-case fonts (.VnTimeH) draw the lower-case code points as capitals.
bool upper_case_font(const std::string& font) {
    const std::string f = lower_ascii(font);
    return f.rfind(".vn", 0) == 0 && !f.empty() && f.back() == 'h';
}

// Only text whose characters are all Latin-1 (or Windows-1252's extras) can be legacy text
// read byte by byte: real Vietnamese Unicode nearly always has a letter beyond (ơ ư đ ạ ...).
bool latin1_only(const std::string& text) {
    if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) return false;
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (c > 0xFF && !vntext::detail::windows_1252_extra(c)) return false;
    }
    return true;
}

class Converter {
public:
    std::string convert(const std::string& text, vntext::Encoding by_font, bool upper_font) {
        // Text already in Unicode stays, whatever its font says (cells converted, font kept).
        if (!latin1_only(text)) return text;
        vntext::Encoding e = by_font;
        if (e == vntext::Encoding::automatic) {
            auto it = detected_.find(text);
            if (it == detected_.end())
                it = detected_.emplace(text, vntext::detect_encoding(text)).first;
            e = it->second;
            if (e != vntext::Encoding::tcvn3 && e != vntext::Encoding::vni) return text;
        }
        note(e);
        std::string out = vntext::to_unicode(text, e);
        return upper_font ? vntext::upper(out) : out;
    }
    std::vector<std::string> met;

private:
    void note(vntext::Encoding e) {
        const std::string name = e == vntext::Encoding::tcvn3 ? "TCVN3" : "VNI";
        if (std::find(met.begin(), met.end(), name) == met.end()) met.push_back(name);
    }
    std::unordered_map<std::string, vntext::Encoding> detected_;
};

} // namespace

std::unique_ptr<Grid> unicode_grid(const Grid& grid, std::vector<std::string>& encodings) {
    Converter converter;
    std::unique_ptr<Grid> out;
    for (std::size_t r = 0; r < grid.height(); ++r)
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const Cell& cell = grid.at(r, c);
            if (!cell.is_text()) continue;
            const std::string font = grid.fonts.empty() ? std::string() : grid.font(r, c);
            const vntext::Encoding by_font =
                font.empty() ? vntext::Encoding::automatic : font_encoding(font);
            if (!latin1_only(cell.text)) continue;
            std::string text = converter.convert(cell.text, by_font, upper_case_font(font));
            if (text == cell.text) continue;
            if (!out) out = std::make_unique<Grid>(grid);
            out->rows[r][c].text = std::move(text);
        }
    encodings = converter.met;
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
