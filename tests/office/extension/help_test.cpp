// vnplan's help in the installed extension: the pages are in the installed package, the help
// backend compiled them so that the help ids F1 and a dialog's Help button ask for resolve to
// vnplan's pages in both languages (the same UCB query LibreOffice's SfxHelp makes before it
// opens its help viewer), and every example the pages show gives its stated result in Calc.
#include "addin/function_help.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/beans/Property.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sdbc/XRow.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ucb/Command.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <com/sun/star/ucb/XCommandProcessor.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/typeprovider.hxx>
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace vnplan;
using namespace vnplan::addin;
using vnplan::test::CalcDocument;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

struct HelpContent {
    bool error_document = true;
    std::string title;
};

// What the help content provider answers for a help id, as SfxHelp asks before showing help.
HelpContent help_content(const std::string& help_id, Lang lang) {
    auto context = test::office().context();
    const auto broker = css::ucb::UniversalContentBroker::create(context);
    const std::string url = "vnd.sun.star.help://scalc/" + help_id +
                            "?Language=" + help_language_folder(lang) + "&System=UNIX";
    const auto content = broker->queryContent(broker->createContentIdentifier(office::to_ou(url)));
    Reference<css::ucb::XCommandProcessor> processor(content, UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::Property> properties(2);
    properties[0].Name = "IsErrorDocument";
    properties[0].Handle = -1;
    properties[0].Type = cppu::UnoType<bool>::get();
    properties[1].Name = "Title";
    properties[1].Handle = -1;
    properties[1].Type = cppu::UnoType<rtl::OUString>::get();
    const css::ucb::Command command("getPropertyValues", -1, css::uno::Any(properties));
    Reference<css::sdbc::XRow> row;
    processor->execute(command, 0, {}) >>= row;
    REQUIRE(row.is());
    HelpContent answer;
    answer.error_document = row->getBoolean(1);
    answer.title = office::to_utf8(row->getString(2));
    return answer;
}

// The page as the help viewer renders it (xmlhelp with the office's main_transform.xsl), as text.
std::string rendered_page(const std::string& help_id, Lang lang) {
    css::uno::Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "Hidden";
    arguments[0].Value <<= true;
    const std::string url = "vnd.sun.star.help://scalc/" + help_id +
                            "?Language=" + help_language_folder(lang) + "&System=UNIX";
    Reference<css::frame::XComponentLoader> loader(test::office().desktop(), UNO_QUERY_THROW);
    const auto component = loader->loadComponentFromURL(office::to_ou(url), "_blank", 0, arguments);
    Reference<css::text::XTextDocument> page(component, UNO_QUERY_THROW);
    const std::string text = office::to_utf8(page->getText()->getString());
    Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(true);
    return text;
}

std::filesystem::path installed_location() {
    const rtl::OUString url =
        css::deployment::PackageInformationProvider::get(test::office().context())
            ->getPackageLocation("org.vnplan.extension");
    const std::string text = office::to_utf8(url);
    REQUIRE(text.rfind("file://", 0) == 0);
    return text.substr(7); // the test profile's path has no characters to decode
}

std::vector<std::vector<std::string>> table_of(std::string_view text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    for (const char c : text) {
        if (c == '|')
            rows.emplace_back(1);
        else if (c == ';')
            rows.back().emplace_back();
        else
            rows.back().back() += c;
    }
    return rows;
}

bool number(const std::string& text, double& value) {
    std::size_t used = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        return false;
    }
    return used == text.size();
}

std::string cell_name(std::size_t column, std::size_t row) {
    return std::string(1, static_cast<char>('A' + column)) + std::to_string(row + 1);
}

} // namespace

