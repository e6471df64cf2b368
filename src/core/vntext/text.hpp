// The text and numbering helpers every domain shares: white space, comparison keys (each named
// by how loose it is), case, numbering (Roman numerals, point letters) and numbers and cells as
// a clerk writes and reads them. UTF-8 in and out; nothing here throws for odd text.
#pragma once

#include "core/common/grid.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::vntext {

// ---- White space ----

// Without leading and trailing ASCII white space (space, \t \n \v \f \r); nothing else changed.
std::string_view trim_ascii(std::string_view text);

// Without leading and trailing Unicode white space (no-break spaces included), as NFC.
std::string trim(std::string_view text);

// Runs of ASCII white space and no-break spaces (U+00A0) made one space, trimmed; nothing else
// changed: "  Tự\nchấm  " -> "Tự chấm".
std::string collapse_spaces(std::string_view text);

// Splits a text at line breaks (\n, \r\n, \r) into trimmed (trim), non-empty lines.
std::vector<std::string> lines_of(std::string_view text);

// ---- Comparison keys ----
//
// Two texts match when their keys are equal. From the strictest:
//
//   key         what may differ                                  equal, for example
//   lower       case (Vietnamese rules), edge spaces             "Tập Thể " = "tập thể"
//   fold_exact  case (full folding), composed or decomposed      "Khối  ĐỊA phương" =
//               marks, white space runs                          "khối địa phương"
//   fold_label  as fold_exact (ASCII and no-break spaces only),  "Tổng cộng:" = "tổng cộng"
//               and a trailing ':' or '.'
//   unit_key    as fold_exact, and punctuation, tone-mark        "UBND TP. Uông Bí" = "Ủy ban
//               placement, unit-name abbreviations               nhân dân thành phố Uông Bí"
//   fold_loose  as fold_exact, and punctuation and diacritics    "Số, ký hiệu:" = "so ky hieu"
//               (đ = d); no abbreviations
//
// Diacritics count in every key but fold_loose's: "Công" and "Cộng" stay apart.

// Vietnamese lower case, NFC, trimmed (ICU): "Tập thể " -> "tập thể".
std::string lower(std::string_view text);

// Unicode white space trimmed and inner runs made one space, ICU full case folding, NFC:
// "  Khối  ĐỊA\u00A0phương " -> "khối địa phương", "STRASSE" = "straße".
std::string fold_exact(std::string_view text);

// The key of a label in a table ("Tổng cộng:", "II.", "STT"): ICU case folding and NFC, runs of
// ASCII white space and no-break spaces made one space (other Unicode spaces are kept: cells,
// not pasted prose), trimmed, trailing ':' and '.' dropped: "  Tổng  CỘNG : " -> "tổng cộng".
std::string fold_label(std::string_view text);

// The key under which spellings of one unit name are equal (VNKEY): NFC, case folded, one
// tone-mark placement ("Uỷ" = "Ủy", "hoà" = "hòa"), abbreviations expanded (UBND, HĐND, MTTQ,
// VP, TT, ...), "&" = "và", punctuation and spaces collapsed to single spaces. Rules and
// choices: unit_key.cpp and docs/vntext.md.
std::string unit_key(std::string_view text);

// Case folded, without diacritics (đ = d), every run of what is not a letter or digit made one
// space: "Số, ký hiệu:" -> "so ky hieu", "Nơi_nhận" -> "noi nhan". For labels and field names
// typed every which way.
std::string fold_loose(std::string_view text);

// ---- Case ----

// Vietnamese upper case (NFC): "Ủy ban nhân dân" -> "ỦY BAN NHÂN DÂN".
std::string upper(std::string_view text);
// Trimmed, capital first letter, the rest lower case: "KẾ HOẠCH" -> "Kế hoạch".
std::string sentence_case(std::string_view text);

// ---- Numbering ----

// The Roman numeral of n >= 1: 4 -> "IV", 1990 -> "MCMXC"; "" for n < 1.
std::string roman_numeral(int n);

// The value (1..3999) of a Roman numeral in its one canonical spelling, in capitals or small
// letters: "IV", "iv", "XIX" -> 4, 4, 19; none for "IIII", "VX", "IV." or " IV" (callers strip
// their own dots and spaces).
std::optional<int> roman_value(std::string_view numeral);

// The n-th point letter (1-based) in the Vietnamese order a b c d đ e g h i k l m n o p q r s
// t u v x y, then aa, ab, ...; "" for n < 1.
std::string point_letter(int n);

// A whole number written in ASCII digits only, 1 to max_digits of them ("3", "012"): no sign,
// no space, no dot.
std::optional<long> whole_number(std::string_view digits, std::size_t max_digits = 9);

// A number written with a decimal comma or a decimal point: "9,5" = "9.5" = 9.5, "-2", "10".
// The whole text is the number (no spaces, no grouping: every comma reads as a decimal point,
// so "1,000" is 1); otherwise std::from_chars' grammar ("1e3", "inf"). None when it is not a
// number or out of the range of a double.
std::optional<double> parse_decimal(std::string_view text);

// ---- Cells ----

// What a clerk sees in a cell: text as written, whole numbers without decimals or grouping
// ("1234"), other numbers as VNNUMBER writes them ("80,79", "1.234,5"); empty for empty cells
// and the error name (or "#ERR") for errors.
std::string cell_text(const Cell& cell);

} // namespace vnplan::vntext
