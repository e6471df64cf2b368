// The fuzz targets' input: the corpus format of tests/common/corpus.hpp, read so that no byte
// string is refused. Lines of tab-separated cells; "#! origin: B3", "#! font: A5:E9 .VnTime",
// "#! hidden: 7 12" and "#! sheet: Name" (which starts a new sheet); other '#' lines are
// comments. A cell is "" (empty), "=..." (a formula, its value computed here: numbers, cells,
// ranges, SUM(...), + and -), "'..." (text), "#ERR" or "#...!"/"#N/A" (an error), a finite
// number, or text. Sizes are capped so that no input is slow for its size alone.
#pragma once

#include "core/common/grid.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vnplan::fuzz {

inline constexpr std::size_t max_rows = 160, max_columns = 24, max_sheets = 8;

using Sheet = std::pair<std::string, Grid>;

namespace detail {

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// "B3" / "$B$3" -> (column, row), 0-based, within Calc's sheet; false when it is not one.
inline bool a1(std::string_view s, int& column, int& row) {
    column = row = 0;
    std::size_t i = 0;
    for (; i < s.size() && i < 4; ++i) {
        char c = s[i];
        if (c == '$') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + (c - 'A' + 1);
    }
    if (i < s.size() && s[i] == '$') ++i;
    if (column == 0 || column > 16384 || i == s.size() || s.size() - i > 7) return false;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        row = row * 10 + (s[i] - '0');
    }
    if (row == 0 || row > 1048576) return false;
    --column, --row;
    return true;
}

inline bool range(std::string_view s, int& c0, int& r0, int& c1, int& r1) {
    const auto colon = s.find(':');
    if (!a1(s.substr(0, colon), c0, r0)) return false;
    if (colon == std::string_view::npos) return c1 = c0, r1 = r0, true;
    if (!a1(s.substr(colon + 1), c1, r1)) return false;
    if (c1 < c0) std::swap(c0, c1);
    if (r1 < r0) std::swap(r0, r1);
    return true;
}

