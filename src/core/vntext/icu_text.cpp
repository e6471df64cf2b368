#include "core/vntext/icu_text.hpp"

#include <unicode/normalizer2.h>

#include <stdexcept>

namespace vnplan::vntext::detail {
namespace {

const icu::Normalizer2& normalizer(bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = compose ? icu::Normalizer2::getNFCInstance(status)
                                        : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU normalizer unavailable");
    return *n;
}

} // namespace

icu::UnicodeString nfc(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer(true).normalize(text, status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC failed");
    return out;
}

icu::UnicodeString nfd(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer(false).normalize(text, status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD failed");
    return out;
}

bool is_nfc(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    const bool yes = normalizer(true).isNormalized(text, status);
    return U_SUCCESS(status) && yes;
}

} // namespace vnplan::vntext::detail
