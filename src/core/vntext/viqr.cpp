// VIQR (RFC 1456, "Vietnamese Quoted-Readable"): ASCII vowels followed by a vowel mark
// ( breve, ^ circumflex, + horn ) and a tone ( ' acute, ` grave, ? hook, ~ tilde, . dot );
// "DD"/"dd" for Đ/đ; a backslash keeps the next mark character literal ("ha\." = "ha.").
// Choice: "dd"/"Dd"/"DD" are read as đ/Đ at the start of a word (đ never occurs inside a
// Vietnamese syllable) and "DD" also inside one ("HDDND" = "HĐND"), so English words like
// "address" survive; a small đ inside a word cannot be written (it comes back as "dd").
#include "core/vntext/icu_text.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/syllable.hpp"

#include <unicode/uchar.h>

#include <string_view>

namespace vnplan::vntext::detail {
namespace {

constexpr std::u16string_view escapable = u"'`?~.(^+\\dD";

bool vowel(UChar32 c) {
    const UChar32 l = u_tolower(c);
    return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u' || l == 'y';
}

char32_t quality_of(UChar32 vowel_lower, UChar32 mark) {
    if (mark == '(' && vowel_lower == 'a') return breve;
    if (mark == '^' && (vowel_lower == 'a' || vowel_lower == 'e' || vowel_lower == 'o'))
        return circumflex;
    if (mark == '+' && (vowel_lower == 'o' || vowel_lower == 'u')) return horn;
    return 0;
}

char32_t tone_of(UChar32 mark) {
    switch (mark) {
    case '\'':
        return acute;
    case '`':
        return grave;
    case '?':
        return hook;
    case '~':
        return tilde;
    case '.':
        return dot_below;
    default:
        return 0;
    }
}

char16_t tone_char(char32_t tone) {
    switch (tone) {
    case acute:
        return u'\'';
    case grave:
        return u'`';
    case hook:
        return u'?';
    case tilde:
        return u'~';
    default:
        return u'.';
    }
}

bool word_char(UChar32 c) {
    return c != 0 && (u_isalnum(c) || c == '_');
}

} // namespace

icu::UnicodeString decode_viqr(const icu::UnicodeString& text) {
    icu::UnicodeString out;
    const int32_t n = text.length();
    UChar32 previous = 0; // previous raw character
    for (int32_t i = 0; i < n;) {
        const UChar32 c = text.char32At(i);
        const UChar32 next = i + 1 < n ? text.char32At(i + 1) : 0;
        if (c == '\\' && next != 0 &&
            escapable.find(static_cast<char16_t>(next)) != std::u16string_view::npos) {
            out.append(next);
            previous = next;
            i += 2;
            continue;
        }
        if (((c == 'd' || c == 'D') && (next == 'd' || next == 'D') && !word_char(previous)) ||
            (c == 'D' && next == 'D')) {
            out.append(static_cast<UChar32>(c == 'D' ? 0x0110 : 0x0111));
            previous = next;
            i += 2;
            continue;
        }
        out.append(c);
        previous = c;
        i += U16_LENGTH(c);
        if (!vowel(c)) continue;
        if (i < n) {
            if (const char32_t q = quality_of(u_tolower(c), text.charAt(i))) {
                out.append(static_cast<UChar32>(q));
                previous = text.charAt(i);
                ++i;
            }
        }
        if (i < n) {
            if (const char32_t t = tone_of(text.charAt(i))) {
                out.append(static_cast<UChar32>(t));
                previous = text.charAt(i);
                ++i;
            }
        }
    }
    return nfc(out);
}

icu::UnicodeString encode_viqr(const icu::UnicodeString& text) {
    const icu::UnicodeString composed = nfc(text);
    icu::UnicodeString out;
    bool after_vowel = false; // a mark character here would be read as a diacritic
    UChar32 previous = 0;     // previous raw output character
    auto emit = [&out, &previous](UChar32 c) {
        out.append(c);
        previous = c;
    };
    for (int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        const UChar32 next = i < composed.length() ? composed.char32At(i) : 0;
        if (c == 0x0111 || c == 0x0110) {
            emit(c == 0x0110 ? 'D' : 'd');
            emit(c == 0x0110 ? 'D' : 'd');
            after_vowel = false;
            continue;
        }
        if (c < 0x80) {
            const bool mark =
                escapable.find(static_cast<char16_t>(c)) != std::u16string_view::npos && c != 'd' &&
                c != 'D';
            const bool starts_dd =
                ((c == 'd' || c == 'D') && !word_char(previous) && (next == 'd' || next == 'D')) ||
                (c == 'D' && next == 'D');
            if (mark && (after_vowel || c == '\\')) emit('\\');
            emit(c);
            if (starts_dd) emit('\\'); // "dd" that is not đ
            after_vowel = vowel(c);
            continue;
        }
        const MarkedChar marked = split_marks(c);
        const UChar32 b = marked.base;
        const char32_t quality = marked.quality, tone = marked.tone;
        const bool other = marked.other_mark || !(b < 0x80 && vowel(b));
        if (other) {
            emit('?');
            after_vowel = false;
            continue;
        }
        emit(b);
        if (quality != 0) emit(quality == breve ? '(' : quality == circumflex ? '^' : '+');
        if (tone != 0) emit(tone_char(tone));
        after_vowel = true;
    }
    return out;
}

} // namespace vnplan::vntext::detail
