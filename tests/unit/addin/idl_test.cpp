// The IDL (idl/org/vnplan/*.idl) and the function table describe the same functions: every
// method has its row and every row its method, with the same arguments.
#include "addin/function_table.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace vnplan::addin;

namespace {

struct IdlParameter {
    std::string type, name;
};

std::string without_comments(const std::string& text) {
    static const std::regex comments(R"(//[^\n]*|/\*[\s\S]*?\*/)");
    return std::regex_replace(text, comments, " ");
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// "[in] sequence< sequence< any > > table, [in] long column" (IDL types hold no commas).
std::vector<IdlParameter> parameters_of(const std::string& list) {
    static const std::regex parameter(R"(^\[(?:in|out|inout)\]\s+([\s\S]+?)\s+(\w+)$)");
    std::vector<IdlParameter> out;
    std::stringstream items(list);
    for (std::string item; std::getline(items, item, ',');) {
        std::smatch m;
        const std::string text = trimmed(item);
        if (text.empty()) continue;
        REQUIRE_MESSAGE(std::regex_match(text, m, parameter), text);
        out.push_back({std::regex_replace(m[1].str(), std::regex(R"(\s+)"), " "), m[2]});
    }
    return out;
}

// "org.vnplan.XAwards.awardTotal" -> its parameters, from every .idl file of the add-in.
std::map<std::string, std::vector<IdlParameter>> idl_methods() {
    static const std::regex interface_re(R"(interface\s+(\w+)\s*:[^{]*\{([^}]*)\})");
    static const std::regex method_re(R"((\w+)\s*\(([^()]*)\))");
    std::map<std::string, std::vector<IdlParameter>> methods;
    const std::filesystem::path folder =
        std::filesystem::path(VNPLAN_SOURCE_DIR) / "idl" / "org" / "vnplan";
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".idl") continue;
        std::ifstream file(entry.path(), std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        const std::string idl = without_comments(text.str());
        for (std::sregex_iterator i(idl.begin(), idl.end(), interface_re), end; i != end; ++i) {
            const std::string interface = "org.vnplan." + (*i)[1].str();
            const std::string body = (*i)[2];
            for (std::sregex_iterator m(body.begin(), body.end(), method_re); m != end; ++m)
                if ((*m)[1] != "raises")
                    methods[interface + "." + (*m)[1].str()] = parameters_of((*m)[2]);
        }
    }
    return methods;
}

std::string key_of(const FunctionSpec& f) {
    return std::string(service_of(f.domain).interface) + "." + std::string(f.method);
}

} // namespace

TEST_CASE("IDL: every function of the table is a method with the same arguments") {
    const auto methods = idl_methods();
    REQUIRE(methods.size() >= 19);
    for (const FunctionSpec& f : function_table()) {
        CAPTURE(key_of(f));
        const auto found = methods.find(key_of(f));
        CHECK(found != methods.end());
        if (found == methods.end()) continue;
        const std::vector<IdlParameter>& parameters = found->second;
        CHECK(parameters.size() == f.arguments.size());
        if (parameters.size() != f.arguments.size()) continue;
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            CAPTURE(parameters[i].name);
            // Calc supplies an XPropertySet argument itself (the document) and never shows it.
            const bool caller = parameters[i].type == "com::sun::star::beans::XPropertySet";
            CHECK(caller == (f.arguments[i].kind == ArgumentKind::hidden));
            // Only an `any` argument can be left out: Calc then passes it void.
            if (f.arguments[i].kind == ArgumentKind::optional) CHECK(parameters[i].type == "any");
        }
    }
}

TEST_CASE("IDL: every method is a function of the table") {
    std::map<std::string, const FunctionSpec*> rows;
    for (const FunctionSpec& f : function_table())
        rows[key_of(f)] = &f;
    for (const auto& one : idl_methods()) {
        const std::string& method = one.first; // a plain name: clang 14 cannot capture bindings
        CAPTURE(method);
        CHECK(rows.count(method) == 1);
    }
    for (const ServiceSpec& s : service_table()) {
        CAPTURE(s.interface);
        const std::string prefix = std::string(s.interface) + ".";
        CHECK(std::any_of(rows.begin(), rows.end(),
                          [&](const auto& row) { return row.first.rfind(prefix, 0) == 0; }));
    }
}
