// The ranking order and tie-rule arguments (INDEXRANK, INDEXRANKS): names in Vietnamese or
// English, compared as fold_exact keys.
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"
#include "core/vntext/text.hpp"

namespace vnplan::indices {

Order order_argument(double value) {
    return value == 0 ? Order::highest_first : Order::lowest_first;
}

TieRule tie_rule_argument(std::string_view name) {
    struct Name {
        std::string_view name;
        TieRule rule;
    };
    static constexpr Name names[] = {
        {"", TieRule::competition},
        {"competition", TieRule::competition},
        {"standard", TieRule::competition},
        {"min", TieRule::competition},
        {"rank.eq", TieRule::competition},
        {"cạnh tranh", TieRule::competition},
        {"canh tranh", TieRule::competition},
        {"chuẩn", TieRule::competition},
        {"chuan", TieRule::competition},
        {"dense", TieRule::dense},
        {"liên tục", TieRule::dense},
        {"lien tuc", TieRule::dense},
        {"liền", TieRule::dense},
        {"lien", TieRule::dense},
        {"average", TieRule::average},
        {"avg", TieRule::average},
        {"mean", TieRule::average},
        {"fractional", TieRule::average},
        {"rank.avg", TieRule::average},
        {"trung bình", TieRule::average},
        {"trung binh", TieRule::average},
        {"ordinal", TieRule::ordinal},
        {"first", TieRule::ordinal},
        {"sheet", TieRule::ordinal},
        {"thứ tự", TieRule::ordinal},
        {"thu tu", TieRule::ordinal},
        {"theo thứ tự", TieRule::ordinal},
        {"theo thu tu", TieRule::ordinal},
        {"lần lượt", TieRule::ordinal},
        {"lan luot", TieRule::ordinal},
    };
    const std::string key = vntext::fold_exact(name);
    for (const auto& [known, rule] : names)
        if (key == known) return rule;
    const std::string shown(name);
    detail::fail("Không rõ cách xếp đồng hạng \"" + shown +
                     "\": dùng competition (cạnh tranh), dense (liên tục), average (trung bình) "
                     "hoặc ordinal (thứ tự).",
                 "Unknown tie rule \"" + shown + "\": use competition, dense, average or ordinal.");
}

} // namespace vnplan::indices
