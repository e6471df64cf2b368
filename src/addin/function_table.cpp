#include "addin/function_table.hpp"

#include <algorithm>
#include <cctype>

namespace vnplan::addin {

const std::vector<ServiceSpec>& service_table() {
    static const std::vector<ServiceSpec> table{
        {Domain::awards, "org.vnplan.Awards", "org.vnplan.AwardsImpl", "org.vnplan.XAwards"},
        {Domain::indices, "org.vnplan.Indices", "org.vnplan.IndicesImpl", "org.vnplan.XIndices"},
        {Domain::vntext, "org.vnplan.VnText", "org.vnplan.VnTextImpl", "org.vnplan.XVnText"},
    };
    return table;
}

const ServiceSpec& service_of(Domain domain) {
    for (const ServiceSpec& s : service_table())
        if (s.domain == domain) return s;
    return service_table().front();
}

std::string_view category_name(Category category) {
    switch (category) {
    case Category::database:
        return "Database";
    case Category::date_time:
        return "Date&Time";
    case Category::financial:
        return "Financial";
    case Category::information:
        return "Information";
    case Category::logical:
        return "Logical";
    case Category::mathematical:
        return "Mathematical";
    case Category::matrix:
        return "Matrix";
    case Category::statistical:
        return "Statistical";
    case Category::spreadsheet:
        return "Spreadsheet";
    case Category::text:
        return "Text";
    case Category::add_in:
        return "Add-In";
    }
    return "Add-In";
}

std::size_t FunctionSpec::visible_arguments() const {
    std::size_t count = 0;
    for (const ArgumentSpec& a : arguments)
        count += a.kind != ArgumentKind::hidden;
    return count;
}

std::string help_of(const ArgumentSpec& argument, Lang lang) {
    std::string help;
    if (argument.kind == ArgumentKind::optional)
        help = lang == Lang::vi ? "Không bắt buộc: " : "Optional: ";
    return help.append(argument.help.in(lang));
}

const std::vector<FunctionSpec>& function_table() {
    static const std::vector<FunctionSpec> table = [] {
        std::vector<FunctionSpec> all = awards_functions();
        for (auto part : {indices_functions(), vntext_functions()})
            all.insert(all.end(), part.begin(), part.end());
        return all;
    }();
    return table;
}

namespace {
bool same_ascii_nocase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) ==
                      std::toupper(static_cast<unsigned char>(y));
           });
}
} // namespace

const FunctionSpec* find_function(Domain domain, std::string_view name) {
    for (const FunctionSpec& f : function_table())
        if (f.domain == domain &&
            (same_ascii_nocase(name, f.method) || same_ascii_nocase(name, f.name.en) ||
             same_ascii_nocase(name, f.name.vi)))
            return &f;
    return nullptr;
}

} // namespace vnplan::addin
