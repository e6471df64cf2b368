// The rule (docs/plan-workbook.md): a figure is read only where the text leaves no doubt what
// it states - a number standing alone (not part of a date, a document number, a percentage, a
// range or a code) followed by a count column's name of the award appendix or "chỉ tiêu", or
// followed by its own words in parentheses. Everything else is left alone.
#include "core/plan/text_figures.hpp"

#include "core/vntext/vntext.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace vnplan::plan {
namespace {

constexpr auto npos = std::string_view::npos;

bool digit(char c) {
    return c >= '0' && c <= '9';
}
bool digits_only(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), digit);
}
bool space(std::string_view t, std::size_t p) {
    return t[p] == ' ' || t[p] == '\t' ||
           (t[p] == '\xC2' && p + 1 < t.size() && t[p + 1] == '\xA0'); // no-break space
}
void skip_spaces(std::string_view t, std::size_t& p) {
    while (p < t.size() && space(t, p))
        p += t[p] == '\xC2' ? 2 : 1;
}

// What may stand right before a figure: a space, an opening bracket or quote, ':' or ';'
// (not a letter, a digit, '/', '-', '.' or ',' - codes, dates and decimals).
bool opens_figure(std::string_view t, std::size_t i) {
    if (i == 0) return true;
    const char c = t[i - 1];
    return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '"' || c == ':' || c == ';' ||
           c == '[' || c == '\xA0';
}

// "33", "33.500.000", "12,08" (dots group thousands, a comma starts decimals); none for
// anything else ("1.2.3", "0203.3854.123").
std::optional<double> figure_value(std::string_view token) {
    std::string_view whole = token, fraction;
    if (const auto comma = token.find(','); comma != npos) {
        whole = token.substr(0, comma);
        fraction = token.substr(comma + 1);
        if (!digits_only(fraction)) return std::nullopt;
    }
    std::string digits;
    std::size_t start = 0;
    for (std::size_t dot = whole.find('.');; dot = whole.find('.', start)) {
        const auto group = whole.substr(start, dot == npos ? npos : dot - start);
        const bool first = start == 0;
        if (!digits_only(group) || (!first && group.size() != 3) ||
            (first && dot != npos && group.size() > 3))
            return std::nullopt;
        digits += group;
        if (dot == npos) break;
        start = dot + 1;
    }
    if (digits.size() > 15) return std::nullopt;
    return vntext::parse_decimal(fraction.empty() ? digits : digits + "." + std::string(fraction));
}

struct Figure {
    std::size_t begin = 0, end = 0; // the token in the text
    double value = 0;
};

