// Recognising the words clerks write in award tables ("Tổng cộng:", "II.", "STT").
#pragma once

#include "core/common/grid.hpp"
#include "core/vntext/text.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::awards {

// NFC, case folded, trimmed, inner white space collapsed, trailing ':' and '.' dropped: the
// text module's key for table labels.
using vntext::fold_label;

// The value (1..59) of a Roman numeral section label ("IV", "iv.", " VI ") or none.
std::optional<int> roman_value(std::string_view text);

// The whole number of an item label ("3", "3.", " 12 ") or none.
std::optional<long> item_number(std::string_view text);

bool is_total_label(std::string_view text);

// The mark in front of a row of an award table: "I." (roman), "A." (letter), "1." (arabic),
// "a)" (lower), "-" (dash), "+" (plus), "1.2" (dotted1), "1.2.3" (dotted2). `rest` is the text
// after the mark in the same cell. "1.2" and "1.2.3" (dotted1, dotted2) number the rows under "1."
// in many plans.
// caps: no mark, the whole name in capitals ("KHỐI CƠ QUAN"), as block headings are written.
enum class MarkKind { none, roman, letter, arabic, lower, dash, plus, dotted1, dotted2, caps };
struct Mark {
    MarkKind kind = MarkKind::none;
    long value = 0;               // 1 for "I", "A", "1", "a"; 0 for dashes
    std::string token;            // as written, without its dot or bracket: "II", "B", "3", "b"
    std::string rest;             // "KHỐI CƠ QUAN" of "A. KHỐI CƠ QUAN"
    bool could_be_letter = false; // "I", "V", "X", "L": a roman numeral or a capital letter
};
// The mark of a label cell. `alone`: the cell holds only a label (the STT column), so "I" or
// "3" need no dot; otherwise the mark must be followed by ". " or ") " and some text.
Mark parse_mark(std::string_view text, bool alone);

// A summary row's label: "Tổng cộng", "Tổng số", "Cộng toàn bộ", "Tổng cộng toàn tỉnh"
// (grand); "Cộng mục I", "Cộng I", "Cộng khối A" (closing the named section); "Cộng",
// "Tổng" (plain: closing a section or the grand total, as the structure says).
enum class SummaryKind { none, grand, named, plain };
struct Summary {
    SummaryKind kind = SummaryKind::none;
    std::string section; // the label named by "Cộng mục II": "ii" (folded)
};
Summary classify_summary(std::string_view text);

// Text of the signature block and notes below a table ("Người lập biểu", "Thủ trưởng đơn
// vị", "..., ngày ... tháng ... năm 2024", "Nơi nhận:").
bool is_signature_text(std::string_view folded);

// A count written as a dash ("-", "–", "—"): clerks' way of writing none.
bool zero_dash(const Cell& cell);

// Text in capitals with at least four letters ("KHỐI XÃ, PHƯỜNG").
bool all_capitals(std::string_view text);

} // namespace vnplan::awards
