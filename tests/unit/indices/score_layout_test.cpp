// The dialog's path through the score layout reader: ranges given as spans (layout_of_spans),
// the sentence saying what was read, area maxima. The corpus test covers read_score_layout.
#include "common/tsv.hpp"
#include "core/indices/score_layout.hpp"
#include "error_of.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::indices;
using vnplan::indices::test::error_of;

namespace {

Grid corpus(const std::string& name) {
    return vnplan::test::grid_from_file(std::string(VNPLAN_SOURCE_DIR) + "/tests/data/scores/" +
                                        name + ".tsv");
}

// "C6" -> grid position (the corpus grids start at A1).
Position at(const std::string& a1) {
    const int column = a1[0] - 'A';
    return {static_cast<std::size_t>(std::stoi(a1.substr(1)) - 1),
            static_cast<std::size_t>(column)};
}

GridSpan span(const std::string& range) {
    const auto colon = range.find(':');
    return {at(range.substr(0, colon)), at(range.substr(colon + 1))};
}

ScoreSpans par_spans() {
    ScoreSpans s;
    s.units = span("B6:B16");
    s.scores = span("C6:K16");
    s.maxima = span("C5:K5");
    s.previous_ranks = span("L6:L16");
    return s;
}

} // namespace

TEST_CASE("indices: the dialog's ranges read as a layout, roles from the headers above") {
    const Grid par = corpus("01-par-index-example");
    const auto layout = layout_of_spans(par, par_spans());
    REQUIRE(layout.components.size() == 9);
    CHECK(layout.components[3].name == "Cải cách tổ chức bộ máy hành chính");
    CHECK(layout.components[5].maximum == 8.5);
    const ScoreSheet sheet = score_sheet(par, layout);
    CHECK(sheet.units[0] == "Bắc Sơn");
    CHECK(sheet.previous_ranks[0] == 7);
    CHECK(rank_sheet(sheet)[1].total_value == 87.06);

    // Pairs, bonus and areas come from the header lines above the scores.
    const Grid mixed = corpus("11-par-areas-pairs-bonus");
    ScoreSpans s;
    s.units = span("B6:B9");
    s.scores = span("C6:M9");
    s.maxima = span("C4:M4");
    const auto pairs = layout_of_spans(mixed, s);
    CHECK(pairs.components.size() == 4);
    CHECK(pairs.components[0].self_line == 2);
    CHECK(pairs.components[0].line == 3);
    CHECK(pairs.bonus.size() == 1);
    CHECK(pairs.penalty.size() == 1);
    CHECK(pairs.areas.size() == 2);
    s.maxima.reset(); // the headers state the maxima
    CHECK(layout_of_spans(mixed, s).components[3].maximum == 5);
}

TEST_CASE("indices: ranges of the wrong shape are refused, naming the field") {
    const Grid par = corpus("01-par-index-example");
    auto s = par_spans();
    s.scores = span("C6:K15");
    CHECK(error_of([&] { layout_of_spans(par, s); }).vi ==
          "Vùng điểm có 10 hàng nhưng có 11 đơn vị.");
    s = par_spans();
    s.maxima = span("C5:J5");
    CHECK(error_of([&] { layout_of_spans(par, s); }).vi ==
          "Vùng điểm tối đa có 8 ô nhưng có 9 cột điểm.");
    s.maxima = span("C5:K6");
    CHECK(error_of([&] { layout_of_spans(par, s); }).vi ==
          "Vùng điểm tối đa phải là một hàng hoặc một cột.");
    s = par_spans();
    s.maxima = span("B5:J5"); // starts at the label
    CHECK(error_of([&] { layout_of_spans(par, s); }).vi.find("\"Điểm tối đa\"") !=
          std::string::npos);
    s = par_spans();
    s.maxima.reset(); // nothing states the maxima
    CHECK(error_of([&] { layout_of_spans(par, s); }).vi.find("Chưa thấy điểm tối đa") == 0);
    s = par_spans();
    s.units = span("B6:C16");
    CHECK(error_of([&] { layout_of_spans(par, s); }).vi ==
          "Vùng tên đơn vị phải là một cột hoặc một hàng.");
    s = par_spans();
    s.previous_ranks = span("L6:L15");
    CHECK(error_of([&] { layout_of_spans(par, s); }).en ==
          "The previous ranks range has 10 cells but there are 11 units.");
    s = par_spans();
    s.component_names = span("C4:J4");
    error_of([&] { layout_of_spans(par, s); });
    s.component_names = span("C4:K4");
    CHECK(layout_of_spans(par, s).components[0].name == "Công tác chỉ đạo, điều hành CCHC");
}

TEST_CASE("indices: what was read, in one sentence") {
    const Grid grid = corpus("06-par-bonus-penalty");
    const Message m = describe_layout(grid, read_score_layout(grid));
    CHECK(m.vi == "Đã đọc: 6 đơn vị (B5:B10, mỗi đơn vị một hàng), 6 chỉ số thành phần, điểm tối "
                  "đa ở C4:K4 (tổng 70), điểm thưởng ở J5:J10 (cộng vào tổng), điểm trừ ở K5:K10 "
                  "(trừ khỏi tổng).");
    CHECK(m.en.find("bonus at J5:J10 (added)") != std::string::npos);
    const Grid pairs = corpus("07-par-self-appraised-pairs");
    CHECK(describe_layout(pairs, read_score_layout(pairs))
              .vi.find("xếp hạng theo điểm thẩm định, điểm tự chấm ở C5:C9; E5:E9; G5:G9") !=
          std::string::npos);
    const Grid columns = corpus("04-sipas-units-in-columns");
    CHECK(describe_layout(columns, read_score_layout(columns)).vi.find("mỗi đơn vị một cột") !=
          std::string::npos);
}

TEST_CASE("indices: area maxima, weighted like the total") {
    ScoreSheet s;
    s.components = {"A", "B", "C"};
    s.maxima = {2.5, 3, 0.1};
    s.areas = {{"I", {0, 1}}, {"II", {2}}};
    CHECK(area_maxima(s) == std::vector<double>{5.5, 0.1});
    s.weights = {2, 1, 3};
    CHECK(area_maxima(s) == std::vector<double>{8, 0.3}); // 0,1 x 3 exactly
    CHECK(maximum_total(s) == 8.3);
}
