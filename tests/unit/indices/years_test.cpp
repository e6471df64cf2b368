// Ranks over three years: units matched by name, a unit missing a year, ties, the change of
// rank, the points lost against the best unit, and a table with a year column. Expected values
// are worked out by hand from the scores below (maxima 10, 10, 20):
//   2022: Bắc Sơn 8+7+15=30, Cao Lộc 9+8+16=33, Chi Lăng 7+9+17=33, Đình Lập 6+6+12=24
//         -> Cao Lộc 1, Chi Lăng 1 (tie), Bắc Sơn 3, Đình Lập 4
//   2023: Bắc Sơn 9+8+17=34, Cao Lộc 8+8+15=31, Chi Lăng 9+9+18=36, Văn Quan 7+7+14=28
//         (no Đình Lập) -> Chi Lăng 1, Bắc Sơn 2, Cao Lộc 3, Văn Quan 4
//   2024: "BẮC  SƠN" 10+9+19,5=38,5, Cao Lộc 9+7,5+16=32,5, Chi Lăng 9,5+9+18=36,5,
//         Đình Lập 8+8+16,5=32,5, Văn Quan 7+8+15=30
//         -> Bắc Sơn 1, Chi Lăng 2, Cao Lộc 3, Đình Lập 3 (tie), Văn Quan 5
#include "common/tsv.hpp"
#include "core/indices/score_layout.hpp"
#include "core/indices/years.hpp"
#include "error_of.hpp"
#include "sheet_helpers.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::indices;
using indices::test::error_of;
using indices::test::row;

namespace {

ScoreSheet sheet_of(std::vector<std::string> units, std::vector<std::vector<Cell>> scores) {
    ScoreSheet s;
    s.units = std::move(units);
    s.components = {"Chỉ đạo điều hành", "Cải cách thủ tục hành chính",
                    "Sự hài lòng của người dân"};
    s.maxima = {10, 10, 20};
    s.scores = std::move(scores);
    return s;
}

std::vector<YearSheet> three_years() {
    return {
        {2024,
         sheet_of({"BẮC  SƠN", "Cao Lộc", "Chi Lăng", "Đình Lập", "Văn Quan"},
                  {row({10, 9, 19.5}), row({9, 7.5, 16}), row({9.5, 9, 18}), row({8, 8, 16.5}),
                   row({7, 8, 15})}),
         "2024"},
        {2022,
         sheet_of({"Bắc Sơn", "Cao Lộc", "Chi Lăng", "Đình Lập"},
                  {row({8, 7, 15}), row({9, 8, 16}), row({7, 9, 17}), row({6, 6, 12})}),
         "2022"},
        {2023,
         sheet_of({"Bắc Sơn", "Cao Lộc", "Chi Lăng", "Văn Quan"},
                  {row({9, 8, 17}), row({8, 8, 15}), row({9, 9, 18}), row({7, 7, 14})}),
         "2023"},
    };
}

using Ranks = std::vector<std::optional<double>>;

// The three years in one table with a year column, 2024 first, a merged year cell (blank below
// its first row) and a blank row between the years.
const char* year_table =
    "STT\tNăm\tĐơn vị\tChỉ đạo điều hành\tCải cách thủ tục hành chính\tSự hài lòng của người dân\n"
    "\t\tĐiểm tối đa\t10\t10\t20\n"
    "1\t2024\tBẮC  SƠN\t10\t9\t19.5\n"
    "2\t\tCao Lộc\t9\t7.5\t16\n"
    "3\t2024\tChi Lăng\t9.5\t9\t18\n"
    "4\t2024\tĐình Lập\t8\t8\t16.5\n"
    "5\t2024\tVăn Quan\t7\t8\t15\n"
    "\t\t\t\t\t\n"
    "1\t2022\tBắc Sơn\t8\t7\t15\n"
    "2\t2022\tCao Lộc\t9\t8\t16\n"
    "3\t2022\tChi Lăng\t7\t9\t17\n"
    "4\t2022\tĐình Lập\t6\t6\t12\n"
    "1\t2023\tBắc Sơn\t9\t8\t17\n"
    "2\t2023\tCao Lộc\t8\t8\t15\n"
    "3\t2023\tChi Lăng\t9\t9\t18\n"
    "4\t2023\tVăn Quan\t7\t7\t14\n";

} // namespace

