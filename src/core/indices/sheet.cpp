// The logic of the "Xếp hạng chỉ số" dialog: totals, percentages, ranks, changes, tiers and
// strongest/weakest components of every unit, without any UI.
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"
#include "core/indices/sheet_parts.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace vnplan::indices {

using detail::Exact;
using detail::fail;
using detail::typed_en;
using detail::typed_vi;

namespace {

std::string n(std::size_t value) {
    return std::to_string(value);
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void check_shape(const ScoreSheet& sheet) {
    const std::size_t units = sheet.units.size();
    const std::size_t components = sheet.components.size();
    if (units == 0) fail("Chưa có đơn vị nào để xếp hạng.", "There are no units to rank.");
    if (components == 0) fail("Chưa có chỉ số thành phần nào.", "There are no component scores.");
    if (sheet.maxima.size() != components)
        fail("Có " + n(components) + " chỉ số thành phần nhưng " + n(sheet.maxima.size()) +
                 " điểm tối đa.",
             "There are " + n(components) + " components but " + n(sheet.maxima.size()) +
                 " maxima.");
    if (sheet.scores.size() != units)
        fail("Có " + n(units) + " đơn vị nhưng " + n(sheet.scores.size()) + " dòng điểm.",
             "There are " + n(units) + " units but " + n(sheet.scores.size()) + " rows of scores.");
    if (!sheet.previous_ranks.empty() && sheet.previous_ranks.size() != units)
        fail("Cột thứ hạng năm trước phải có " + n(units) + " ô.",
             "The previous ranks must have " + n(units) + " cells.");
    if (!sheet.groups.empty() && sheet.groups.size() != units)
        fail("Cột nhóm phải có " + n(units) + " ô.",
             "The groups must have " + n(units) + " cells.");
    for (std::size_t c = 0; c < components; ++c) {
        const double m = sheet.maxima[c];
        if (!std::isfinite(m) || m <= 0)
            fail("Điểm tối đa của \"" + sheet.components[c] + "\" phải lớn hơn 0 (đang là " +
                     typed_vi(m) + ").",
                 "The maximum of \"" + sheet.components[c] + "\" must be greater than 0 (got " +
                     typed_en(m) + ").");
    }
    for (std::size_t u = 0; u < units; ++u) {
        if (blank(sheet.units[u]))
            fail("Dòng thứ " + n(u + 1) + " chưa có tên đơn vị.",
                 "Row " + n(u + 1) + " has no unit name.");
        if (sheet.scores[u].size() != components)
            fail("Đơn vị \"" + sheet.units[u] + "\" có " + n(sheet.scores[u].size()) +
                     " điểm, cần " + n(components) + ".",
                 "Unit \"" + sheet.units[u] + "\" has " + n(sheet.scores[u].size()) + " scores, " +
                     n(components) + " expected.");
    }
}

// The kind of score in messages: the ranked one, or the self-assessed one beside it.
struct ScoreKind {
    const std::vector<std::vector<Cell>>& cells;
    std::string vi, en; // "điểm" / "score"
};

// A validated score: blank, negative or above the maximum are reported with unit and component.
double score_at(const ScoreSheet& sheet, const ScoreKind& kind, std::size_t u, std::size_t c,
                bool blank_as_zero) {
    const std::string& unit = sheet.units[u];
    const std::string& component = sheet.components[c];
    const Cell& cell = kind.cells[u][c];
    const std::string& vi = kind.vi;
    const std::string& en = kind.en;
    if (cell.is_empty() || (cell.kind == Cell::Kind::text && blank(cell.text))) { // looks blank
        if (blank_as_zero) return 0;
        fail("Đơn vị \"" + unit + "\" chưa có " + vi + " \"" + component + "\" (ô trống).",
             "Unit \"" + unit + "\" has no " + en + " for \"" + component + "\" (blank cell).");
    }
    if (cell.is_error())
        fail("Đơn vị \"" + unit + "\": ô " + vi + " \"" + component + "\" báo lỗi " + cell.text +
                 ".",
             "Unit \"" + unit + "\": the " + en + " cell for \"" + component +
                 "\" holds an error " + cell.text + ".");
    if (!cell.is_number() || !std::isfinite(cell.number))
        fail("Đơn vị \"" + unit + "\": " + vi + " \"" + component + "\" không phải là số (\"" +
                 cell.text + "\").",
             "Unit \"" + unit + "\": the " + en + " for \"" + component + "\" is not a number (\"" +
                 cell.text + "\").");
    const double score = cell.number;
    const double maximum = sheet.maxima[c];
    if (score < 0)
        fail("Đơn vị \"" + unit + "\": " + vi + " \"" + component + "\" là số âm (" +
                 typed_vi(score) + ").",
             "Unit \"" + unit + "\": the " + en + " for \"" + component + "\" is negative (" +
                 typed_en(score) + ").");
    if (score > maximum) // doubles compare like the typed decimals
        fail("Đơn vị \"" + unit + "\": " + vi + " \"" + component + "\" (" + typed_vi(score) +
                 ") vượt điểm tối đa " + typed_vi(maximum) + ".",
             "Unit \"" + unit + "\": the " + en + " for \"" + component + "\" (" + typed_en(score) +
                 ") exceeds its maximum " + typed_en(maximum) + ".");
    return score;
}

void check_options(const ScoreSheet& sheet, const SheetOptions& options) {
    if (options.year && (*options.year < 1 || *options.year > 9999))
        fail("Năm so sánh phải từ 1 đến 9999 (đang là " + std::to_string(*options.year) + ").",
             "The year must be from 1 to 9999 (got " + std::to_string(*options.year) + ").");
    if (options.percent_decimals < 0 || options.percent_decimals > max_decimals)
        fail("Số chữ số thập phân phải từ 0 đến 15.",
             "The number of decimals must be between 0 and 15.");
    if (!sheet.tier_thresholds.empty() || !sheet.tier_labels.empty())
        (void)tier(0, sheet.tier_thresholds, sheet.tier_labels); // validates the tier table
}

void check_previous(const UnitResult& r, std::optional<double> previous) {
    if (!previous) return;
    if (!std::isfinite(*previous) || *previous < 1 || *previous != std::floor(*previous))
        fail("Đơn vị \"" + r.unit + "\": thứ hạng năm trước phải là số nguyên dương (đang là " +
                 typed_vi(*previous) + ").",
             "Unit \"" + r.unit + "\": the previous rank must be a whole number >= 1 (got " +
                 typed_en(*previous) + ").");
}

// Strongest/weakest by score/maximum, exactly; strict comparison keeps the leftmost.
void extremes(UnitResult& r, const std::vector<Exact>& scores, const std::vector<Exact>& maxima) {
    for (std::size_t c = 1; c < scores.size(); ++c) {
        if (detail::compare_ratios(scores[c], maxima[c], scores[r.strongest], maxima[r.strongest]) >
            0)
            r.strongest = c;
        if (detail::compare_ratios(scores[c], maxima[c], scores[r.weakest], maxima[r.weakest]) < 0)
            r.weakest = c;
    }
}

Exact sum(const std::vector<Exact>& values) {
    Exact total{0, 0};
    for (const Exact& v : values)
        total = detail::add(total, v);
    return total;
}

// Totals of one unit: components, self-assessed, areas, bonus and penalty.
Exact unit_totals(const ScoreSheet& sheet, const SheetOptions& options,
                  const std::vector<Exact>& maxima, UnitResult& r) {
    const std::size_t u = r.row;
    std::vector<Exact> scores;
    for (std::size_t c = 0; c < sheet.components.size(); ++c)
        scores.push_back(detail::exact(
            score_at(sheet, {sheet.scores, "điểm", "score"}, u, c, options.blank_as_zero)));
    if (!sheet.self_scores.empty()) {
        std::vector<Exact> self;
        for (std::size_t c = 0; c < sheet.components.size(); ++c)
            self.push_back(detail::exact(
                score_at(sheet, {sheet.self_scores, "điểm tự chấm", "self-assessed score"}, u, c,
                         options.blank_as_zero)));
        r.self_total = detail::to_decimal(sum(self));
    }
    extremes(r, scores, maxima);
    const Exact score_total = sum(scores);
    const Exact bonus = detail::bonus_of(sheet, u);
    const Exact penalty = detail::penalty_of(sheet, u);
    r.score_total = detail::to_decimal(score_total);
    r.bonus = detail::to_decimal(bonus);
    r.penalty = detail::to_decimal(penalty);
    r.area_totals = detail::area_totals(sheet, scores);
    const Exact minus{-penalty.mantissa, penalty.scale};
    return detail::add(detail::add(score_total, bonus), minus);
}

} // namespace

std::vector<UnitResult> rank_sheet(const ScoreSheet& sheet, const SheetOptions& options) {
    if (!sheet.weights.empty()) {
        ScoreSheet typed = sheet;
        typed.weights.clear();
        (void)rank_sheet(typed, options); // messages quote the scores as typed
        return rank_sheet(weighted(sheet), options);
    }
    check_shape(sheet);
    detail::check_parts(sheet);
    check_options(sheet, options);
    const std::size_t units = sheet.units.size();

    std::vector<Exact> maxima;
    for (double m : sheet.maxima)
        maxima.push_back(detail::exact(m));
    const Exact maximum_sum = sum(maxima);
    const decimal::Decimal maximum_total = detail::to_decimal(maximum_sum);

    std::vector<UnitResult> out(units);
    std::vector<std::optional<double>> totals(units);
    for (std::size_t u = 0; u < units; ++u) {
        UnitResult& r = out[u];
        r.row = u;
        r.unit = sheet.units[u];
        r.group = sheet.groups.empty() ? std::string() : sheet.groups[u];
        const Exact total = unit_totals(sheet, options, maxima, r);
        r.total = detail::to_decimal(total);
        r.total_value = decimal::to_double(r.total);
        r.percent = detail::percent_of(total, maximum_sum, options.percent_decimals);
        r.percent_value = decimal::to_double(r.percent);
        totals[u] = r.total_value;
        if (!sheet.previous_ranks.empty()) check_previous(r, sheet.previous_ranks[u]);
        if (!sheet.tier_thresholds.empty()) // the percentage as shown: 89.996 -> 90.00 -> 90
            r.tier = tier(r.percent_value, sheet.tier_thresholds, sheet.tier_labels);
    }

    // Ranking at the largest number of places a total has makes the rounding a no-op: units
    // are ranked by their exact totals (exactly equal sums tie, 0.1 + 0.2 ties with 0.3) as
    // long as a total has at most 15 significant digits, far beyond any score sheet.
    RankOptions rank_options;
    rank_options.ties = options.ties;
    rank_options.decimals = 0;
    for (const auto& r : out)
        rank_options.decimals = std::max(rank_options.decimals, r.total.scale);
    rank_options.decimals = std::min(rank_options.decimals, max_decimals);
    if (options.previous_in_group && sheet.groups.empty())
        throw InputError({"Hạng năm trước tính trong khối thì cần chọn vùng khối/nhóm.",
                          "Previous ranks within groups need the groups range."});
    const auto overall = ranks(totals, rank_options);
    std::vector<std::optional<double>> in_group;
    if (!sheet.groups.empty()) in_group = ranks(totals, rank_options, sheet.groups);

    std::unordered_map<std::string, std::size_t> group_sizes;
    std::vector<std::string> keys;
    for (const auto& g : sheet.groups)
        ++group_sizes[keys.emplace_back(vntext::fold_exact(g))];

    const int digits = options.pad ? 2 : 1;
    for (std::size_t u = 0; u < units; ++u) {
        UnitResult& r = out[u];
        r.rank = *overall[u];
        r.count = units;
        if (!sheet.groups.empty()) {
            r.group_rank = in_group[u];
            r.group_count = group_sizes[keys[u]];
        }
        std::optional<double> previous;
        if (!sheet.previous_ranks.empty()) previous = sheet.previous_ranks[u];
        const bool in_group_terms = options.previous_in_group;
        const double rank = in_group_terms ? *r.group_rank : r.rank;
        const double of = static_cast<double>(in_group_terms ? r.group_count : units);
        if (previous) {
            r.change = *previous - rank;
            if (rank == std::floor(rank))
                r.change_text = rank_change_text(rank, *previous, options.pad);
        }
        // Average ties (2.5) have no sentence form: change text and phrase stay empty.
        if (rank == std::floor(rank)) {
            std::optional<double> year;
            if (options.year) year = *options.year;
            r.phrase =
                detail::phrase_text(r.total, maximum_total, r.percent, options.percent_decimals,
                                    rank, of, previous, year, digits);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const UnitResult& a, const UnitResult& b) { return a.rank < b.rank; });
    return out;
}

} // namespace vnplan::indices
