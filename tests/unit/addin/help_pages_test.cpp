// The help pages the .oxt ships (out/help/<lang>/, written by vnplan_help_pages and copied from
// extension/help) read back as XML and held against the function table: a page per function
// and language with its names, arguments in order and example; no page for a function that
// does not exist; a page per dialog; a help.tree that lists them all.
#include "addin/function_help.hpp"
#include "addin/function_table.hpp"
#include "core/awards/apportion_compare.hpp"
#include "core/awards/apportion_report.hpp"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace vnplan::addin;
using boost::property_tree::ptree;
using vnplan::Lang;
namespace fs = std::filesystem;

namespace {

const fs::path help_root{VNPLAN_HELP_DIR};

ptree read_page(const fs::path& file) {
    ptree tree;
    boost::property_tree::read_xml(file.string(), tree);
    return tree;
}

std::string attribute(const ptree& node, const std::string& name) {
    return node.get<std::string>("<xmlattr>." + name, "");
}

// The body's children named `element` whose attribute `name` is `value`.
std::vector<const ptree*> children(const ptree& body, const std::string& element,
                                   const std::string& name, const std::string& value) {
    std::vector<const ptree*> found;
    for (const auto& [key, child] : body)
        if (key == element && attribute(child, name) == value) found.push_back(&child);
    return found;
}

const ptree* paragraph(const ptree& body, const std::string& id) {
    const auto found = children(body, "paragraph", "id", id);
    return found.size() == 1 ? found.front() : nullptr;
}

std::set<std::string> stems_in(const fs::path& folder, const std::string& extension) {
    std::set<std::string> stems;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == extension) stems.insert(entry.path().stem().string());
    return stems;
}