inline std::vector<std::string_view> split(std::string_view s, char sep, std::size_t max) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0; out.size() < max;) {
        const auto at = s.find(sep, start);
        out.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

// One sheet being read: raw cells as written, then made into a Grid.
struct Draft {
    std::string name = "Sheet1";
    int origin_column = 0, origin_row = 0;
    std::vector<std::vector<std::string>> raw;
    std::vector<std::pair<std::string, std::string>> fonts; // range, font name
    std::vector<int> hidden;                                // sheet rows, 0-based
    bool named = false;
    std::vector<std::vector<double>> values;
    std::vector<std::vector<char>> state; // formulas: 0 to compute, 1 computing, 2 computed
    int depth = 0;                        // formulas being computed (bounded: stack)

    void directive(std::string_view line) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) return;
        const auto key = trim(line.substr(2, colon - 2));
        const auto value = trim(line.substr(colon + 1));
        if (key == "origin") {
            a1(value, origin_column, origin_row);
        } else if (key == "font" && fonts.size() < 16) {
            const auto space = value.find(' ');
            if (space != std::string_view::npos)
                fonts.emplace_back(value.substr(0, space), trim(value.substr(space + 1)));
        } else if (key == "hidden") {
            for (auto word : split(value, ' ', max_rows)) {
                int row = 0;
                const auto r = std::from_chars(word.data(), word.data() + word.size(), row);
                if (r.ec == std::errc() && row >= 1 && row <= 1048576) hidden.push_back(row - 1);
            }
        }
    }

    double value(std::size_t r, std::size_t c);

    double term(std::string_view t) {
        double number = 0;
        const auto r = std::from_chars(t.data(), t.data() + t.size(), number);
        if (r.ec == std::errc() && r.ptr == t.data() + t.size()) return number;
        int c0, r0, c1, r1;
        if (!range(t, c0, r0, c1, r1)) return 0;
        const int top = std::max(r0 - origin_row, 0), left = std::max(c0 - origin_column, 0);
        const int bottom = std::min(r1 - origin_row, static_cast<int>(raw.size()) - 1);
        const int right = std::min(c1 - origin_column, static_cast<int>(raw[0].size()) - 1);
        double sum = 0;
        for (int row = top; row <= bottom; ++row)
            for (int col = left; col <= right; ++col)
                sum += value(static_cast<std::size_t>(row), static_cast<std::size_t>(col));
        return sum;
    }

    double expression(std::string_view text) {
        double sum = 0;
        int sign = 1;
        for (std::size_t i = 0; i < text.size();) {
            if (text[i] == '+' || text[i] == '-' || text[i] == ' ') {
                if (text[i] != ' ') sign = text[i] == '-' ? -1 : 1;
                ++i;
                continue;
            }
            if (text.substr(i, 4) == "SUM(") {
                const auto close = text.find(')', i);
                const auto args = text.substr(i + 4, close == text.npos ? close : close - i - 4);
                for (auto arg : split(args, ';', 32))
                    for (auto part : split(arg, ',', 32))
                        sum += sign * term(trim(part));
                i = close == text.npos ? text.size() : close + 1;
            } else {
                std::size_t end = i;
                while (end < text.size() && text[end] != '+' && text[end] != '-')
                    ++end;
                sum += sign * term(trim(text.substr(i, end - i)));
                i = end;
            }
            sign = 1;
        }
        return std::isfinite(sum) ? sum : 0;
    }

    static Cell cell_of(const std::string& text) {
        if (text.empty()) return Cell{};
        if (text == "#ERR") return Cell::error("#DIV/0!");
        if (text[0] == '#' && text.size() <= 8 && (text.back() == '!' || text == "#N/A"))
            return Cell::error(text);
        if (text[0] == '\'') return Cell::of(text.substr(1));
        double number = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), number);
        if (r.ec == std::errc() && r.ptr == text.data() + text.size())
            return std::isfinite(number) ? Cell::of(number) : Cell::error("#NUM!");
        return Cell::of(text);
    }

    Grid grid() {
        Grid g;
        g.first_column = origin_column, g.first_row = origin_row;
        if (raw.empty()) return g;
        std::size_t width = 0;
        for (const auto& row : raw)
            width = std::max(width, row.size());
        for (auto& row : raw)
            row.resize(width);
        values.assign(raw.size(), std::vector<double>(width, 0));
        state.assign(raw.size(), std::vector<char>(width, 0));
        for (std::size_t r = 0; r < raw.size(); ++r) {
            std::vector<Cell> row;
            for (std::size_t c = 0; c < width; ++c) {
                if (raw[r][c].starts_with('=')) {
                    g.formulas[{r, c}] = raw[r][c];
                    row.push_back(Cell::of(value(r, c)));
                } else {
                    row.push_back(cell_of(raw[r][c]));
                }
            }
            g.rows.push_back(std::move(row));
        }
        for (int row : hidden)
            if (row >= origin_row && row - origin_row < static_cast<int>(raw.size()))
                g.hidden_rows.push_back(static_cast<std::size_t>(row - origin_row));
        std::sort(g.hidden_rows.begin(), g.hidden_rows.end());
        g.hidden_rows.erase(std::unique(g.hidden_rows.begin(), g.hidden_rows.end()),
                            g.hidden_rows.end());
        for (const auto& [where, font] : fonts) {
            int c0, r0, c1, r1;
            if (!range(where, c0, r0, c1, r1)) continue;
            const int top = std::max(r0 - origin_row, 0), left = std::max(c0 - origin_column, 0);
            const int bottom = std::min(r1 - origin_row, static_cast<int>(raw.size()) - 1);
            const int right = std::min(c1 - origin_column, static_cast<int>(width) - 1);
            if (top > bottom || left > right) continue;
            g.fonts.push_back({static_cast<std::size_t>(top), static_cast<std::size_t>(left),
                               static_cast<std::size_t>(bottom), static_cast<std::size_t>(right),
                               std::string(font)});
        }
        return g;
    }
};

inline double Draft::value(std::size_t r, std::size_t c) {
    const std::string& text = raw[r][c];
    if (!text.starts_with('=')) {
        const Cell cell = cell_of(text);
        return cell.is_number() ? cell.number : 0;
    }
    if (state[r][c] == 1 || depth == 64) return 0; // circular or too deep: 0, as good as any
    if (state[r][c] == 0) {
        state[r][c] = 1, ++depth;
        values[r][c] = expression(std::string_view(text).substr(1));
        state[r][c] = 2, --depth;
    }
    return values[r][c];
}

} // namespace detail

// Every sheet of the input (at least one, maybe empty), in order.
inline std::vector<Sheet> read_sheets(std::string_view input) {
    std::vector<detail::Draft> drafts(1);
    for (auto line : detail::split(input, '\n', 4 * max_rows)) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.starts_with("#!")) {
            const auto colon = line.find(':');
            if (colon != line.npos && detail::trim(line.substr(2, colon - 2)) == "sheet") {
                if (drafts.size() == max_sheets) break;
                if (drafts.back().named || !drafts.back().raw.empty()) drafts.emplace_back();
                drafts.back().name = std::string(detail::trim(line.substr(colon + 1)));
                drafts.back().named = true;
            } else {
                drafts.back().directive(line);
            }
        } else if (!line.starts_with('#') && drafts.back().raw.size() < max_rows) {
            std::vector<std::string> row;
            for (auto cell : detail::split(line, '\t', max_columns))
                row.emplace_back(cell);
            drafts.back().raw.push_back(std::move(row));
        }
    }
    std::vector<Sheet> sheets;
    for (auto& d : drafts)
        sheets.emplace_back(d.name, d.grid());
    return sheets;
}

inline Grid read_grid(std::string_view input) {
    return read_sheets(input).front().second;
}

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace vnplan::fuzz
