// VNI-Windows: a base letter followed by a mark byte (Latin-1 range 0xC0-0xFF), plus a few
// one-byte letters (ơ ư đ and the i/ỵ forms).
//
// Source of the table: the VNI code list of xvnkb (Dao Hai Lam, lamdao/xvnkb vni.h: "AÙ" = Á,
// "aø" = à, "aâ" = â, "aê" = ă, "Ô" = Ơ, "Ö" = Ư, "Ñ" = Đ, "Æ" = Ỉ, "Ó" = Ĩ, "Ò" = Ị, "Î" = Ỵ ...),
// cross-checked with the VNI column of duydev/vietnamese-conversion (src/charsets.ts).
// Capitals take the capital mark bytes (0x20 below the small ones); decoding accepts either.
#include "core/vntext/icu_text.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/syllable.hpp"

#include <unicode/uchar.h>

namespace vnplan::vntext::detail {
namespace {

struct Mark {
    UChar32 small; // the byte after a small letter; capital letters use small - 0x20
    char32_t quality;
    char32_t tone;
};

constexpr Mark marks[] = {
    {0xF9, 0, acute},
    {0xF8, 0, grave},
    {0xFB, 0, hook},
    {0xF5, 0, tilde},
    {0xEF, 0, dot_below},
    {0xE2, circumflex, 0},
    {0xE1, circumflex, acute},
    {0xE0, circumflex, grave},
    {0xE5, circumflex, hook},
    {0xE3, circumflex, tilde},
    {0xE4, circumflex, dot_below},
    {0xEA, breve, 0},
    {0xE9, breve, acute},
    {0xE8, breve, grave},
    {0xFA, breve, hook},
    {0xFC, breve, tilde},
    {0xEB, breve, dot_below},
};

struct Single {
    UChar32 small; // capital: small - 0x20
    UChar32 lower, upper;
};

constexpr Single singles[] = {
    {0xF4, 0x01A1, 0x01A0}, // ơ
    {0xF6, 0x01B0, 0x01AF}, // ư
    {0xF1, 0x0111, 0x0110}, // đ
    {0xED, 0x00ED, 0x00CD}, // í
    {0xEC, 0x00EC, 0x00CC}, // ì
    {0xE6, 0x1EC9, 0x1EC8}, // ỉ
    {0xF3, 0x0129, 0x0128}, // ĩ
    {0xF2, 0x1ECB, 0x1ECA}, // ị
    {0xEE, 0x1EF5, 0x1EF4}, // ỵ
};

const Mark* find_mark(UChar32 c) {
    for (const Mark& m : marks)
        if (c == m.small || c == m.small - 0x20) return &m;
    return nullptr;
}

const Single* find_single(UChar32 c, bool& upper) {
    for (const Single& s : singles) {
        if (c == s.small || c == s.small - 0x20) {
            upper = c != s.small;
            return &s;
        }
    }
    return nullptr;
}

UChar32 mark_byte(char32_t quality, char32_t tone, bool upper) {
    for (const Mark& m : marks)
        if (m.quality == quality && m.tone == tone) return upper ? m.small - 0x20 : m.small;
    return '?';
}

// The vowel just written, which may still take marks.
struct Base {
    UChar32 letter = 0; // a e o u y, or o / u with the horn already
    bool quality = false;
    bool tone = false;
};

} // namespace

icu::UnicodeString decode_vni(const icu::UnicodeString& text) {
    icu::UnicodeString out;
    Base base;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (const Mark* m = find_mark(c); m != nullptr && base.letter != 0) {
            const bool quality_ok =
                m->quality == 0 ||
                (!base.quality && !base.tone &&
                 (m->quality == breve
                      ? base.letter == 'a'
                      : base.letter == 'a' || base.letter == 'e' || base.letter == 'o'));
            if (quality_ok && !(m->tone != 0 && base.tone)) {
                if (m->quality != 0) out.append(static_cast<UChar32>(m->quality));
                if (m->tone != 0) out.append(static_cast<UChar32>(m->tone));
                base.quality = base.quality || m->quality != 0;
                base.tone = base.tone || m->tone != 0;
                continue;
            }
        }
        base = Base{};
        bool upper = false;
        if (const Single* s = find_single(c, upper)) {
            out.append(upper ? s->upper : s->lower);
            if (s->small == 0xF4 || s->small == 0xF6)
                base = Base{s->small == 0xF4 ? 'o' : 'u', true};
            continue;
        }
        out.append(c);
        const UChar32 lower = u_tolower(c);
        if (lower == 'a' || lower == 'e' || lower == 'o' || lower == 'u' || lower == 'y')
            base.letter = lower;
    }
    return nfc(out);
}

icu::UnicodeString encode_vni(const icu::UnicodeString& text) {
    return encode_each(text, [](UChar32 c, icu::UnicodeString& out) {
        if (c == 0x0111 || c == 0x0110) {
            out.append(static_cast<UChar32>(c == 0x0111 ? 0xF1 : 0xD1));
            return;
        }
        const MarkedChar marked = split_marks(c);
        const UChar32 b = marked.base;
        const char32_t quality = marked.quality, tone = marked.tone;
        const bool other = marked.other_mark || !(b < 0x80 && u_isalpha(b));
        const bool upper = u_isupper(b);
        const UChar32 lower = u_tolower(b);
        const int shift = upper ? 0x20 : 0;
        const bool vowel = lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' ||
                           lower == 'u' || lower == 'y';
        if (other || !vowel) {
            out.append(static_cast<UChar32>('?'));
        } else if (lower == 'i' && quality == 0) {
            const UChar32 small = tone == acute   ? 0xED
                                  : tone == grave ? 0xEC
                                  : tone == hook  ? 0xE6
                                  : tone == tilde ? 0xF3
                                                  : 0xF2;
            out.append(tone == 0 ? b : small - shift);
        } else if (lower == 'y' && quality == 0 && tone == dot_below) {
            out.append(static_cast<UChar32>(0xEE - shift));
        } else if (quality == horn && (lower == 'o' || lower == 'u')) {
            out.append(static_cast<UChar32>((lower == 'o' ? 0xF4 : 0xF6) - shift));
            if (tone != 0) out.append(mark_byte(0, tone, upper));
        } else {
            out.append(b);
            if (quality != 0 || tone != 0) out.append(mark_byte(quality, tone, upper));
        }
    });
}

} // namespace vnplan::vntext::detail
