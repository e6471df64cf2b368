#include "core/indices/score_labels.hpp"

#include "core/indices/indices.hpp"
#include "core/vntext/text.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace vnplan::indices {
namespace {

bool ascii_digit(char ch) {
    return ch >= '0' && ch <= '9';
}

bool ascii_alpha(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

// Lower case with byte positions kept (Vietnamese letters keep their UTF-8 length), or the
// text itself where a letter would not.
std::string lowered(std::string_view text) {
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu::UnicodeString lower;
    for (int32_t i = 0; i < source.length();) {
        const UChar32 c = source.char32At(i);
        i += U16_LENGTH(c);
        lower.append(u_tolower(c));
    }
    std::string out;
    lower.toUTF8String(out);
    return out.size() == text.size() ? out : std::string(text);
}

// Text whose letters all fit in Latin-1 and include some beyond ASCII: legacy bytes, or a
// Unicode word such as "Bình" - what the sheet's other cells are in decides.
bool latin1_marked(std::string_view text) {
    bool high = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) continue;
        if (byte != 0xC2 && byte != 0xC3) return false; // beyond U+00FF
        high = true;
        ++i;
    }
    return high;
}

vntext::Encoding detected(std::string_view text) {
    try {
        return vntext::detect_encoding(text);
    } catch (const std::exception&) {
        return vntext::Encoding::decomposed;
    }
}

struct Match {
    double value;
    std::size_t begin, end; // bytes of the lowered label
};

// A decimal number at `pos` ("9,5", "10", "12.5"): its value and end.
std::optional<std::pair<double, std::size_t>> number_at(const std::string& s, std::size_t pos) {
    std::size_t end = pos;
    while (end < s.size() && ascii_digit(s[end]))
        ++end;
    if (end == pos) return std::nullopt;
    if (end + 1 < s.size() && (s[end] == ',' || s[end] == '.') && ascii_digit(s[end + 1])) {
        ++end;
        while (end < s.size() && ascii_digit(s[end]))
            ++end;
    }
    const double value =
        vntext::parse_decimal(std::string_view(s).substr(pos, end - pos)).value_or(0);
    return std::make_pair(value, end);
}

std::size_t skip_spaces(const std::string& s, std::size_t pos) {
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    return pos;
}

// "điểm" or "đ" standing alone after a number: the end of the unit word, else 0.
std::size_t point_word_end(const std::string& s, std::size_t pos) {
    for (const std::string word : {"điểm", "đ"}) {
        if (s.compare(pos, word.size(), word) != 0) continue;
        const std::size_t end = pos + word.size();
        if (end == s.size() || (static_cast<unsigned char>(s[end]) < 0x80 && !ascii_alpha(s[end])))
            return end;
    }
    return 0;
}

// Every "<number> điểm|đ" and "tối đa|max <number>" of the lowered label.
std::vector<Match> maxima_matches(const std::string& s) {
    std::vector<Match> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!ascii_digit(s[i]) || (i > 0 && (ascii_digit(s[i - 1]) || ascii_alpha(s[i - 1]) ||
                                             s[i - 1] == ',' || s[i - 1] == '.')))
            continue;
        const auto number = number_at(s, i);
        const std::size_t word = point_word_end(s, skip_spaces(s, number->second));
        if (word != 0) out.push_back({number->first, i, word});
        i = number->second - 1;
    }
    for (const std::string key : {"tối đa", "max"}) {
        for (auto at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
            std::size_t pos = skip_spaces(s, at + key.size());
            if (pos < s.size() && (s[pos] == ':' || s[pos] == '=')) pos = skip_spaces(s, pos + 1);
            const auto number = number_at(s, pos);
            if (!number) continue;
            const std::size_t word = point_word_end(s, skip_spaces(s, number->second));
            out.push_back({number->first, at, word != 0 ? word : number->second});
        }
    }
    return out;
}

bool separator_before(const std::string& s, std::size_t pos, std::size_t& start) {
    while (pos > 0 && s[pos - 1] == ' ')
        --pos;
    for (const std::string sep : {"-", ":", ",", "–", "—"})
        if (pos >= sep.size() && s.compare(pos - sep.size(), sep.size(), sep) == 0) {
            start = pos - sep.size();
            return true;
        }
    return false;
}