namespace {

void check_examples(Lang lang) { // the results an interface in `lang` shows
    for (const FunctionSpec& f : function_table()) {
        const Example& e = f.example;
        CAPTURE(f.name.en);
        std::unique_ptr<CalcDocument> doc =
            e.workbook.empty()
                ? std::make_unique<CalcDocument>()
                : std::make_unique<CalcDocument>(std::filesystem::path(VNPLAN_SOURCE_DIR) /
                                                 "examples" / e.workbook);
        if (!e.cells.empty()) {
            const auto cells = table_of(e.cells);
            for (std::size_t r = 0; r < cells.size(); ++r)
                for (std::size_t c = 0; c < cells[r].size(); ++c) {
                    double value = 0;
                    if (number(cells[r][c], value))
                        doc->formula(cell_name(c, r), cells[r][c]);
                    else
                        doc->text(cell_name(c, r), cells[r][c]);
                }
        }
        // The result goes right of everything the example reads.
        const auto expected = table_of(e.result_in(lang));
        const std::size_t left = 10;
        const std::string formula = example_formula(f, Lang::en);
        if (expected.size() == 1 && expected[0].size() == 1)
            doc->formula(cell_name(left, 0), formula);
        else
            doc->array_formula(cell_name(left, 0) + ":" +
                                   cell_name(left + expected[0].size() - 1, expected.size() - 1),
                               formula);
        doc->recalculate();
        for (std::size_t r = 0; r < expected.size(); ++r)
            for (std::size_t c = 0; c < expected[r].size(); ++c) {
                const std::string cell = cell_name(left + c, r);
                CAPTURE(cell);
                CHECK(doc->error(cell) == 0);
                double value = 0;
                if (number(expected[r][c], value))
                    CHECK(std::abs(doc->value(cell) - value) < 1e-9);
                else
                    CHECK(doc->string(cell) == expected[r][c]);
            }
    }
}

} // namespace

TEST_SUITE("extension.help") {
    TEST_CASE("the installed package holds the help of both languages") {
        const auto root = installed_location() / "help";
        for (const Lang lang : help_languages) {
            CAPTURE(help_language_folder(lang));
            const auto folder = root / help_language_folder(lang);
            CHECK(std::filesystem::exists(folder / "help.tree"));
            CHECK(std::filesystem::exists(folder / index_page));
            for (const FunctionSpec& f : function_table())
                CHECK(std::filesystem::exists(folder / function_page(f)));
            for (const DialogHelp& d : dialog_help_table())
                CHECK(std::filesystem::exists(folder / dialog_page(d.name)));
        }
    }

    TEST_CASE("the help ids of the dialogs resolve to their pages in both languages") {
        for (const Lang lang : help_languages)
            for (const DialogHelp& d : dialog_help_table()) {
                CAPTURE(d.name);
                CAPTURE(help_language_folder(lang));
                const HelpContent content = help_content(dialog_help_id(d.name), lang);
                CHECK(!content.error_document);
                CHECK(content.title == d.title.in(lang));
            }
        // A help id no page declares is LibreOffice's error document: the check can fail.
        CHECK(help_content(dialog_help_id("NoSuchDialog"), Lang::en).error_document);
    }

    TEST_CASE("the help ids of the functions and the index resolve in both languages") {
        for (const Lang lang : help_languages) {
            CAPTURE(help_language_folder(lang));
            for (const FunctionSpec& f : function_table()) {
                CAPTURE(f.name.en);
                const HelpContent content = help_content(function_help_id(f), lang);
                CHECK(!content.error_document);
                CHECK(content.title.rfind(std::string(f.name.in(lang)) + " (", 0) == 0);
            }
            CHECK(!help_content(std::string(index_help_id), lang).error_document);
        }
    }

    TEST_CASE("the pages render with their text (libreoffice-help-common's main_transform.xsl)") {
        for (const Lang lang : help_languages) {
            CAPTURE(help_language_folder(lang));
            for (const FunctionSpec& f : function_table()) {
                CAPTURE(f.name.en);
                const std::string text = rendered_page(function_help_id(f), lang);
                CHECK(text.find(f.help.in(lang)) != std::string::npos);
                CHECK(text.find(signature(f, lang)) != std::string::npos);
                CHECK(text.find(example_formula(f, lang)) != std::string::npos);
            }
            for (const DialogHelp& d : dialog_help_table()) {
                CAPTURE(d.name);
                CHECK(rendered_page(dialog_help_id(d.name), lang).find(d.title.in(lang)) !=
                      std::string::npos);
            }
        }
    }

    TEST_CASE("every example of the help pages gives its stated result in Calc") {
        check_examples(Lang::en);
    }
}
