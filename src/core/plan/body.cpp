// The "Nội dung" sheet: one row per paragraph with its level (Cấp), number (Số), heading
// (Tiêu đề, bold) and text (Nội dung); numbers are counted when the clerk leaves them blank.
#include "core/common/message.hpp"
#include "core/plan/appendix.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>

namespace vnplan::plan {
namespace {

struct Columns {
    std::optional<std::size_t> level, number, heading, text;
};

std::optional<std::size_t> column(const std::vector<std::string>& keys,
                                  std::initializer_list<const char*> prefixes) {
    for (const char* p : prefixes)
        for (std::size_t c = 0; c < keys.size(); ++c)
            if (keys[c] == p || keys[c].rfind(std::string(p) + " ", 0) == 0) return c;
    return std::nullopt;
}

// A part number as written: "IV", "iv.", "XIX ." (1..59).
std::optional<int> roman_number(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' '))
        s.pop_back();
    const auto n = vntext::roman_value(s);
    return n && *n < 60 ? n : std::nullopt;
}

// An item number as written: "3", "12." (up to six digits).
std::optional<int> arabic_number(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' '))
        s.pop_back();
    const auto n = vntext::whole_number(s, 6);
    return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
}

std::optional<int> letter_number(std::string s) {
    while (!s.empty() && (s.back() == ')' || s.back() == '.' || s.back() == ' '))
        s.pop_back();
    for (int n = 1; n < 60; ++n)
        if (vntext::point_letter(n) == s) return n;
    return std::nullopt;
}

// How a numbered level reads the number the clerk wrote and writes the next one.
struct Numbering {
    std::optional<int> (*read)(std::string);
    std::string (*write)(int);
    char end; // the mark after the number
};

constexpr Numbering part_numbering{roman_number, vntext::roman_numeral, '.'};
constexpr Numbering item_numbering{arabic_number, [](int n) { return std::to_string(n); }, '.'};
constexpr Numbering point_numbering{letter_number, vntext::point_letter, ')'};

// The clerk's number when written (the count follows it), else the next one of `count`.
void number_paragraph(std::string& number, int& count, const Numbering& numbering) {
    if (auto n = numbering.read(number))
        count = *n;
    else if (number.empty())
        ++count;
    if (number.empty()) number = numbering.write(count);
    if (number.back() != numbering.end) number += numbering.end;
}

std::optional<Level> level_of(const std::string& written, const std::string& number) {
    const std::string t = vntext::trim(written);
    if (t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\xA2") return Level::bullet;
    if (t == "+") return Level::sub_bullet;
    const std::string k = vntext::fold_loose(t);
    if (k.empty()) {
        // No level: guess from the number the clerk wrote.
        const std::string n = vntext::trim(number);
        if (n == "-") return Level::bullet;
        if (n == "+") return Level::sub_bullet;
        if (roman_number(n)) return Level::part;
        if (arabic_number(n)) return Level::item;
        if (letter_number(n)) return Level::point;
        return Level::paragraph;
    }
    if (k == "phan" || k == "i" || k == "chuong" || k == "phan la ma") return Level::part;
    if (k == "muc" || k == "1" || k == "khoan") return Level::item;
    if (k == "diem" || k == "a") return Level::point;
    if (k == "gach" || k == "gach dau dong" || k == "gach dau dau" || k == "gach ngang")
        return Level::bullet;
    if (k == "cong" || k == "dau cong") return Level::sub_bullet;
    if (k == "doan" || k == "doan van" || k == "van ban" || k == "thuong") return Level::paragraph;
    if (k == "can cu") return Level::basis;
    return std::nullopt;
}

} // namespace

std::vector<Run> markup_runs(std::string_view text, bool bold, bool italic) {
    std::vector<Run> runs;
    std::string current;
    const auto flush = [&](bool b, bool i) {
        if (!current.empty()) runs.push_back({current, b, i});
        current.clear();
    };
    bool in_bold = false, in_italic = false;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, 2, "**") == 0 &&
            (in_bold || text.find("**", i + 2) != std::string_view::npos)) {
            flush(bold || in_bold, italic || in_italic);
            in_bold = !in_bold;
            i += 2;
        } else if (text[i] == '*' &&
                   (in_italic || text.find('*', i + 1) != std::string_view::npos) &&
                   text.compare(i, 2, "**") != 0) {
            flush(bold || in_bold, italic || in_italic);
            in_italic = !in_italic;
            i += 1;
        } else {
            current += text[i++];
        }
    }
    flush(bold || in_bold, italic || in_italic);
    // Merge neighbours with the same emphasis.
    std::vector<Run> merged;
    for (auto& r : runs)
        if (!merged.empty() && merged.back().bold == r.bold && merged.back().italic == r.italic)
            merged.back().text += r.text;
        else
            merged.push_back(std::move(r));
    return merged;
}

