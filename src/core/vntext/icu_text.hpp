// Internal: UTF-8 <-> ICU strings and the normalisers the vntext parts share.
#pragma once

#include <string>
#include <string_view>

#include <unicode/unistr.h>

namespace vnplan::vntext::detail {

inline icu::UnicodeString to_icu(std::string_view text) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

inline std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// Walks `text` as words, the runs of characters for which `in_word(c)` holds: `on_word(word)`
// at the end of each run, then `on_between(c)` for the character that ended it (not at the end).
template <class InWord, class OnWord, class OnBetween>
void for_each_word(const icu::UnicodeString& text, InWord in_word, OnWord on_word,
                   OnBetween on_between) {
    icu::UnicodeString word;
    for (int32_t i = 0; i <= text.length();) {
        const UChar32 c = i < text.length() ? text.char32At(i) : 0;
        i += i < text.length() ? U16_LENGTH(c) : 1;
        if (c != 0 && in_word(c)) {
            word.append(c);
            continue;
        }
        if (!word.isEmpty()) on_word(word);
        word.remove();
        if (c != 0) on_between(c);
    }
}

// Normalisation with ICU's Normalizer2 singletons (thread-safe, never freed).
icu::UnicodeString nfc(const icu::UnicodeString& text);
icu::UnicodeString nfd(const icu::UnicodeString& text);
bool is_nfc(const icu::UnicodeString& text);

} // namespace vnplan::vntext::detail
