// The corpus of clerks' tables (tests/data/<kind>/NN-name.tsv with NN-name.expect beside it).
//
// A case file is the tab-separated format of tsv.hpp with these additions:
//   #! origin: B3            where the first cell sits on the sheet (default A1)
//   #! sheet: Phụ lục        the sheet's name (office tests; default "Sheet1")
//   #! font: A5:E9 .VnTime   the font of a block of cells (sheet addresses); repeatable
//   #! hidden: 7 12          hidden rows (sheet row numbers)
//   #! merge: A1:E1          merged cells (office tests); repeatable
//   =SUM(C6:C9)              a formula: SUM of ranges or cells, + and - of terms, numbers
//   '12                      text, even when it looks like a number
// The expectations file has one "key: value" a line; see tests/data/awards/README.md.
#pragma once

#include "common/tsv.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace vnplan::test {

struct CorpusCase {
    std::string name; // "03-cong-rows"
    std::string sheet = "Sheet1";
    int origin_column = 0, origin_row = 0;
    std::vector<std::vector<std::string>> raw; // cells as written in the file
    std::vector<CellBlock> fonts;              // sheet-relative here: see grid()
    std::vector<int> hidden_rows;              // sheet rows, 0-based
    std::vector<std::string> merges;           // "A1:E1"
    std::map<std::string, std::string> expect; // the expectations file
};

inline std::string trim_copy(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// "B3" or "$B$3" -> (column, row), 0-based.
inline std::pair<int, int> a1_position(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), '$'), text.end());
    int column = 0;
    std::size_t i = 0;
    for (; i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])); ++i)
        column = column * 26 + (std::toupper(static_cast<unsigned char>(text[i])) - 'A' + 1);
    if (i == 0 || i == text.size()) throw std::runtime_error("bad address " + text);
    return {column - 1, std::stoi(text.substr(i)) - 1};
}

inline CellBlock block_of(const std::string& range, std::string value) {
    const auto colon = range.find(':');
    const auto [c0, r0] = a1_position(range.substr(0, colon));
    const auto [c1, r1] =
        colon == std::string::npos ? std::pair{c0, r0} : a1_position(range.substr(colon + 1));
    return {static_cast<std::size_t>(r0), static_cast<std::size_t>(c0),
            static_cast<std::size_t>(r1), static_cast<std::size_t>(c1), std::move(value)};
}

inline void read_directive(CorpusCase& c, const std::string& line) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) throw std::runtime_error(c.name + ": bad directive " + line);
    const std::string key = trim_copy(line.substr(2, colon - 2));
    const std::string value = trim_copy(line.substr(colon + 1));
    if (key == "origin") {
        std::tie(c.origin_column, c.origin_row) = a1_position(value);
    } else if (key == "sheet") {
        c.sheet = value;
    } else if (key == "font") {
        const auto space = value.find(' ');
        c.fonts.push_back(block_of(value.substr(0, space), trim_copy(value.substr(space + 1))));
    } else if (key == "hidden") {
        std::istringstream in(value);
        for (int row = 0; in >> row;)
            c.hidden_rows.push_back(row - 1);
    } else if (key == "merge") {
        c.merges.push_back(value);
    } else {
        throw std::runtime_error(c.name + ": unknown directive " + key);
    }
}

inline std::map<std::string, std::string> read_expectations(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::map<std::string, std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos) throw std::runtime_error(path + ": bad line " + line);
        std::string& v = out[trim_copy(line.substr(0, colon))];
        v += (v.empty() ? "" : "\n") + trim_copy(line.substr(colon + 1)); // keys may repeat
    }
    return out;
}

inline CorpusCase read_case(const std::filesystem::path& tsv) {
    CorpusCase c;
    c.name = tsv.stem().string();
    std::ifstream in(tsv, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + tsv.string());
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind("#!", 0) == 0) {
            read_directive(c, line);
            continue;
        }
        if (!line.empty() && line[0] == '#') continue;
        std::vector<std::string> row;
        for (std::size_t start = 0;;) {
            const auto tab = line.find('\t', start);
            row.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        c.raw.push_back(std::move(row));
    }
    std::size_t width = 0;
    for (const auto& row : c.raw)
        width = std::max(width, row.size());
    for (auto& row : c.raw)
        row.resize(width);
    const auto expect = tsv.parent_path() / (c.name + ".expect");
    if (std::filesystem::exists(expect)) c.expect = read_expectations(expect.string());
    return c;
}

