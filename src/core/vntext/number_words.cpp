// Numbers in words (VNWORDS, VNMONEY, VNORDINAL) on an ICU RuleBasedNumberFormat.
//
// The whole-number reading is a custom RBNF rule set, one per style variant (lẻ/linh x
// ngàn/nghìn x bốn/tư = 8), built once per thread and cached: RBNF expresses every rule of the
// integer reading (mười/mươi, mốt, lăm, tư, linh, "không trăm" in inner groups, skipped zero
// groups, "nghìn tỷ" by reading the count of tỷ recursively). What RBNF cannot express is done
// in code here:
// * decimals: RBNF's "x.x" rule sees the binary double and reads its digits one by one, while
//   Vietnamese reads the digits the clerk typed as a number ("phẩy bảy mươi chín"), with leading
//   zeros as "không"; the exact digits come from decimal::from_double;
// * the sign of values like -0,5 whose integer part is zero ("âm không phẩy năm");
// * money rounding (half up on the decimal, not the binary value), the capital letter (ICU
//   titlecasing) and "đồng chẵn"; the 999.999.999.999.999 limit.
#include "core/common/decimal.hpp"
#include "core/common/message.hpp"
#include "core/vntext/icu_text.hpp"
#include "core/vntext/vntext.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/ustring.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <memory>
#include <stdexcept>

namespace vnplan::vntext {
namespace {

// {LINH}, {NGHIN} and {TU} are replaced per variant. Public sets: %cardinal, %ordinal.
constexpr std::string_view rule_template = R"(%cardinal:
0: =%%hundreds=;
1000: <%%hundreds< {NGHIN}[ >%%inner3>];
1000000: <%%hundreds< triệu[ >%%inner-million>];
1000000000: << tỷ[ >%%inner-billion>];
%ordinal:
1: thứ nhất;
2: thứ =%cardinal=;
4: thứ tư;
5: thứ =%cardinal=;
%%digit:
0: không; 1: một; 2: hai; 3: ba; 4: bốn; 5: năm; 6: sáu; 7: bảy; 8: tám; 9: chín;
%%unit-after-ten:
1: một; 2: =%%digit=; 5: lăm; 6: =%%digit=;
%%unit-after-tens:
1: mốt; 2: =%%digit=; 4: {TU}; 5: lăm; 6: =%%digit=;
%%below-hundred:
0: =%%digit=;
10: mười[ >%%unit-after-ten>];
20: <%%digit< mươi[ >%%unit-after-tens>];
%%after-hundred:
1: {LINH} =%%digit=;
10: =%%below-hundred=;
%%hundreds:
0: =%%below-hundred=;
100: <%%digit< trăm[ >%%after-hundred>];
%%inner3:
0: không trăm =%%after-hundred=;
100: =%%hundreds=;
%%inner-million:
0: =%%inner3=;
1000: <%%inner3< {NGHIN}[ >%%inner3>];
%%inner-billion:
0: =%%inner-million=;
1000000: <%%inner3< triệu[ >%%inner-million>];
)";

// Reading of groups, for the record: %%inner3 is a three-digit group after a scale word, so it
// keeps "không trăm" (1.032, 1.000.005); a zero group never reaches a rule because the
// optional "[ >>]" parts are dropped for a zero remainder.

int variant_index(const Style& style) {
    return (style.le ? 1 : 0) | (style.ngan ? 2 : 0) | (style.bon ? 4 : 0);
}

std::string rules_for(int variant) {
    std::string rules(rule_template);
    auto replace_all = [&rules](std::string_view from, std::string_view to) {
        for (auto pos = rules.find(from); pos != std::string::npos; pos = rules.find(from, pos)) {
            rules.replace(pos, from.size(), to);
            pos += to.size();
        }
    };
    replace_all("{LINH}", (variant & 1) ? "lẻ" : "linh");
    replace_all("{NGHIN}", (variant & 2) ? "ngàn" : "nghìn");
    replace_all("{TU}", (variant & 4) ? "bốn" : "tư");
    return rules;
}

// One formatter per variant and thread: ICU formatters are cheap to use, costly to build.
const icu::RuleBasedNumberFormat& formatter(int variant) {
    thread_local std::array<std::unique_ptr<icu::RuleBasedNumberFormat>, 8> cache;
    auto& slot = cache[static_cast<std::size_t>(variant)];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error{};
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(
            detail::to_icu(rules_for(variant)), icu::Locale("vi"), parse_error, status);
        if (U_SUCCESS(status)) f->setDefaultRuleSet(u"%cardinal", status);
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("vntext: bad RBNF rules: ") + u_errorName(status));
        slot = std::move(f);
    }
    return *slot;
}

void append_cardinal(std::int64_t n, int variant, icu::UnicodeString& out) {
    UErrorCode status = U_ZERO_ERROR;
    icu::FieldPosition pos(icu::FieldPosition::DONT_CARE);
    formatter(variant).format(n, out, pos, status);
    if (U_FAILURE(status)) throw std::runtime_error("vntext: RBNF format failed");
}

[[noreturn]] void throw_not_finite() {
    throw InputError(
        {"Giá trị không phải là một số hữu hạn.", "The value is not a finite number."});
}

[[noreturn]] void throw_too_large() {
    throw InputError({"Số quá lớn để đọc thành chữ (tối đa 999.999.999.999.999).",
                      "The number is too large to read in words (at most 999,999,999,999,999)."});
}

std::int64_t parse_integer(const std::string& digits) {
    if (digits.size() > 15) throw_too_large();
    std::int64_t n = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return n;
}