std::vector<Paragraph> read_body(const Workbook& book, const Bindings& bindings) {
    std::vector<Paragraph> out;
    const Grid& grid = book.body;
    if (grid.height() == 0) return out;
    const std::string& sheet = book.body_sheet;
    const auto at = [&](std::size_t r, std::size_t c) {
        return sheet + "!" +
               a1_address(grid.first_column + static_cast<int>(c),
                          grid.first_row + static_cast<int>(r));
    };

    // The header row: the first row that is not blank; it must name a "Nội dung" column.
    Columns cols;
    std::size_t r = 0;
    const auto blank = [&](std::size_t row) {
        return std::all_of(grid.rows[row].begin(), grid.rows[row].end(), [](const Cell& c) {
            return vntext::trim(vntext::cell_text(c)).empty();
        });
    };
    while (r < grid.height() && blank(r))
        ++r;
    if (r < grid.height()) {
        std::vector<std::string> keys;
        for (std::size_t c = 0; c < grid.width(); ++c)
            keys.push_back(vntext::fold_loose(vntext::cell_text(grid.at(r, c))));
        cols.text = column(keys, {"noi dung", "van ban"});
        cols.level = column(keys, {"cap", "loai", "muc do"});
        cols.number = column(keys, {"so", "so thu tu", "stt"});
        cols.heading = column(keys, {"tieu de", "dau de"});
        ++r;
    }
    if (!cols.text)
        throw InputError({"Trang \"" + sheet +
                              "\" không có dòng tiêu đề với cột \"Nội dung\" "
                              "(Cấp | Số | Tiêu đề | Nội dung).",
                          "Sheet \"" + sheet +
                              "\" has no header row with a \"Nội dung\" column "
                              "(Cấp | Số | Tiêu đề | Nội dung)."});

    int parts = 0, items = 0, points = 0;
    for (; r < grid.height(); ++r) {
        const auto text_at = [&](const std::optional<std::size_t>& c) {
            return c ? vntext::trim(vntext::cell_text(grid.at(r, *c))) : std::string();
        };
        const std::string level_text = text_at(cols.level);
        std::string number = text_at(cols.number);
        std::string heading = text_at(cols.heading);
        std::string text = text_at(cols.text);
        if (level_text.empty() && number.empty() && heading.empty() && text.empty()) continue;
        const auto bind = [&](const std::string& s, std::size_t c) {
            try {
                return substitute(s, bindings, true);
            } catch (const InputError& e) {
                throw InputError(
                    {at(r, c) + ": " + e.message().vi, at(r, c) + ": " + e.message().en});
            }
        };
        if (cols.heading) heading = bind(heading, *cols.heading);
        text = bind(text, *cols.text);

        const auto level = level_of(level_text, number);
        if (!level)
            throw InputError({at(r, *cols.level) + ": không hiểu cấp \"" + level_text +
                                  "\"; dùng Phần, Mục, Điểm, -, +, Đoạn hoặc Căn cứ.",
                              at(r, *cols.level) + ": unknown level \"" + level_text +
                                  "\"; use Phần, Mục, Điểm, -, +, Đoạn or Căn cứ."});
        Paragraph p;
        p.level = *level;
        p.source_row = grid.first_row + static_cast<int>(r);
        p.source_column = grid.first_column + static_cast<int>(*cols.text);
        // Numbering: the clerk's number when written, else the next one; counters restart
        // under each new parent.
        switch (p.level) {
        case Level::part:
            number_paragraph(number, parts, part_numbering);
            items = points = 0;
            break;
        case Level::item:
            number_paragraph(number, items, item_numbering);
            points = 0;
            break;
        case Level::point:
            number_paragraph(number, points, point_numbering);
            break;
        case Level::bullet:
            number = "-";
            break;
        case Level::sub_bullet:
            number = "+";
            break;
        case Level::paragraph:
        case Level::basis:
            break;
        }
        // A part is a heading: its text is the heading when there is no separate one.
        if (p.level == Level::part && heading.empty()) std::swap(heading, text);

        const bool numbered_bold = p.level == Level::part || p.level == Level::item ||
                                   (p.level == Level::point && !heading.empty());
        const bool italic = p.level == Level::basis;
        std::string lead = number;
        if (!heading.empty()) lead += (lead.empty() ? "" : " ") + heading;
        if (!lead.empty()) {
            if (numbered_bold || !heading.empty()) {
                if (!number.empty() && !numbered_bold) {
                    p.runs.push_back({number + " ", false, italic});
                    for (auto& run : markup_runs(heading, true, italic))
                        p.runs.push_back(run);
                } else {
                    for (auto& run : markup_runs(lead, true, italic))
                        p.runs.push_back(run);
                }
            } else {
                p.runs.push_back({lead, false, italic});
            }
        }
        if (!text.empty()) {
            auto runs = markup_runs(text, false, italic);
            if (!p.runs.empty() && !runs.empty()) runs.front().text = " " + runs.front().text;
            for (auto& run : runs)
                p.runs.push_back(std::move(run));
        }
        // Neighbouring runs with the same emphasis become one.
        std::vector<Run> merged;
        for (auto& run : p.runs)
            if (!merged.empty() && merged.back().bold == run.bold &&
                merged.back().italic == run.italic)
                merged.back().text += run.text;
            else
                merged.push_back(std::move(run));
        p.runs = std::move(merged);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace vnplan::plan
