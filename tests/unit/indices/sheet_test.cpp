#include "core/indices/indices.hpp"
#include "error_of.hpp"
#include "sheet_helpers.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace vnplan::indices;
using vnplan::indices::test::error_of;
using vnplan::indices::test::row;
using vnplan::indices::test::text;

namespace {

using vnplan::Cell;

// Seed 004: the PAR INDEX components of Bắc Sơn (87,06/99,5) among invented neighbours.
ScoreSheet par_index() {
    ScoreSheet s;
    s.components = {"Chỉ đạo, điều hành",      "Cải cách thể chế",       "Cải cách TTHC",
                    "Tổ chức bộ máy",          "Chế độ công vụ",         "Tài chính công",
                    "Chính quyền điện tử, số", "Hài lòng của người dân", "Tác động của CCHC"};
    s.maxima = {10, 7, 15, 9, 10, 8.5, 11, 20, 9};
    s.units = {"Huyện Bắc Sơn", "Thành phố Lạng Sơn", "Huyện Cao Lộc"};
    s.scores = {row({10, 7, 15, 4.5, 9, 6.51, 7.68, 18.37, 9}),
                row({10, 7, 15, 9, 10, 8.5, 11, 19, 9}), row({9, 6, 14, 7, 8, 7, 8, 17.25, 8})};
    s.previous_ranks = {7, 1, std::nullopt};
    s.tier_thresholds = {90, 80, 65, 0};
    s.tier_labels = {"Tốt", "Khá", "Trung bình", "Yếu"};
    return s;
}

ScoreSheet small() {
    ScoreSheet s;
    s.components = {"A", "B", "C"};
    s.maxima = {10, 5, 0.3};
    s.units = {"U1", "U2", "U3", "U4"};
    s.scores = {row({8, 4, 0.3}), row({8.1, 3.9, 0.3}), row({9, 2, 0.1}), row({5, 5, 0})};
    s.previous_ranks = {1, 4, std::nullopt, 2};
    s.groups = {"Khối A", " khối a", "Khối B", "KHỐI B"};
    s.tier_thresholds = {80, 70, 0};
    s.tier_labels = {"Tốt", "Khá", "Yếu"};
    return s;
}

} // namespace

TEST_CASE("indices: dialog logic on seed 004's PAR INDEX") {
    SheetOptions options;
    options.year = 2021;
    const auto result = rank_sheet(par_index(), options);
    REQUIRE(result.size() == 3);
    CHECK(result[0].unit == "Thành phố Lạng Sơn");
    const UnitResult& bac_son = result[1];
    CHECK(bac_son.unit == "Huyện Bắc Sơn");
    CHECK(bac_son.row == 0);
    CHECK(text(bac_son.total) == "87,06");
    CHECK(bac_son.total_value == 87.06);
    CHECK(text(bac_son.percent) == "87,50");
    CHECK(bac_son.percent_value == 87.5);
    CHECK(bac_son.rank == 2);
    CHECK(bac_son.count == 3);
    CHECK(bac_son.change == 5);
    CHECK(bac_son.change_text == "tăng 05 bậc");
    CHECK(bac_son.tier == "Khá");
    CHECK(bac_son.strongest == 0); // four components at full marks: the leftmost
    CHECK(bac_son.weakest == 3);   // 4,5/9
    CHECK(bac_son.phrase ==
          "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/03, tăng 05 bậc so với năm 2021");
    CHECK_FALSE(bac_son.group_rank.has_value());
    CHECK(result[0].change_text == "giữ nguyên");
    CHECK(result[0].tier == "Tốt");
    CHECK(result[2].unit == "Huyện Cao Lộc");
    CHECK(result[2].change_text.empty());
    CHECK_FALSE(result[2].change.has_value());
    CHECK(result[2].phrase == "đạt 84,25/99,5 điểm, chỉ số đạt 84,67%, xếp hạng 03/03");
}

