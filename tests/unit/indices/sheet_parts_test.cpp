// The parts of a score sheet beyond plain components: weights, bonus and penalty columns,
// areas, self-assessed scores, and the dialog's tier table.
#include "core/indices/indices.hpp"
#include "error_of.hpp"
#include "sheet_helpers.hpp"

#include <doctest/doctest.h>

using namespace vnplan::indices;
using vnplan::Cell;
using vnplan::indices::test::error_of;
using vnplan::indices::test::row;
using vnplan::indices::test::text;

namespace {

// SIPAS-like: three components in two areas, by hand: Sở A 8+6,5+4 = 18,5; Sở B 9+7+3,5 = 19,5.
ScoreSheet two_areas() {
    ScoreSheet s;
    s.units = {"Sở A", "Sở B"};
    s.components = {"Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức"};
    s.maxima = {10, 8, 5};
    s.scores = {row({8, 6.5, 4}), row({9, 7, 3.5})};
    s.areas = {{"Lĩnh vực 1", {0, 1}}, {"Lĩnh vực 2", {2}}};
    return s;
}

} // namespace

TEST_CASE("indices: bonus added, penalty subtracted by its size, maxima unchanged") {
    ScoreSheet s = two_areas();
    s.adjustments = {{"Điểm thưởng", true, {Cell::of(1.5), Cell{}}},
                     {"Điểm trừ", false, {Cell{}, Cell::of(-2)}}};
    const auto r = rank_sheet(s);
    REQUIRE(r.size() == 2);
    CHECK(r[0].unit == "Sở A"); // 18,5 + 1,5 = 20 against 19,5 - 2 = 17,5
    CHECK(text(r[0].total) == "20");
    CHECK(text(r[0].score_total) == "18,5");
    CHECK(text(r[0].bonus) == "1,5");
    CHECK(r[0].penalty.is_zero());
    CHECK(text(r[1].total) == "17,5");
    CHECK(text(r[1].penalty) == "2");
    CHECK(text(r[1].percent) == "76,09"); // 17,5 / 23
    CHECK(r[0].phrase == "đạt 20/23 điểm, chỉ số đạt 86,96%, xếp hạng 01/02");

    s.adjustments[1].values[1] = Cell::of(2); // typed positive: the same deduction
    CHECK(text(rank_sheet(s)[1].total) == "17,5");
    s.adjustments[0].values[0] = Cell::of(-1);
    CHECK(error_of([&] { rank_sheet(s); }).vi ==
          "Đơn vị \"Sở A\": điểm thưởng \"Điểm thưởng\" là số âm (-1).");
    s.adjustments[0].values[0] = Cell::of(std::string("một"));
    CHECK(error_of([&] { rank_sheet(s); }).vi.find("không phải là số") != std::string::npos);
    s.adjustments[0].values.pop_back();
    CHECK(error_of([&] { rank_sheet(s); }).vi == "Cột \"Điểm thưởng\" phải có 2 ô.");
}

TEST_CASE("indices: area totals are the sums of their components") {
    const auto r = rank_sheet(two_areas());
    REQUIRE(r[0].area_totals.size() == 2);
    CHECK(r[0].unit == "Sở B");
    CHECK(text(r[0].area_totals[0]) == "16");
    CHECK(text(r[0].area_totals[1]) == "3,5");
    CHECK(text(r[1].area_totals[0]) == "14,5");
    ScoreSheet bad = two_areas();
    bad.areas[1].components = {3};
    CHECK(error_of([&] { rank_sheet(bad); }).en.find("component 4 of only 3") != std::string::npos);
    bad.areas[1].components.clear();
    CHECK(error_of([&] { rank_sheet(bad); }).vi ==
          "Lĩnh vực \"Lĩnh vực 2\" không có chỉ số thành phần nào.");
}

