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
            (same_ascii_nocase(name, f.method) || same_ascii_nocase(name, f.name_en) ||
             same_ascii_nocase(name, f.name_vi)))
            return &f;
    return nullptr;
}

} // namespace vnplan::addin
