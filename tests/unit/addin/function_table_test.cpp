#include "addin/function_docs.hpp"
#include "addin/function_table.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace vnplan::addin;

TEST_CASE("function table: every function has both languages and unique names") {
    std::set<std::string> names;
    for (const FunctionSpec& f : function_table()) {
        CAPTURE(f.name_en);
        CHECK(!f.method.empty());
        CHECK(!f.name_vi.empty());
        CHECK(!f.help_en.empty());
        CHECK(!f.help_vi.empty());
        CHECK(names.insert(std::string(f.name_en)).second);
        CHECK(names.insert(std::string(f.name_vi)).second);
        for (const auto& a : f.arguments) {
            CHECK(!a.name_en.empty());
            CHECK(!a.name_vi.empty());
            CHECK(!a.help_en.empty());
            CHECK(!a.help_vi.empty());
        }
        CHECK(find_function(f.domain, f.name_vi) == &f);
        CHECK(find_function(f.domain, f.method) == &f);
    }
    CHECK(names.count("AWARDTOTAL") == 1);
    CHECK(names.count("VNWORDS") == 1);
    CHECK(names.count("INDEXRANKS") == 1);
}

TEST_CASE("docs/functions.md is the one written from the table") {
    std::ifstream file(std::string(VNPLAN_SOURCE_DIR) + "/docs/functions.md", std::ios::binary);
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    // When this fails: out/bin/vnplan_function_docs > docs/functions.md
    CHECK(text.str() == functions_markdown());
}
