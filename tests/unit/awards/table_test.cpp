#include "common/tsv.hpp"
#include "core/awards/labels.hpp"
#include "core/awards/table.hpp"
#include "core/common/message.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::awards;

using test::seed000;

TEST_CASE("labels: roman numerals, item numbers, totals") {
    CHECK(roman_value("I.") == 1);
    CHECK(roman_value("IV") == 4);
    CHECK(roman_value(" vi. ") == 6);
    CHECK(roman_value("XIV") == 14);
    CHECK_FALSE(roman_value("IIII"));
    CHECK_FALSE(roman_value("VX"));
    CHECK_FALSE(roman_value("Phòng"));
    CHECK_FALSE(roman_value(""));
    CHECK(item_number("3.") == 3);
    CHECK(item_number(" 12 ") == 12);
    CHECK_FALSE(item_number("1a"));
    CHECK(is_total_label("Tổng cộng:"));
    CHECK(is_total_label("TỔNG CỘNG"));
    CHECK(is_total_label("Cộng"));
    CHECK(is_total_label("Tổng số"));
    CHECK_FALSE(is_total_label("Tổng UBIC"));
    CHECK(fold_label("  Tổng   Cộng : ") == "tổng cộng");
}

TEST_CASE("read_layout on the award table of Kế hoạch 143") {
    const Layout layout = read_layout(seed000());
    REQUIRE(layout.sections.size() == 6);
    CHECK(layout.sections[0].label == "I");
    CHECK(layout.sections[2].label == "III");
    CHECK(layout.sections[1].title == "Chỉ số hiệu quả quản trị cấp huyện (DGI)");
    CHECK(layout.sections[0].items.size() == 8);
    CHECK(layout.sections[1].items.size() == 8);
    CHECK(layout.items.size() == 8 + 8 + 6 + 6 + 8 + 5);
    CHECK(layout.number_column == 0);
    CHECK(layout.unit_column == 1);
    REQUIRE(layout.note_column);
    CHECK(*layout.note_column == 4);
    REQUIRE(layout.count_columns.size() == 2);
    CHECK(layout.count_headers[0] == "Tập thể");
    CHECK(layout.count_headers[1] == "Cá nhân");
    REQUIRE(layout.total_row);
    CHECK(layout.rows[0] == RowKind::header);
    CHECK(layout.rows[1] == RowKind::header);
    CHECK(layout.items[0].unit == "Phòng Nội vụ");
}

TEST_CASE("AWARDTOTAL on the award table of Kế hoạch 143") {
    const Grid grid = seed000();
    CHECK(award_total(grid, 3) == 33);
    CHECK(award_total(grid, 4) == 44);
    CHECK(award_total(grid, 3, 1L) == 6);
    CHECK(award_total(grid, 4, 1L) == 10);
    CHECK(award_total(grid, 3, std::string("II")) == 6);
    CHECK(award_total(grid, 4, std::string("ii.")) == 7);
    CHECK(award_total(grid, 4, std::string("V")) == 10);
    CHECK(award_total(grid, 3, 6L) == 5);
    // Column 5 (Ghi chú) is blank everywhere.
    CHECK(award_total(grid, 5) == 0);
}

TEST_CASE("AWARDTOTAL: a section position beyond 32 bits is no section, not a wrapped one") {
    // 2^32 + 1 would be section 1 if the position were a 32-bit long (as on Windows).
    const Grid grid = seed000();
    CHECK_THROWS_AS(award_total(grid, 3, std::int64_t{4294967297}), InputError);
    CHECK_THROWS_AS(award_total(grid, 3, std::int64_t{-4294967295}), InputError);
}

TEST_CASE("AWARDTOTAL without headers, sections or total row") {
    Grid g;
    g.rows = {{Cell::of(1.0), Cell::of(std::string("A")), Cell::of(2.0)},
              {Cell::of(2.0), Cell::of(std::string("B")), Cell{}},
              {Cell::of(3.0), Cell::of(std::string("C")), Cell::of(5.0)}};
    CHECK(award_total(g, 3) == 7);
    CHECK(award_total(g, 3, 1L) == 7);
}

