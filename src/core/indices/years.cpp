// rank_years and points_lost: ranks over several years and the points a unit lost against
// the best unit. The per-year ranking is rank_sheet's; this file only lines the years up.
#include "core/indices/years.hpp"

#include "core/indices/exact.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace vnplan::indices {
namespace {

using detail::fail;

std::vector<UnitResult> rank_year(const YearSheet& y, const SheetOptions& options) {
    const std::string year = std::to_string(y.year);
    const std::string where = y.source.empty() ? "" : " (" + y.source + ")";
    try {
        auto results = rank_sheet(y.sheet, options);
        std::map<std::string, std::string> seen;
        for (const auto& r : results) {
            const auto [it, added] = seen.emplace(vntext::unit_key(r.unit), r.unit);
            if (!added)
                fail("Năm " + year + where + " có hai đơn vị trùng tên: \"" + it->second +
                         "\" và \"" + r.unit + "\".",
                     "Year " + year + where + " has two units with one name: \"" + it->second +
                         "\" and \"" + r.unit + "\".");
        }
        return results;
    } catch (const InputError& e) {
        if (e.message().vi.rfind("Năm " + year, 0) == 0) throw;
        fail("Năm " + year + where + ": " + e.message().vi,
             "Year " + year + where + ": " + e.message().en);
    }
}

bool whole(double rank) {
    return std::floor(rank) == rank;
}

// The change texts of one unit, against the year before and the earliest year it has.
void describe_changes(UnitYears& u, const std::vector<int>& years, bool pad) {
    const std::size_t latest = years.size() - 1;
    for (std::size_t y = 1; y < years.size(); ++y)
        if (u.ranks[y] && u.ranks[y - 1]) u.changes[y] = rank_change(*u.ranks[y], *u.ranks[y - 1]);
    const auto& now = u.ranks[latest];
    if (!now || !whole(*now)) return;
    if (const auto& before = u.ranks[latest - 1]; before && whole(*before))
        u.last_change = rank_change_text(*now, *before, pad);
    for (std::size_t y = 0; y < latest; ++y)
        if (u.ranks[y]) {
            if (whole(*u.ranks[y]))
                u.span_change = rank_change_text(*now, *u.ranks[y], pad) + " so với năm " +
                                std::to_string(years[y]);
            return;
        }
}

} // namespace

YearRanking rank_years(std::vector<YearSheet> years, const SheetOptions& options) {
    if (years.size() < 2)
        fail("Cần điểm của ít nhất hai năm để xếp hạng qua các năm.",
             "Ranking over the years needs the scores of two years at least.");
    std::stable_sort(years.begin(), years.end(),
                     [](const YearSheet& a, const YearSheet& b) { return a.year < b.year; });
    YearRanking out;
    for (const auto& y : years) {
        if (!out.years.empty() && out.years.back() == y.year)
            fail("Năm " + std::to_string(y.year) + " có hai bảng điểm.",
                 "The year " + std::to_string(y.year) + " has two score tables.");
        out.years.push_back(y.year);
        out.results.push_back(rank_year(y, options));
        out.counts.push_back(out.results.back().size());
        out.sheets.push_back(y.sheet);
    }
    // Latest year first: its rank order, then each earlier year's units not seen yet.
    const std::size_t n = years.size();
    std::map<std::string, std::size_t> index;
    for (std::size_t y = n; y-- > 0;)
        for (const auto& r : out.results[y]) {
            const auto [it, added] = index.emplace(vntext::unit_key(r.unit), out.units.size());
            if (added)
                out.units.push_back({r.unit, std::vector<std::optional<double>>(n),
                                     std::vector<std::optional<double>>(n),
                                     std::vector<std::optional<double>>(n), "", ""});
            UnitYears& u = out.units[it->second];
            u.ranks[y] = r.rank;
            u.totals[y] = r.total_value;
        }
    for (auto& u : out.units)
        describe_changes(u, out.years, options.pad);
    return out;
}

PointsLost points_lost(const ScoreSheet& sheet, const std::vector<UnitResult>& results,
                       std::string_view unit, std::size_t top) {
    if (top == 0) fail("Số chỉ số cần liệt kê phải từ 1 trở lên.", "List at least one component.");
    const std::string key = vntext::unit_key(unit);
    const auto found = std::find_if(results.begin(), results.end(), [&](const UnitResult& r) {
        return vntext::unit_key(r.unit) == key;
    });
    if (found == results.end() || results.empty())
        fail("Không có đơn vị \"" + std::string(unit) + "\" trong bảng điểm.",
             "There is no unit \"" + std::string(unit) + "\" in the score table.");
    const ScoreSheet w = weighted(sheet);
    const UnitResult& best = results.front();
    PointsLost out{found->unit, best.unit, {}};
    auto score = [&](std::size_t row, std::size_t c) {
        const Cell& cell = w.scores[row][c];
        return cell.is_number() ? cell.number : 0.0;
    };
    for (std::size_t c = 0; c < w.components.size(); ++c) {
        const double mine = score(found->row, c), theirs = score(best.row, c);
        detail::Exact lost = detail::exact(mine);
        lost.mantissa = -lost.mantissa;
        lost = detail::add(detail::exact(theirs), lost);
        if (lost.mantissa <= 0) continue;
        out.components.push_back(
            {c, w.components[c], mine, theirs, w.maxima[c], detail::to_decimal(lost)});
    }
    std::stable_sort(out.components.begin(), out.components.end(),
                     [](const LostComponent& a, const LostComponent& b) {
                         return detail::compare(detail::exact(a.lost), detail::exact(b.lost)) > 0;
                     });
    if (out.components.size() > top) out.components.resize(top);
    return out;
}

std::vector<Message> missing_years(const YearRanking& ranking) {
    std::vector<Message> out;
    for (const auto& u : ranking.units) {
        std::string years;
        for (std::size_t y = 0; y < ranking.years.size(); ++y)
            if (!u.ranks[y])
                years += (years.empty() ? "" : ", ") + std::to_string(ranking.years[y]);
        if (!years.empty())
            out.push_back({"Đơn vị \"" + u.unit + "\" không có điểm năm " + years +
                               " (tên viết khác đi giữa các năm?).",
                           "The unit \"" + u.unit + "\" has no scores for " + years +
                               " (its name spelt differently?)."});
    }
    return out;
}

Message describe_years(const std::vector<YearSheet>& years) {
    auto sorted = years;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const YearSheet& a, const YearSheet& b) { return a.year < b.year; });
    std::string vi = "Đã đọc " + std::to_string(sorted.size()) + " năm: ";
    std::string en = "Read " + std::to_string(sorted.size()) + " years: ";
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& y = sorted[i];
        const std::string units = std::to_string(y.sheet.units.size());
        const std::string sep = i == 0 ? "" : ", ";
        vi += sep + std::to_string(y.year) + " (" + y.source + ", " + units + " đơn vị)";
        en += sep + std::to_string(y.year) + " (" + y.source + ", " + units + " units)";
    }
    return {vi + ".", en + "."};
}

} // namespace vnplan::indices