// The figures standing alone in `text`.
std::vector<Figure> figures_in(std::string_view t) {
    std::vector<Figure> out;
    for (std::size_t i = 0; i < t.size();) {
        if (!digit(t[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < t.size() && (digit(t[j]) || t[j] == '.' || t[j] == ','))
            ++j;
        std::size_t k = j; // a closing '.' or ',' is the sentence's, not the number's
        while (k > i && (t[k - 1] == '.' || t[k - 1] == ','))
            --k;
        // Ended by the sentence's punctuation, a space, a bracket or "đ" ("500.000đ"): not
        // "4/2024", "15%", "2021-2025" or "5a".
        const bool alone_after = k < j || k == t.size() || space(t, k) ||
                                 std::string_view("()\";:\n").find(t[k]) != npos ||
                                 t.substr(k).starts_with("\xC4\x91");
        if (opens_figure(t, i) && alone_after)
            if (const auto v = figure_value(t.substr(i, k - i))) out.push_back({i, k, *v});
        i = j;
    }
    return out;
}

// The text of "( ... )" at `p` (moving past it); none when there is no bracket there.
std::optional<std::string_view> bracket(std::string_view t, std::size_t& p) {
    if (p >= t.size() || t[p] != '(') return std::nullopt;
    const auto close = t.find(')', p);
    if (close == npos) return std::nullopt;
    const auto inside = t.substr(p + 1, close - p - 1);
    p = close + 1;
    return inside;
}

// The word at `p` (up to a space or punctuation), moving past it.
std::string_view word_at(std::string_view t, std::size_t& p) {
    const auto end = t.find_first_of(" \t\n(),;:./", p);
    const auto w = t.substr(p, end == npos ? npos : end - p);
    p += w.size();
    return w;
}

bool money_unit(std::string_view word) {
    const std::string k = vntext::fold_loose(word);
    return k == "dong" || k == "d" || k == "vnd" || k == "usd" || k == "eur" || k == "euro";
}

std::string quoted(std::string_view s) {
    return "\"" + vntext::collapse_spaces(s) + "\"";
}

// A figure's words in brackets that say another number (or, after "bằng chữ", none);
// `compared`: whether the brackets held words to compare at all.
std::optional<Message> words_problem(std::string_view written, double value, std::string_view words,
                                     bool& compared) {
    compared = true;
    try {
        const auto said = vntext::read_number_words(words);
        if (vntext::words_say(value, words)) return std::nullopt;
        const std::string n = vntext::number_text(said.value);
        return Message{quoted(written) + " nhưng phần bằng chữ " + quoted(words) + " đọc là " + n +
                           ".",
                       quoted(written) + " but its words " + quoted(words) + " say " + n + "."};
    } catch (const InputError&) {
        compared = vntext::fold_loose(words).rfind("bang chu", 0) == 0;
        if (!compared) return std::nullopt;
        return Message{quoted(written) + ": không đọc được phần bằng chữ " + quoted(words) + ".",
                       quoted(written) + ": the words " + quoted(words) +
                           " cannot be read as a number."};
    }
}

// ---- Counts against an award appendix ----

// Words right before a figure that make it a bound or an estimate, not a total.
bool qualified(std::string_view before) {
    static const char* const bounds[] = {"gần", "hơn", "trên", "dưới", "thêm", "từ", "đến", "tới"};
    const std::string b = vntext::lower(before);
    return std::any_of(std::begin(bounds), std::end(bounds), [&](const char* w) {
        const std::string_view word(w);
        return b.size() >= word.size() && b.compare(b.size() - word.size(), npos, word) == 0 &&
               (b.size() == word.size() || b[b.size() - word.size() - 1] == ' ');
    });
}

// Words anywhere in a sentence that make its counts limits or per-unit figures.
bool limits(const std::string& sentence) {
    static const char* const words[] = {" mỗi ",     " tối đa ", " không quá ", " tối thiểu ",
                                        " ít nhất ", " khoảng ", " dự kiến "};
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char* w) { return sentence.find(w) != npos; });
}

// The sentence around position p (between ". ", ";", line breaks).
std::pair<std::size_t, std::size_t> sentence_at(std::string_view t, std::size_t p) {
    std::size_t b = p, e = p;
    while (b > 0 && t[b - 1] != ';' && t[b - 1] != '\n' &&
           !(t[b - 1] == ' ' && b >= 2 && t[b - 2] == '.'))
        --b;
    while (e < t.size() && t[e] != ';' && t[e] != '\n' &&
           !(t[e] == '.' && (e + 1 == t.size() || t[e + 1] == ' ')))
        ++e;
    return {b, e};
}

bool contains_words(const std::string& padded_key, const std::string& words) {
    return !words.empty() && padded_key.find(" " + words + " ") != npos;
}

// The award appendix a paragraph speaks of: the one it names ("Phụ lục II"), else the only one.
std::optional<std::size_t> target_appendix(const Document& d, const std::string& key) {
    std::vector<std::size_t> awards;
    for (std::size_t i = 0; i < d.appendices.size(); ++i)
        if (d.appendices[i].award && !d.appendices[i].award->layout.count_columns.empty())
            awards.push_back(i);
    for (auto at = key.find(" phu luc "); at != npos; at = key.find(" phu luc ", at + 1)) {
        std::size_t p = at + 9;
        const auto name = std::string_view(key).substr(p, key.find(' ', p) - p);
        std::string numeral(name);
        if (const auto n = vntext::whole_number(name, 2)) numeral = vntext::roman_numeral(int(*n));
        for (std::size_t i = 0; i < d.appendices.size(); ++i)
            if (!d.appendices[i].numeral.empty() &&
                vntext::fold_loose(d.appendices[i].numeral) == vntext::fold_loose(numeral))
                return std::find(awards.begin(), awards.end(), i) != awards.end()
                           ? std::optional<std::size_t>(i)
                           : std::nullopt;
    }
    if (awards.size() == 1) return awards.front();
    return std::nullopt;
}