// The label without the match when it stood apart: in brackets of its own, or after a dash
// at the end of the label.
std::string cut(const std::string& label, const std::string& s, const Match& m) {
    std::size_t open = m.begin;
    while (open > 0 && s[open - 1] == ' ')
        --open;
    const std::string point = "điểm"; // "(Điểm tối đa: 12)"
    if (open >= point.size() && s.compare(open - point.size(), point.size(), point) == 0)
        open -= point.size();
    while (open > 0 && s[open - 1] == ' ')
        --open;
    const std::size_t close = skip_spaces(s, m.end);
    auto joined = [&](std::size_t a, std::size_t b) {
        return vntext::collapse_spaces(label.substr(0, a) + " " +
                                       label.substr(std::min(b, label.size())));
    };
    if (open > 0 && (s[open - 1] == '(' || s[open - 1] == '[') && close < s.size() &&
        (s[close] == ')' || s[close] == ']'))
        return joined(open - 1, close + 1);
    std::size_t tail = close;
    while (tail < s.size() && (s[tail] == '.' || s[tail] == ' '))
        ++tail;
    std::size_t start = 0;
    if (tail == s.size() && separator_before(s, m.begin, start)) return joined(start, s.size());
    if (tail == s.size() && s.find_first_not_of(' ') == m.begin) return "";
    return label;
}

} // namespace

std::optional<vntext::Encoding> legacy_encoding(const Grid& grid) {
    int tcvn3 = 0, vni = 0;
    for (const auto& row : grid.rows)
        for (const Cell& cell : row) {
            if (!cell.is_text() || !latin1_marked(cell.text)) continue;
            const auto e = detected(cell.text);
            tcvn3 += e == vntext::Encoding::tcvn3 ? 1 : 0;
            vni += e == vntext::Encoding::vni ? 1 : 0;
        }
    if (tcvn3 == 0 && vni == 0) return std::nullopt;
    return tcvn3 >= vni ? vntext::Encoding::tcvn3 : vntext::Encoding::vni;
}

std::string label_text(const Cell& cell, std::optional<vntext::Encoding> sheet) {
    if (!cell.is_text()) return {};
    try {
        auto encoding = detected(cell.text);
        if (sheet && encoding == vntext::Encoding::decomposed && latin1_marked(cell.text))
            encoding = *sheet;
        return vntext::collapse_spaces(vntext::to_unicode(cell.text, encoding));
    } catch (const std::exception&) {
        return vntext::collapse_spaces(
            cell.text); // not valid text for the detector: taken as it is
    }
}

bool mentions(std::string_view folded, std::initializer_list<std::string_view> words) {
    const bool bare = std::all_of(folded.begin(), folded.end(),
                                  [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return folded.find(bare ? vntext::fold_loose(w) : std::string(w)) != std::string_view::npos;
    });
}

std::optional<TextMaximum> maximum_in_text(std::string_view label) {
    const std::string text(label);
    const std::string s = lowered(text);
    const auto matches = maxima_matches(s);
    if (matches.empty()) return std::nullopt;
    const Match& last =
        *std::max_element(matches.begin(), matches.end(),
                          [](const Match& a, const Match& b) { return a.end < b.end; });
    return TextMaximum{last.value, cut(text, s, last)};
}

std::optional<double> number_in_text(std::string_view label) {
    const std::string text = vntext::collapse_spaces(label);
    std::size_t start = text.size() > 1 && text[0] == '-' ? 1 : 0;
    const auto number = number_at(text, start);
    if (!number || number->second != text.size()) return std::nullopt;
    return start == 1 ? -number->first : number->first;
}

std::optional<int> numbering_depth(std::string_view raw) {
    std::string text = vntext::collapse_spaces(raw);
    if (!text.empty() && (text.back() == '.' || text.back() == ')')) text.pop_back();
    if (text.empty() || text.size() > 8) return std::nullopt;
    if (text.find_first_not_of("IVXLC") == std::string::npos) return 0;
    if (text.size() == 1 && text[0] >= 'A' && text[0] <= 'Z') return 0;
    if (text.size() == 1 && text[0] >= 'a' && text[0] <= 'z') return 4;
    int depth = 1;
    bool digit_before = false;
    for (char ch : text) {
        if (ascii_digit(ch)) {
            digit_before = true;
            continue;
        }
        if (ch != '.' || !digit_before) return std::nullopt;
        digit_before = false;
        ++depth;
    }
    return digit_before && depth <= 3 ? std::optional<int>(depth) : std::nullopt;
}

std::optional<int> leading_numbering_depth(std::string_view label) {
    const std::string text = vntext::collapse_spaces(label);
    const auto space = text.find(' ');
    if (space == std::string::npos) return std::nullopt;
    const std::string token = text.substr(0, space);
    const bool closed = token.back() == '.' || token.back() == ')';
    const bool dotted = token.find('.') != std::string::npos && ascii_digit(token.front());
    if (!closed && !dotted) return std::nullopt;
    return numbering_depth(token);
}

} // namespace vnplan::indices
