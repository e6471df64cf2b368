#include "core/plan/text.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;

TEST_CASE("plan: keys match labels however they are typed") {
    CHECK(key_of("Số, ký hiệu:") == "so ky hieu");
    CHECK(key_of("Nơi_nhận") == "noi nhan");
    CHECK(key_of("  CƠ QUAN   BAN HÀNH ") == "co quan ban hanh");
    CHECK(key_of("Đ/c") == "d c");
    // Decomposed input (combining marks) gives the same key.
    CHECK(key_of("Thu\xCC\x89 tu\xCC\x9B\xCC\x81") == key_of("Thủ tứ"));
    CHECK(key_of("Ủy") == key_of("Uỷ"));
}

TEST_CASE("plan: case and numbering") {
    CHECK(upper("Phân bổ chỉ tiêu khen thưởng") == "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG");
    CHECK(sentence_case("KẾ HOẠCH") == "Kế hoạch");
    CHECK(sentence_case("ĐỀ ÁN") == "Đề án");
    CHECK(roman(1) == "I");
    CHECK(roman(4) == "IV");
    CHECK(roman(19) == "XIX");
    CHECK(point_letter(1) == "a");
    CHECK(point_letter(5) == "đ");
    CHECK(point_letter(6) == "e");
    CHECK(point_letter(7) == "g"); // no "f" in Vietnamese numbering
    CHECK(point_letter(23) == "y");
    CHECK(point_letter(24) == "aa");
}

TEST_CASE("plan: cell texts as a clerk reads them") {
    CHECK(cell_text(Cell::of(33.0)) == "33");
    CHECK(cell_text(Cell::of(80.79)) == "80,79");
    CHECK(cell_text(Cell::of(std::string("x"))) == "x");
    CHECK(cell_text(Cell{}).empty());
    CHECK(lines_of("a\r\n b \n\nc") == std::vector<std::string>{"a", "b", "c"});
    CHECK(trim("\xC2\xA0 x y \t") == "x y");
}
