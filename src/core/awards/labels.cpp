#include "core/awards/labels.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace vnplan::awards {
namespace {

std::string trim_ascii(std::string_view text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return std::string(text.substr(begin, end - begin));
}

} // namespace

std::string fold_label(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    u.foldCase();
    if (U_SUCCESS(status)) u = nfc->normalize(u, status);
    std::string folded;
    u.toUTF8String(folded);

    // Collapse white space (including no-break spaces) to single spaces.
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(folded[i]);
        const bool nbsp = c == 0xC2 && i + 1 < folded.size() &&
                          static_cast<unsigned char>(folded[i + 1]) == 0xA0;
        if (std::isspace(c) || nbsp) {
            space = true;
            if (nbsp) ++i;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += folded[i];
    }
    while (!out.empty() && (out.back() == ':' || out.back() == '.' || out.back() == ' '))
        out.pop_back();
    return out;
}

std::optional<int> roman_value(std::string_view text) {
    std::string s = trim_ascii(text);
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s.empty() || s.size() > 8) return std::nullopt;
    int total = 0, previous = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
        int v = 0;
        switch (std::toupper(static_cast<unsigned char>(*it))) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        default: return std::nullopt;
        }
        total += v < previous ? -v : v;
        previous = std::max(previous, v);
    }
    // Accept only the canonical spelling (rejects "IIII", "VX", "IL").
    static constexpr std::array<const char*, 10> ones{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    static constexpr std::array<const char*, 6> tens{"", "X", "XX", "XXX", "XL", "L"};
    if (total <= 0 || total >= 60) return std::nullopt;
    std::string canonical = std::string(tens[static_cast<std::size_t>(total / 10)]) +
                            ones[static_cast<std::size_t>(total % 10)];
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (canonical != s) return std::nullopt;
    return total;
}

std::optional<long> item_number(std::string_view text) {
    std::string s = trim_ascii(text);
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s.empty() || s.size() > 9) return std::nullopt;
    long value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool is_total_label(std::string_view text) {
    // Every total label starts with T or C ("Tổng", "Cộng", "Total"): skip ICU for the rest.
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos || text.size() > 64 ||
        std::string_view("TtCc").find(text[first]) == std::string_view::npos)
        return false;
    const std::string label = fold_label(text);
    return label == "tổng cộng" || label == "cộng" || label == "tổng số" || label == "tổng" ||
           label == "total" || label.rfind("tổng cộng ", 0) == 0 || label.rfind("tổng số ", 0) == 0;
}

} // namespace vnplan::awards
