// Numbers in words read back (VNPARSE, VNWORDSCHECK): a strict recursive-descent reader of the
// Vietnamese number grammar of docs/vntext.md, with the variants clerks type. It never guesses:
// a word out of place, a colloquial abbreviation whose value depends on the reader ("một trăm
// mốt" = 101 or 110, "một triệu hai" = 1.000.002 or 1.200.000) or a value above the limit
// is an InputError.
//
// Grammar (tokens after lower case, NFC and the variants mapped):
//   text     := [sign] integer ["phẩy" fraction] [unit [subunit]] ["chẵn"] | [sign] cents "xu"
//   integer  := billions | millions          billions := millions "tỷ" [millions(inner)]
//   millions := [group "triệu"] [group "nghìn"] [group]  (at least one; first group leading)
//   group    := digit "trăm" [after100] | tens | digit (leading, or before a scale word)
//             | "không trăm" after100 | "linh" digit (inner groups only)
//   after100 := "linh" digit | tens          tens := "mười" [unit10] | digit "mươi" [unit20]
//   fraction := digit digit ... (digit by digit) | "không"* integer
#include "core/common/decimal.hpp"
#include "core/common/message.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::vntext {
namespace {

enum class Kind {
    digit,  // không .. chín (value)
    mot,    // mốt: 1 after "mươi"
    tu,     // tư: 4 after "mươi" / "mười"
    lam,    // lăm, nhăm: 5 after "mươi" / "mười"
    muoi10, // mười
    muoi,   // mươi, chục
    tram,   // trăm
    linh,   // linh, lẻ
    scale,  // nghìn, ngàn (1000), triệu (10^6), tỷ, tỉ (10^9) (value = exponent)
    phay,   // phẩy
    sign,   // âm, trừ
    unit,   // a money unit (value = WordsValue::Unit)
    va,     // và
    xu,     // xu, cent, cents
    chan,   // chẵn
    other,
};

struct Token {
    Kind kind = Kind::other;
    int value = 0;
    std::string text;
};

Token classify(const std::string& w) {
    struct Entry {
        std::string_view text;
        Kind kind;
        int value;
    };
    static constexpr Entry entries[] = {
        {"không", Kind::digit, 0},  {"một", Kind::digit, 1},  {"hai", Kind::digit, 2},
        {"ba", Kind::digit, 3},     {"bốn", Kind::digit, 4},  {"năm", Kind::digit, 5},
        {"sáu", Kind::digit, 6},    {"bảy", Kind::digit, 7},  {"bẩy", Kind::digit, 7},
        {"tám", Kind::digit, 8},    {"chín", Kind::digit, 9}, {"mốt", Kind::mot, 1},
        {"tư", Kind::tu, 4},        {"lăm", Kind::lam, 5},    {"nhăm", Kind::lam, 5},
        {"mười", Kind::muoi10, 10}, {"mươi", Kind::muoi, 0},  {"chục", Kind::muoi, 0},
        {"trăm", Kind::tram, 0},    {"linh", Kind::linh, 0},  {"lẻ", Kind::linh, 0},
        {"nghìn", Kind::scale, 3},  {"ngàn", Kind::scale, 3}, {"triệu", Kind::scale, 6},
        {"tỷ", Kind::scale, 9},     {"tỉ", Kind::scale, 9},   {"phẩy", Kind::phay, 0},
        {"âm", Kind::sign, 0},      {"trừ", Kind::sign, 0},   {"và", Kind::va, 0},
        {"xu", Kind::xu, 0},        {"cent", Kind::xu, 0},    {"cents", Kind::xu, 0},
        {"chẵn", Kind::chan, 0},
    };
    for (const auto& e : entries)
        if (e.text == w) return {e.kind, e.value, w};
    return {Kind::other, 0, w};
}

// Money units of one or more words, longest first.
struct UnitPhrase {
    std::vector<std::string_view> words;
    WordsValue::Unit unit;
};
const std::vector<UnitPhrase>& unit_phrases() {
    using U = WordsValue::Unit;
    static const std::vector<UnitPhrase> phrases = {
        {{"đô", "la", "mỹ"}, U::usd},
        {{"đô", "la", "mĩ"}, U::usd},
        {{"đô-la", "mỹ"}, U::usd},
        {{"đô-la", "mĩ"}, U::usd},
        {{"đôla", "mỹ"}, U::usd},
        {{"đô", "la"}, U::usd},
        {{"đô-la"}, U::usd},
        {{"đôla"}, U::usd},
        {{"usd"}, U::usd},
        {{"euro"}, U::eur},
        {{"eur"}, U::eur},
        {{"ơ-rô"}, U::eur},
        {{"đồng"}, U::vnd},
        {{"vnđ"}, U::vnd},
        {{"vnd"}, U::vnd},
    };
    return phrases;
}

[[noreturn]] void fail(std::string_view text, std::string_view why_vi, std::string_view why_en) {
    std::string shown(text.substr(0, 80));
    if (text.size() > 80) shown += "…";
    throw InputError({"Không đọc được \"" + shown + "\" thành số: " + std::string(why_vi) + ".",
                      "Cannot read \"" + shown + "\" as a number: " + std::string(why_en) + "."});
}

// Characters around the words that say nothing: spaces, brackets, quotes, dashes, dots ...
bool is_edge_char(char32_t c) {
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0xA0:
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '"':
    case '\'':
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '*':
    case '-':
    case '/':
    case 0x2013:
    case 0x2014:
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0xAB:
    case 0xBB:
    case 0x2026:
        return true;
    default:
        return false;
    }
}