// "NAME(a; [b])" -> {"a", "[b]"}, read from the page's text alone.
std::vector<std::string> syntax_arguments(const std::string& syntax, const std::string& name) {
    std::vector<std::string> arguments;
    REQUIRE(syntax.rfind(name + "(", 0) == 0);
    REQUIRE(syntax.back() == ')');
    std::string inner = syntax.substr(name.size() + 1, syntax.size() - name.size() - 2);
    std::size_t start = 0;
    while (!inner.empty() && start <= inner.size()) {
        const std::size_t end = inner.find("; ", start);
        arguments.push_back(inner.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return arguments;
}

} // namespace

TEST_CASE("help pages: one folder per language, nothing else") {
    std::set<std::string> folders;
    for (const auto& entry : fs::directory_iterator(help_root))
        if (entry.is_directory()) folders.insert(entry.path().filename().string());
    CHECK(folders == std::set<std::string>{"en-US", "vi"});
}

TEST_CASE("help pages: every function has a page in each language that says what the table "
          "says") {
    for (const Lang lang : help_languages) {
        const Lang other = lang == Lang::vi ? Lang::en : Lang::vi;
        const fs::path folder = help_root / help_language_folder(lang);
        for (const FunctionSpec& f : function_table()) {
            CAPTURE(help_language_folder(lang));
            CAPTURE(f.name.en);
            const fs::path file =
                folder / "org.vnplan" / "functions" / (std::string(f.name.en) + ".xhp");
            REQUIRE(fs::exists(file));
            const ptree page = read_page(file);
            const ptree& topic = page.get_child("helpdocument.meta.topic");
            const std::string title = topic.get<std::string>("title");
            CHECK(title.find(f.name.in(lang)) == 0);
            CHECK(title.find(f.name.in(other)) != std::string::npos);
            CHECK(topic.get<std::string>("filename") ==
                  "/org.vnplan/functions/" + std::string(f.name.en) + ".xhp");

            const ptree& body = page.get_child("helpdocument.body");
            CHECK(children(body, "bookmark", "branch",
                           "hid/org.vnplan.help.function." + std::string(f.name.en))
                      .size() == 1);
            const ptree* description = paragraph(body, "description");
            REQUIRE(description);
            CHECK(description->data() == f.help.in(lang));

            // The syntax line and the argument list name the visible arguments in table order.
            std::vector<std::string> expected;
            std::vector<const ArgumentSpec*> visible;
            for (const ArgumentSpec& a : f.arguments) {
                if (a.kind == ArgumentKind::hidden) continue;
                visible.push_back(&a);
                const std::string name(a.name.in(lang));
                expected.push_back(a.kind == ArgumentKind::optional ? "[" + name + "]" : name);
            }
            const ptree* syntax = paragraph(body, "syntax");
            REQUIRE(syntax);
            CHECK(syntax_arguments(syntax->data(), std::string(f.name.in(lang))) == expected);
            for (std::size_t i = 0; i < visible.size(); ++i) {
                const ptree* argument = paragraph(body, "argument_" + std::to_string(i + 1));
                REQUIRE(argument);
                CHECK(argument->get<std::string>("emph") == visible[i]->name.in(lang));
                CHECK(argument->data().find(visible[i]->help.in(lang)) != std::string::npos);
            }
            CHECK(paragraph(body, "argument_" + std::to_string(visible.size() + 1)) == nullptr);

            // The example is typed with this language's name and states a result.
            const ptree* formula = paragraph(body, "example_formula");
            REQUIRE(formula);
            CHECK(formula->get<std::string>("item").rfind("=" + std::string(f.name.in(lang)) + "(",
                                                          0) == 0);
            const ptree* result = paragraph(body, "example_result");
            REQUIRE(result);
            CHECK(!result->get<std::string>("item").empty());
        }
    }
}

TEST_CASE("help pages: no page for a function the table does not have") {
    std::set<std::string> names;
    for (const FunctionSpec& f : function_table())
        names.insert(std::string(f.name.en));
    for (const Lang lang : help_languages) {
        CAPTURE(help_language_folder(lang));
        CHECK(stems_in(help_root / help_language_folder(lang) / "org.vnplan" / "functions",
                       ".xhp") == names);
    }
}

TEST_CASE("help pages: every dialog has a page in each language under its help id") {
    std::set<std::string> names;
    for (const DialogHelp& d : dialog_help_table()) {
        names.insert(std::string(d.name));
        for (const Lang lang : help_languages) {
            CAPTURE(d.name);
            CAPTURE(help_language_folder(lang));
            const fs::path file = help_root / help_language_folder(lang) / dialog_page(d.name);
            REQUIRE(fs::exists(file));
            const ptree page = read_page(file);
            CHECK(page.get<std::string>("helpdocument.meta.topic.title") == d.title.in(lang));
            const ptree& body = page.get_child("helpdocument.body");
            CHECK(children(body, "bookmark", "branch",
                           "hid/org.vnplan.help.dialog." + std::string(d.name))
                      .size() == 1);
            // Each language's page is in that language (the whole page says so).
            for (const auto& [key, child] : body)
                if (key == "paragraph" || key == "bookmark")
                    CHECK(attribute(child, "xml-lang") == help_language_folder(lang));
        }
    }
    for (const Lang lang : help_languages)
        CHECK(stems_in(help_root / help_language_folder(lang) / "org.vnplan" / "dialogs", ".xhp") ==
              names);
}

TEST_CASE("help pages: help.tree lists every page, and only pages that exist") {
    for (const Lang lang : help_languages) {
        CAPTURE(help_language_folder(lang));
        const fs::path folder = help_root / help_language_folder(lang);
        const ptree tree = read_page(folder / "help.tree");
        std::set<std::string> listed;
        const auto collect = [&](const ptree& node, auto&& self) -> void {
            for (const auto& [key, child] : node) {
                if (key == "topic") {
                    const std::string id = attribute(child, "id");
                    REQUIRE(id.rfind("scalc/", 0) == 0);
                    CHECK(fs::exists(folder / id.substr(6)));
                    CHECK(listed.insert(id.substr(6)).second);
                } else if (key != "<xmlattr>") {
                    self(child, self);
                }
            }
        };
        collect(tree.get_child("tree_view"), collect);
        std::set<std::string> pages{std::string(index_page)};
        for (const FunctionSpec& f : function_table())
            pages.insert(function_page(f));
        for (const DialogHelp& d : dialog_help_table())
            pages.insert(dialog_page(d.name));
        CHECK(listed == pages);
    }
}

// The office suite extension.help evaluates every example in an English Calc; where a result
// is text in the interface's language (ALLOCATEREPORT's and ALLOCATECOMPARE's headers), the
// Vietnamese page's result is held here against the tables the core writes in Vietnamese.
TEST_CASE("help pages: the language-dependent example results are the core's tables") {
    using namespace vnplan::awards;
    const auto split = [](std::string_view text, char separator) {
        std::vector<std::string> parts(1);
        for (const char c : text)
            if (c == separator)
                parts.emplace_back();
            else
                parts.back().push_back(c);
        return parts;
    };
    int checked = 0;
    for (const FunctionSpec& f : function_table()) {
        // AWARDREPORT's Vietnamese line is the one tests/unit/awards/verify_test.cpp checks.
        if (f.example.result_vi.empty() || f.method.rfind("allocate", 0) != 0) continue;
        CAPTURE(f.name.en);
        std::vector<double> weights;
        for (const std::string& w : split(f.example.cells, '|'))
            weights.push_back(std::stod(w));
        const double total = std::stod(split(f.example.arguments, ';').at(1));
        for (const Lang lang : help_languages) {
            const vnplan::Grid grid =
                f.method == "allocateReport"
                    ? allocation_report_table(
                          explain_allocation(weights, total, AllocationMethod::hamilton), lang)
                    : comparison_table(compare_methods(weights, total), lang);
            const auto rows = split(f.example.result_in(lang), '|');
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const auto cells = split(rows[r], ';');
                for (std::size_t c = 0; c < cells.size(); ++c) {
                    CAPTURE(r);
                    CAPTURE(c);
                    const vnplan::Cell& cell = grid.rows.at(r).at(c);
                    if (cell.is_number())
                        CHECK(cell.number == doctest::Approx(std::stod(cells[c])));
                    else
                        CHECK(cell.text == cells[c]);
                }
            }
        }
        ++checked;
    }
    CHECK(checked == 2);
}
