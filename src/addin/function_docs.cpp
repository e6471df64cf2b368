#include "addin/function_docs.hpp"

#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

std::string signature(const FunctionSpec& f, bool vietnamese) {
    std::string out(vietnamese ? f.name_vi : f.name_en);
    out += "(";
    for (std::size_t i = 0; i < f.arguments.size(); ++i) {
        if (i > 0) out += "; ";
        const auto& a = f.arguments[i];
        const bool optional = a.help_en.rfind("Optional", 0) == 0;
        out += optional ? "[" : "";
        out += vietnamese ? a.name_vi : a.name_en;
        out += optional ? "]" : "";
    }
    return out + ")";
}

const char* domain_title(Domain d) {
    switch (d) {
    case Domain::awards: return "Award-quota tables (khen thưởng)";
    case Domain::indices: return "Index scores and rankings (chỉ số)";
    case Domain::vntext: return "Vietnamese text (văn bản tiếng Việt)";
    }
    return "";
}

} // namespace

std::string functions_markdown() {
    std::string md =
        "# vnplan's Calc functions\n\n"
        "Written from the add-in's function table (src/addin/function_table_*.cpp) by\n"
        "`vnplan_function_docs`; a unit test keeps this file in step with the table.\n"
        "Calc shows the Vietnamese names when its interface is Vietnamese. Arguments in\n"
        "[brackets] are optional. Bad arguments give Err:502.\n";
    for (const ServiceSpec& service : service_table()) {
        md += "\n## " + std::string(domain_title(service.domain)) + "\n";
        md += "\nService `" + std::string(service.service) + "`, interface `" +
              std::string(service.interface) + "`.\n";
        for (const FunctionSpec& f : function_table()) {
            if (f.domain != service.domain) continue;
            md += "\n### " + std::string(f.name_en) + " / " + std::string(f.name_vi) + "\n\n";
            md += "`" + signature(f, false) + "` — `" + signature(f, true) + "`\n\n";
            md += std::string(f.help_en) + "\n\n" + std::string(f.help_vi) + "\n\n";
            for (const auto& a : f.arguments)
                md += "- `" + std::string(a.name_en) + "` / `" + std::string(a.name_vi) +
                      "`: " + std::string(a.help_en) + " " + std::string(a.help_vi) + "\n";
        }
    }
    return md;
}

} // namespace vnplan::addin
