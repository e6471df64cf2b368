#include "core/common/message.hpp"
#include "core/plan/appendix.hpp"
#include "fake_source.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;

namespace {

std::vector<Paragraph> body(const std::vector<std::vector<std::string>>& rows) {
    Workbook book;
    book.body_sheet = "Nội dung";
    book.body.rows.push_back({Cell::of(std::string("Cấp")), Cell::of(std::string("Số")),
                              Cell::of(std::string("Tiêu đề")), Cell::of(std::string("Nội dung"))});
    for (const auto& r : rows) {
        std::vector<Cell> cells;
        for (const auto& t : r)
            cells.push_back(t.empty() ? Cell{} : Cell::of(t));
        book.body.rows.push_back(cells);
    }
    Bindings b;
    b.set("Tên xã", "Mường So");
    return read_body(book, b);
}

std::vector<std::string> texts(const std::vector<Paragraph>& ps) {
    std::vector<std::string> out;
    for (const auto& p : ps)
        out.push_back(p.text());
    return out;
}

} // namespace

TEST_CASE("body: numbers are counted and restart under each parent") {
    const auto ps = body({{"Phần", "", "MỤC ĐÍCH", ""},
                          {"Mục", "", "Mục đích", ""},
                          {"Điểm", "", "", "một"},
                          {"Điểm", "", "", "hai"},
                          {"Mục", "", "Yêu cầu", ""},
                          {"Điểm", "", "", "ba"},
                          {"Phần", "", "", "THỜI GIAN"},
                          {"Mục", "3", "Ba", ""},
                          {"Mục", "", "Bốn", ""},
                          {"-", "", "", "gạch"},
                          {"+", "", "", "cộng"},
                          {"", "", "", ""},
                          {"", "", "", "đoạn {{Tên xã}}"},
                          {"Căn cứ", "", "", "Luật;"}});
    CHECK(texts(ps) == std::vector<std::string>{"I. MỤC ĐÍCH", "1. Mục đích", "a) một", "b) hai",
                                                "2. Yêu cầu", "a) ba", "II. THỜI GIAN", "3. Ba",
                                                "4. Bốn", "- gạch", "+ cộng", "đoạn Mường So",
                                                "Luật;"});
    CHECK(ps[0].runs == std::vector<Run>{{"I. MỤC ĐÍCH", true, false}});
    CHECK(ps[2].runs == std::vector<Run>{{"a) một", false, false}});
    CHECK(ps.back().runs == std::vector<Run>{{"Luật;", false, true}});
    CHECK(ps.back().level == Level::basis);
}

TEST_CASE("body: the level can come from the number, explicit numbers are kept") {
    const auto ps = body(
        {{"", "II", "", "HAI"}, {"", "5.", "Năm", ""}, {"", "đ", "", "điểm"}, {"", "-", "", "g"}});
    CHECK(texts(ps) == std::vector<std::string>{"II. HAI", "5. Năm", "đ) điểm", "- g"});
    CHECK(ps[0].level == Level::part);
    CHECK(ps[2].level == Level::point);
    CHECK(ps[3].level == Level::bullet);
}

TEST_CASE("body: **bold** and *italic* marks") {
    CHECK(markup_runs("a **b** c") ==
          std::vector<Run>{{"a ", false, false}, {"b", true, false}, {" c", false, false}});
    CHECK(markup_runs("(*theo phụ lục*) x") == std::vector<Run>{{"(", false, false},
                                                                {"theo phụ lục", false, true},
                                                                {") x", false, false}});
    CHECK(markup_runs("2 * 3") == std::vector<Run>{{"2 * 3", false, false}});
    CHECK(markup_runs("x", true) == std::vector<Run>{{"x", true, false}});
}

TEST_CASE("body: an unknown level names its cell") {
    try {
        (void)body({{"Chương mục", "", "", "x"}});
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.message().vi == "Nội dung!A2: không hiểu cấp \"Chương mục\"; dùng Phần, Mục, Điểm, "
                                "-, +, Đoạn hoặc Căn cứ.");
    }
}

TEST_CASE("appendix: header merges and widths") {
    const std::vector<std::vector<std::string>> cells{{"STT", "Tên", "Phân bổ", "", "Ghi chú"},
                                                      {"", "", "Tập thể", "Cá nhân", ""}};
    CHECK(header_merges(cells, 2) ==
          std::vector<Merge>{{0, 0, 2, 1}, {0, 1, 2, 1}, {0, 2, 1, 2}, {0, 4, 2, 1}});
    CHECK(header_merges(cells, 1).empty());
    Table t;
    t.cells = {{"TT", "Nội dung"}, {"1", "x"}};
    t.header_rows = 1;
    const auto sheet = column_widths(t, {1000, 3000});
    CHECK(sheet[0] == doctest::Approx(0.25));
    const auto equal = column_widths(t, {2258, 2258}); // Calc's defaults: not the clerk's
    CHECK(equal[0] != doctest::Approx(0.5));
}