// Every case of a corpus folder, in name order.
inline std::vector<std::filesystem::path> corpus_files(const std::string& kind) {
    std::vector<std::filesystem::path> out;
    const auto dir = std::filesystem::path(VNPLAN_SOURCE_DIR) / "tests" / "data" / kind;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".tsv") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

// A small evaluator for the corpus' formulas (as a spreadsheet would compute them), so that
// unit tests see the values an office would show.
class FormulaValues {
public:
    explicit FormulaValues(const CorpusCase& c) : case_(c) {}

    double value(int column, int row) {
        const int r = row - case_.origin_row, col = column - case_.origin_column;
        if (r < 0 || col < 0 || r >= static_cast<int>(case_.raw.size()) ||
            col >= static_cast<int>(case_.raw[0].size()))
            return 0;
        const std::string& raw =
            case_.raw[static_cast<std::size_t>(r)][static_cast<std::size_t>(col)];
        if (!raw.empty() && raw[0] == '=') {
            if (!busy_.insert({column, row}).second) throw std::runtime_error("circular " + raw);
            const double v = expression(raw.substr(1));
            busy_.erase({column, row});
            return v;
        }
        const Cell cell = parse_cell(raw);
        return cell.is_number() ? cell.number : 0;
    }

private:
    double expression(std::string text) {
        text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
        double sum = 0;
        int sign = 1;
        std::size_t i = 0;
        while (i < text.size()) {
            if (text[i] == '+' || text[i] == '-') {
                sign = text[i] == '-' ? -1 : 1;
                ++i;
                continue;
            }
            std::size_t end = i;
            if (text.compare(i, 4, "SUM(") == 0) {
                end = text.find(')', i);
                std::string args = text.substr(i + 4, end - i - 4);
                std::replace(args.begin(), args.end(), ',', ';');
                double s = 0;
                std::istringstream parts(args);
                for (std::string part; std::getline(parts, part, ';');)
                    s += range(part);
                sum += sign * s;
                ++end;
            } else {
                while (end < text.size() && text[end] != '+' && text[end] != '-')
                    ++end;
                const std::string term = text.substr(i, end - i);
                sum += sign * (std::isdigit(static_cast<unsigned char>(term[0])) ? std::stod(term)
                                                                                 : range(term));
            }
            i = end;
            sign = 1;
        }
        return sum;
    }

    double range(const std::string& text) {
        const CellBlock b = block_of(text, {});
        double s = 0;
        for (std::size_t r = b.top; r <= b.bottom; ++r)
            for (std::size_t c = b.left; c <= b.right; ++c)
                s += value(static_cast<int>(c), static_cast<int>(r));
        return s;
    }

    const CorpusCase& case_;
    std::set<std::pair<int, int>> busy_;
};

// The grid a reader would hand the core: values (formulas computed), formulas, hidden rows
// and fonts, all positioned at the case's origin.
inline Grid grid_of(const CorpusCase& c) {
    Grid grid;
    grid.first_column = c.origin_column;
    grid.first_row = c.origin_row;
    FormulaValues values(c);
    for (std::size_t r = 0; r < c.raw.size(); ++r) {
        std::vector<Cell> row;
        for (std::size_t col = 0; col < c.raw[r].size(); ++col) {
            const std::string& raw = c.raw[r][col];
            if (!raw.empty() && raw[0] == '=') {
                grid.formulas[{r, col}] = raw;
                row.push_back(Cell::of(values.value(c.origin_column + static_cast<int>(col),
                                                    c.origin_row + static_cast<int>(r))));
            } else if (!raw.empty() && raw[0] == '\'') {
                row.push_back(Cell::of(raw.substr(1)));
            } else {
                row.push_back(parse_cell(raw));
            }
        }
        grid.rows.push_back(std::move(row));
    }
    for (int row : c.hidden_rows)
        if (row >= c.origin_row)
            grid.hidden_rows.push_back(static_cast<std::size_t>(row - c.origin_row));
    std::sort(grid.hidden_rows.begin(), grid.hidden_rows.end());
    for (CellBlock b : c.fonts) {
        b.top -= static_cast<std::size_t>(c.origin_row),
            b.bottom -= static_cast<std::size_t>(c.origin_row);
        b.left -= static_cast<std::size_t>(c.origin_column),
            b.right -= static_cast<std::size_t>(c.origin_column);
        grid.fonts.push_back(b);
    }
    return grid;
}

} // namespace vnplan::test
