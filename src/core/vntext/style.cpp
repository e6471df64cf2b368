// The style text of VNWORDS/VNMONEY: "lẻ, ngàn" -> Style.
#include "core/common/message.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <optional>

namespace vnplan::vntext {
namespace {

enum class Word { le, linh, ngan, nghin, bon, tu, chan };

// Accepted spellings, lowercase NFC; the plain-ASCII forms are for keyboards without Vietnamese.
std::optional<Word> lookup(const std::string& word) {
    struct Entry {
        std::string_view text;
        Word word;
    };
    static constexpr Entry entries[] = {
        {"lẻ", Word::le},     {"le", Word::le},       {"linh", Word::linh},   {"ngàn", Word::ngan},
        {"ngan", Word::ngan}, {"nghìn", Word::nghin}, {"nghin", Word::nghin}, {"bốn", Word::bon},
        {"bon", Word::bon},   {"tư", Word::tu},       {"tu", Word::tu},       {"chẵn", Word::chan},
        {"chan", Word::chan},
    };
    for (const auto& e : entries)
        if (e.text == word) return e.word;
    return std::nullopt;
}

[[noreturn]] void throw_unknown(const std::string& word, bool money) {
    const std::string list = money ? "lẻ, ngàn, bốn, chẵn" : "lẻ, ngàn, bốn";
    throw InputError(
        {"Kiểu đọc không hợp lệ: \"" + word + "\". Dùng các từ " + list +
             ", cách nhau bằng dấu phẩy.",
         "Unknown style word \"" + word + "\". Use the words " + list + ", separated by commas."});
}

[[noreturn]] void throw_conflict(std::string_view a, std::string_view b) {
    throw InputError({"Kiểu đọc mâu thuẫn: \"" + std::string(a) + "\" và \"" + std::string(b) +
                          "\" không dùng cùng nhau.",
                      "Conflicting style words: \"" + std::string(a) + "\" and \"" +
                          std::string(b) + "\" cannot be used together."});
}

Style parse_style_text(std::string_view text, bool money) {
    Style style;
    bool linh = false, nghin = false, tu = false;
    const std::string lowered = lower(text);
    std::size_t pos = 0;
    while (pos < lowered.size()) {
        const auto start = lowered.find_first_not_of(",; \t\r\n", pos);
        if (start == std::string::npos) break;
        auto end = lowered.find_first_of(",; \t\r\n", start);
        if (end == std::string::npos) end = lowered.size();
        const std::string word = lowered.substr(start, end - start);
        pos = end;
        const auto known = lookup(word);
        if (!known || (*known == Word::chan && !money)) throw_unknown(word, money);
        switch (*known) {
        case Word::le:
            style.le = true;
            break;
        case Word::linh:
            linh = true;
            break;
        case Word::ngan:
            style.ngan = true;
            break;
        case Word::nghin:
            nghin = true;
            break;
        case Word::bon:
            style.bon = true;
            break;
        case Word::tu:
            tu = true;
            break;
        case Word::chan:
            style.chan = true;
            break;
        }
    }
    if (style.le && linh) throw_conflict("lẻ", "linh");
    if (style.ngan && nghin) throw_conflict("ngàn", "nghìn");
    if (style.bon && tu) throw_conflict("bốn", "tư");
    return style;
}

} // namespace

Style parse_style(std::string_view text, bool money) {
    // Fast paths: VNWORDS over many cells mostly repeats one style text, often empty.
    if (text.empty()) return Style{};
    thread_local std::string last_text;
    thread_local Style last_style;
    thread_local bool last_money = false;
    thread_local bool cached = false;
    if (cached && last_money == money && text == last_text) return last_style;
    Style style = parse_style_text(text, money);
    last_text.assign(text);
    last_style = style;
    last_money = money;
    cached = true;
    return style;
}

} // namespace vnplan::vntext
