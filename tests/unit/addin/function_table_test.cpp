#include "addin/function_docs.hpp"
#include "addin/function_table.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace vnplan::addin;
using vnplan::Lang;

TEST_CASE("function table: every function has both languages and unique names") {
    std::set<std::string_view> names;
    for (const FunctionSpec& f : function_table()) {
        CAPTURE(f.name.en);
        CHECK(!f.method.empty());
        CHECK(!f.name.vi.empty());
        CHECK(!f.help.en.empty());
        CHECK(!f.help.vi.empty());
        CHECK(names.insert(f.name.en).second);
        CHECK(names.insert(f.name.vi).second);
        for (const ArgumentSpec& a : f.arguments) {
            CAPTURE(a.name.en);
            CHECK(!a.name.en.empty());
            CHECK(!a.name.vi.empty());
            CHECK(!a.help.en.empty());
            CHECK(!a.help.vi.empty());
            // The kind says "optional"; help_of writes it, the help must not say it again.
            CHECK(a.help.en.rfind("Optional", 0) == std::string_view::npos);
            CHECK(a.help.vi.rfind("Không bắt buộc", 0) == std::string_view::npos);
        }
        CHECK(find_function(f.domain, f.name.vi) == &f);
        CHECK(find_function(f.domain, f.method) == &f);
    }
    CHECK(names.count("AWARDTOTAL") == 1);
    CHECK(names.count("VNWORDS") == 1);
    CHECK(names.count("INDEXRANKS") == 1);
}

TEST_CASE("function table: argument kinds") {
    const FunctionSpec* date = find_function(Domain::vntext, "VNDATE");
    REQUIRE(date);
    CHECK(date->arguments.size() == 3);
    CHECK(date->visible_arguments() == 2);
    CHECK(date->arguments[0].kind == ArgumentKind::hidden);
    const FunctionSpec* total = find_function(Domain::awards, "AWARDTOTAL");
    REQUIRE(total);
    CHECK(total->visible_arguments() == 3);
    CHECK(help_of(total->arguments[2], Lang::en).rfind("Optional: a section", 0) == 0);
    CHECK(help_of(total->arguments[2], Lang::vi).rfind("Không bắt buộc: thứ tự", 0) == 0);
    CHECK(help_of(total->arguments[1], Lang::en).rfind("The 1-based column", 0) == 0);
    // Calc's fixed category names.
    CHECK(category_name(total->category) == "Add-In");
    CHECK(category_name(date->category) == "Text");
    CHECK(category_name(Category::date_time) == "Date&Time");
}

TEST_CASE("docs/functions.md is the one written from the table") {
    std::ifstream file(std::string(VNPLAN_SOURCE_DIR) + "/docs/functions.md", std::ios::binary);
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    // When this fails: out/bin/vnplan_function_docs > docs/functions.md
    CHECK(text.str() == functions_markdown());
    // Calc fills VNDATE's document in itself: the reader never types it.
    CHECK(functions_markdown().find("tai_lieu") == std::string::npos);
}
