// VNKEY: unit_key, the matching key for unit names (text.hpp).
//
// Steps: NFC, ICU default case folding, dotted initials joined ("U.B.N.D"); split into words at
// everything that is not a letter, mark or digit ("&" becomes the word "và"); each word with one
// tone mark gets it at the one standard place (syllable.hpp: "hoà" -> "hòa", "uỷ" -> "ủy", "thuỷ"
// -> "thủy"); abbreviations are expanded from the table below; words are joined by single spaces.
// Choices: "-" and "," are punctuation like any other, so "Tài chính - Kế hoạch" keys as
// "tài chính kế hoạch" (not as "... và ..."); "Ð" (Icelandic eth, a common stand-in for "Đ")
// counts as "đ".
#include "core/vntext/icu_text.hpp"
#include "core/vntext/syllable.hpp"
#include "core/vntext/text.hpp"

#include <unicode/uchar.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace vnplan::vntext {
namespace {

// Abbreviations of administrative unit names, keyed by the case-folded word. Deliberately
// absent because they are ambiguous in unit names: CT (chủ tịch / công ty), KH (kế hoạch /
// khoa học), TC (tài chính / tổ chức), NV (nội vụ / nhân viên), and single letters
// (P. = phường or phòng, H., Q.). "TT" is resolved by context in expand_tt().
struct Abbreviation {
    std::string_view short_form;
    std::string_view long_form;
};

constexpr Abbreviation abbreviations[] = {
    {"ubnd", "ủy ban nhân dân"},
    {"hđnd", "hội đồng nhân dân"},
    {"ub", "ủy ban"},
    {"mttq", "mặt trận tổ quốc"},
    {"ubmttq", "ủy ban mặt trận tổ quốc"},
    {"vp", "văn phòng"},
    {"tp", "thành phố"},
    {"tx", "thị xã"},
    {"cchc", "cải cách hành chính"},
    {"hcnn", "hành chính nhà nước"},
    {"hcc", "hành chính công"},
    {"bch", "ban chấp hành"},
    {"ccb", "cựu chiến binh"},
    {"lđlđ", "liên đoàn lao động"},
    {"hlhpn", "hội liên hiệp phụ nữ"},
    {"tđkt", "thi đua khen thưởng"},
    {"hđtđkt", "hội đồng thi đua khen thưởng"},
    {"ubkt", "ủy ban kiểm tra"},
};

std::string_view expand(std::string_view word) {
    for (const auto& a : abbreviations)
        if (a.short_form == word) return a.long_form;
    return word;
}

bool starts_with(const std::vector<std::string>& words, std::size_t at,
                 std::initializer_list<std::string_view> sequence) {
    std::size_t i = at;
    for (std::string_view w : sequence) {
        if (i >= words.size() || words[i] != w) return false;
        ++i;
    }
    return true;
}

bool ends_with(const std::string& text, std::string_view tail) {
    return text.size() >= tail.size() &&
           text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// "TT": thường trực before a council or party committee ("TT HĐND", "TT Thành ủy"), thị trấn
// after a people's committee or council ("UBND TT Phong Thổ"), else trung tâm ("TT Hành chính
// công").
std::string_view expand_tt(const std::vector<std::string>& words, std::size_t at,
                           const std::string& key_so_far) {
    const std::size_t next = at + 1;
    if (starts_with(words, next, {"hđnd"}) || starts_with(words, next, {"ubnd"}) ||
        starts_with(words, next, {"hội", "đồng"}) || starts_with(words, next, {"ủy", "ban"}) ||
        starts_with(words, next, {"thành", "ủy"}) || starts_with(words, next, {"tỉnh", "ủy"}) ||
        starts_with(words, next, {"huyện", "ủy"}) || starts_with(words, next, {"quận", "ủy"}) ||
        starts_with(words, next, {"thị", "ủy"}) || starts_with(words, next, {"đảng", "ủy"}))
        return "thường trực";
    if (ends_with(key_so_far, "nhân dân") || ends_with(key_so_far, "đảng ủy")) return "thị trấn";
    return "trung tâm";
}

// One tone placement for a word that is a Vietnamese syllable; other words stay as they are.
std::string normalise_word(const icu::UnicodeString& word) {
    const detail::Syllable s = detail::parse_syllable(word);
    if (s.valid && s.tone != 0)
        return detail::to_utf8(detail::render(s, detail::standard_tone_position(s)));
    return detail::to_utf8(detail::nfc(word));
}

bool word_char(UChar32 c) {
    const int8_t type = u_charType(c);
    return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
           type == U_ENCLOSING_MARK;
}

// "U.B.N.D" -> "UBND", "T.P" -> "TP": drops dots that sit between two single letters.
icu::UnicodeString join_dotted_letters(const icu::UnicodeString& text) {
    const int32_t n = text.length();
    auto letter = [&text, n](int32_t i) { return i >= 0 && i < n && u_isalpha(text.charAt(i)); };
    icu::UnicodeString out;
    for (int32_t i = 0; i < n; ++i) {
        const bool inner_dot = text.charAt(i) == u'.' && letter(i - 1) && !letter(i - 2) &&
                               letter(i + 1) && !letter(i + 2);
        if (!inner_dot) out.append(text.charAt(i));
    }
    return out;
}

} // namespace

std::string unit_key(std::string_view text) {
    icu::UnicodeString folded = detail::nfc(detail::to_icu(text));
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    folded = join_dotted_letters(folded);
    folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00F0)),
                          icu::UnicodeString(static_cast<UChar32>(0x0111)));

    std::vector<std::string> words;
    detail::for_each_word(
        folded, word_char,
        [&words](const icu::UnicodeString& word) { words.push_back(normalise_word(word)); },
        [&words](UChar32 c) {
            if (c == '&') words.emplace_back("và");
        });

    std::string key;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view long_form =
            words[i] == "tt" ? expand_tt(words, i, key) : expand(words[i]);
        if (!key.empty()) key += ' ';
        key.append(long_form);
    }
    return key;
}

} // namespace vnplan::vntext
