// The one description of every Calc function of vnplan: names, help and arguments in
// Vietnamese and English, and the add-in service that implements it. The XAddIn
// implementation, the docs and the tests follow it. Plain C++ (no UNO).
#pragma once

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

struct ArgumentSpec {
    std::string_view name_en, name_vi;
    std::string_view help_en, help_vi;
};

struct FunctionSpec {
    Domain domain;
    std::string_view method;   // the IDL method, Calc's programmatic name
    std::string_view name_en;  // English display name (also accepted by XCell::setFormula)
    std::string_view name_vi;  // Vietnamese display name
    std::string_view category; // one of Calc's fixed category names
    std::string_view help_en, help_vi;
    std::vector<ArgumentSpec> arguments;
};

// Every function, in the order of the domains' tables.
const std::vector<FunctionSpec>& function_table();

// The rows of each domain (function_table_<domain>.cpp); function_table() joins them.
std::vector<FunctionSpec> awards_functions();
std::vector<FunctionSpec> indices_functions();
std::vector<FunctionSpec> vntext_functions();

// The function of `domain` whose method or display name (either language, any case) is `name`.
const FunctionSpec* find_function(Domain domain, std::string_view name);

} // namespace vnplan::addin
