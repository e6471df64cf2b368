// The table around the cursor cell (the "Xuất phụ lục" dialog without a selection) and the
// numbering of an appendix added to a document that already has some.
#include "core/plan/table_region.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;

namespace {

// A sheet drawn as text: '.' is a blank cell, any other letter a filled one.
Grid sheet(const std::vector<std::string>& lines, int first_row = 0, int first_column = 0) {
    Grid g;
    g.first_row = first_row;
    g.first_column = first_column;
    for (const auto& line : lines) {
        std::vector<Cell> row;
        for (char ch : line)
            row.push_back(ch == '.' ? Cell{} : Cell::of(std::string(1, ch)));
        g.rows.push_back(row);
    }
    return g;
}

} // namespace

TEST_CASE("the table around a cell stops at blank rows and columns") {
    // A title above a blank row, the table (with a blank cell inside), a note to the right
    // beyond a blank column, a signature below a blank row.
    const Grid g = sheet({
        "TTTT...",
        ".......",
        "HHHH.N.",
        "1a.b...",
        "2cde...",
        ".......",
        "..SS...",
    });
    const Region table{2, 0, 4, 3};
    CHECK(table_around(g, 3, 1) == table);
    CHECK(table_around(g, 3, 2) == table); // a blank cell inside the table
    CHECK(table_around(g, 0, 0) == Region{0, 0, 0, 3});
    CHECK(table_around(g, 2, 5) == Region{2, 5, 2, 5});
    CHECK(table_around(g, 6, 3) == Region{6, 2, 6, 3});
    CHECK_FALSE(table_around(g, 5, 6).has_value());     // blank, nothing touches it
    CHECK(table_around(g, 1, 6) == Region{2, 5, 2, 5}); // blank, N touches it at a corner
    CHECK_FALSE(table_around(g, 9, 0).has_value());     // outside the grid
}

TEST_CASE("cells touching only at a corner belong to the same table, as in Calc") {
    const Grid g = sheet({
        "A...",
        ".B..",
        "..C.",
        "....",
    });
    CHECK(table_around(g, 0, 0) == Region{0, 0, 2, 2});
    // A blank cell next to the table finds it.
    CHECK(table_around(g, 3, 3) == Region{0, 0, 2, 2});
}

TEST_CASE("a merged header counts as filled across its width") {
    // "Phân bổ" in C1 merged over C1:D1, a blank column E, then a note in F1 touching D1's
    // merged area only through E: not part of the table.
    const Grid g = sheet({
        "STP..N",
        "STTC..",
        "1a12..",
        "2b34..",
    });
    CHECK(table_around(g, 2, 1) == Region{0, 0, 3, 3});
    const Grid wide = sheet({
        "ABP...",
        "......",
        "......",
    });
    // Without the merge the header row ends at C; merged over C1:E2, the merged area joins.
    CHECK(table_around(wide, 0, 0) == Region{0, 0, 0, 2});
    CHECK(table_around(wide, 0, 0, {{0, 2, 2, 3}}) == Region{0, 0, 1, 4});
}

TEST_CASE("region_reference names the range on the sheet") {
    const Grid g = sheet({"..", ".."}, 3, 1); // starts at B4
    CHECK(region_reference("Phân bổ", g, Region{0, 0, 1, 1}) == "Phân bổ!B4:C5");
    CHECK(region_reference("S", g, Region{1, 1, 1, 1}) == "S!C5:C5");
}

TEST_CASE("the next appendix number follows the document's headings") {
    CHECK(next_appendix({"KẾ HOẠCH", "Nội dung"}) == NextAppendix{});
    CHECK(next_appendix({"Phụ lục", "BẢNG"}) == NextAppendix{"II", true});
    CHECK(next_appendix({"Phụ lục I", "x", "PHỤ LỤC II", "y"}) == NextAppendix{"III", false});
    CHECK(next_appendix({"Phụ lục IV"}) == NextAppendix{"V", false});
    // Prose that starts with the words is no heading; a numeral in small letters is one.
    CHECK(next_appendix({"Phụ lục kèm theo gồm 2 bảng", "Phụ lục iii"}) ==
          NextAppendix{"IV", false});
    CHECK(next_appendix({" Phụ lục  "}) == NextAppendix{"II", true});
}
