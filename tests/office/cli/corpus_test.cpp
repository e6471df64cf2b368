// The award corpus (tests/data/awards) through real files: each case written as a Calc
// document, saved as .ods and .xlsx, and checked by the freshly built `vnplan verify --json`
// against the reading and findings worked out by hand beside it.
#include "common/corpus.hpp"
#include "support/corpus_doc.hpp"
#include "support/run.hpp"
#include "support/warm_office.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>

using namespace vnplan;
using namespace vnplan::test;

namespace {

// Cases that cannot be written faithfully as files, with the reason.
const std::map<std::string, std::string> skipped = {};

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, separator);)
        if (!trim_copy(part).empty()) out.push_back(trim_copy(part));
    return out;
}

std::set<std::string> cells(const std::string& text) {
    if (text == "none") return {};
    const auto words = split(text, ' ');
    return {words.begin(), words.end()};
}

std::string text_of(const boost::json::value& v) {
    if (v.is_null()) return "none";
    if (v.is_string()) return std::string(v.as_string());
    return boost::json::serialize(v);
}

std::string counts(const boost::json::value& values) {
    std::string out;
    for (const auto& v : values.as_array())
        out += (out.empty() ? "" : "; ") + text_of(v);
    return out;
}

std::string normal_counts(const std::string& text) { // "3;  5" -> "3; 5"
    std::string out;
    for (const auto& part : split(text, ';'))
        out += (out.empty() ? "" : "; ") + part;
    return out;
}

// The sections as the expectations file writes them: "A/I | 6-15 | 10; 12".
std::vector<std::string> section_lines(const boost::json::object& o) {
    const auto& read = o.at("reading").as_object().at("sections").as_array();
    const auto& sums = o.at("sections").as_array();
    std::vector<std::string> out;
    for (std::size_t i = 0; i < read.size() && i < sums.size(); ++i) {
        const auto& s = read[i].as_object();
        if (s.at("heading_row").is_null() && s.at("label").as_string().empty())
            continue; // items outside every section
        out.push_back(text_of(s.at("path")) + " | " + text_of(s.at("first_row")) + "-" +
                      text_of(s.at("last_row")) + " | " +
                      counts(sums[i].as_object().at("computed")));
    }
    return out;
}

std::set<std::string> finding_cells(const boost::json::value& list) {
    std::set<std::string> out;
    for (const auto& f : list.as_array())
        out.insert(std::string(f.as_object().at("cell").as_string()));
    return out;
}

int row_of(const std::string& cell) {
    return a1_position(cell).second + 1;
}

std::set<std::string> unclear_cells(const boost::json::object& o) {
    std::set<int> rows;
    for (const auto& r : o.at("reading").as_object().at("unclear_rows").as_array())
        rows.insert(static_cast<int>(r.as_int64()));
    std::set<std::string> out;
    for (const auto& cell : finding_cells(o.at("errors")))
        if (rows.count(row_of(cell))) out.insert(cell);
    return out;
}

template <class T> std::string listed(const T& values) {
    std::ostringstream out;
    for (const auto& v : values)
        out << "[" << v << "] ";
    return out.str();
}

// Compares one workbook's JSON with the expectations; the differences, one a line.
std::vector<std::string> differences(const boost::json::object& o, const CorpusCase& c) {
    std::vector<std::string> out;
    const auto& e = c.expect;
    const auto compare = [&](const char* key, const auto& got, const auto& want) {
        if (e.count(key) && got != want)
            out.push_back(std::string(key) + ": got " + listed(got) + "want " + listed(want));
    };
    const auto get = [&](const char* key) { return e.count(key) ? e.at(key) : std::string(); };
    std::vector<std::string> columns;
    for (const auto& h : o.at("columns").as_array())
        columns.push_back(text_of(h));
    compare("columns", columns, split(get("columns"), ';'));
    compare("section", section_lines(o), split(get("section"), '\n'));
    const auto& reading = o.at("reading").as_object();
    compare("items", std::vector{text_of(reading.at("item_rows"))}, std::vector{get("items")});
    compare("total", std::vector{counts(o.at("total").as_object().at("computed"))},
            std::vector{normal_counts(get("total"))});
    compare("total_row", std::vector{text_of(reading.at("total_row"))},
            std::vector{get("total_row")});
    compare("errors", finding_cells(o.at("errors")), cells(get("errors")));
    compare("warnings", finding_cells(o.at("warnings")), cells(get("warnings")));
    compare("unclear", unclear_cells(o), cells(get("unclear")));
    return out;
}

int expected_exit(const CorpusCase& c) {
    if (c.expect.count("not_a_table") && c.expect.at("not_a_table") == "yes") return 2;
    return cells(c.expect.count("errors") ? c.expect.at("errors") : "none").empty() ? 0 : 1;
}

// Writes the case as .ods and .xlsx, verifies both in one call; true when all agrees.
bool check_case(const CorpusCase& c) {
    const auto dir = temp_dir() / "corpus";
    std::filesystem::create_directories(dir);
    const auto files = store_case(c, dir, {"ods", "xlsx"});
    const RunResult r =
        run_vnplan({"verify", "--json", "--lang", "en", files[0].string(), files[1].string()});
    bool ok = r.exit_code == expected_exit(c);
    if (!ok) MESSAGE(c.name << ": exit code " << r.exit_code << ", want " << expected_exit(c));
    boost::json::error_code parse_error;
    const auto parsed = boost::json::parse(r.out, parse_error);
    if (parse_error || !parsed.is_array()) {
        MESSAGE(c.name << ": no JSON array; stderr: " << r.err);
        return false;
    }
    const auto& reports = parsed.as_array();
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& o = reports.at(i).as_object();
        if (expected_exit(c) == 2) {
            ok = ok && o.contains("error");
            continue;
        }
        if (o.contains("error")) {
            MESSAGE(c.name << files[i].extension().string() << ": " << text_of(o.at("error")));
            ok = false;
            continue;
        }
        for (const auto& d : differences(o, c)) {
            MESSAGE(c.name << files[i].extension().string() << ": " << d);
            ok = false;
        }
    }
    return ok;
}

} // namespace

TEST_SUITE("cli.corpus") {
    TEST_CASE("every award case saved as .ods and .xlsx reads as worked out by hand") {
        use_warm_office();
        const auto cases = corpus_files("awards");
        REQUIRE(cases.size() >= 10);
        std::vector<std::string> failed;
        std::size_t passed = 0;
        for (const auto& file : cases) {
            const CorpusCase c = read_case(file);
            if (const auto skip = skipped.find(c.name); skip != skipped.end()) {
                MESSAGE(c.name << " skipped: " << skip->second);
                continue;
            }
            if (check_case(c))
                ++passed;
            else
                failed.push_back(c.name);
        }
        MESSAGE("award corpus through files: " << passed << " of " << cases.size() - skipped.size()
                                               << " cases pass; failing: " << listed(failed));
        CHECK(failed.empty());
    }
}
