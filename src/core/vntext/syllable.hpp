// Internal: the structure of one written Vietnamese syllable (onset, vowels, coda, tone), used
// to tell real Vietnamese from legacy-encoding garbage and to place tone marks one way.
#pragma once

#include <unicode/unistr.h>

#include <cstddef>
#include <vector>

namespace vnplan::vntext::detail {

// Combining marks of Vietnamese: tones and vowel qualities.
inline constexpr char32_t grave = 0x0300, acute = 0x0301, tilde = 0x0303, hook = 0x0309,
                          dot_below = 0x0323;
inline constexpr char32_t circumflex = 0x0302, breve = 0x0306, horn = 0x031B;

inline bool is_tone(char32_t c) {
    return c == grave || c == acute || c == tilde || c == hook || c == dot_below;
}
inline bool is_quality(char32_t c) {
    return c == circumflex || c == breve || c == horn;
}

// One composed character taken apart (NFD): its base and its Vietnamese marks.
struct MarkedChar {
    UChar32 base = 0;
    char32_t quality = 0, tone = 0;
    bool other_mark = false; // a combining mark that is neither a tone nor a quality
};
MarkedChar split_marks(UChar32 c);

struct Letter {
    char32_t base = 0;    // lowercase a-z or đ (U+0111)
    char32_t quality = 0; // 0, circumflex, breve or horn
    bool upper = false;   // written in capitals
};

struct Syllable {
    std::vector<Letter> letters;
    char32_t tone = 0;                      // 0 (ngang) or the tone mark
    int tone_count = 0;                     // more than one: not a syllable
    int tone_index = -1;                    // letter carrying the tone as written
    std::size_t onset = 0, nucleus_end = 0; // onset [0,onset), vowels [onset,nucleus_end), coda
    bool letters_ok = false;                // only Vietnamese letters and marks
    bool valid = false; // a well-formed syllable: onset + rime, tone allowed with the coda
};

// `word`: a run of letters in any case and normalisation form.
Syllable parse_syllable(const icu::UnicodeString& word);

// Where the tone goes in the usual style of administrative texts ("hòa", "thủy", "ủy", "của",
// "người", "hoàn"): a vowel with a quality mark takes it; otherwise the last vowel before a coda,
// the middle of three vowels, or the first of two. Requires a valid syllable with vowels.
int standard_tone_position(const Syllable& syllable);

// The syllable written back (NFC) with the tone on `tone_position`.
icu::UnicodeString render(const Syllable& syllable, int tone_position);

} // namespace vnplan::vntext::detail
