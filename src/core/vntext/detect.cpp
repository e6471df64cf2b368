// Auto-detection for VNUNICODE, built to be conservative: text that is already correct Unicode
// (or plain English) must come back unchanged, so a legacy reading is chosen only when it
// repairs words that are not Vietnamese as they stand and breaks none.
//
// * Any character outside Latin-1 (other than Windows-1252 punctuation) or any combining mark:
//   Unicode (NFC is applied; NFC text is unchanged).
// * Pure ASCII: VIQR only with strong evidence (below); otherwise unchanged.
// * Otherwise each reading (as is, TCVN3, VNI) is scored by its words: a word with non-ASCII
//   characters is "valid" when it is a well-formed Vietnamese syllable, "bad" when it is not
//   (or holds symbols such as "¸" or "©" between letters). A legacy reading wins only with fewer
//   bad words and at least as many valid ones as the text as it stands, and at least one.
#include "core/vntext/icu_text.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/syllable.hpp"

#include <unicode/uchar.h>

namespace vnplan::vntext::detail {
namespace {

struct Score {
    int valid = 0;
    int bad = 0;
    int quality = 0; // letters with a vowel mark or đ: evidence of Vietnamese
};

bool combining(UChar32 c) {
    return c >= 0x0300 && c <= 0x036F;
}

bool token_char(UChar32 c) {
    return u_isalpha(c) || combining(c) || (c >= 0xA1 && c <= 0xFF);
}

void score_token(const icu::UnicodeString& token, Score& score) {
    bool non_ascii = false, symbol = false;
    int chars = 0;
    for (int32_t i = 0; i < token.length();) {
        const UChar32 c = token.char32At(i);
        i += U16_LENGTH(c);
        ++chars;
        non_ascii = non_ascii || c >= 0x80;
        symbol = symbol || !(u_isalpha(c) || combining(c));
    }
    if (!non_ascii) return;
    if (symbol) {
        if (chars > 1) ++score.bad; // a lone "×" or "©" is just a symbol
        return;
    }
    const Syllable s = parse_syllable(token);
    for (const Letter& l : s.letters)
        if (l.quality != 0 || l.base == 0x0111) ++score.quality;
    if (s.valid) {
        ++score.valid;
        return;
    }
    bool has_vowel = false;
    for (const Letter& l : s.letters)
        has_vowel = has_vowel || l.base == 'a' || l.base == 'e' || l.base == 'i' || l.base == 'o' ||
                    l.base == 'u' || l.base == 'y';
    if (s.letters_ok && !has_vowel) return; // "HĐND": an abbreviation, no verdict
    ++score.bad;
}

Score score(const icu::UnicodeString& text) {
    Score result;
    for_each_word(
        text, token_char,
        [&result](const icu::UnicodeString& token) { score_token(token, result); }, [](UChar32) {});
    return result;
}

bool improves(const Score& candidate, const Score& original) {
    return candidate.bad < original.bad && candidate.valid >= original.valid && candidate.valid > 0;
}

// VIQR in plain ASCII: at least two words become Vietnamese, none becomes garbage, and some
// vowel mark (ă â ê ô ơ ư) or đ appears: English apostrophes and full stops alone never do.
bool viqr_evidence(const icu::UnicodeString& text) {
    const Score s = score(decode_viqr(text));
    return s.bad == 0 && s.valid >= 2 && s.quality > 0;
}

} // namespace

Encoding detect(const icu::UnicodeString& text) {
    bool beyond = false, high = false;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (combining(c) || (c > 0xFF && !windows_1252_extra(c))) beyond = true;
        if (c >= 0xA0 && c <= 0xFF) high = true;
    }
    if (beyond) return Encoding::decomposed;
    if (!high) return viqr_evidence(text) ? Encoding::viqr : Encoding::decomposed;
    const Score original = score(text);
    if (original.bad == 0) return Encoding::decomposed;
    const Score tcvn3 = score(decode_tcvn3(text));
    const Score vni = score(decode_vni(text));
    const bool t = improves(tcvn3, original), v = improves(vni, original);
    if (t && v) {
        if (tcvn3.bad != vni.bad) return tcvn3.bad < vni.bad ? Encoding::tcvn3 : Encoding::vni;
        if (tcvn3.valid != vni.valid)
            return tcvn3.valid > vni.valid ? Encoding::tcvn3 : Encoding::vni;
        return Encoding::decomposed; // no way to tell: leave the text alone
    }
    if (t) return Encoding::tcvn3;
    if (v) return Encoding::vni;
    return Encoding::decomposed;
}

} // namespace vnplan::vntext::detail
