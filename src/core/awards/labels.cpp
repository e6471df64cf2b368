#include "core/awards/labels.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace vnplan::awards {
namespace {

// vntext::trim_ascii as a string of its own.
std::string trim_ascii(std::string_view text) {
    return std::string(vntext::trim_ascii(text));
}

// An item or section label without the ASCII spaces around it and one dot after it: "IV."
std::string_view without_dot(std::string_view text) {
    text = vntext::trim_ascii(text);
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<int> roman_value(std::string_view text) {
    const auto n = vntext::roman_value(without_dot(text));
    return n && *n < 60 ? n : std::nullopt;
}

std::optional<long> item_number(std::string_view text) {
    return vntext::whole_number(without_dot(text), 9);
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

namespace vnplan::awards {
namespace {

bool ascii_digits(std::string_view s) {
    return !s.empty() && s.size() <= 9 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Splits "II. Khối" into the token "II", whether it was closed by '.' or ')', and the rest.
struct Split {
    std::string token, rest;
    bool closed = false;
};
Split split_mark(std::string_view text) {
    std::string s = trim_ascii(text);
    Split out;
    std::size_t i = 0;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])))
        ++i;
    out.token = s.substr(0, i);
    if (i < s.size() && (s[i] == '.' || s[i] == ')')) {
        out.closed = true;
        ++i;
    }
    out.rest = trim_ascii(std::string_view(s).substr(i));
    return out;
}

// "1.2", "1.2.", "1.2.3" followed by the end of the cell or a space.
std::optional<Mark> dotted_mark(const std::string& t, bool alone) {
    std::vector<long> parts;
    std::size_t i = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) {
        long value = 0;
        std::size_t digits = 0;
        for (; i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && digits < 6;
             ++i, ++digits)
            value = value * 10 + (t[i] - '0');
        parts.push_back(value);
        if (i < t.size() && t[i] == '.')
            ++i;
        else
            break;
    }
    if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
    const std::string rest = trim_ascii(std::string_view(t).substr(i));
    if (i < t.size() && t[i] != ' ') return std::nullopt; // "1.5kg", "1.2a"
    if (!alone && rest.empty()) return std::nullopt;
    Mark m;
    m.kind = parts.size() == 2 ? MarkKind::dotted1 : MarkKind::dotted2;
    m.value = parts.back();
    m.token = t.substr(0, i);
    while (!m.token.empty() && (m.token.back() == '.' || m.token.back() == ' '))
        m.token.pop_back();
    m.rest = rest;
    return m;
}

} // namespace

Mark parse_mark(std::string_view text, bool alone) {
    Mark m;
    const std::string t = trim_ascii(text);
    if (t.empty()) return m;
    if (t[0] == '-' || t[0] == '+' || t.rfind("\xE2\x80\x93", 0) == 0 ||
        t.rfind("\xE2\x80\xA2", 0) == 0) {
        const std::size_t skip = t[0] == '-' || t[0] == '+' ? 1 : 3;
        if (!alone && (t.size() <= skip || t[skip] != ' ')) return m; // "-5", "+84..."
        m.kind = t[0] == '+' ? MarkKind::plus : MarkKind::dash;
        m.token = t.substr(0, skip);
        m.rest = trim_ascii(std::string_view(t).substr(skip));
        return m;
    }
    if (const auto dotted = dotted_mark(t, alone)) return *dotted;
    const Split split = split_mark(t);
    if (split.token.empty() || split.token.size() > 8) return m;
    if (!alone && (!split.closed || split.rest.empty())) return m;
    if (alone && !split.rest.empty() && !split.closed) return m; // "1a", "I love"
    m.token = split.token;
    m.rest = split.rest;
    const char first = split.token[0];
    if (ascii_digits(split.token)) {
        m.kind = MarkKind::arabic;
        m.value = std::stol(split.token);
    } else if (const auto roman = roman_value(split.token);
               roman && std::isupper(static_cast<unsigned char>(first))) {
        m.kind = MarkKind::roman;
        m.value = *roman;
        m.could_be_letter = split.token.size() == 1;
    } else if (split.token.size() == 1 && first >= 'A' && first <= 'Z') {
        m.kind = MarkKind::letter;
        m.value = first - 'A' + 1;
    } else if (split.token.size() == 1 && first >= 'a' && first <= 'z') {
        m.kind = MarkKind::lower;
        m.value = first - 'a' + 1;
    } else {
        m = Mark{};
    }
    return m;
}

Summary classify_summary(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos || text.size() > 80 ||
        std::string_view("TtCc").find(text[first]) == std::string_view::npos)
        return {};
    const std::string label = fold_label(text);
    const auto starts = [&](const char* p) { return label.rfind(p, 0) == 0; };
    if (label == "total" || label == "grand total" || starts("tổng cộng") || starts("tổng số") ||
        starts("cộng toàn") || starts("cộng chung") || starts("tổng toàn"))
        return {SummaryKind::grand, {}};
    if (label == "cộng" || label == "tổng" || label == "cộng:" || label == "subtotal")
        return {SummaryKind::plain, {}};
    for (const char* prefix : {"cộng mục ", "cộng khối ", "cộng phần ", "cộng nhóm ", "cộng ",
                               "tổng mục ", "tổng khối ", "tổng phần "}) {
        if (!starts(prefix)) continue;
        std::string name = label.substr(std::string_view(prefix).size());
        while (!name.empty() && (name.back() == ')' || name.back() == '.'))
            name.pop_back();
        if (!name.empty() && name.front() == '(') name.erase(name.begin());
        // "Cộng I", "Cộng khối A", "Cộng mục 2": a short label; "Cộng đồng ..." is no summary.
        if (!name.empty() && name.size() <= 6 && name.find(' ') == std::string::npos)
            return {SummaryKind::named, name};
        if (std::string_view(prefix) != "cộng ") return {SummaryKind::named, name};
    }
    return {};
}

bool is_signature_text(std::string_view folded) {
    for (const char* word : {"người lập", "thủ trưởng", "lập biểu", "nơi nhận", "ký tên",
                             "người ký", "giám đốc", "chủ tịch", "tm. ", "kt. ", "ghi chú:"})
        if (folded.find(word) != std::string_view::npos) return true;
    return folded.find("ngày") != std::string_view::npos &&
           folded.find("tháng") != std::string_view::npos &&
           folded.find("năm") != std::string_view::npos;
}

bool zero_dash(const Cell& cell) {
    if (!cell.is_text()) return false;
    const std::string t = trim_ascii(cell.text);
    return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94";
}

bool all_capitals(std::string_view text) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    int letters = 0;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        i += U16_LENGTH(c);
        if (u_islower(c)) return false;
        if (u_isupper(c)) ++letters;
    }
    return letters >= 4;
}

} // namespace vnplan::awards
