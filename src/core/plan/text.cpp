#include "core/plan/text.hpp"

#include "core/vntext/vntext.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cmath>

namespace vnplan::plan {
namespace {

icu::UnicodeString to_icu(std::string_view text) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

icu::UnicodeString normalized(const icu::UnicodeString& text, bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = compose ? icu::Normalizer2::getNFCInstance(status)
                                        : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString out = n->normalize(text, status);
    return U_SUCCESS(status) ? out : text;
}

bool is_space(UChar32 c) {
    return u_isUWhiteSpace(c) || c == 0xA0 || c == 0x202F;
}

} // namespace

std::string key_of(std::string_view text) {
    icu::UnicodeString u = to_icu(text);
    u.foldCase();
    u = normalized(u, false);
    icu::UnicodeString out;
    bool space = false;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) continue; // tone and vowel marks
        if (c == 0x0111 || c == 0x0110) c = 'd';           // đ is not a decomposable letter
        if (u_isalnum(c)) {
            if (space && !out.isEmpty()) out.append(static_cast<UChar>(' '));
            space = false;
            out.append(c);
        } else {
            space = true;
        }
    }
    return to_utf8(out);
}

std::string trim(std::string_view text) {
    icu::UnicodeString u = to_icu(text);
    int32_t begin = 0, end = u.length();
    while (begin < end && is_space(u.char32At(begin)))
        begin = u.moveIndex32(begin, 1);
    while (end > begin && is_space(u.char32At(u.moveIndex32(end, -1))))
        end = u.moveIndex32(end, -1);
    return to_utf8(normalized(u.tempSubStringBetween(begin, end), true));
}

std::string upper(std::string_view text) {
    icu::UnicodeString u = normalized(to_icu(text), true);
    u.toUpper(icu::Locale("vi"));
    return to_utf8(normalized(u, true));
}

std::string sentence_case(std::string_view text) {
    icu::UnicodeString u = normalized(to_icu(trim(text)), true);
    if (u.isEmpty()) return {};
    u.toLower(icu::Locale("vi"));
    const int32_t next = u.moveIndex32(0, 1);
    icu::UnicodeString first = u.tempSubString(0, next);
    first.toUpper(icu::Locale("vi"));
    u.replace(0, next, first);
    return to_utf8(u);
}

std::string roman(int n) {
    static constexpr std::array<const char*, 13> symbols{"M",  "CM", "D",  "CD", "C",  "XC", "L",
                                                         "XL", "X",  "IX", "V",  "IV", "I"};
    static constexpr std::array<int, 13> values{1000, 900, 500, 400, 100, 90, 50,
                                                40,   10,  9,   5,   4,   1};
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        while (n >= values[i]) {
            out += symbols[i];
            n -= values[i];
        }
    return out;
}

std::string point_letter(int n) {
    // Nghị định 30/2020: the letters of the Vietnamese alphabet, without ă â ê ô ơ ư.
    static constexpr std::array<const char*, 23> letters{"a", "b", "c", "d", "đ", "e", "g", "h",
                                                         "i", "k", "l", "m", "n", "o", "p", "q",
                                                         "r", "s", "t", "u", "v", "x", "y"};
    if (n < 1) return {};
    const int size = static_cast<int>(letters.size());
    if (n <= size) return letters[static_cast<std::size_t>(n - 1)];
    return point_letter((n - 1) / size) + letters[static_cast<std::size_t>((n - 1) % size)];
}

std::string cell_text(const Cell& cell) {
    switch (cell.kind) {
    case Cell::Kind::empty:
        return {};
    case Cell::Kind::text:
        return cell.text;
    case Cell::Kind::error:
        return cell.text.empty() ? "#ERR" : cell.text;
    case Cell::Kind::number:
        if (std::floor(cell.number) == cell.number && std::fabs(cell.number) < 1e15)
            return std::to_string(static_cast<long long>(cell.number));
        return vntext::number_text(cell.number);
    }
    return {};
}

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        std::string line = trim(text.substr(start, end - start));
        if (!line.empty()) out.push_back(std::move(line));
        if (end == text.size()) break;
        start = end + 1;
    }
    return out;
}

} // namespace vnplan::plan