TEST_CASE("indices: dialog logic with exact ties, groups, changes and tiers") {
    SheetOptions options;
    options.year = 2022;
    const auto r = rank_sheet(small(), options);
    REQUIRE(r.size() == 4);
    // 8 + 4 + 0.3 and 8.1 + 3.9 + 0.3 are both exactly 12.3: a tie, kept in sheet order.
    CHECK(r[0].unit == "U1");
    CHECK(r[1].unit == "U2");
    CHECK(r[0].rank == 1);
    CHECK(r[1].rank == 1);
    CHECK(r[2].rank == 3);
    CHECK(r[3].rank == 4);
    CHECK(text(r[1].total) == "12,3");
    CHECK(text(r[1].percent) == "80,39");
    CHECK(r[0].group_rank == 1.0);
    CHECK(r[1].group_rank == 1.0);
    CHECK(r[2].group_rank == 1.0);
    CHECK(r[3].group_rank == 2.0);
    CHECK(r[1].group == " khối a");
    CHECK(r[0].group_count == 2);
    CHECK(r[3].group_count == 2);
    CHECK(r[0].change_text == "giữ nguyên");
    CHECK(r[1].change_text == "tăng 03 bậc");
    CHECK(r[2].change_text.empty());
    CHECK(r[3].change == -2);
    CHECK(r[3].change_text == "giảm 02 bậc");
    CHECK(r[1].tier == "Tốt");
    CHECK(r[2].tier == "Khá"); // 72,55
    CHECK(r[3].tier == "Yếu"); // 65,36
    CHECK(r[0].strongest == 2);
    CHECK(r[0].weakest == 0); // A and B both 80 %: the leftmost
    CHECK(r[1].weakest == 1);
    CHECK(r[2].strongest == 0);
    CHECK(r[2].weakest == 2);
    CHECK(r[3].strongest == 1);
    CHECK(r[3].weakest == 2);
    CHECK(r[1].phrase ==
          "đạt 12,3/15,3 điểm, chỉ số đạt 80,39%, xếp hạng 01/04, tăng 03 bậc so với năm 2022");
}

TEST_CASE("indices: totals read as typed and tiers use the percentage as shown") {
    ScoreSheet s;
    s.components = {"A", "B"};
    s.maxima = {10, 5.5};
    s.units = {"X", "Y"};
    s.scores = {row({8.15, 3.85}), row({9.9995, 4})};
    s.tier_thresholds = {90, 0};
    s.tier_labels = {"Tốt", "Chưa tốt"};
    const auto r = rank_sheet(s);
    CHECK(r[0].unit == "Y");
    CHECK(text(r[1].total) == "12");
    CHECK(r[1].phrase == "đạt 12/15,5 điểm, chỉ số đạt 77,42%, xếp hạng 02/02");
    s.scores[1] = row({9.95, 4}); // 13,95/15,5 = 90 % exactly
    CHECK(rank_sheet(s)[0].tier == "Tốt");
    s.scores[1] = row({9.9499, 4}); // 89,9994 % is shown as 90,00 %
    CHECK(text(rank_sheet(s)[0].percent) == "90,00");
    CHECK(rank_sheet(s)[0].tier == "Tốt");
    s.scores[1] = row({9.94, 4}); // 89,94 %
    CHECK(rank_sheet(s)[0].tier == "Chưa tốt");
}

TEST_CASE("indices: dialog tie rules and padding") {
    SheetOptions options;
    options.ties = TieRule::ordinal;
    options.pad = false;
    auto r = rank_sheet(small(), options);
    CHECK(r[0].rank == 1);
    CHECK(r[1].rank == 2);
    CHECK(r[1].change_text == "tăng 2 bậc");
    CHECK(r[1].phrase == "đạt 12,3/15,3 điểm, chỉ số đạt 80,39%, xếp hạng 2/4, tăng 2 bậc");
    options.ties = TieRule::average;
    r = rank_sheet(small(), options);
    CHECK(r[0].rank == 1.5);
    CHECK(r[1].change == 2.5);
    CHECK(r[1].change_text.empty()); // no sentence for a half rank
    CHECK(r[1].phrase.empty());
    CHECK(r[2].phrase == "đạt 11,1/15,3 điểm, chỉ số đạt 72,55%, xếp hạng 3/4");
}