TEST_CASE("AWARDTOTAL rejects bad input with a message") {
    Grid g = seed000();
    CHECK_THROWS_AS(award_total(g, 0), InputError);
    CHECK_THROWS_AS(award_total(g, 6), InputError);
    CHECK_THROWS_AS(award_total(g, 3, 7L), InputError);
    CHECK_THROWS_AS(award_total(g, 3, std::string("VII")), InputError);
    // Column 2 holds unit names: text counts are errors, named by cell.
    try {
        award_total(g, 2);
        FAIL("expected an error");
    } catch (const InputError& e) {
        CHECK(e.message().en.find("B4") != std::string::npos);
        CHECK(e.message().vi.find("Ô B4") != std::string::npos);
    }
    g.rows[3][2] = Cell::of(1.5);
    CHECK_THROWS_AS(award_total(g, 3), InputError);
    g.rows[3][2] = Cell::of(-1.0);
    CHECK_THROWS_AS(award_total(g, 3), InputError);
    g.rows[3][2] = Cell::error();
    CHECK_THROWS_AS(award_total(g, 3), InputError);

    Grid one;
    one.rows = {{Cell::of(5.0)}};
    CHECK_THROWS_AS(award_total(one, 1), InputError);
    Grid text;
    text.rows = {{Cell::of(std::string("a")), Cell::of(std::string("b"))}};
    CHECK_THROWS_AS(award_total(text, 1), InputError);
    Grid empty;
    empty.rows = {{Cell{}, Cell{}}, {Cell{}, Cell{}}};
    CHECK_THROWS_AS(award_total(empty, 2), InputError);
}

TEST_CASE("labels: row marks") {
    CHECK(parse_mark("I.", true).kind == MarkKind::roman);
    CHECK(parse_mark("IV", true).value == 4);
    CHECK(parse_mark("I", true).could_be_letter);
    CHECK(parse_mark("B.", true).kind == MarkKind::letter);
    CHECK(parse_mark("B)", true).value == 2);
    CHECK(parse_mark("3", true).kind == MarkKind::arabic);
    CHECK(parse_mark("b)", true).kind == MarkKind::lower);
    CHECK(parse_mark("-", true).kind == MarkKind::dash);
    CHECK(parse_mark("+", true).kind == MarkKind::plus);
    CHECK(parse_mark("1a", true).kind == MarkKind::none);
    // In a name cell a mark needs its dot or bracket and some text after it.
    const Mark block = parse_mark("A. KHỐI CƠ QUAN", false);
    CHECK(block.kind == MarkKind::letter);
    CHECK(block.rest == "KHỐI CƠ QUAN");
    CHECK(parse_mark("II. Khối xã", false).token == "II");
    CHECK(parse_mark("- Ông Nguyễn Văn An", false).kind == MarkKind::dash);
    CHECK(parse_mark("-5", false).kind == MarkKind::none);
    CHECK(parse_mark("Phòng Nội vụ", false).kind == MarkKind::none);
    CHECK(parse_mark("A", false).kind == MarkKind::none);
}

TEST_CASE("labels: summary rows") {
    CHECK(classify_summary("Tổng cộng").kind == SummaryKind::grand);
    CHECK(classify_summary("TỔNG SỐ:").kind == SummaryKind::grand);
    CHECK(classify_summary("Cộng toàn bộ").kind == SummaryKind::grand);
    CHECK(classify_summary("Tổng cộng toàn tỉnh").kind == SummaryKind::grand);
    CHECK(classify_summary("Cộng").kind == SummaryKind::plain);
    CHECK(classify_summary("Tổng").kind == SummaryKind::plain);
    const Summary named = classify_summary("Cộng mục II");
    CHECK(named.kind == SummaryKind::named);
    CHECK(named.section == "ii");
    CHECK(classify_summary("Cộng I").section == "i");
    CHECK(classify_summary("Cộng khối A").section == "a");
    CHECK(classify_summary("Cộng đồng dân cư thôn Nà Pồng").kind == SummaryKind::none);
    CHECK(classify_summary("Cộng tác viên dân số").kind == SummaryKind::none);
    CHECK(classify_summary("Phòng Nội vụ").kind == SummaryKind::none);
    CHECK(is_signature_text("người lập biểu"));
    CHECK(is_signature_text("bắc giang, ngày 15 tháng 3 năm 2024"));
    CHECK_FALSE(is_signature_text("phòng nội vụ"));
}
