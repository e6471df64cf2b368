// Test data: a tab-separated file (lines starting with '#' are comments) read into a Grid.
// Cells that parse fully as numbers become numbers, "#ERR" an error cell, "" empty.
#pragma once

#include "core/common/grid.hpp"

#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace vnplan::test {

inline Cell parse_cell(const std::string& text) {
    if (text.empty()) return Cell{};
    if (text == "#ERR") return Cell::error("#DIV/0!");
    double value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec == std::errc() && r.ptr == text.data() + text.size()) return Cell::of(value);
    return Cell::of(text);
}

inline Grid grid_from_tsv(const std::string& content) {
    Grid grid;
    std::istringstream in(content);
    std::string line;
    std::size_t width = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] == '#') continue;
        std::vector<Cell> row;
        std::size_t start = 0;
        for (;;) {
            const auto tab = line.find('\t', start);
            row.push_back(parse_cell(line.substr(start, tab - start)));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        width = std::max(width, row.size());
        grid.rows.push_back(std::move(row));
    }
    for (auto& row : grid.rows)
        row.resize(width);
    return grid;
}

inline Grid grid_from_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot open " + path);
    std::stringstream buffer;
    buffer << file.rdbuf();
    return grid_from_tsv(buffer.str());
}

inline std::string example_path(const std::string& name) {
    return std::string(VNPLAN_SOURCE_DIR) + "/examples/data/" + name;
}

// The award table of Kế hoạch 143/KH-UBND (seed 000), as the example workbook holds it.
inline Grid seed000() {
    return grid_from_file(example_path("award-quota-143.tsv"));
}

} // namespace vnplan::test