// The one section a paragraph names, by its title or the short name in its brackets ("DGI").
std::optional<std::size_t> named_section(const awards::Layout& layout, const std::string& key) {
    std::optional<std::size_t> found;
    for (std::size_t s = 0; s < layout.sections.size(); ++s) {
        const std::string& title = layout.sections[s].title;
        std::string short_name;
        if (const auto open = title.find('('); open != npos)
            short_name = vntext::fold_loose(title.substr(open, title.find(')', open) - open));
        const std::string title_key = vntext::fold_loose(title);
        const bool named = (title_key.find(' ') != npos && contains_words(key, title_key)) ||
                           (short_name.size() >= 3 && contains_words(key, short_name));
        if (!named) continue;
        if (found) return std::nullopt; // several: the paragraph speaks of the whole table
        found = s;
    }
    return found;
}

// Count columns a folded clause starts with: a column's name ("tap the"), without a leading
// "Số"/"Số lượng", its last part under a group header ("Bằng khen - Tập thể": every column of
// that name), "chi tieu" (every column but row totals); several joined by "va" ("tap the va ca
// nhan").
struct Named {
    std::set<std::size_t> columns;
    std::size_t words = 0; // of the clause, used by the names
    bool quota = false;    // "chỉ tiêu" was one of them
};
Named columns_named(const awards::Layout& layout, std::string clause) {
    std::map<std::string, std::set<std::size_t>> names;
    for (std::size_t k = 0; k < layout.count_columns.size(); ++k) {
        const bool row_total = std::any_of(layout.row_totals.begin(), layout.row_totals.end(),
                                           [&](const auto& r) { return r.count == k; });
        if (!row_total) names["chi tieu"].insert(k);
        const std::string& h = layout.count_headers[k];
        const auto dash = h.rfind(" - ");
        for (const auto& name : {h, dash == npos ? std::string() : h.substr(dash + 3)}) {
            const std::string n = vntext::fold_loose(name);
            if (n.empty()) continue;
            names[n].insert(k);
            for (const std::string lead : {"so luong ", "so "})
                if (n.rfind(lead, 0) == 0 && n.size() > lead.size()) {
                    names[n.substr(lead.size())].insert(k);
                    break;
                }
        }
    }
    std::set<std::size_t> columns;
    std::size_t used = 0;
    bool quota = false;
    clause += ' ';
    for (;;) {
        const std::pair<const std::string, std::set<std::size_t>>* best = nullptr;
        for (const auto& entry : names) // the longest name that fits
            if (clause.rfind(entry.first + " ", 0) == 0 &&
                (!best || entry.first.size() > best->first.size()))
                best = &entry;
        if (!best) break;
        columns.insert(best->second.begin(), best->second.end());
        quota = quota || best->first == "chi tieu";
        used +=
            static_cast<std::size_t>(std::count(best->first.begin(), best->first.end(), ' ')) + 1;
        clause.erase(0, best->first.size() + 1);
        if (clause.rfind("va ", 0) == 0) {
            clause.erase(0, 3);
            ++used;
        }
    }
    return {columns, used, quota};
}

