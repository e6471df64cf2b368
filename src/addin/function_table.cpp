#include "addin/function_table.hpp"

#include <algorithm>
#include <cctype>

namespace vnplan::addin {

const std::vector<ServiceSpec>& service_table() {
    static const std::vector<ServiceSpec> table{
        {Domain::awards, "org.vnplan.Awards", "org.vnplan.AwardsImpl", "org.vnplan.XAwards"},
        {Domain::indices, "org.vnplan.Indices", "org.vnplan.IndicesImpl", "org.vnplan.XIndices"},
        {Domain::vntext, "org.vnplan.VnText", "org.vnplan.VnTextImpl", "org.vnplan.XVnText"},
    };
    return table;
}

const ServiceSpec& service_of(Domain domain) {
    for (const ServiceSpec& s : service_table())
        if (s.domain == domain) return s;
    return service_table().front();
}

std::string_view category_name(Category category) {
    switch (category) {
    case Category::database:
        return "Database";
    case Category::date_time:
        return "Date&Time";
    case Category::financial:
        return "Financial";
    case Category::information:
        return "Information";
    case Category::logical:
        return "Logical";
    case Category::mathematical:
        return "Mathematical";
    case Category::matrix:
        return "Matrix";
    case Category::statistical:
        return "Statistical";
    case Category::spreadsheet:
        return "Spreadsheet";
    case Category::text:
        return "Text";
    case Category::add_in:
        return "Add-In";
    }
    return "Add-In";
}

std::size_t FunctionSpec::visible_arguments() const {
    std::size_t count = 0;
    for (const ArgumentSpec& a : arguments)
        count += a.kind != ArgumentKind::hidden;
    return count;
}

std::string help_of(const ArgumentSpec& argument, Lang lang) {
    std::string help;
    if (argument.kind == ArgumentKind::optional)
        help = lang == Lang::vi ? "Không bắt buộc: " : "Optional: ";
    return help.append(argument.help.in(lang));
}

std::string signature(const FunctionSpec& f, Lang lang) {
    std::string out(f.name.in(lang));
    out += "(";
    bool first = true;
    for (const ArgumentSpec& a : f.arguments) {
        if (a.kind == ArgumentKind::hidden) continue;
        if (!first) out += "; ";
        first = false;
        const bool optional = a.kind == ArgumentKind::optional;
        out += optional ? "[" : "";
        out += a.name.in(lang);
        out += optional ? "]" : "";
    }
    return out + ")";
}

std::string localized_numbers(std::string_view text, Lang lang) {
    std::string out(text);
    if (lang != Lang::vi) return out;
    bool quoted = false;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '"') quoted = !quoted;
        if (!quoted && out[i] == '.' && i > 0 && i + 1 < out.size() && digit(out[i - 1]) &&
            digit(out[i + 1]))
            out[i] = ',';
    }
    return out;
}

namespace {
bool plain_number(std::string_view cell) {
    std::size_t digits = 0, points = 0;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] >= '0' && cell[i] <= '9')
            ++digits;
        else if (cell[i] == '.')
            ++points;
        else if (!(cell[i] == '-' && i == 0))
            return false;
    }
    return digits > 0 && points <= 1;
}

} // namespace

// "A1 = 3, A2 = 2" from "3|2"; a ';' moves to the next column.
std::string example_cells(const Example& example, Lang lang) {
    const std::string_view cells = example.cells;
    std::string out;
    int row = 1;
    char column = 'A';
    std::string value;
    const auto flush = [&] {
        if (!out.empty()) out += ", ";
        out += column + std::to_string(row) + " = " + localized_numbers(value, lang);
        value.clear();
    };
    for (const char c : cells) {
        if (c == '|' || c == ';') {
            flush();
            column = c == ';' ? static_cast<char>(column + 1) : 'A';
            row += c == '|';
        } else {
            value += c;
        }
    }
    flush();
    return out;
}

// "4|2|1" -> "4 | 2 | 1"; in Vietnamese numbers get decimal commas, texts stay as they are
// ("1.234.567,89" is VNNUMBER's text).
std::string example_result(const FunctionSpec& f, Lang lang) {
    const std::string_view result = f.example.result_in(lang);
    std::string out, cell;
    const auto flush = [&] {
        out += plain_number(cell) ? localized_numbers(cell, lang) : cell;
        cell.clear();
    };
    for (const char c : result) {
        if (c == '|' || c == ';') {
            flush();
            out += c == '|' ? " | " : "; ";
        } else {
            cell += c;
        }
    }
    flush();
    return out;
}

std::string example_formula(const FunctionSpec& f, Lang lang) {
    return "=" + std::string(f.name.in(lang)) + "(" + localized_numbers(f.example.arguments, lang) +
           ")";
}

const std::vector<FunctionSpec>& function_table() {
    static const std::vector<FunctionSpec> table = [] {
        std::vector<FunctionSpec> all = awards_functions();
        for (auto part : {indices_functions(), vntext_functions()})
            all.insert(all.end(), part.begin(), part.end());
        return all;
    }();
    return table;
}

namespace {
bool same_ascii_nocase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}
} // namespace

const FunctionSpec* find_function(Domain domain, std::string_view name) {
    for (const FunctionSpec& f : function_table())
        if (f.domain == domain &&
            (same_ascii_nocase(name, f.method) || same_ascii_nocase(name, f.name.en) ||
             same_ascii_nocase(name, f.name.vi)))
            return &f;
    return nullptr;
}

} // namespace vnplan::addin
