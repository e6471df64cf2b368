// Ranks over several years ("Xếp hạng qua các năm"): each year's scores ranked as the dialog
// ranks one sheet, units matched across the years by name (vntext::unit_key), the change of
// rank from year to year, and for one unit the components where it lost the most points
// against the best unit ("điểm bị trừ nhiều nhất"). Pure functions; docs/indices.md.
#pragma once

#include "core/common/grid.hpp"
#include "core/common/message.hpp"
#include "core/indices/indices.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::indices {

struct YearSheet {
    int year = 0;
    ScoreSheet sheet;
    std::string source; // where the year was read, for messages ("trang 2023", "A6:K16")
};

struct UnitYears {
    std::string unit;                           // as spelled in the latest year it is in
    std::vector<std::optional<double>> ranks;   // one per year; nullopt: not ranked that year
    std::vector<std::optional<double>> totals;  // the total it was ranked by
    std::vector<std::optional<double>> changes; // per year: rank_change from the year before
    std::string last_change;                    // latest year vs the year before ("tăng 02 bậc")
    // The latest year vs the earliest year it was ranked in ("tăng 03 bậc so với năm 2022"),
    // "" when it is not ranked in the latest year or in no year before.
    std::string span_change;
};

struct YearRanking {
    std::vector<int> years;                       // ascending
    std::vector<std::size_t> counts;              // units ranked in each year
    std::vector<UnitYears> units;                 // see rank_years
    std::vector<std::vector<UnitResult>> results; // rank_sheet of each year (by rank)
    std::vector<ScoreSheet> sheets;               // each year's sheet, as given
};

// Ranks each year with rank_sheet(options) and lines the units up: a unit is the same in two
// years when its names have one unit_key ("UBND huyện Bắc Sơn" = "Ủy ban nhân dân huyện Bắc
// Sơn" is not; "Bắc  sơn" = "Bắc Sơn" is). Units are ordered by the latest year's rank (ties
// in that year's sheet order), then those missing from it by the latest year they have. A
// unit missing a year has no rank, total or change there; changes and texts compare only
// years in which it has a rank. With the average tie rule a half rank has no text.
// InputError: fewer than two years, a year given twice, two units of one year with one key
// (naming both and the year), and every error rank_sheet raises (prefixed with the year).
YearRanking rank_years(std::vector<YearSheet> years, const SheetOptions& options = {});

// The components where `unit` lost the most points against the best unit of `results`
// (rank 1, the first in sheet order on a tie): per component the best unit's (weighted)
// score minus the unit's, kept when positive, largest first (ties: the leftmost component),
// at most `top`. Exact decimals. InputError: `unit` not among the units (unit_key), top 0.
struct LostComponent {
    std::size_t component = 0;
    std::string name;
    double score = 0, best_score = 0, maximum = 0; // weighted
    decimal::Decimal lost;                         // best_score - score, exact
};
struct PointsLost {
    std::string unit, best;
    std::vector<LostComponent> components; // empty when the unit is the best or never behind
};
PointsLost points_lost(const ScoreSheet& sheet, const std::vector<UnitResult>& results,
                       std::string_view unit, std::size_t top = 5);

// Units not ranked in every year, one message each ("Đơn vị "Đình Lập" không có điểm năm
// 2023."): often one unit typed two ways, which the clerk must see.
std::vector<Message> missing_years(const YearRanking& ranking);

// "Đã đọc 3 năm: 2022 (trang "2022", 4 đơn vị), 2023 (...), 2024 (...)." in year order.
Message describe_years(const std::vector<YearSheet>& years);

// ---- Reading several years from one workbook -------------------------------------------

// A sheet name's year: a year 1900..2999 standing alone ("2022", "PAR INDEX 2023"); nullopt
// when it has none or two different ones.
std::optional<int> year_of_name(std::string_view name);
// The name without its year, as a loose key (vntext::fold_loose): "PAR INDEX 2023" and
// "Par index (2022)" are both "par index"; the sheets of one index over the years share it.
std::string name_without_year(std::string_view name);

// A table with a year column (header "Năm", whole years below): one grid per year, ascending,
// each the rows above the first data row (the headers) followed by that year's rows, with the
// year column emptied, placed so that the year's rows keep their sheet rows (the copied
// header rows then stand on the rows just above them). Empty without a year column or with
// one year only. InputError when a year's rows are not together (a year again after another)
// or a cell of the year column is not a year.
struct YearGrid {
    int year = 0;
    Grid grid;
    std::string rows; // "A7:K17": the sheet cells of this year's rows, for messages
};
std::vector<YearGrid> split_years(const Grid& grid);

// The score sheet of one year's grid (read_score_layout, score_sheet); `where` names it in
// messages ("\"PAR INDEX 2023\""). InputError as read_score_layout, prefixed with the year.
YearSheet year_sheet(int year, const Grid& grid, const std::string& where);
// Every year of a table with a year column (split_years, then year_sheet); empty without one.
std::vector<YearSheet> year_sheets(const Grid& grid, const std::string& where);

} // namespace vnplan::indices
