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

// Normalisation with ICU's Normalizer2 singletons (thread-safe, never freed).
icu::UnicodeString nfc(const icu::UnicodeString& text);
icu::UnicodeString nfd(const icu::UnicodeString& text);
bool is_nfc(const icu::UnicodeString& text);

} // namespace vnplan::vntext::detail
