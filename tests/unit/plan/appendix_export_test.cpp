// Appendices from any table: copied tables keep the sheet's header merges and looks; award
// tables carry computed totals; numbering and orientation follow docs/appendix.md.
#include "core/common/message.hpp"
#include "core/plan/appendix.hpp"
#include "core/plan/appendix_export.hpp"
#include "core/plan/workbook.hpp"
#include "fake_source.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;

namespace {

Cell text(const char* s) {
    return Cell::of(std::string(s));
}

// "STT" over two header rows, "Kinh phí" merged over "Năm 2023 | Năm 2024".
SheetTable budget_table() {
    SheetTable t;
    t.sheet = "Kinh phí";
    t.shown = {{"STT", "Đơn vị", "Kinh phí", ""},
               {"", "", "Năm 2023", "Năm 2024"},
               {"1", "Phòng Nội vụ", "1.234,50", "15/03/2024"},
               {"2", "Phòng Tư pháp", "987,25", "01/12/2024"},
               {"", "", "", ""}};
    for (const auto& row : t.shown) {
        std::vector<Cell> cells;
        for (const auto& s : row)
            cells.push_back(Cell::of(s));
        t.grid.rows.push_back(cells);
    }
    t.looks.assign(5, std::vector<CellLook>(4));
    t.looks[3][1].italic = true;
    t.looks[2][2].align = Align::right;
    t.merges = {{0, 0, 2, 1}, {0, 1, 2, 1}, {0, 2, 1, 2}};
    t.widths = {1200, 6000, 3000, 3000};
    return t;
}

} // namespace

TEST_CASE("appendix export: a plain table is copied as shown") {
    const Table t = copied_table(budget_table());
    CHECK(t.header_rows == 2);    // the merges reach row 2
    REQUIRE(t.cells.size() == 4); // the blank last row dropped
    CHECK(t.cells[2][2] == "1.234,50");
    CHECK(t.cells[3][3] == "01/12/2024");
    CHECK(t.merges.size() == 3);
    CHECK(t.column_names[3] == "Năm 2024");
    CHECK(t.looks[3][1].italic);
    CHECK(t.looks[2][2].align == Align::right);
    CHECK(t.looks[2][0].align == Align::center); // the STT column, centred
    CHECK(t.looks[3][0].align == Align::center);
    CHECK(t.roles[1] == RowRole::header);
    CHECK(t.roles[2] == RowRole::item);
}

TEST_CASE("appendix export: a header merged across columns brings its sub-header row") {
    SheetTable s = budget_table();
    s.merges = {{0, 2, 1, 2}}; // no vertical merges
    CHECK(copied_table(s).header_rows == 2);
    s.merges.clear();
    CHECK(copied_table(s).header_rows == 1);
}

TEST_CASE("appendix export: orientation from the widths, or as asked") {
    SheetTable s = budget_table(); // 132 mm: fits the 165 mm of a portrait page
    AppendixRequest r;
    r.title = "Kinh phí năm 2024";
    r.attached = "Kèm theo Kế hoạch số 12/KH-UBND";
    Appendix a = make_appendix(s, r);
    CHECK_FALSE(a.landscape);
    CHECK(a.title == "KINH PHÍ NĂM 2024");
    CHECK(a.attached == "(Kèm theo Kế hoạch số 12/KH-UBND)");
    CHECK_FALSE(a.award.has_value());
    s.widths = {1200, 8000, 4000, 4000}; // 172 mm: still portrait, scaled down
    CHECK_FALSE(make_appendix(s, r).landscape);
    s.widths = {1200, 9000, 5000, 5000}; // 202 mm: portrait too, it wraps
    CHECK_FALSE(make_appendix(s, r).landscape);
    s.widths = {1200, 9000, 8000, 8000}; // 262 mm: more than 1.5 times the 165 mm
    CHECK(make_appendix(s, r).landscape);
    r.orientation = Orientation::portrait;
    CHECK_FALSE(make_appendix(s, r).landscape);
    r.orientation = Orientation::landscape;
    CHECK(make_appendix(budget_table(), r).landscape);
}

