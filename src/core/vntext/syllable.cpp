#include "core/vntext/syllable.hpp"

#include "core/vntext/icu_text.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace vnplan::vntext::detail {
namespace {

constexpr char32_t d_stroke = 0x0111; // đ

bool is_vowel(char32_t base) {
    return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
}

// A letter as a short ASCII code for table lookups: ă=a(, â=a^, ơ=o+, ư=u+, đ=dd.
std::string code(const Letter& l) {
    std::string s = l.base == d_stroke ? "dd" : std::string(1, static_cast<char>(l.base));
    if (l.quality == breve) s += '(';
    if (l.quality == circumflex) s += '^';
    if (l.quality == horn) s += '+';
    return s;
}

std::string code(const std::vector<Letter>& letters, std::size_t from, std::size_t to) {
    std::string s;
    for (std::size_t i = from; i < to; ++i)
        s += code(letters[i]);
    return s;
}

bool in(std::string_view item, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// Vowel groups that can end a syllable, and those that can stand before a final consonant.
bool open_rime(std::string_view v) {
    return in(v, {"a",   "e",   "e^",  "i",    "o",    "o^",    "o+",    "u",    "u+",
                  "y",   "ai",  "ao",  "au",   "ay",   "a^u",   "a^y",   "eo",   "e^u",
                  "ia",  "iu",  "oa",  "oe",   "oi",   "o^i",   "o+i",   "ua",   "ue^",
                  "ui",  "uo+", "uy",  "u+a",  "u+i",  "u+u",   "ie^u",  "ye^u", "oai",
                  "oao", "oay", "oeo", "ua^y", "uo^i", "u+o+i", "u+o+u", "uya",  "uyu"});
}

bool closed_nucleus(std::string_view v) {
    return in(v,
              {"a",   "a(",  "a^",  "e",    "e^", "i",   "o",  "o^", "o+",  "u",   "u+", "y",
               "ie^", "ye^", "uo^", "u+o+", "oa", "oa(", "oe", "oo", "ua^", "ue^", "uy", "uye^"});
}

bool onset_ok(std::string_view c) {
    return in(c, {"",  "b",  "c",   "ch", "d", "dd", "g",  "gh", "gi", "h", "k",  "kh", "l", "m",
                  "n", "ng", "ngh", "nh", "p", "ph", "qu", "r",  "s",  "t", "th", "tr", "v", "x"});
}

bool coda_ok(std::string_view c) {
    return in(c, {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"});
}

void analyse(Syllable& s) {
    auto& L = s.letters;
    std::size_t i = 0;
    while (i < L.size() && !is_vowel(L[i].base))
        ++i;
    // "qu" and "gi" + vowel: the u / i belongs to the onset.
    if (i + 1 < L.size() && code(L, 0, i) == "q" && L[i].base == 'u' && L[i].quality == 0) ++i;
    if (i + 1 < L.size() && code(L, 0, i) == "g" && L[i].base == 'i' && L[i].quality == 0 &&
        is_vowel(L[i + 1].base) && s.tone_index != static_cast<int>(i))
        ++i;
    s.onset = i;
    std::size_t j = i;
    while (j < L.size() && is_vowel(L[j].base))
        ++j;
    s.nucleus_end = j;
    const std::string onset = code(L, 0, i), vowels = code(L, i, j), coda = code(L, j, L.size());
    if (vowels.empty() || !onset_ok(onset) || !coda_ok(coda)) return;
    if (coda.empty() ? !open_rime(vowels) : !closed_nucleus(vowels)) return;
    // Palatal finals follow front vowels only ("anh", "ếch", "inh", "oanh", "uynh"); velar
    // finals never do ("ing", "uyc" are not Vietnamese).
    const bool palatal = coda == "nh" || coda == "ch", velar = coda == "ng" || coda == "c";
    const bool front = in(vowels, {"a", "e^", "i", "oa", "ue^", "uy"});
    if (palatal && !front) return;
    if (velar && in(vowels, {"i", "y", "e^", "uy", "ue^"})) return;
    // Stop finals take only the sắc or nặng tone.
    if ((coda == "c" || coda == "ch" || coda == "p" || coda == "t") && s.tone != acute &&
        s.tone != dot_below)
        return;
    s.valid = true;
}

} // namespace

MarkedChar split_marks(UChar32 c) {
    const icu::UnicodeString parts = nfd(icu::UnicodeString(c));
    MarkedChar out;
    out.base = parts.char32At(0);
    for (int32_t k = U16_LENGTH(out.base); k < parts.length();) {
        const UChar32 p = parts.char32At(k);
        k += U16_LENGTH(p);
        if (is_tone(static_cast<char32_t>(p)))
            out.tone = static_cast<char32_t>(p);
        else if (is_quality(static_cast<char32_t>(p)))
            out.quality = static_cast<char32_t>(p);
        else
            out.other_mark = true;
    }
    return out;
}

Syllable parse_syllable(const icu::UnicodeString& word) {
    Syllable s;
    s.letters_ok = true;
    const icu::UnicodeString decomposed = nfd(word);
    for (int32_t k = 0; k < decomposed.length();) {
        const UChar32 c = decomposed.char32At(k);
        k += U16_LENGTH(c);
        if (is_tone(static_cast<char32_t>(c)) || is_quality(static_cast<char32_t>(c))) {
            if (s.letters.empty()) {
                s.letters_ok = false;
                continue;
            }
            if (is_tone(static_cast<char32_t>(c))) {
                s.tone = static_cast<char32_t>(c);
                s.tone_index = static_cast<int>(s.letters.size()) - 1;
                ++s.tone_count;
            } else if (s.letters.back().quality != 0) {
                s.letters_ok = false;
            } else {
                s.letters.back().quality = static_cast<char32_t>(c);
            }
            continue;
        }
        Letter l;
        l.upper = u_isupper(c);
        const UChar32 lower = u_tolower(c);
        l.base = static_cast<char32_t>(lower);
        const bool latin = (lower >= 'a' && lower <= 'z' && lower != 'f' && lower != 'j' &&
                            lower != 'w' && lower != 'z') ||
                           lower == d_stroke;
        if (!latin) s.letters_ok = false;
        s.letters.push_back(l);
    }
    if (!s.letters_ok || s.tone_count > 1) return s;
    // Quality marks only where Vietnamese has them: ă â ê ô ơ ư.
    for (const Letter& l : s.letters) {
        if (l.quality == 0) continue;
        const bool ok =
            (l.quality == breve && l.base == 'a') ||
            (l.quality == circumflex && (l.base == 'a' || l.base == 'e' || l.base == 'o')) ||
            (l.quality == horn && (l.base == 'o' || l.base == 'u'));
        if (!ok) {
            s.letters_ok = false;
            return s;
        }
    }
    analyse(s);
    return s;
}

int standard_tone_position(const Syllable& s) {
    const int n0 = static_cast<int>(s.onset), n1 = static_cast<int>(s.nucleus_end);
    int marked = -1;
    for (int i = n0; i < n1; ++i)
        if (s.letters[static_cast<std::size_t>(i)].quality != 0) marked = i; // ươ: the ơ
    if (marked >= 0) return marked;
    if (s.nucleus_end < s.letters.size()) return n1 - 1;
    if (n1 - n0 == 3) return n0 + 1;
    return n0;
}

icu::UnicodeString render(const Syllable& s, int tone_position) {
    icu::UnicodeString out;
    for (std::size_t i = 0; i < s.letters.size(); ++i) {
        const Letter& l = s.letters[i];
        out.append(static_cast<UChar32>(l.upper ? u_toupper(static_cast<UChar32>(l.base))
                                                : static_cast<UChar32>(l.base)));
        if (l.quality != 0) out.append(static_cast<UChar32>(l.quality));
        if (s.tone != 0 && static_cast<int>(i) == tone_position)
            out.append(static_cast<UChar32>(s.tone));
    }
    return nfc(out);
}

} // namespace vnplan::vntext::detail
