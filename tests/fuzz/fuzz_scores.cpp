// The score-sheet reader: read_score_layout() on a grid decoded from the input
// (fuzz_input.hpp), then the scores it points at ranked; and the dialog's way, with spans
// (the layout found, and the plainest guess: names in column A, maxima in row 1); and the
// grid as a table with a year column, ranked over the years.
#include "core/common/message.hpp"
#include "core/indices/indices.hpp"
#include "core/indices/score_layout.hpp"
#include "core/indices/years.hpp"
#include "fuzz_input.hpp"

using namespace vnplan;
using namespace vnplan::indices;

namespace {

void rank(const Grid& grid, const ScoreLayout& layout) {
    const ScoreSheet sheet = score_sheet(grid, layout);
    (void)maximum_total(weighted(sheet));
    (void)rank_sheet(sheet);
    SheetOptions options;
    options.blank_as_zero = true, options.ties = TieRule::average, options.year = 2022;
    (void)rank_sheet(sheet, options);
}

void rank_over_years(const Grid& grid) {
    const auto years = year_sheets(grid, "fuzz");
    if (years.size() < 2) return;
    const YearRanking ranking = rank_years(years);
    (void)missing_years(ranking);
    (void)describe_years(years);
    (void)points_lost(ranking.sheets.back(), ranking.results.back(), ranking.units.back().unit, 3);
}

template <class F> void refused_or_done(F&& f) {
    try {
        f();
    } catch (const InputError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Grid grid = fuzz::read_grid(fuzz::text_of(data, size));
    refused_or_done([&] {
        const ScoreLayout layout = read_score_layout(grid);
        refused_or_done([&] { rank(grid, layout); });
        const ScoreSpans spans{layout.units,          layout.scores, layout.maxima, layout.weights,
                               layout.previous_ranks, layout.groups, std::nullopt};
        rank(grid, layout_of_spans(grid, spans));
    });
    refused_or_done([&] { rank_over_years(grid); });
    for (const auto& row : grid.rows)
        if (!row.empty() && row[0].is_text()) (void)name_without_year(row[0].text);
    const std::size_t h = grid.height(), w = grid.width();
    if (h >= 2 && w >= 2)
        refused_or_done([&] {
            ScoreSpans spans;
            spans.units = {{1, 0}, {h - 1, 0}};
            spans.scores = {{1, 1}, {h - 1, w - 1}};
            spans.maxima = GridSpan{{0, 1}, {0, w - 1}};
            rank(grid, layout_of_spans(grid, spans));
        });
    return 0;
}
