#include "addin/function_docs.hpp"

#include "addin/function_table.hpp"

namespace vnplan::addin {

namespace {

// "Example (A1 = 5, A2 = 3, A3 = 2): `=ALLOCATE(A1:A3; 7)` gives `4 | 2 | 1`."
std::string example_markdown(const FunctionSpec& f) {
    const Example& e = f.example;
    std::string md = "\nExample";
    if (!e.workbook.empty()) md += " (in `examples/" + std::string(e.workbook) + "`)";
    if (!e.cells.empty()) md += " (" + example_cells(e, Lang::en) + ")";
    return md + ": `" + example_formula(f, Lang::en) + "` gives `" + example_result(f, Lang::en) +
           "`.\n";
}

const char* domain_title(Domain d) {
    switch (d) {
    case Domain::awards:
        return "Award-quota tables (khen thưởng)";
    case Domain::indices:
        return "Index scores and rankings (chỉ số)";
    case Domain::vntext:
        return "Vietnamese text (văn bản tiếng Việt)";
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
            md += "\n### " + std::string(f.name.en) + " / " + std::string(f.name.vi) + "\n\n";
            md += "`" + signature(f, Lang::en) + "` — `" + signature(f, Lang::vi) + "`\n\n";
            md += std::string(f.help.en) + "\n\n" + std::string(f.help.vi) + "\n\n";
            for (const ArgumentSpec& a : f.arguments)
                if (a.kind != ArgumentKind::hidden)
                    md += "- `" + std::string(a.name.en) + "` / `" + std::string(a.name.vi) +
                          "`: " + help_of(a, Lang::en) + " " + help_of(a, Lang::vi) + "\n";
            md += example_markdown(f);
        }
    }
    return md;
}

} // namespace vnplan::addin