// Decodes one UTF-8 character at `pos` (a malformed byte counts as itself).
char32_t decode_at(std::string_view s, std::size_t pos, std::size_t& len) {
    const auto b = static_cast<unsigned char>(s[pos]);
    len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (pos + len > s.size()) len = 1;
    if (len == 1) return b;
    char32_t c = b & (0x7F >> len);
    for (std::size_t i = 1; i < len; ++i)
        c = (c << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
    return c;
}

std::string_view strip_edges(std::string_view s) {
    std::size_t begin = 0, len = 0;
    while (begin < s.size() && is_edge_char(decode_at(s, begin, len)))
        begin += len;
    s.remove_prefix(begin);
    // From the end: step back over UTF-8 continuation bytes to a character's start.
    while (!s.empty()) {
        std::size_t start = s.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        if (!is_edge_char(decode_at(s, start, len)) || start + len != s.size()) break;
        s.remove_suffix(s.size() - start);
    }
    return s;
}

bool starts_with_words(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix &&
           (s.size() == prefix.size() ||
            is_edge_char(static_cast<unsigned char>(s[prefix.size()])));
}

// "bằng chữ:", "viết bằng chữ:", "số tiền bằng chữ:", "số tiền viết bằng chữ:" before the words.
std::string_view strip_label(std::string_view s) {
    for (std::string_view label : {"số tiền viết bằng chữ", "số tiền ghi bằng chữ",
                                   "số tiền bằng chữ", "viết bằng chữ", "ghi bằng chữ", "bằng chữ"})
        if (starts_with_words(s, label)) return strip_edges(s.substr(label.size()));
    return s;
}

class Reader {
public:
    Reader(std::vector<Token> tokens, std::string_view text) : t_(std::move(tokens)), text_(text) {}

    WordsValue read() {
        WordsValue out;
        bool negative = false;
        if (at(Kind::sign)) {
            negative = true;
            ++i_;
        }
        std::int64_t whole = 0;
        std::string fraction;
        const auto n = integer();
        if (!n) fail_here();
        whole = *n;
        if (at(Kind::xu) && i_ + 1 == t_.size()) { // cents alone: "tám xu"
            if (whole < 1 || whole > 99) fail_here();
            ++i_;
            out.value = finish(negative, 0,
                               whole < 10 ? "0" + std::to_string(whole) : std::to_string(whole));
            out.unit = WordsValue::Unit::cents;
            out.fraction = true;
            return out;
        }
        if (at(Kind::phay)) {
            ++i_;
            fraction = read_fraction();
            out.fraction = true;
        }
        if (i_ < t_.size() && t_[i_].kind == Kind::other) out.unit = read_unit();
        if (out.unit == WordsValue::Unit::usd || out.unit == WordsValue::Unit::eur) {
            if (!fraction.empty()) fail_here(); // "phẩy" and cents together
            const bool va = at(Kind::va);
            if (va) ++i_;
            if (va || (i_ < t_.size() && !at(Kind::chan))) { // "và tám xu", "tám xu"
                const auto cents = integer();
                if (!cents || *cents < 1 || *cents > 99 || !at(Kind::xu)) fail_here();
                ++i_;
                fraction = (*cents < 10 ? "0" : "") + std::to_string(*cents);
                out.fraction = true;
            }
        }
        if (at(Kind::chan)) {
            if (out.fraction) fail_here(); // "chẵn" claims a whole amount
            out.chan = true;
            ++i_;
            if (out.unit == WordsValue::Unit::none && i_ < t_.size() &&
                t_[i_].kind == Kind::other) // "chẵn đồng"
                out.unit = read_unit();
        }
        if (i_ != t_.size()) fail_here();
        out.value = finish(negative, whole, fraction);
        return out;
    }

private:
    std::vector<Token> t_;
    std::string_view text_;
    std::size_t i_ = 0;

    bool at(Kind k, std::size_t ahead = 0) const {
        return i_ + ahead < t_.size() && t_[i_ + ahead].kind == k;
    }
    std::optional<int> digit_at(std::size_t ahead = 0) const {
        if (!at(Kind::digit, ahead)) return std::nullopt;
        return t_[i_ + ahead].value;
    }

    [[noreturn]] void fail_here() const {
        if (i_ >= t_.size())
            fail(text_, "thiếu chữ số ở cuối", "the words stop before the number is complete");
        fail(text_, "từ \"" + t_[i_].text + "\" không đúng chỗ",
             "the word \"" + t_[i_].text + "\" is out of place");
    }

    // The unit after "mười": 1-9 (not "mốt"), "tư", "lăm"; 0 when none.
    int unit_after_ten() {
        if (const auto d = digit_at(); d && *d > 0) {
            ++i_;
            return *d;
        }
        if (at(Kind::tu) || at(Kind::lam)) return t_[i_++].value;
        return 0;
    }
    // The unit after "hai mươi" ...: 1-9, "mốt", "tư", "lăm"; 0 when none.
    int unit_after_tens() {
        if (const auto d = digit_at(); d && *d > 0) {
            ++i_;
            return *d;
        }
        if (at(Kind::mot) || at(Kind::tu) || at(Kind::lam)) return t_[i_++].value;
        return 0;
    }
    // 10..99 or nothing (nothing consumed).
    std::optional<int> tens() {
        if (at(Kind::muoi10)) {
            ++i_;
            return 10 + unit_after_ten();
        }
        if (const auto d = digit_at(); d && *d >= 2 && at(Kind::muoi, 1)) {
            i_ += 2;
            return *d * 10 + unit_after_tens();
        }
        return std::nullopt;
    }
    // "linh" + 1..9 ("linh tư" too); nothing consumed when not there.
    std::optional<int> linh_digit() {
        if (!at(Kind::linh)) return std::nullopt;
        if (const auto d = digit_at(1); d && *d > 0) {
            i_ += 2;
            return *d;
        }
        if (at(Kind::tu, 1)) {
            i_ += 2;
            return 4;
        }
        ++i_;
        fail_here();
    }
    int after_hundred() {
        if (const auto l = linh_digit()) return *l;
        if (const auto t = tens()) return *t;
        return 0;
    }
    // A group 0..999. `inner`: after a scale word ("không trăm ...", "linh năm" allowed);
    // `bare_digit`: a lone digit allowed (at the start, or before a scale word).
    std::optional<int> group(bool inner, bool bare_digit) {
        if (const auto d = digit_at(); d && at(Kind::tram, 1)) {
            if (*d == 0 && !inner) return std::nullopt;
            i_ += 2;
            const int rest = after_hundred();
            if (*d == 0 && rest == 0) fail_here(); // "không trăm" alone
            return *d * 100 + rest;
        }
        if (inner)
            if (const auto l = linh_digit()) return *l;
        if (const auto t = tens()) return *t;
        if (const auto d = digit_at(); d && bare_digit) {
            ++i_;
            return *d;
        }
        return std::nullopt;
    }
    // Below 10^9: [group triệu] [group nghìn] [group]. `inner`: after "tỷ".
    std::optional<std::int64_t> millions(bool inner) {
        std::int64_t total = 0;
        bool any = false;
        for (const int exponent : {6, 3}) {
            const std::size_t save = i_;
            const auto g = group(inner || any, true);
            if (g && at(Kind::scale) && t_[i_].value == exponent) {
                if (*g == 0) fail_here(); // "không nghìn"
                ++i_;
                total += *g * (exponent == 6 ? 1000000 : 1000);
                any = true;
            } else {
                i_ = save;
            }
        }
        const std::size_t save = i_;
        if (const auto g = group(inner || any, !(inner || any))) {
            if (any && *g == 0) {
                i_ = save;
                fail_here();
            }
            total += *g;
            any = true;
        }
        if (!any) return std::nullopt;
        return total;
    }
    std::optional<std::int64_t> integer() {
        auto n = millions(false);
        if (!n) return std::nullopt;
        if (at(Kind::scale) && t_[i_].value == 9) {
            // "không tỷ", or a count of tỷ read with inner forms only ("không trăm ... tỷ")
            if (*n == 0) fail_here(); // "không tỷ"
            if (*n > 999999)
                fail(text_, "số quá lớn (tối đa 999.999.999.999.999)",
                     "the number is too large (at most 999,999,999,999,999)");
            ++i_;
            std::int64_t total = *n * 1000000000;
            if (const auto rest = millions(true)) total += *rest;
            return total;
        }
        if (at(Kind::scale)) fail_here(); // "nghìn" after units, "triệu" after "nghìn"
        return n;
    }
    // After "phẩy": digits one by one, or leading "không"s and a number.
    std::string read_fraction() {
        std::size_t run = 0;
        while (at(Kind::digit, run))
            ++run;
        const bool number_follows = at(Kind::muoi10, run) || at(Kind::muoi, run) ||
                                    at(Kind::tram, run) || at(Kind::scale, run) ||
                                    at(Kind::linh, run) || at(Kind::mot, run) ||
                                    at(Kind::tu, run) || at(Kind::lam, run);
        std::string digits;
        if (!number_follows) {
            if (run == 0) fail_here();
            for (std::size_t k = 0; k < run; ++k)
                digits += static_cast<char>('0' + t_[i_ + k].value);
            i_ += run;
        } else {
            while (digit_at() == 0 && !at(Kind::tram, 1)) {
                digits += '0';
                ++i_;
            }
            const auto n = integer();
            if (!n || *n == 0) fail_here();
            digits += std::to_string(*n);
        }
        if (digits.size() > 30) fail_here();
        return digits;
    }
    WordsValue::Unit read_unit() {
        for (const auto& phrase : unit_phrases()) {
            if (i_ + phrase.words.size() > t_.size()) continue;
            bool match = true;
            for (std::size_t k = 0; k < phrase.words.size() && match; ++k)
                match = t_[i_ + k].text == phrase.words[k];
            if (match) {
                i_ += phrase.words.size();
                return phrase.unit;
            }
        }
        fail_here();
    }
    double finish(bool negative, std::int64_t whole, const std::string& fraction) const {
        if (static_cast<double>(whole) > max_words_value)
            fail(text_, "số quá lớn (tối đa 999.999.999.999.999)",
                 "the number is too large (at most 999,999,999,999,999)");
        std::string number = std::to_string(whole);
        if (!fraction.empty()) number += "." + fraction;
        double value = 0;
        std::from_chars(number.data(), number.data() + number.size(), value);
        if (value >= max_words_value + 1) // "chín trăm ... chín phẩy chín chín ..." rounds up
            fail(text_, "số quá lớn (tối đa 999.999.999.999.999)",
                 "the number is too large (at most 999,999,999,999,999)");
        return negative && value != 0 ? -value : value;
    }
};

std::vector<Token> tokens_of(std::string_view words) {
    std::vector<Token> tokens;
    const std::string spaced = collapse_spaces(words);
    std::size_t pos = 0;
    while (pos < spaced.size()) {
        auto end = spaced.find(' ', pos);
        if (end == std::string::npos) end = spaced.size();
        tokens.push_back(classify(spaced.substr(pos, end - pos)));
        pos = end + 1;
    }
    return tokens;
}

} // namespace

WordsValue read_number_words(std::string_view text) {
    const std::string lowered = lower(text);
    const std::string_view words = strip_edges(strip_label(strip_edges(lowered)));
    if (words.empty()) fail(text, "không có chữ số nào", "there are no number words");
    return Reader(tokens_of(words), text).read();
}

double parse_number_words(std::string_view text) {
    return read_number_words(text).value;
}

bool words_say(double number, std::string_view text) {
    if (!std::isfinite(number)) return false;
    WordsValue said;
    try {
        said = read_number_words(text);
    } catch (const InputError&) {
        return false;
    }
    using U = WordsValue::Unit;
    int places = -1; // money: the places VNMONEY rounds to
    if (said.unit == U::vnd) places = 0;
    if (said.unit == U::usd || said.unit == U::eur || said.unit == U::cents) places = 2;
    const decimal::Decimal exact = decimal::from_double(number);
    if (said.chan && exact.scale != 0) return false;
    if (said.value == number) return true;
    if (places < 0 || exact.scale <= places) return false;
    return said.value == decimal::to_double(decimal::round_half_up(exact, places));
}

} // namespace vnplan::vntext