TEST_SUITE("indices.years") {
    TEST_CASE("three years: ranks per year, ordered by the latest year, names matched") {
        const YearRanking r = rank_years(three_years());
        CHECK(r.years == std::vector<int>{2022, 2023, 2024});
        CHECK(r.counts == std::vector<std::size_t>{4, 4, 5});
        REQUIRE(r.units.size() == 5);
        CHECK(r.units[0].unit == "BẮC  SƠN"); // the latest spelling
        CHECK(r.units[0].ranks == Ranks{3, 2, 1});
        CHECK(r.units[1].unit == "Chi Lăng");
        CHECK(r.units[1].ranks == Ranks{1, 1, 2});
        CHECK(r.units[2].unit == "Cao Lộc"); // tied 3rd with Đình Lập, first in sheet order
        CHECK(r.units[2].ranks == Ranks{1, 3, 3});
        CHECK(r.units[3].unit == "Đình Lập");
        CHECK(r.units[3].ranks == Ranks{4, std::nullopt, 3});
        CHECK(r.units[4].unit == "Văn Quan");
        CHECK(r.units[4].ranks == Ranks{std::nullopt, 4, 5});
        CHECK(r.units[0].totals == Ranks{30, 34, 38.5});
        CHECK(r.units[3].totals == Ranks{24, std::nullopt, 32.5});
    }

    TEST_CASE("changes from year to year and over the whole span") {
        const YearRanking r = rank_years(three_years());
        CHECK(r.units[0].changes == Ranks{std::nullopt, 1, 1});
        CHECK(r.units[0].last_change == "tăng 01 bậc");
        CHECK(r.units[0].span_change == "tăng 02 bậc so với năm 2022");
        CHECK(r.units[1].changes == Ranks{std::nullopt, 0, -1});
        CHECK(r.units[1].last_change == "giảm 01 bậc");
        CHECK(r.units[1].span_change == "giảm 01 bậc so với năm 2022");
        CHECK(r.units[2].changes == Ranks{std::nullopt, -2, 0});
        CHECK(r.units[2].last_change == "giữ nguyên");
        CHECK(r.units[2].span_change == "giảm 02 bậc so với năm 2022");
        // Missing 2023: no change against it, the span still compares with 2022.
        CHECK(r.units[3].changes == Ranks{std::nullopt, std::nullopt, std::nullopt});
        CHECK(r.units[3].last_change.empty());
        CHECK(r.units[3].span_change == "tăng 01 bậc so với năm 2022");
        // New in 2023.
        CHECK(r.units[4].changes == Ranks{std::nullopt, std::nullopt, -1});
        CHECK(r.units[4].last_change == "giảm 01 bậc");
        CHECK(r.units[4].span_change == "giảm 01 bậc so với năm 2023");
    }

    TEST_CASE("a unit missing from the latest year comes last - unpadded texts") {
        auto years = three_years();
        years[0].sheet.units.pop_back(); // Văn Quan leaves in 2024
        years[0].sheet.scores.pop_back();
        SheetOptions options;
        options.pad = false;
        const YearRanking r = rank_years(years, options);
        REQUIRE(r.units.size() == 5);
        CHECK(r.units[4].unit == "Văn Quan");
        CHECK(r.units[4].ranks == Ranks{std::nullopt, 4, std::nullopt});
        CHECK(r.units[4].span_change.empty());
        CHECK(r.units[0].span_change == "tăng 2 bậc so với năm 2022");
    }

    TEST_CASE("the average tie rule: half ranks, no text for them") {
        SheetOptions options;
        options.ties = TieRule::average;
        const YearRanking r = rank_years(three_years(), options);
        CHECK(r.units[1].ranks == Ranks{1.5, 1, 2}); // Chi Lăng tied with Cao Lộc in 2022
        CHECK(r.units[1].last_change == "giảm 01 bậc");
        CHECK(r.units[1].span_change.empty());
        CHECK(r.units[2].ranks == Ranks{1.5, 3, 3.5});
        CHECK(r.units[2].last_change.empty());
    }

    TEST_CASE("errors name the year") {
        auto years = three_years();
        CHECK(error_of([&] { rank_years({years[0]}); }).en.find("two years") != std::string::npos);
        auto twice = years;
        twice[1].year = 2024;
        CHECK(error_of([&] { rank_years(twice); }).vi == "Năm 2024 có hai bảng điểm.");
        auto same = years;
        same[1].sheet.units[3] = "bắc sơn";
        CHECK(error_of([&] { rank_years(same); }).vi ==
              "Năm 2022 (2022) có hai đơn vị trùng tên: \"Bắc Sơn\" và \"bắc sơn\".");
        auto blank = years;
        blank[2].sheet.scores[1][2] = Cell{};
        const Message m = error_of([&] { rank_years(blank); });
        CHECK(m.vi.rfind("Năm 2023 (2023): ", 0) == 0);
        CHECK(m.vi.find("Cao Lộc") != std::string::npos);
    }

    TEST_CASE("points lost against the best unit, largest first, top N") {
        const YearRanking r = rank_years(three_years());
        const PointsLost cao = points_lost(r.sheets[2], r.results[2], "cao lộc", 2);
        CHECK(cao.unit == "Cao Lộc");
        CHECK(cao.best == "BẮC  SƠN");
        REQUIRE(cao.components.size() == 2);
        CHECK(cao.components[0].name == "Sự hài lòng của người dân");
        CHECK(indices::test::text(cao.components[0].lost) == "3,5");
        CHECK(cao.components[0].score == 16);
        CHECK(cao.components[0].best_score == 19.5);
        CHECK(cao.components[0].maximum == 20);
        CHECK(cao.components[1].component == 1);
        CHECK(indices::test::text(cao.components[1].lost) == "1,5");
        // A component where it equals the best is not a loss.
        const PointsLost chi = points_lost(r.sheets[2], r.results[2], "Chi Lăng", 5);
        REQUIRE(chi.components.size() == 2);
        CHECK(chi.components[0].component == 2);
        CHECK(chi.components[1].component == 0);
        CHECK(indices::test::text(chi.components[1].lost) == "0,5");
        CHECK(points_lost(r.sheets[2], r.results[2], "Bắc Sơn").components.empty());
        CHECK(error_of([&] { points_lost(r.sheets[2], r.results[2], "Lộc Bình"); }).vi ==
              "Không có đơn vị \"Lộc Bình\" trong bảng điểm.");
        CHECK_FALSE(
            error_of([&] { points_lost(r.sheets[2], r.results[2], "Cao Lộc", 0); }).vi.empty());
    }

    TEST_CASE("points lost: equal losses keep the component order - weights count, exactly") {
        ScoreSheet s = sheet_of({"A", "B"}, {row({9.1, 9.2, 20}), row({8.9, 9, 19.3})});
        auto ranked = rank_sheet(s);
        auto lost = points_lost(s, ranked, "B");
        REQUIRE(lost.components.size() == 3);
        CHECK(lost.components[0].component == 2); // 0,7
        CHECK(lost.components[1].component == 0); // 0,2 (binary: 0,1999...)
        CHECK(lost.components[2].component == 1); // 0,2
        CHECK(indices::test::text(lost.components[1].lost) == "0,2");
        s.weights = {1, 1, 1.5};
        ranked = rank_sheet(s);
        lost = points_lost(s, ranked, "B");
        CHECK(indices::test::text(lost.components[0].lost) == "1,05");
        CHECK(lost.components[0].maximum == 30);
    }

    TEST_CASE("the year in a sheet name") {
        CHECK(year_of_name("2022") == 2022);
        CHECK(year_of_name("PAR INDEX 2023") == 2023);
        CHECK(year_of_name("Năm 2021 (2)") == 2021);
        CHECK(year_of_name("2023 - PAR 2023") == 2023);
        CHECK_FALSE(year_of_name("Sheet1"));
        CHECK_FALSE(year_of_name("2022-2023"));
        CHECK_FALSE(year_of_name("120222"));
        CHECK_FALSE(year_of_name("1800"));
    }

    TEST_CASE("a year column: one grid per year, read as any score sheet, ranked as above") {
        Grid grid = vnplan::test::grid_from_tsv(year_table);
        grid.first_column = 1; // the table starts at B4
        grid.first_row = 3;
        const auto split = split_years(grid);
        REQUIRE(split.size() == 3);
        CHECK(split[0].year == 2022);
        CHECK(split[0].rows == "B12:G15");
        CHECK(split[2].rows == "B6:G10");
        // The year's rows keep their sheet rows; the headers stand just above them.
        const Grid& g2022 = split[0].grid;
        CHECK(g2022.first_row == 9);
        CHECK(g2022.height() == 6);
        CHECK(g2022.at(2, 2).text == "Bắc Sơn");
        CHECK(g2022.at(0, 1).is_empty()); // the year column is emptied
        CHECK(g2022.at(0, 2).text == "Đơn vị");
        const auto layout = read_score_layout(g2022);
        CHECK(address_of(g2022, layout.units) == "D12:D15");

        const auto years = year_sheets(grid, "\"Chỉ số\"");
        REQUIRE(years.size() == 3);
        CHECK(years[1].source == "\"Chỉ số\" B16:G19");
        const YearRanking r = rank_years(years);
        CHECK(r.years == std::vector<int>{2022, 2023, 2024});
        REQUIRE(r.units.size() == 5);
        CHECK(r.units[0].ranks == Ranks{3, 2, 1});
        CHECK(r.units[2].unit == "Cao Lộc");
        CHECK(r.units[2].ranks == Ranks{1, 3, 3});
        CHECK(r.units[3].ranks == Ranks{4, std::nullopt, 3});
        CHECK(r.units[4].ranks == Ranks{std::nullopt, 4, 5});
    }

    TEST_CASE("a year column: one year is no split - years not together or not years refused") {
        Grid one = vnplan::test::grid_from_tsv(
            "Năm\tĐơn vị\tA\tB\n\tĐiểm tối đa\t10\t10\n2022\tX\t1\t2\n2022\tY\t2\t1\n");
        CHECK(split_years(one).empty());
        CHECK(split_years(vnplan::test::grid_from_tsv("Đơn vị\tA\nX\t1\n")).empty());
        Grid mixed = vnplan::test::grid_from_tsv("Năm\tĐơn vị\tA\n\tĐiểm tối đa\t10\n"
                                                 "2022\tX\t1\n2023\tX\t2\n2022\tY\t3\n");
        CHECK(error_of([&] { split_years(mixed); }).vi.find("năm 2022 không liền nhau") !=
              std::string::npos);
        Grid bad = vnplan::test::grid_from_tsv(
            "Năm\tĐơn vị\tA\n\tĐiểm tối đa\t10\n2022\tX\t1\n2023\tX\t2\nhai\tY\t3\n");
        CHECK(error_of([&] { split_years(bad); }).vi == "Ô A5 của cột Năm không phải là năm.");
    }

    TEST_CASE("units missing a year are named - what was read") {
        const YearRanking r = rank_years(three_years());
        const auto missing = missing_years(r);
        REQUIRE(missing.size() == 2);
        CHECK(missing[0].vi ==
              "Đơn vị \"Đình Lập\" không có điểm năm 2023 (tên viết khác đi giữa các năm?).");
        CHECK(missing[1].en ==
              "The unit \"Văn Quan\" has no scores for 2022 (its name spelt differently?).");
        CHECK(describe_years(three_years()).vi ==
              "Đã đọc 3 năm: 2022 (2022, 4 đơn vị), 2023 (2023, 4 đơn vị), 2024 (2024, 5 đơn vị).");
        CHECK(name_without_year("PAR INDEX 2023") == "par index");
        CHECK(name_without_year("Par index (2022)") == "par index");
        CHECK(name_without_year("Chỉ số 2022") != name_without_year("Chỉ số SIPAS 2022"));
    }

    TEST_CASE("a year's table that cannot be read: the year and where in the message") {
        Grid grid = vnplan::test::grid_from_tsv(year_table);
        grid.rows[9][2] = Cell{}; // 2022: Cao Lộc's name blank
        const Message m = error_of([&] { year_sheets(grid, "\"Chỉ số\""); });
        CHECK(m.vi.rfind("Năm 2022 (\"Chỉ số\" A9:F12): ", 0) == 0);
    }
}
