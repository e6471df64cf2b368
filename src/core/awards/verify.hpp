// Checking an award-quota table: do the section subtotals and the grand total agree with
// the items, and is every count a whole number >= 0? Also the defects worth a warning.
#pragma once

#include "core/awards/table.hpp"
#include "core/common/message.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vnplan::awards {

struct Finding {
    std::size_t row = 0, column = 0; // grid-relative cell concerned
    std::string cell;                // its A1 address on the sheet ("D12")
    Message message;                 // what is wrong, without the address

    // "D12: ..." in `lang`, as reports show it.
    std::string line(Lang lang) const { return cell + ": " + message.in(lang); }
};

struct Totals {
    std::vector<long long> computed;             // one per count column
    std::vector<std::optional<double>> declared; // what the sheet says (none when blank)
};

struct SectionReport {
    std::string label, title;
    std::optional<std::size_t> row;
    Totals totals;
};

struct Verification {
    Layout layout;
    std::vector<SectionReport> sections;
    Totals total; // the grand total (computed from the items)
    bool has_total_row = false;
    std::vector<Finding> errors;
    std::vector<Finding> warnings;
};

// Reads and checks `table`; throws InputError only when it is not an award table at all.
Verification verify(const Grid& table);

// Errors first, then warnings, each "D12: ..." in `lang`; {"OK"} when there is nothing.
std::vector<std::string> report_lines(const Verification& verification, Lang lang);

// What was read, for every answer to say: the count columns, each section (label, title,
// rows), the item rows, the grand-total row used (or none), hidden rows, legacy text.
std::vector<std::string> reading_lines(const Grid& table, const Verification& verification,
                                       Lang lang);

// "33 tập thể, 44 cá nhân": counts with their column headers in lower case.
std::string counts_text(const std::vector<long long>& counts,
                        const std::vector<std::string>& headers);

} // namespace vnplan::awards
