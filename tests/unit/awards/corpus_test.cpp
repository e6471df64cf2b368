// Every award table of the corpus (tests/data/awards) read by the core, against the reading
// and findings worked out by hand beside it.
#include "common/corpus.hpp"
#include "core/awards/verify.hpp"

#include <doctest/doctest.h>

#include <set>
#include <sstream>

using namespace vnplan;

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, separator);)
        if (!test::trim_copy(part).empty()) out.push_back(test::trim_copy(part));
    return out;
}

std::set<std::string> cells(const std::string& text) {
    if (text == "none") return {};
    const auto words = split(text, ' ');
    return {words.begin(), words.end()};
}

std::string counts(const std::vector<long long>& values) {
    std::string out;
    for (long long v : values)
        out += (out.empty() ? "" : "; ") + std::to_string(v);
    return out;
}

std::string sheet_row(const Grid& grid, std::size_t r) {
    return std::to_string(grid.first_row + static_cast<int>(r) + 1);
}

// The sections as the expectations file writes them: "A/I | 6-15 | 10; 12".
std::vector<std::string> section_lines(const Grid& grid, const awards::Verification& v) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.layout.sections.size(); ++i) {
        const auto& s = v.layout.sections[i];
        if (!s.row && s.label.empty()) continue; // items outside every section
        out.push_back(s.path + " | " + sheet_row(grid, s.first_row) + "-" +
                      sheet_row(grid, s.last_row) + " | " + counts(v.sections[i].totals.computed));
    }
    return out;
}

std::set<std::string> finding_cells(const std::vector<awards::Finding>& list) {
    std::set<std::string> out;
    for (const auto& f : list)
        out.insert(f.cell);
    return out;
}

// Checks one case; true when it passes.
bool check_case(const test::CorpusCase& c) {
    INFO("case " << c.name);
    const Grid grid = test::grid_of(c);
    const auto& e = c.expect;
    const auto get = [&](const char* key) {
        const auto it = e.find(key);
        return it == e.end() ? std::string() : it->second;
    };
    if (get("not_a_table") == "yes") {
        bool refused = false;
        try {
            refused = awards::verify(grid).layout.count_columns.empty();
        } catch (const InputError&) {
            refused = true;
        }
        CHECK(refused);
        return refused;
    }
    awards::Verification v;
    try {
        v = awards::verify(grid);
    } catch (const InputError& error) {
        FAIL_CHECK("not read: " << error.message().en);
        return false;
    }
    bool ok = true;
    const auto expect_eq = [&](const std::string& what, const auto& got, const auto& want) {
        if (got == want) return;
        ok = false;
        std::ostringstream g, w;
        for (const auto& x : got)
            g << "[" << x << "] ";
        for (const auto& x : want)
            w << "[" << x << "] ";
        FAIL_CHECK(what << ": got " << g.str() << " want " << w.str());
    };
    if (e.count("columns"))
        expect_eq("columns", v.layout.count_headers, split(get("columns"), ';'));
    if (e.count("section"))
        expect_eq("sections", section_lines(grid, v), split(get("section"), '\n'));
    if (e.count("items"))
        expect_eq("items", std::vector<std::string>{std::to_string(v.layout.items.size())},
                  std::vector<std::string>{get("items")});
    if (e.count("total"))
        expect_eq("total", std::vector<std::string>{counts(v.total.computed)},
                  std::vector<std::string>{counts([&] {
                      std::vector<long long> n;
                      for (const auto& s : split(get("total"), ';'))
                          n.push_back(std::stoll(s));
                      return n;
                  }())});
    if (e.count("total_row"))
        expect_eq("total_row",
                  std::vector<std::string>{v.layout.total_row ? sheet_row(grid, *v.layout.total_row)
                                                              : "none"},
                  std::vector<std::string>{get("total_row")});
    if (e.count("errors")) expect_eq("errors", finding_cells(v.errors), cells(get("errors")));
    if (e.count("warnings"))
        expect_eq("warnings", finding_cells(v.warnings), cells(get("warnings")));
    if (e.count("unclear")) {
        std::set<std::string> unclear;
        for (const auto& f : v.errors)
            if (std::find(v.layout.unclear_rows.begin(), v.layout.unclear_rows.end(), f.row) !=
                v.layout.unclear_rows.end())
                unclear.insert(f.cell);
        expect_eq("unclear", unclear, cells(get("unclear")));
    }
    if (!ok)
        for (const auto& line : awards::report_lines(v, Lang::en))
            MESSAGE(c.name << ": " << line);
    return ok;
}

} // namespace

TEST_CASE("awards corpus: every case read as worked out by hand") {
    const auto files = test::corpus_files("awards");
    REQUIRE(files.size() >= 25);
    std::size_t passed = 0;
    for (const auto& file : files) {
        const test::CorpusCase c = test::read_case(file);
        REQUIRE_MESSAGE(!c.expect.empty(), c.name << " has no expectations file");
        passed += check_case(c) ? 1 : 0;
    }
    MESSAGE("awards corpus: " << passed << " of " << files.size() << " cases pass");
}

// AWARDCHECK reads neither the formulas nor the hidden rows (each costs the office another pass
// over the range): its count of errors must not depend on them.
TEST_CASE("awards corpus: the errors do not depend on formulas or hidden rows") {
    std::size_t with_formulas = 0, with_hidden = 0;
    for (const auto& file : test::corpus_files("awards")) {
        const test::CorpusCase c = test::read_case(file);
        const Grid full = test::grid_of(c);
        with_formulas += full.formulas.empty() ? 0 : 1;
        with_hidden += full.hidden_rows.empty() ? 0 : 1;
        Grid bare = full;
        bare.formulas.clear();
        bare.hidden_rows.clear();
        std::vector<std::string> errors[2];
        for (int i = 0; i < 2; ++i) {
            try {
                for (const auto& f : awards::verify(i ? bare : full).errors)
                    errors[i].push_back(f.line(Lang::en));
            } catch (const InputError& e) {
                errors[i].push_back(e.what());
            }
        }
        CHECK_MESSAGE(errors[0] == errors[1], c.name);
    }
    CHECK(with_formulas > 0); // the corpus has cases that could tell
    CHECK(with_hidden > 0);
}
