// VNUNICODE: the public face of the legacy decoders/encoders.
#include "core/common/message.hpp"
#include "core/vntext/icu_text.hpp"
#include "core/vntext/legacy.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <algorithm>

namespace vnplan::vntext {
namespace {

bool ascii_only(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

Encoding parse_encoding(std::string_view name) {
    struct Entry {
        std::string_view name;
        Encoding encoding;
    };
    static constexpr Entry entries[] = {
        {"", Encoding::automatic},
        {"auto", Encoding::automatic},
        {"tự động", Encoding::automatic},
        {"tu dong", Encoding::automatic},
        {"unicode", Encoding::decomposed},
        {"nfd", Encoding::decomposed},
        {"nfc", Encoding::decomposed},
        {"utf-8", Encoding::decomposed},
        {"utf8", Encoding::decomposed},
        {"tổ hợp", Encoding::decomposed},
        {"to hop", Encoding::decomposed},
        {"unicode tổ hợp", Encoding::decomposed},
        {"decomposed", Encoding::decomposed},
        {"tcvn3", Encoding::tcvn3},
        {"tcvn", Encoding::tcvn3},
        {"tcvn 5712", Encoding::tcvn3},
        {"abc", Encoding::tcvn3},
        {"vntime", Encoding::tcvn3},
        {".vntime", Encoding::tcvn3},
        {"vni", Encoding::vni},
        {"vni-windows", Encoding::vni},
        {"vni windows", Encoding::vni},
        {"vni-win", Encoding::vni},
        {"viqr", Encoding::viqr},
    };
    const std::string key = lower(name);
    for (const auto& e : entries)
        if (e.name == key) return e.encoding;
    throw InputError(
        {"Bảng mã không hợp lệ: \"" + std::string(name) +
             "\". Dùng: auto, tcvn3, vni, viqr, unicode.",
         "Unknown encoding \"" + std::string(name) + "\". Use: auto, tcvn3, vni, viqr, unicode."});
}

Encoding detect_encoding(std::string_view text) {
    return detail::detect(detail::to_icu(text));
}

std::string to_unicode(std::string_view text, Encoding encoding) {
    if (encoding == Encoding::automatic && ascii_only(text) &&
        text.find_first_of("'`?~.(^+dD") == std::string_view::npos)
        return std::string(text); // nothing to detect
    const icu::UnicodeString u = detail::to_icu(text);
    if (encoding == Encoding::automatic) encoding = detail::detect(u);
    switch (encoding) {
    case Encoding::tcvn3:
        return detail::to_utf8(detail::decode_tcvn3(u));
    case Encoding::vni:
        return detail::to_utf8(detail::decode_vni(u));
    case Encoding::viqr:
        return detail::to_utf8(detail::decode_viqr(u));
    default:
        break;
    }
    if (detail::is_nfc(u)) return std::string(text);
    return detail::to_utf8(detail::nfc(u));
}

std::string to_unicode(std::string_view text, std::string_view encoding) {
    return to_unicode(text, parse_encoding(encoding));
}

std::string from_unicode(std::string_view text, Encoding encoding) {
    const icu::UnicodeString u = detail::to_icu(text);
    switch (encoding) {
    case Encoding::tcvn3:
        return detail::to_utf8(detail::encode_tcvn3(u));
    case Encoding::vni:
        return detail::to_utf8(detail::encode_vni(u));
    case Encoding::viqr:
        return detail::to_utf8(detail::encode_viqr(u));
    case Encoding::decomposed:
        return detail::to_utf8(detail::nfd(u));
    case Encoding::automatic:
        break;
    }
    throw InputError({"Hãy chọn bảng mã đích: tcvn3, vni, viqr hoặc unicode (tổ hợp).",
                      "Choose a target encoding: tcvn3, vni, viqr or unicode (decomposed)."});
}

} // namespace vnplan::vntext