// Words of `value` (finite) into `out`, without the sign word; returns whether it is negative.
bool append_words(double value, int variant, icu::UnicodeString& out) {
    // Fast path: whole numbers need no decimal digits.
    if (std::trunc(value) == value && std::fabs(value) <= max_words_value) {
        const auto n = static_cast<std::int64_t>(value);
        append_cardinal(n < 0 ? -n : n, variant, out);
        return n < 0;
    }
    const decimal::Parts parts = decimal::split(decimal::from_double(value));
    append_cardinal(parse_integer(parts.integer), variant, out);
    if (!parts.fraction.empty()) {
        out.append(u" phẩy");
        const auto first = parts.fraction.find_first_not_of('0');
        for (std::size_t i = 0; i < first; ++i)
            out.append(u" không");
        const std::string rest = parts.fraction.substr(first);
        if (rest.size() > 18) throw_too_large(); // cannot happen: a double has <= 17 digits
        std::int64_t n = 0;
        std::from_chars(rest.data(), rest.data() + rest.size(), n);
        out.append(u' ');
        append_cardinal(n, variant, out);
    }
    return parts.negative;
}

} // namespace

std::string number_words(double value, const Style& style) {
    if (!std::isfinite(value)) throw_not_finite();
    icu::UnicodeString words;
    const bool negative = append_words(value, variant_index(style), words);
    std::string out;
    out.reserve(static_cast<std::size_t>(words.length()) * 3 / 2 + 8);
    if (negative) out += "âm ";
    words.toUTF8String(out);
    return out;
}

std::string number_words(double value, std::string_view style) {
    return number_words(value, parse_style(style, false));
}

std::string money_words(double amount, const Style& style) {
    if (!std::isfinite(amount)) throw_not_finite();
    const decimal::Decimal exact = decimal::from_double(amount);
    const decimal::Decimal rounded = decimal::round_half_up(exact, 0);
    const decimal::Parts parts = decimal::split(rounded);
    icu::UnicodeString words;
    if (parts.negative) words.append(u"âm ");
    append_cardinal(parse_integer(parts.integer), variant_index(style), words);
    // Capital first letter the ICU way (Vietnamese titlecasing, rest untouched).
    words.toTitle(nullptr, icu::Locale("vi"), U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_LOWERCASE);
    words.append(u" đồng");
    // "chẵn" asserts the amount is exact: only when nothing was rounded away (see docs).
    if (style.chan && exact.scale == 0 && !rounded.is_zero()) words.append(u" chẵn");
    return detail::to_utf8(words);
}

std::string money_words(double amount, std::string_view style) {
    return money_words(amount, parse_style(style, true));
}

Currency parse_currency(std::string_view name) {
    const std::string symbol = trim(name);
    if (symbol == "$" || symbol == "US$") return Currency::usd;
    if (symbol == "€") return Currency::eur;
    const std::string key = fold_loose(symbol);
    if (symbol.empty() || key == "vnd" || key == "dong") return Currency::vnd;
    if (key == "usd" || key == "do la" || key == "do la my" || key == "dola") return Currency::usd;
    if (key == "eur" || key == "euro") return Currency::eur;
    throw InputError({"Loại tiền không hợp lệ: \"" + std::string(name) +
                          "\". Dùng \"VND\" (đồng, mặc định), \"USD\" hoặc \"EUR\".",
                      "Unknown currency \"" + std::string(name) +
                          "\". Use \"VND\" (đồng, the default), \"USD\" or \"EUR\"."});
}

// USD and EUR: rounded half up to cents; "<whole> <unit> và <cents> xu", cents alone below one
// unit (docs/vntext.md).
std::string money_words(double amount, const Style& style, Currency currency) {
    if (currency == Currency::vnd) return money_words(amount, style);
    if (!std::isfinite(amount)) throw_not_finite();
    const decimal::Decimal exact = decimal::from_double(amount);
    const decimal::Decimal rounded = decimal::round_half_up(exact, 2);
    const decimal::Parts parts = decimal::split(rounded, 2);
    const std::int64_t whole = parse_integer(parts.integer);
    const std::int64_t cents = parse_integer(parts.fraction.substr(0, 2));
    const int variant = variant_index(style);
    icu::UnicodeString words;
    if (parts.negative && !rounded.is_zero()) words.append(u"âm ");
    if (whole != 0 || cents == 0) {
        append_cardinal(whole, variant, words);
        words.append(currency == Currency::usd ? u" đô la Mỹ" : u" euro");
    }
    if (cents != 0) {
        if (whole != 0) words.append(u" và ");
        append_cardinal(cents, variant, words);
        words.append(u" xu");
    }
    words.toTitle(nullptr, icu::Locale("vi"), U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_LOWERCASE);
    if (style.chan && exact.scale == 0 && !rounded.is_zero()) words.append(u" chẵn");
    return detail::to_utf8(words);
}

std::string money_words(double amount, std::string_view style, std::string_view currency) {
    return money_words(amount, parse_style(style, true), parse_currency(currency));
}

std::string ordinal_words(double n) {
    if (!std::isfinite(n) || std::trunc(n) != n || n < 1)
        throw InputError({"Số thứ tự phải là số nguyên từ 1 trở lên.",
                          "The ordinal must be a whole number of at least 1."});
    if (n > max_words_value) throw_too_large();
    UErrorCode status = U_ZERO_ERROR;
    icu::FieldPosition pos(icu::FieldPosition::DONT_CARE);
    icu::UnicodeString out;
    formatter(0).format(static_cast<std::int64_t>(n), icu::UnicodeString(u"%ordinal"), out, pos,
                        status);
    if (U_FAILURE(status)) throw std::runtime_error("vntext: RBNF ordinal failed");
    return detail::to_utf8(out);
}

} // namespace vnplan::vntext