// `columns` cut to the group of columns ("Bằng khen - ...") the sentence names last before the
// figure: "Bằng khen: 4 tập thể, 6 cá nhân; Giấy khen: 8 tập thể" counts each group alone.
std::set<std::size_t> in_named_group(const awards::Layout& layout, const std::string& before,
                                     const std::set<std::size_t>& columns) {
    const std::string key = " " + vntext::fold_loose(before) + " ";
    std::size_t latest = 0;
    std::string group;
    for (std::size_t k : columns) {
        const std::string& h = layout.count_headers[k];
        const auto dash = h.rfind(" - ");
        if (dash == npos) continue;
        const std::string g = vntext::fold_loose(h.substr(0, dash));
        const auto at = g.empty() ? npos : key.rfind(" " + g + " ");
        if (at != npos && at + 1 > latest) {
            latest = at + 1;
            group = g;
        }
    }
    if (group.empty()) return columns;
    std::set<std::size_t> out;
    for (std::size_t k : columns) {
        const std::string& h = layout.count_headers[k];
        const auto dash = h.rfind(" - ");
        if (dash != npos && vntext::fold_loose(h.substr(0, dash)) == group) out.insert(k);
    }
    return out;
}

// The first `count` words of `text` (punctuation kept, trailing punctuation dropped).
std::string first_words(std::string_view text, std::size_t count) {
    std::size_t p = 0, n = 0;
    while (p < text.size() && n < count) {
        skip_spaces(text, p);
        while (p < text.size() && !space(text, p))
            ++p;
        ++n;
    }
    std::string out = vntext::trim(text.substr(0, p));
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':'))
        out.pop_back();
    return out;
}

std::string cells_text(const Appendix& a, const std::set<std::size_t>& columns,
                       std::optional<std::size_t> row) {
    const auto& layout = a.award->layout;
    std::string out;
    for (std::size_t k : columns) {
        const int column = a.first_column + static_cast<int>(layout.count_columns[k]);
        if (!out.empty()) out += ", ";
        out += row ? a1_address(column, a.first_row + static_cast<int>(*row)) : column_name(column);
    }
    return out;
}

// What a stated count disagrees with: "văn bản ghi "34 tập thể" nhưng [mục II của] phụ lục II
// (trang "...", ô C52) cộng các dòng được 33."
Message count_message(const Appendix& a, std::optional<std::size_t> section, bool one_row,
                      const std::string& cells, const std::string& stated, long long computed) {
    const std::string n = vntext::number_text(static_cast<double>(computed));
    const std::string label = section ? a.award->layout.sections[*section].label : "";
    const std::string where_vi = (section ? "mục " + label + " của " : std::string()) +
                                 (a.numeral.empty() ? "phụ lục" : "phụ lục " + a.numeral) +
                                 " (trang \"" + a.sheet + "\", " + (one_row ? "ô " : "cột ") +
                                 cells + ")";
    const std::string where_en = (section ? "section " + label + " of " : std::string()) +
                                 (a.numeral.empty() ? "the appendix" : "appendix " + a.numeral) +
                                 " (sheet \"" + a.sheet + "\", " + (one_row ? "cell " : "column ") +
                                 cells + ")";
    return {"văn bản ghi " + quoted(stated) + " nhưng " + where_vi + " cộng các dòng được " + n +
                ".",
            "the text says " + quoted(stated) + " but " + where_en + " adds up to " + n + "."};
}

class Checker {
public:
    explicit Checker(const Document& d) : d_(d) {}

    TextFigures run() {
        for (std::size_t i = 0; i < d_.body.size(); ++i)
            paragraph(i);
        return std::move(result_);
    }

private:
    void paragraph(std::size_t index) {
        const Paragraph& p = d_.body[index];
        const std::string text = p.text();
        const std::string key = " " + vntext::fold_loose(text) + " ";
        const auto appendix = target_appendix(d_, key);
        for (const Figure& f : figures_in(text)) {
            std::size_t at = f.end;
            skip_spaces(text, at);
            std::string_view words;
            if (const auto b = bracket(text, at)) words = *b;
            skip_spaces(text, at);
            std::size_t after_unit = at;
            if (words.empty() && money_unit(word_at(text, after_unit))) {
                skip_spaces(text, after_unit);
                const std::size_t before_words = after_unit;
                if (const auto b = bracket(text, after_unit)) words = *b;
                if (!words.empty()) {
                    check_words(index, f,
                                std::string_view(text).substr(f.begin, before_words - f.begin),
                                words);
                    continue;
                }
            }
            if (!words.empty())
                check_words(index, f, std::string_view(text).substr(f.begin, f.end - f.begin),
                            words);
            if (appendix) check_count(index, text, key, f, at, *appendix);
        }
    }

