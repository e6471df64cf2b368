// The shared text and numbering helpers (core/vntext/text.hpp).
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace vnplan;
using namespace vnplan::vntext;

TEST_CASE("text: white space") {
    CHECK(trim_ascii(" \t12 \r\n") == "12");
    CHECK(trim_ascii("\xC2\xA0x") == "\xC2\xA0x"); // ASCII only
    CHECK(trim_ascii(" \v\f ").empty());
    CHECK(trim("\xC2\xA0 x y \t") == "x y");
    CHECK(trim("\xE2\x80\x83x\xE2\x80\xAF") == "x"); // em space, narrow no-break space
    CHECK(trim(" Kho\xCC\x82\xCC\x81i ") == "Khối"); // as NFC
    CHECK(collapse_spaces("  Tự\nchấm  ") == "Tự chấm");
    CHECK(collapse_spaces("a\xC2\xA0\t b") == "a b");
    CHECK(collapse_spaces("a\xE2\x80\x83"
                          "b") == "a\xE2\x80\x83"
                                  "b"); // em space kept
    CHECK(collapse_spaces(" \t\r\n").empty());
    CHECK(lines_of("a\r\n b \n\nc") == std::vector<std::string>{"a", "b", "c"});
    CHECK(lines_of("").empty());
}

TEST_CASE("text: lower keeps marks and inner spaces") {
    CHECK(lower(" Tập  Thể ") == "tập  thể");
    CHECK(lower("ĐỒNG") == "đồng");
    CHECK(lower("Kho\xCC\x82\xCC\x81i") == "khối");
}

TEST_CASE("text: fold_exact - case folded, spaces collapsed, NFC") {
    CHECK(fold_exact("  Khối  ĐỊA\u00a0phương ") == "khối địa phương");
    CHECK(fold_exact("Kho\u0302\u0301i") == fold_exact("Khối")); // NFD input
    CHECK(fold_exact("") == "");
    CHECK(fold_exact(" \t ") == "");
    CHECK(fold_exact("STRASSE") == fold_exact("straße")); // full case folding
    CHECK(fold_exact("a\xE2\x80\x83\xE3\x80\x80"
                     "b") == "a b");                 // any Unicode white space
    CHECK(fold_exact("Tổng cộng:") == "tổng cộng:"); // punctuation counts
    CHECK(fold_exact("Công") != fold_exact("Cộng"));
}

TEST_CASE("text: fold_label - also a trailing colon or dot") {
    CHECK(fold_label("  Tổng   Cộng : ") == "tổng cộng");
    CHECK(fold_label("II.") == "ii");
    CHECK(fold_label("Tổng\xC2\xA0số:") == "tổng số");
    CHECK(fold_label("Kho\u0302\u0301i") == "khối");
    CHECK(fold_label("...") == "");
    CHECK(fold_label("(a).") == "(a)");
    // Only ASCII white space and no-break spaces: what cells hold.
    CHECK(fold_label("a\xE2\x80\x83"
                     "b") == "a\xE2\x80\x83"
                             "b");
}

TEST_CASE("text: fold_loose - also diacritics and punctuation") {
    CHECK(fold_loose("Số, ký hiệu:") == "so ky hieu");
    CHECK(fold_loose("Nơi_nhận") == "noi nhan");
    CHECK(fold_loose("  CƠ QUAN   BAN HÀNH ") == "co quan ban hanh");
    CHECK(fold_loose("Đ/c") == "d c");
    // Decomposed input (combining marks) gives the same key.
    CHECK(fold_loose("Thu\xCC\x89 tu\xCC\x9B\xCC\x81") == fold_loose("Thủ tứ"));
    CHECK(fold_loose("Ủy") == fold_loose("Uỷ"));
    CHECK(fold_loose("Công") == fold_loose("Cộng"));
    CHECK(fold_loose("UBND") != fold_loose("Ủy ban nhân dân")); // no abbreviations
}

TEST_CASE("text: unit_key - also tone placement and abbreviations") {
    CHECK(unit_key("UBND TP. Uông Bí") == unit_key("Ủy ban nhân dân thành phố Uông Bí"));
    CHECK(unit_key("Uỷ ban") == "ủy ban");
    CHECK(unit_key("Công an") != unit_key("Cộng an"));
}

