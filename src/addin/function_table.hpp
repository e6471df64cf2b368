// The one description of every Calc function of vnplan: names, help and arguments in
// Vietnamese and English, and the add-in service that implements it. The XAddIn
// implementation, the docs and the tests follow it. Plain C++ (no UNO).
#pragma once

#include "core/common/message.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::addin {

// One UNO add-in service per domain; each implements one IDL interface.
enum class Domain { awards, indices, vntext };

struct ServiceSpec {
    Domain domain;
    std::string_view service;        // "org.vnplan.Awards": formulas are stored under it
    std::string_view implementation; // "org.vnplan.AwardsImpl"
    std::string_view interface;      // "org.vnplan.XAwards"
};
const std::vector<ServiceSpec>& service_table();
const ServiceSpec& service_of(Domain domain);

// A fixed text in both languages, Vietnamese first like vnplan::Message.
struct Text {
    std::string_view vi, en;

    std::string_view in(Lang lang) const { return lang == Lang::vi ? vi : en; }
};

// hidden: supplied by Calc itself (the document of VNDATE); never shown nor typed.
enum class ArgumentKind { required, optional, hidden };

struct ArgumentSpec {
    Text name;
    ArgumentKind kind = ArgumentKind::required;
    Text help; // without "Optional:" (help_of adds it from the kind)
};

// Calc's fixed function categories (the Function Wizard translates their names itself).
enum class Category {
    database,
    date_time,
    financial,
    information,
    logical,
    mathematical,
    matrix,
    statistical,
    spreadsheet,
    text,
    add_in
};
std::string_view category_name(Category category); // "Statistical", "Add-In", ...

// A worked example for the help pages and docs/functions.md; the office suite extension.help
// evaluates every one in Calc. Cells hold the data the formula reads (A1 down, rows split by
// '|', columns by ';'), or `workbook` names a file under examples/ that holds it.
struct Example {
    std::string_view arguments;      // as typed between the parentheses: "A1:A4; 10"
    std::string_view result;         // what Calc shows (en-US); an array row by row, '|', ';'
    std::string_view result_vi = {}; // what a Vietnamese interface shows, where it differs
    std::string_view cells = {};     // "87.06|90.1" puts 87.06 in A1, 90.1 in A2
    std::string_view workbook = {};  // "khen-thuong-143.ods"

    std::string_view result_in(Lang lang) const {
        return lang == Lang::vi && !result_vi.empty() ? result_vi : result;
    }
};

struct FunctionSpec {
    Domain domain;
    std::string_view method; // the IDL method, Calc's programmatic name
    Text name;               // display names; English is also accepted by XCell::setFormula
    Category category;
    Text help;
    std::vector<ArgumentSpec> arguments; // in IDL order, hidden ones included
    Example example;

    std::size_t visible_arguments() const;
};

// An argument's help as the Function Wizard shows it: "Optional: ..." for optional ones.
std::string help_of(const ArgumentSpec& argument, Lang lang);

// "VNWORDS(number; [style])": the visible arguments, optional ones in brackets.
std::string signature(const FunctionSpec& function, Lang lang);
// The example as a clerk types it: "=DOCSO(105)"; in Vietnamese with decimal commas.
std::string example_formula(const FunctionSpec& function, Lang lang);
// The example's data as the pages say it: "A1 = 5, A2 = 3" (decimal commas in Vietnamese).
std::string example_cells(const Example& example, Lang lang);
// The example's result as the pages say it: "4 | 2 | 1", columns split by "; ".
std::string example_result(const FunctionSpec& function, Lang lang);
// A number or list as a Vietnamese clerk reads it: decimal points outside quotes become commas
// ("87.06; \"1.5\"" -> "87,06; \"1.5\""); English is left as it is.
std::string localized_numbers(std::string_view text, Lang lang);

// Every function, in the order of the domains' tables.
const std::vector<FunctionSpec>& function_table();

// The rows of each domain (function_table_<domain>.cpp); function_table() joins them.
std::vector<FunctionSpec> awards_functions();
std::vector<FunctionSpec> indices_functions();
std::vector<FunctionSpec> vntext_functions();

// The function of `domain` whose method or display name (either language, any case) is `name`.
const FunctionSpec* find_function(Domain domain, std::string_view name);

} // namespace vnplan::addin