TEST_CASE("appendix export: an award table gets the computed subtotal and total") {
    SheetTable s;
    s.sheet = "KT";
    s.grid.rows = {{text("TT"), text("Đơn vị"), text("Tập thể"), text("Cá nhân")},
                   {text("I"), text("Khối phường"), Cell::of(9.0), Cell::of(9.0)},
                   {Cell::of(1.0), text("Phường A"), Cell::of(1.0), Cell::of(2.0)},
                   {Cell::of(2.0), text("Phường B"), Cell::of(2.0), Cell::of(3.0)},
                   {text(""), text("Tổng cộng"), Cell::of(9.0), Cell::of(9.0)}};
    s.shown.assign(5, std::vector<std::string>(4));
    const Appendix a = make_appendix(s, {});
    REQUIRE(a.award.has_value());
    CHECK_FALSE(a.award->errors.empty()); // the sheet says 9, the rows give 3 and 5
    CHECK(a.table.cells[1][2] == "3");
    CHECK(a.table.cells[1][3] == "5");
    CHECK(a.table.cells.back()[2] == "3");
    CHECK(a.table.cells.back()[3] == "5");
}

TEST_CASE("appendix export: numerals") {
    CHECK(appendix_numerals(1, "") == std::vector<std::string>{""});
    CHECK(appendix_numerals(2, "") == std::vector<std::string>{"I", "II"});
    CHECK(appendix_numerals(1, "ii") == std::vector<std::string>{"II"});
    CHECK(appendix_numerals(2, "III") == std::vector<std::string>{"III", "IV"});
    CHECK_THROWS_AS(appendix_numerals(1, "2"), InputError);
}

TEST_CASE("appendix export: an empty range is refused") {
    SheetTable s;
    s.shown = {{"", ""}};
    s.grid.rows = {{Cell{}, Cell{}}};
    CHECK_THROWS_AS(make_appendix(s, {}), InputError);
}

TEST_CASE("appendix export: the document binds one record per appendix") {
    AppendixRequest r;
    r.numeral = "II";
    r.title = "Kinh phí";
    const Document d = appendix_document({make_appendix(budget_table(), r)});
    REQUIRE(d.appendices.size() == 1);
    CHECK(d.body.empty());
    CHECK(d.appendices[0].numeral == "II");
}

TEST_CASE("appendix: the \"Hướng trang\" label") {
    CHECK(landscape_label("Ngang") == true);
    CHECK(landscape_label("dọc") == false);
    CHECK_FALSE(landscape_label("").has_value());
    CHECK(too_wide_for_portrait({12000, 13001}));
    CHECK_FALSE(too_wide_for_portrait({12000, 13000}));
}

TEST_CASE("appendix: generate's appendices turn landscape when wide or labelled so") {
    test::FakeSource source = test::FakeSource::example("ke-hoach-143.sheets");
    CHECK_FALSE(make_document(read_workbook(source)).appendices[1].landscape); // no widths known
    for (auto& [name, grid] : source.sheets())
        if (name == "Phụ lục khen thưởng") {
            std::vector<Cell> label(grid.width());
            label[0] = Cell::of(std::string("Hướng trang"));
            label[1] = Cell::of(std::string("Ngang"));
            grid.rows.insert(grid.rows.begin(), label);
        }
    const Document labelled = make_document(read_workbook(source));
    CHECK(labelled.appendices[1].landscape);
    CHECK(labelled.appendices[1].table.cells.back()[2] == "33"); // the label is no table row
    source.widths_ = {2500, 6500, 17000}; // the talks sheet's three columns: 260 mm
    CHECK(make_document(read_workbook(source)).appendices[0].landscape);
}
