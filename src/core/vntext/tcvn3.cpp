// TCVN3 (TCVN 5712:1993, the "ABC" code of the .VnTime/.VnTimeH fonts).
//
// Source of the table: GNU libiconv, lib/tcvn.h ("TCVN-5712", tcvn_2uni_2, bytes 0xA0-0xFF),
// cross-checked position by position against the TCVN3 table of UniKey's VnConv library
// (fcitx5-unikey, unikey/data.cpp, SingleByteTables[TCVN3]): every lowercase letter and
// Ă Â Ê Ô Ơ Ư Đ sit at the same bytes in both. libiconv's table is the full standard (VN1);
// its extra capitals in 0xA0-0xFF (Ằ Ẳ Ẵ Ắ Ầ Ẩ Ẫ Ấ Ề Ể Ễ Ế Ồ Ổ Ỗ Ố) are decoded too.
// Not decoded: VN1's capitals in 0x01-0x17 and 0x80-0x9F, which the ABC fonts leave to control
// characters and Windows punctuation (UniKey keeps those as Western symbols too).
// Capitals the ABC fonts lack are written as a base letter followed by a combining tone byte
// (0xB0-0xB4, TCVN 5712's combining marks), decoded only right after a letter.
#include "core/vntext/icu_text.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/syllable.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <map>

namespace vnplan::vntext::detail {
namespace {

// Unicode of bytes 0xA0..0xFF.
constexpr std::array<char16_t, 96> tcvn3_high = {
    0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, // 0xa0
    0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0, // 0xa8
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, // 0xb0
    0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, // 0xb8
    0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, // 0xc0
    0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd, // 0xc8
    0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, // 0xd0
    0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, // 0xd8
    0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, // 0xe0
    0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, // 0xe8
    0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, // 0xf0
    0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0, // 0xf8
};

bool combining_byte(UChar32 c) {
    return c >= 0xB0 && c <= 0xB4;
}

const std::map<UChar32, UChar32>& reverse_table() {
    static const std::map<UChar32, UChar32> table = [] {
        std::map<UChar32, UChar32> t;
        for (UChar32 b = 0xA0; b <= 0xFF; ++b)
            if (!combining_byte(b)) t.emplace(tcvn3_high[static_cast<std::size_t>(b - 0xA0)], b);
        return t;
    }();
    return table;
}

UChar32 tone_byte(char32_t tone) {
    switch (tone) {
    case grave:
        return 0xB0;
    case hook:
        return 0xB1;
    case tilde:
        return 0xB2;
    case acute:
        return 0xB3;
    default:
        return 0xB4; // dot below
    }
}

} // namespace

// Windows-1252's characters in 0x80-0x9F: punctuation that legacy texts keep unchanged.
bool windows_1252_extra(UChar32 c) {
    static constexpr UChar32 extra[] = {
        0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
        0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178,
    };
    return std::find(std::begin(extra), std::end(extra), c) != std::end(extra);
}

icu::UnicodeString decode_tcvn3(const icu::UnicodeString& text) {
    icu::UnicodeString out;
    UChar32 previous = 0;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        UChar32 u = c;
        if (combining_byte(c)) {
            if (u_isalpha(previous)) u = tcvn3_high[static_cast<std::size_t>(c - 0xA0)];
        } else if (c >= 0xA1 && c <= 0xFF) {
            u = tcvn3_high[static_cast<std::size_t>(c - 0xA0)];
        }
        out.append(u);
        previous = u;
    }
    return nfc(out);
}

icu::UnicodeString encode_tcvn3(const icu::UnicodeString& text) {
    const auto& reverse = reverse_table();
    return encode_each(text, [&reverse](UChar32 c, icu::UnicodeString& out) {
        if (const auto hit = reverse.find(c); hit != reverse.end()) {
            out.append(hit->second);
            return;
        }
        // A capital the ABC fonts lack: base letter + combining tone byte.
        const icu::UnicodeString parts = nfd(icu::UnicodeString(c));
        icu::UnicodeString base;
        char32_t tone = 0;
        for (int32_t k = 0; k < parts.length();) {
            const UChar32 p = parts.char32At(k);
            k += U16_LENGTH(p);
            if (is_tone(static_cast<char32_t>(p)))
                tone = static_cast<char32_t>(p);
            else
                base.append(p);
        }
        const icu::UnicodeString b = nfc(base);
        const UChar32 bc = b.length() > 0 ? b.char32At(0) : 0;
        const bool single = b.length() == U16_LENGTH(bc);
        UChar32 byte = 0;
        if (single && bc < 0x80 && u_isalpha(bc)) byte = bc;
        if (single && reverse.count(bc) != 0) byte = reverse.at(bc);
        if (tone != 0 && byte != 0) {
            out.append(byte);
            out.append(tone_byte(tone));
        } else {
            out.append(static_cast<UChar32>('?'));
        }
    });
}

} // namespace vnplan::vntext::detail
