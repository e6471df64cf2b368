// A WorkbookSource over in-memory grids (the office reads real sheets the same way).
#pragma once

#include "common/plan_data.hpp"
#include "core/common/message.hpp"
#include "core/plan/workbook.hpp"

#include <cctype>

namespace vnplan::test {

class FakeSource : public plan::WorkbookSource {
public:
    explicit FakeSource(std::vector<Sheet> sheets) : sheets_(std::move(sheets)) {}
    static FakeSource example(const std::string& manifest) {
        return FakeSource(sheets_from_manifest(manifest));
    }

    std::vector<std::string> sheet_names() const override {
        std::vector<std::string> names;
        for (const auto& s : sheets_)
            names.push_back(s.first);
        return names;
    }
    Grid sheet(const std::string& name) const override { return find(name); }
    Grid range(const std::string& name, const std::string& range) const override {
        const Grid& g = find(name);
        int c0, r0, c1, r1;
        const auto colon = range.find(':');
        if (colon == std::string::npos || !cell(range.substr(0, colon), c0, r0) ||
            !cell(range.substr(colon + 1), c1, r1))
            throw InputError({"Vùng không hợp lệ", "Bad range " + range});
        Grid out;
        out.first_column = c0;
        out.first_row = r0;
        for (int r = r0; r <= r1 && r < static_cast<int>(g.height()); ++r) {
            std::vector<Cell> row;
            for (int c = c0; c <= c1; ++c)
                row.push_back(c < static_cast<int>(g.width())
                                  ? g.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c))
                                  : Cell{});
            out.rows.push_back(std::move(row));
        }
        return out;
    }
    std::vector<double> column_widths(const std::string&, int, int count) const override {
        return widths_.size() == static_cast<std::size_t>(count) ? widths_ : std::vector<double>{};
    }

    std::vector<Sheet>& sheets() { return sheets_; }
    std::vector<double> widths_;

private:
    static bool cell(const std::string& a1, int& column, int& row) {
        std::size_t i = 0;
        column = 0;
        while (i < a1.size() && std::isalpha(static_cast<unsigned char>(a1[i])))
            column = column * 26 + (std::toupper(static_cast<unsigned char>(a1[i++])) - 'A' + 1);
        if (i == 0 || i == a1.size()) return false;
        row = std::stoi(a1.substr(i)) - 1;
        --column;
        return true;
    }
    const Grid& find(const std::string& name) const {
        for (const auto& s : sheets_)
            if (s.first == name) return s.second;
        throw std::runtime_error("no sheet " + name);
    }
    std::vector<Sheet> sheets_;
};

} // namespace vnplan::test