    void check_words(std::size_t index, const Figure& f, std::string_view written,
                     std::string_view words) {
        bool compared = false;
        auto m = words_problem(vntext::trim(written), f.value, words, compared);
        if (compared) ++result_.checked;
        if (m)
            add(index, vntext::trim(written) + " (" + std::string(words) + ")", std::nullopt, "",
                std::move(*m));
    }

    void check_count(std::size_t index, const std::string& text, const std::string& key,
                     const Figure& f, std::size_t at, std::size_t appendix) {
        const Appendix& a = d_.appendices[appendix];
        const auto& v = *a.award;
        const auto clause_end = text.find_first_of(".;:()\n", at);
        const std::string_view clause =
            std::string_view(text).substr(at, clause_end == npos ? npos : clause_end - at);
        auto [columns, used, quota] = columns_named(v.layout, vntext::fold_loose(clause));
        if (columns.empty()) return;
        // Limits, estimates and per-unit figures ("mỗi đơn vị 01 tập thể") are not totals.
        const auto [sentence_begin, sentence_end] = sentence_at(text, f.begin);
        const std::string sentence =
            " " + vntext::lower(text.substr(sentence_begin, sentence_end - sentence_begin)) + " ";
        // "chỉ tiêu" alone also names a plan's economic targets: only award quotas count.
        const std::string sentence_key = " " + vntext::fold_loose(sentence) + " ";
        if (quota && sentence_key.find(" khen ") == npos &&
            sentence_key.find(" phan bo ") == npos && sentence_key.find(" phu luc ") == npos)
            return;
        if (limits(sentence) ||
            qualified(vntext::trim(text.substr(sentence_begin, f.begin - sentence_begin))))
            return;

        columns = in_named_group(v.layout, text.substr(sentence_begin, f.begin - sentence_begin),
                                 columns);
        const auto section = named_section(v.layout, key);
        const awards::Totals& totals = section ? v.sections[*section].totals : v.total;
        long long computed = 0;
        for (std::size_t k : columns)
            computed += totals.computed[k];
        ++result_.checked;
        if (static_cast<double>(computed) == f.value) return;

        std::optional<std::size_t> row = v.layout.total_row;
        if (section) {
            const auto& s = v.layout.sections[*section];
            row = s.closing_row ? s.closing_row : s.row;
        }
        const std::string cells = cells_text(a, columns, row);
        const std::string stated =
            text.substr(f.begin, f.end - f.begin) + " " + first_words(clause, used);
        add(index, stated, appendix, cells,
            count_message(a, section, row.has_value(), cells, stated, computed));
    }

    void add(std::size_t index, std::string stated, std::optional<std::size_t> appendix,
             std::string cells, Message message) {
        const Paragraph& p = d_.body[index];
        FigureFinding f;
        f.paragraph = index;
        if (p.source_row >= 0 && p.source_column >= 0)
            f.paragraph_cell = a1_address(p.source_column, p.source_row);
        f.stated = std::move(stated);
        f.appendix = appendix;
        if (appendix) f.appendix_sheet = d_.appendices[*appendix].sheet;
        f.appendix_cell = std::move(cells);
        f.message = std::move(message);
        result_.findings.push_back(std::move(f));
    }

    const Document& d_;
    TextFigures result_;
};

} // namespace

std::string FigureFinding::line(const std::string& body_sheet, Lang lang) const {
    const std::string where =
        paragraph_cell.empty() ? body_sheet : body_sheet + "!" + paragraph_cell;
    return where + ": " + message.in(lang);
}

TextFigures check_text_figures(const Document& document) {
    return Checker(document).run();
}

} // namespace vnplan::plan
