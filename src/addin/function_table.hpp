// The one description of every Calc function of vnplan: names, help and arguments in
// Vietnamese and English. The XAddIn implementation, the docs and the tests follow it.
// Plain C++ (no UNO) so that tools and tests can read it too.
#pragma once

#include <string_view>
#include <vector>

namespace vnplan::addin {

struct ArgumentSpec {
    std::string_view name_en, name_vi;
    std::string_view help_en, help_vi;
};

struct FunctionSpec {
    std::string_view method;   // the IDL method, Calc's programmatic name
    std::string_view name_en;  // English display name (also accepted by XCell::setFormula)
    std::string_view name_vi;  // Vietnamese display name
    std::string_view category; // one of Calc's fixed category names
    std::string_view help_en, help_vi;
    std::vector<ArgumentSpec> arguments;
};

const std::vector<FunctionSpec>& function_table();

// The function whose method or display name (either language, any case) is `name`.
const FunctionSpec* find_function(std::string_view name);

} // namespace vnplan::addin