TEST_CASE("text: case") {
    CHECK(upper("Phân bổ chỉ tiêu khen thưởng") == "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG");
    CHECK(sentence_case("KẾ HOẠCH") == "Kế hoạch");
    CHECK(sentence_case("ĐỀ ÁN") == "Đề án");
    CHECK(sentence_case("  ") == "");
}

TEST_CASE("text: Roman numerals") {
    CHECK(roman_numeral(1) == "I");
    CHECK(roman_numeral(4) == "IV");
    CHECK(roman_numeral(19) == "XIX");
    CHECK(roman_numeral(1990) == "MCMXC");
    CHECK(roman_numeral(0) == "");
    CHECK(roman_value("I") == 1);
    CHECK(roman_value("iv") == 4);
    CHECK(roman_value("xIx") == 19);
    CHECK(roman_value("LIX") == 59);
    CHECK(roman_value("MMMDCCCLXXXVIII") == 3888);
    CHECK(roman_value("MMMCMXCIX") == 3999);
    CHECK_FALSE(roman_value("MMMM"));
    CHECK_FALSE(roman_value("IIII"));
    CHECK_FALSE(roman_value("VX"));
    CHECK_FALSE(roman_value("IL"));
    CHECK_FALSE(roman_value("IV."));
    CHECK_FALSE(roman_value(" IV"));
    CHECK_FALSE(roman_value(""));
    CHECK_FALSE(roman_value("Phòng"));
    for (int n = 1; n < 4000; ++n)
        REQUIRE(roman_value(roman_numeral(n)) == n);
}

TEST_CASE("text: point letters and whole numbers") {
    CHECK(point_letter(1) == "a");
    CHECK(point_letter(5) == "đ");
    CHECK(point_letter(6) == "e");
    CHECK(point_letter(7) == "g"); // no "f" in Vietnamese numbering
    CHECK(point_letter(23) == "y");
    CHECK(point_letter(24) == "aa");
    CHECK(point_letter(0) == "");
    CHECK(whole_number("3") == 3);
    CHECK(whole_number("012") == 12);
    CHECK(whole_number("999999999") == 999999999);
    CHECK_FALSE(whole_number("1000000000")); // ten digits
    CHECK(whole_number("1234567", 7) == 1234567);
    CHECK_FALSE(whole_number("1234567", 6));
    CHECK_FALSE(whole_number(""));
    CHECK_FALSE(whole_number("-1"));
    CHECK_FALSE(whole_number("1a"));
    CHECK_FALSE(whole_number(" 1"));
    CHECK_FALSE(whole_number("3."));
}

TEST_CASE("text: decimal comma or point") {
    CHECK(parse_decimal("9,5") == 9.5);
    CHECK(parse_decimal("9.5") == 9.5);
    CHECK(parse_decimal("10") == 10);
    CHECK(parse_decimal("-2,25") == -2.25);
    CHECK(parse_decimal("1,000") == 1); // a comma is a decimal comma, never grouping
    CHECK(parse_decimal("1e3") == 1000);
    CHECK_FALSE(parse_decimal(""));
    CHECK_FALSE(parse_decimal(" 9,5"));
    CHECK_FALSE(parse_decimal("9,5 "));
    CHECK_FALSE(parse_decimal("1.000,5"));
    CHECK_FALSE(parse_decimal("A1:A3"));
    CHECK_FALSE(parse_decimal("+1"));
    CHECK_FALSE(parse_decimal("1" + std::string(400, '0'))); // beyond a double
}

TEST_CASE("text: cell texts as a clerk reads them") {
    CHECK(cell_text(Cell::of(33.0)) == "33");
    CHECK(cell_text(Cell::of(1234.0)) == "1234");
    CHECK(cell_text(Cell::of(80.79)) == "80,79");
    CHECK(cell_text(Cell::of(1234.5)) == "1.234,5");
    CHECK(cell_text(Cell::of(std::string("x"))) == "x");
    CHECK(cell_text(Cell{}).empty());
    CHECK(cell_text(Cell::error()) == "#ERR");
    CHECK(cell_text(Cell::error("#DIV/0!")) == "#DIV/0!");
}
