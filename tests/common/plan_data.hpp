// Example plan workbooks from examples/data: a ".sheets" file lists each sheet with the TSV
// files stacked from A1 to make it (the same data examples/tools/make_examples.cpp stores).
#pragma once

#include "common/tsv.hpp"
#include "core/common/grid.hpp"

#include <algorithm>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace vnplan::test {

using Sheet = std::pair<std::string, Grid>;

inline Grid stack(const std::vector<Grid>& parts) {
    Grid out;
    std::size_t width = 0;
    for (const auto& g : parts) {
        width = std::max(width, g.width());
        for (const auto& row : g.rows)
            out.rows.push_back(row);
    }
    for (auto& row : out.rows)
        row.resize(width);
    return out;
}

inline std::vector<Sheet> sheets_from_manifest(const std::string& name) {
    std::ifstream file(example_path(name), std::ios::binary);
    if (!file) throw std::runtime_error("cannot open " + example_path(name));
    std::vector<Sheet> sheets;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::size_t start = 0;
        for (;;) {
            const auto tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        std::vector<Grid> parts;
        for (std::size_t i = 1; i < fields.size(); ++i)
            if (fields[i].find('=') == std::string::npos) // widths=, merge=: formatting only
                parts.push_back(grid_from_file(example_path(fields[i])));
        sheets.emplace_back(fields[0], stack(parts));
    }
    return sheets;
}

} // namespace vnplan::test
