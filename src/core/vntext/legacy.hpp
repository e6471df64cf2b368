// Internal: decoders and encoders of the legacy Vietnamese encodings, on ICU strings.
// A legacy "cell text" holds each byte as the Latin-1 character of the same value (what Calc
// shows for a .VnTime or VNI-Windows string); Windows-1252 punctuation in 0x80-0x9F is kept as
// it is, since neither TCVN3 (ABC) nor VNI-Windows puts Vietnamese letters there.
#pragma once

#include "core/vntext/icu_text.hpp"
#include "core/vntext/vntext.hpp"

#include <unicode/unistr.h>

namespace vnplan::vntext::detail {

// Windows-1252's characters for bytes 0x80-0x9F (punctuation kept as it is).
bool windows_1252_extra(UChar32 c);

// The loop of every legacy encoder: `text` composed (NFC), ASCII and Windows-1252 punctuation
// kept as they are, each other character written by `encode_char(c, out)`.
template <class EncodeChar>
icu::UnicodeString encode_each(const icu::UnicodeString& text, EncodeChar encode_char) {
    const icu::UnicodeString composed = nfc(text);
    icu::UnicodeString out;
    for (int32_t i = 0; i < composed.length();) {
        const UChar32 c = composed.char32At(i);
        i += U16_LENGTH(c);
        if (c < 0x80 || windows_1252_extra(c))
            out.append(c);
        else
            encode_char(c, out);
    }
    return out;
}

// Decoders return NFC.
icu::UnicodeString decode_tcvn3(const icu::UnicodeString& text);
icu::UnicodeString decode_vni(const icu::UnicodeString& text);
icu::UnicodeString decode_viqr(const icu::UnicodeString& text);

icu::UnicodeString encode_tcvn3(const icu::UnicodeString& text);
icu::UnicodeString encode_vni(const icu::UnicodeString& text);
icu::UnicodeString encode_viqr(const icu::UnicodeString& text);

// Auto-detection on an ICU string (see detect.cpp).
Encoding detect(const icu::UnicodeString& text);

} // namespace vnplan::vntext::detail