TEST_CASE("indices: dialog reports blank and impossible scores") {
    ScoreSheet s = small();
    s.scores[2][1] = Cell{};
    auto m = error_of([&] { rank_sheet(s); });
    CHECK(m.vi.find("U3") != std::string::npos);
    CHECK(m.vi.find("\"B\"") != std::string::npos);
    CHECK(m.vi.find("ô trống") != std::string::npos);
    SheetOptions zero;
    zero.blank_as_zero = true;
    const auto r = rank_sheet(s, zero);
    CHECK(text(r[3].total) == "9,1");
    s.scores[2][1] = Cell::of(std::string(" "));
    CHECK(rank_sheet(s, zero)[3].unit == "U3"); // a lone space looks blank too

    s.scores[2][1] = Cell::of(std::string("7,5"));
    m = error_of([&] { rank_sheet(s, zero); }); // text is never taken for 0
    CHECK(m.vi.find("\"7,5\"") != std::string::npos);
    s.scores[2][1] = Cell::error("#DIV/0!");
    m = error_of([&] { rank_sheet(s, zero); });
    CHECK(m.en.find("#DIV/0!") != std::string::npos);

    s = small();
    s.scores[3][1] = Cell::of(5.5);
    m = error_of([&] { rank_sheet(s); });
    CHECK(m.vi.find("U4") != std::string::npos);
    CHECK(m.vi.find("5,5") != std::string::npos);
    CHECK(m.en.find("exceeds its maximum 5") != std::string::npos);

    s = small();
    s.scores[0][2] = Cell::of(0.1 + 0.2); // 0.30000000000000004 as stored: above 0.3
    error_of([&] { rank_sheet(s); });
    s = small();
    s.scores[0][0] = Cell::of(-1.0);
    error_of([&] { rank_sheet(s); });
}

TEST_CASE("indices: dialog rejects inconsistent sheets") {
    ScoreSheet s = small();
    s.maxima.pop_back();
    error_of([&] { rank_sheet(s); });
    s = small();
    s.maxima[1] = 0;
    error_of([&] { rank_sheet(s); });
    s = small();
    s.units[1] = "  ";
    auto m = error_of([&] { rank_sheet(s); });
    CHECK(m.en.find("Row 2") != std::string::npos);
    s = small();
    s.scores[1].pop_back();
    error_of([&] { rank_sheet(s); });
    s = small();
    s.groups.pop_back();
    error_of([&] { rank_sheet(s); });
    s = small();
    s.previous_ranks[0] = 0.5;
    error_of([&] { rank_sheet(s); });
    s = small();
    s.tier_labels.pop_back();
    error_of([&] { rank_sheet(s); });
    s = small();
    s.units.clear();
    s.scores.clear();
    s.groups.clear();
    s.previous_ranks.clear();
    error_of([&] { rank_sheet(s); });
    s = small();
    s.tier_thresholds.clear();
    s.tier_labels.clear();
    CHECK_FALSE(rank_sheet(s)[0].tier.has_value()); // no tiers asked for
}

TEST_CASE("indices: previous ranks within groups (DDCI publishes each block's ranks)") {
    ScoreSheet s;
    s.components = {"A"};
    s.maxima = {100};
    s.units = {"Sở X", "Sở Y", "Huyện Z", "Huyện W"};
    s.scores = {row({90}), row({80}), row({85}), row({70})};
    s.groups = {"Khối sở", "Khối sở", "Khối huyện", "Khối huyện"};
    s.previous_ranks = {2, 1, 2, 1}; // last year's ranks in each block
    SheetOptions options;
    options.previous_in_group = true;
    options.year = 2023;
    const auto ranked = rank_sheet(s, options);
    // Overall: Sở X 1, Huyện Z 2, Sở Y 3, Huyện W 4; within blocks: X 1/2, Y 2/2, Z 1/2, W 2/2.
    REQUIRE(ranked.size() == 4);
    CHECK(ranked[0].unit == "Sở X");
    CHECK(*ranked[0].change == 1); // 2 -> 1 in its block, not 2 -> 1 overall by chance
    CHECK(ranked[0].phrase.find("xếp hạng 01/02, tăng 01 bậc so với năm 2023") !=
          std::string::npos);
    CHECK(ranked[1].unit == "Huyện Z");
    CHECK(*ranked[1].change == 1); // block rank 1, last year 2
    CHECK(ranked[2].unit == "Sở Y");
    CHECK(*ranked[2].change == -1); // block rank 2, last year 1
    CHECK(ranked[2].phrase.find("xếp hạng 02/02, giảm 01 bậc") != std::string::npos);
    s.groups.clear();
    CHECK_THROWS_AS(rank_sheet(s, options), vnplan::InputError);
}
