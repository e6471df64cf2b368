// Text helpers of the plan generator: matching keys for labels and field names, case,
// numbering (I., 1., a)) and cell values as a clerk reads them.
#pragma once

#include "core/common/grid.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::plan {

// A key under which a label or field name matches however it is typed: NFC, lower case,
// without diacritics (đ = d), punctuation and white space collapsed to single spaces:
// "Số, ký hiệu:" -> "so ky hieu", "Nơi_nhận" -> "noi nhan".
std::string key_of(std::string_view text);

// Trimmed (ASCII and no-break spaces), inner text kept as is.
std::string trim(std::string_view text);

// Vietnamese upper case (NFC): "Ủy ban nhân dân" -> "ỦY BAN NHÂN DÂN".
std::string upper(std::string_view text);
// Capital first letter, the rest lower case: "KẾ HOẠCH" -> "Kế hoạch".
std::string sentence_case(std::string_view text);

// Roman numeral of 1..3999: 4 -> "IV".
std::string roman(int n);
// The n-th point letter (1-based) in the Vietnamese order a b c d đ e g h i k l m n o p q r s
// t u v x y, then aa, ab, ...
std::string point_letter(int n);

// What a clerk sees in a cell: text as written, whole numbers without decimals, other numbers
// with a decimal comma ("80,79"); empty for empty cells and the error name for errors.
std::string cell_text(const Cell& cell);

// Splits a text at line breaks (\n, \r\n, \r) into trimmed, non-empty lines.
std::vector<std::string> lines_of(std::string_view text);

} // namespace vnplan::plan
