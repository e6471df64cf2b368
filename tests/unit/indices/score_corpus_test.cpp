// Every score sheet of the corpus (tests/data/scores/NN-name.tsv) read by the core and ranked,
// against the expectations worked out by hand beside it (NN-name.expect; see the README there).
#include "common/tsv.hpp"
#include "core/common/message.hpp"
#include "core/indices/score_layout.hpp"
#include "core/vntext/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace vnplan;
using namespace vnplan::indices;
namespace fs = std::filesystem;

namespace {

// "key: value" lines ('#' starts a comment line); a key may repeat.
std::multimap<std::string, std::string> expectations(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "missing " << path.string());
    std::multimap<std::string, std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (vntext::trim_ascii(line).empty() || line[0] == '#') continue;
        const auto colon = line.find(": ");
        REQUIRE_MESSAGE(colon != std::string::npos, "bad line: " << line);
        out.emplace(vntext::trim_ascii(line.substr(0, colon)),
                    vntext::trim_ascii(line.substr(colon + 2)));
    }
    return out;
}

std::string joined(const std::vector<std::string>& parts, const char* separator = "; ") {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

std::string span_text(const Grid& grid, const std::optional<GridSpan>& span) {
    return span ? address_of(grid, *span) : "none";
}

std::string line_text(const Grid& grid, const ScoreLayout& layout, std::size_t line) {
    return address_of(grid, line_span(layout, line));
}

std::string lines_text(const Grid& grid, const ScoreLayout& layout,
                       const std::vector<LayoutLine>& lines) {
    std::vector<std::string> parts;
    for (const auto& l : lines)
        parts.push_back(line_text(grid, layout, l.line));
    return parts.empty() ? "none" : joined(parts);
}

// What the reader found, under the expectations' keys.
std::map<std::string, std::string> reading(const Grid& grid, const ScoreLayout& l) {
    std::map<std::string, std::string> r;
    r["orientation"] = l.units_in_rows ? "rows" : "columns";
    r["units"] = address_of(grid, l.units);
    r["scores"] = address_of(grid, l.scores);
    r["maxima"] = span_text(grid, l.maxima);
    r["maxima in text"] = l.maxima_in_text ? "yes" : "no";
    r["weights"] = span_text(grid, l.weights);
    r["groups"] = span_text(grid, l.groups);
    r["previous"] = span_text(grid, l.previous_ranks);
    r["previous in group"] = l.previous_in_group ? "yes" : "no";
    r["year"] = l.year ? std::to_string(*l.year) : "none";
    r["bonus"] = lines_text(grid, l, l.bonus);
    r["penalty"] = lines_text(grid, l, l.penalty);
    r["sheet totals"] = lines_text(grid, l, l.totals);
    std::vector<std::string> names, maxima, weights, self, appraised, areas;
    for (const auto& c : l.components) {
        names.push_back(c.name);
        maxima.push_back(format_typed(c.maximum));
        weights.push_back(format_typed(c.weight));
        appraised.push_back(line_text(grid, l, c.line));
        if (c.self_line) self.push_back(line_text(grid, l, *c.self_line));
    }
    r["components"] = std::to_string(l.components.size());
    r["names"] = joined(names, " | ");
    r["maxima values"] = joined(maxima);
    r["weights values"] = joined(weights);
    r["self"] = self.empty() ? "none" : joined(self);
    r["appraised"] = joined(appraised);
    for (const auto& a : l.areas) {
        std::vector<std::string> members;
        for (std::size_t c : a.components)
            members.push_back(std::to_string(c + 1));
        areas.push_back(a.name + " = " + joined(members, ", "));
    }
    r["areas"] = areas.empty() ? "none" : joined(areas);
    r["unit count"] = std::to_string(l.unit_names.size());
    r["first unit"] = l.unit_names.front();
    r["last unit"] = l.unit_names.back();
    return r;
}

std::string number(const decimal::Decimal& d) {
    return format_typed(decimal::to_double(d));
}

// One ranked unit's figures under "<key> <unit>" keys ("total Sở Tư pháp").
void add_result(std::map<std::string, std::string>& r, const ScoreSheet& sheet,
                const UnitResult& u) {
    r["total " + u.unit] = number(u.total);
    r["score total " + u.unit] = number(u.score_total);
    r["rank " + u.unit] = format_typed(u.rank);
    r["percent " + u.unit] = decimal::format(u.percent_value, 2, ',', '.');
    r["bonus " + u.unit] = number(u.bonus);
    r["penalty " + u.unit] = number(u.penalty);
    if (u.self_total) r["self total " + u.unit] = number(*u.self_total);
    if (u.group_rank) r["group rank " + u.unit] = format_typed(*u.group_rank);
    if (!u.change_text.empty()) r["change " + u.unit] = u.change_text;
    for (std::size_t a = 0; a < sheet.areas.size(); ++a)
        r["area " + u.unit + " / " + sheet.areas[a].name] = number(u.area_totals[a]);
}

std::map<std::string, std::string> results(const Grid& grid, const ScoreLayout& layout) {
    const ScoreSheet sheet = score_sheet(grid, layout);
    const auto ranked = rank_sheet(sheet);
    std::map<std::string, std::string> r;
    r["first"] = ranked.front().unit;
    r["last"] = ranked.back().unit;
    for (const auto& u : ranked)
        add_result(r, sheet, u);
    return r;
}

// The error a case must raise: its Vietnamese text holds `error` and every cell named.
bool check_error(const Grid& grid, const std::multimap<std::string, std::string>& expect) {
    std::string message;
    try {
        const auto layout = read_score_layout(grid);
        rank_sheet(score_sheet(grid, layout));
    } catch (const InputError& e) {
        message = e.message().vi;
        CHECK_FALSE(e.message().en.empty());
    }
    INFO("message: " << message);
    bool ok = message.find(expect.find("error")->second) != std::string::npos;
    CHECK_MESSAGE(ok, "error text");
    const auto cells = expect.equal_range("error cells");
    for (auto it = cells.first; it != cells.second; ++it) {
        std::istringstream in(it->second);
        for (std::string cell; std::getline(in, cell, ',');) {
            const bool found = message.find(vntext::trim_ascii(cell)) != std::string::npos;
            CHECK_MESSAGE(found, "cell " << vntext::trim_ascii(cell));
            ok = ok && found;
        }
    }
    return ok;
}

bool check_case(const fs::path& tsv) {
    const Grid grid = test::grid_from_file(tsv.string());
    const auto expect = expectations(fs::path(tsv).replace_extension(".expect"));
    if (expect.count("error")) return check_error(grid, expect);
    std::map<std::string, std::string> got;
    try {
        const ScoreLayout layout = read_score_layout(grid);
        got = reading(grid, layout);
        got.merge(results(grid, layout));
    } catch (const InputError& e) {
        FAIL_CHECK("unexpected error: " << e.message().vi);
        return false;
    }
    bool ok = true;
    for (const auto& one : expect) {
        const std::string &key = one.first, &want = one.second; // clang 14: no captured bindings
        const auto it = got.find(key);
        const std::string have = it == got.end() ? "<nothing>" : it->second;
        CHECK_MESSAGE(have == want, key << ": got [" << have << "] want [" << want << "]");
        ok = ok && have == want;
    }
    return ok;
}

} // namespace

TEST_CASE("indices: score sheet corpus, every case read and ranked as worked out by hand") {
    const fs::path dir = fs::path(VNPLAN_SOURCE_DIR) / "tests" / "data" / "scores";
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".tsv") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    CHECK(cases.size() >= 10);
    std::size_t passed = 0;
    for (const auto& tsv : cases) {
        INFO("case " << tsv.stem().string());
        passed += check_case(tsv) ? 1 : 0;
    }
    MESSAGE(passed << "/" << cases.size() << " score sheet cases pass");
    CHECK(passed == cases.size());
}
