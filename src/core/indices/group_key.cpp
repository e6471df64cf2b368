// Normalised names for group keys and tie-rule names (ICU).
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vnplan::indices {

std::string group_key(std::string_view name) {
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    // Trim and collapse whitespace (including no-break spaces pasted from Word).
    icu::UnicodeString spaced;
    bool pending_space = false;
    for (int32_t i = 0; i < source.length();) {
        const UChar32 c = source.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pending_space = !spaced.isEmpty();
            continue;
        }
        if (pending_space) spaced.append(static_cast<UChar>(u' '));
        pending_space = false;
        spaced.append(c);
    }
    spaced.foldCase();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString normal = U_SUCCESS(status) ? nfc->normalize(spaced, status) : spaced;
    if (U_FAILURE(status)) normal = spaced;
    std::string out;
    normal.toUTF8String(out);
    return out;
}

Order order_argument(double value) {
    return value == 0 ? Order::highest_first : Order::lowest_first;
}

TieRule tie_rule_argument(std::string_view name) {
    struct Name {
        std::string_view name;
        TieRule rule;
    };
    static constexpr Name names[] = {
        {"", TieRule::competition},
        {"competition", TieRule::competition},
        {"standard", TieRule::competition},
        {"min", TieRule::competition},
        {"rank.eq", TieRule::competition},
        {"cạnh tranh", TieRule::competition},
        {"canh tranh", TieRule::competition},
        {"chuẩn", TieRule::competition},
        {"chuan", TieRule::competition},
        {"dense", TieRule::dense},
        {"liên tục", TieRule::dense},
        {"lien tuc", TieRule::dense},
        {"liền", TieRule::dense},
        {"lien", TieRule::dense},
        {"average", TieRule::average},
        {"avg", TieRule::average},
        {"mean", TieRule::average},
        {"fractional", TieRule::average},
        {"rank.avg", TieRule::average},
        {"trung bình", TieRule::average},
        {"trung binh", TieRule::average},
        {"ordinal", TieRule::ordinal},
        {"first", TieRule::ordinal},
        {"sheet", TieRule::ordinal},
        {"thứ tự", TieRule::ordinal},
        {"thu tu", TieRule::ordinal},
        {"theo thứ tự", TieRule::ordinal},
        {"theo thu tu", TieRule::ordinal},
        {"lần lượt", TieRule::ordinal},
        {"lan luot", TieRule::ordinal},
    };
    const std::string key = group_key(name);
    for (const auto& [known, rule] : names)
        if (key == known) return rule;
    const std::string shown(name);
    detail::fail("Không rõ cách xếp đồng hạng \"" + shown +
                     "\": dùng competition (cạnh tranh), dense (liên tục), average (trung bình) "
                     "hoặc ordinal (thứ tự).",
                 "Unknown tie rule \"" + shown + "\": use competition, dense, average or ordinal.");
}

} // namespace vnplan::indices