TEST_CASE("indices: self-assessed scores are totalled and checked, the appraised ones rank") {
    ScoreSheet s = two_areas();
    s.self_scores = {row({10, 8, 5}), row({9, 7, 4})};
    const auto r = rank_sheet(s);
    CHECK(r[0].unit == "Sở B"); // appraised 19,5 > 18,5, although Sở A assessed itself 23
    CHECK(text(*r[0].self_total) == "20");
    CHECK(text(*r[1].self_total) == "23");
    CHECK_FALSE(rank_sheet(two_areas())[0].self_total.has_value());
    s.self_scores[1][2] = Cell::of(6);
    CHECK(error_of([&] { rank_sheet(s); }).vi ==
          "Đơn vị \"Sở B\": điểm tự chấm \"Công chức\" (6) vượt điểm tối đa 5.");
    s.self_scores[1][2] = Cell{};
    CHECK(error_of([&] { rank_sheet(s); }).en ==
          "Unit \"Sở B\" has no self-assessed score for \"Công chức\" (blank cell).");
    s.self_scores.pop_back();
    CHECK(error_of([&] { rank_sheet(s); }).vi.find("dòng điểm tự chấm") != std::string::npos);
}

TEST_CASE("indices: weights multiply scores and maxima exactly, messages quote typed scores") {
    ScoreSheet s = two_areas();
    s.weights = {1.5, 1, 2};
    const ScoreSheet w = weighted(s);
    CHECK(w.weights.empty());
    CHECK(w.maxima == std::vector<double>{15, 8, 10});
    CHECK(w.scores[0][0].number == 12);
    CHECK(maximum_total(s) == 33);
    CHECK(maximum_total(two_areas()) == 23);
    const auto r = rank_sheet(s);
    CHECK(r[0].unit == "Sở B"); // 13,5 + 7 + 7 = 27,5 against 12 + 6,5 + 8 = 26,5
    CHECK(text(r[0].total) == "27,5");
    s.weights = {1.5, 1, 0.1};
    s.scores[0][2] = Cell::of(8.63);
    s.maxima[2] = 10;
    CHECK(text(rank_sheet(s)[1].area_totals[1]) == "0,863"); // 8,63 x 0,1 exactly
    s.scores[0][2] = Cell::of(11);
    CHECK(error_of([&] { rank_sheet(s); }).vi ==
          "Đơn vị \"Sở A\": điểm \"Công chức\" (11) vượt điểm tối đa 10.");
    s.weights = {1, 1};
    CHECK(error_of([&] { weighted(s); }).vi == "Có 3 chỉ số thành phần nhưng 2 hệ số.");
    s.weights = {1, 0, 1};
    CHECK(error_of([&] { weighted(s); }).en ==
          "The weight of \"Thủ tục hành chính\" must be greater than 0 (got 0).");
}

TEST_CASE("indices: tier tables are read from the dialog's text") {
    const auto tiers = parse_tiers(default_tiers);
    CHECK(tiers.thresholds == std::vector<double>{90, 80, 65, 0});
    CHECK(tiers.labels == std::vector<std::string>{"Tốt", "Khá", "Trung bình", "Yếu"});
    const auto commas = parse_tiers("82,5 Khá, 50 Đạt\n0 Chưa đạt");
    CHECK(commas.thresholds == std::vector<double>{82.5, 50, 0});
    CHECK(commas.labels == std::vector<std::string>{"Khá", "Đạt", "Chưa đạt"});
    CHECK(parse_tiers("  ").thresholds.empty());
    CHECK(parse_tiers("90.5 Xuất sắc;;").thresholds == std::vector<double>{90.5});
    CHECK(error_of([] { parse_tiers("Tốt 90"); }).vi ==
          "Mục xếp loại \"Tốt 90\" phải có dạng: ngưỡng % rồi tên, ví dụ \"80 Khá\".");
    error_of([] { parse_tiers("90"); });
    error_of([] { parse_tiers("90Tốt"); });
}
