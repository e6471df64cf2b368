#include "core/vntext/text.hpp"

#include "core/vntext/icu_text.hpp"
#include "core/vntext/vntext.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

namespace vnplan::vntext {
namespace {

using detail::to_icu;
using detail::to_utf8;

// NFC or NFD; the text unchanged if ICU cannot normalise (never throws).
icu::UnicodeString normalized(const icu::UnicodeString& text, bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = compose ? icu::Normalizer2::getNFCInstance(status)
                                        : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString out = n->normalize(text, status);
    return U_SUCCESS(status) ? out : text;
}

bool unicode_space(UChar32 c) {
    return u_isUWhiteSpace(c) || c == 0xA0 || c == 0x202F;
}

bool ascii_space(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

} // namespace

// ---- White space ----

std::string_view trim_ascii(std::string_view text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && ascii_space(text[begin]))
        ++begin;
    while (end > begin && ascii_space(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

std::string trim(std::string_view text) {
    icu::UnicodeString u = to_icu(text);
    int32_t begin = 0, end = u.length();
    while (begin < end && unicode_space(u.char32At(begin)))
        begin = u.moveIndex32(begin, 1);
    while (end > begin && unicode_space(u.char32At(u.moveIndex32(end, -1))))
        end = u.moveIndex32(end, -1);
    return to_utf8(normalized(u.tempSubStringBetween(begin, end), true));
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = text.compare(i, 2, "\xC2\xA0") == 0;
        if (nbsp || ascii_space(text[i])) {
            space = !out.empty();
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += text[i];
    }
    return out;
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

// ---- Comparison keys ----

std::string lower(std::string_view text) {
    icu::UnicodeString u = detail::nfc(to_icu(text));
    u.trim();
    u.toLower(icu::Locale("vi"));
    return to_utf8(u);
}

std::string fold_exact(std::string_view text) {
    const icu::UnicodeString source = to_icu(text);
    // Trim and collapse white space (including no-break spaces pasted from Word).
    icu::UnicodeString spaced;
    bool pending_space = false;
    for (int32_t i = 0; i < source.length();) {
        const UChar32 c = source.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pending_space = !spaced.isEmpty();
            continue;
        }
        if (pending_space) spaced.append(static_cast<UChar>(u' '));
        pending_space = false;
        spaced.append(c);
    }
    spaced.foldCase();
    return to_utf8(normalized(spaced, true));
}

std::string fold_label(std::string_view text) {
    icu::UnicodeString u = to_icu(text);
    u.foldCase();
    std::string out = collapse_spaces(to_utf8(normalized(u, true)));
    while (!out.empty() && (out.back() == ':' || out.back() == '.' || out.back() == ' '))
        out.pop_back();
    return out;
}

std::string fold_loose(std::string_view text) {
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

// ---- Case ----

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

// ---- Numbering ----

std::string roman_numeral(int n) {
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

std::optional<int> roman_value(std::string_view numeral) {
    // The longest canonical numeral below 4000 is MMMDCCCLXXXVIII (3888, 15 letters).
    if (numeral.empty() || numeral.size() > 15) return std::nullopt;
    std::string upper_case(numeral);
    int total = 0, previous = 0;
    for (auto it = upper_case.rbegin(); it != upper_case.rend(); ++it) {
        *it = static_cast<char>(std::toupper(static_cast<unsigned char>(*it)));
        int v = 0;
        switch (*it) {
        case 'I':
            v = 1;
            break;
        case 'V':
            v = 5;
            break;
        case 'X':
            v = 10;
            break;
        case 'L':
            v = 50;
            break;
        case 'C':
            v = 100;
            break;
        case 'D':
            v = 500;
            break;
        case 'M':
            v = 1000;
            break;
        default:
            return std::nullopt;
        }
        total += v < previous ? -v : v;
        previous = std::max(previous, v);
    }
    // Only the canonical spelling: "IIII", "VX", "IL" are no numerals.
    if (total <= 0 || total >= 4000 || roman_numeral(total) != upper_case) return std::nullopt;
    return total;
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

std::optional<long> whole_number(std::string_view digits, std::size_t max_digits) {
    if (digits.empty() || digits.size() > max_digits) return std::nullopt;
    long value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<double> parse_decimal(std::string_view text) {
    std::string number(text);
    std::replace(number.begin(), number.end(), ',', '.');
    double value = 0;
    const auto r = std::from_chars(number.data(), number.data() + number.size(), value);
    if (r.ec != std::errc() || r.ptr != number.data() + number.size()) return std::nullopt;
    return value;
}

// ---- Cells ----

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
        return number_text(cell.number);
    }
    return {};
}

} // namespace vnplan::vntext
