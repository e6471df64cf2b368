#include "core/indices/score_labels.hpp"
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

using namespace vnplan::indices;
using vnplan::Cell;

namespace {
std::string name_of(const char* label) {
    const auto m = maximum_in_text(label);
    return m ? m->name : "<none>";
}
double value_of(const char* label) {
    const auto m = maximum_in_text(label);
    return m ? m->value : -1;
}
} // namespace

TEST_CASE("indices: maxima written in header text") {
    CHECK(value_of("Công tác chỉ đạo, điều hành (10 điểm)") == 10);
    CHECK(name_of("Công tác chỉ đạo, điều hành (10 điểm)") == "Công tác chỉ đạo, điều hành");
    CHECK(value_of("Cải cách tài chính công - 9,5đ") == 9.5);
    CHECK(name_of("Cải cách tài chính công - 9,5đ") == "Cải cách tài chính công");
    CHECK(value_of("Hiện đại hóa nền hành chính (tối đa 12)") == 12);
    CHECK(name_of("Hiện đại hóa nền hành chính (tối đa 12)") == "Hiện đại hóa nền hành chính");
    CHECK(value_of("Cải cách thể chế (Điểm tối đa: 7,5)") == 7.5);
    CHECK(name_of("Cải cách thể chế (Điểm tối đa: 7,5)") == "Cải cách thể chế");
    CHECK(value_of("TIẾP CẬN DỊCH VỤ (10Đ)") == 10);
    CHECK(value_of("Cung ứng dịch vụ – 8.5 điểm.") == 8.5);
    CHECK(name_of("Cung ứng dịch vụ – 8.5 điểm.") == "Cung ứng dịch vụ");
    CHECK(value_of("Kết quả: 20 điểm") == 20);
    CHECK(name_of("10 điểm") == "");
    CHECK(name_of("Chỉ đạo (10 điểm) của UBND") == "Chỉ đạo của UBND");
    CHECK(name_of("Chỉ đạo - 10 điểm của UBND") == "Chỉ đạo - 10 điểm của UBND"); // not apart
    // Numbers that are not maxima.
    CHECK_FALSE(maximum_in_text("CSTP1 - Tính minh bạch"));
    CHECK_FALSE(maximum_in_text("Xếp hạng năm 2021"));
    CHECK_FALSE(maximum_in_text("Thực hiện Nghị định 30/2020/NĐ-CP"));
    CHECK_FALSE(maximum_in_text("Chương trình 135 đợt 2"));
    CHECK_FALSE(maximum_in_text("Điểm thưởng"));
}

TEST_CASE("indices: labels in legacy encodings and keywords") {
    const std::string tcvn3 =
        vnplan::vntext::from_unicode("Điểm tối đa", vnplan::vntext::Encoding::tcvn3);
    CHECK(label_text(Cell::of(tcvn3)) == "Điểm tối đa");
    CHECK(label_text(Cell::of(std::string("  Tự\nchấm  "))) == "Tự chấm");
    // "thò xaõ" reads as Vietnamese as it stands: the sheet's VNI cells decide.
    using vnplan::vntext::Encoding;
    vnplan::Grid grid;
    for (const char* text : {"Teân ñôn vò", "UBND thò xaõ Sa Pa", "Ñieåm toái ña"})
        grid.rows.push_back({Cell::of(std::string(text))});
    CHECK(legacy_encoding(grid) == Encoding::vni);
    CHECK(label_text(grid.rows[1][0], Encoding::vni) == "UBND thị xã Sa Pa");
    CHECK(label_text(Cell::of(std::string("Bình Gia")), Encoding::tcvn3) != "");
    vnplan::Grid unicode;
    unicode.rows.push_back({Cell::of(std::string("Huyện Bình Gia")), Cell::of(2.0)});
    CHECK_FALSE(legacy_encoding(unicode));
    CHECK(label_text(Cell::of(3.0)) == "");
    CHECK(mentions(vnplan::vntext::fold_exact("ĐIỂM TỐI ĐA"), {"tối đa"}));
    CHECK(mentions(vnplan::vntext::fold_exact("Diem toi da"), {"tối đa"}));
    CHECK_FALSE(mentions(vnplan::vntext::fold_exact("Công tác"), {"cộng"}));
    CHECK_FALSE(mentions(vnplan::vntext::fold_exact("Tổng"), {"cộng"}));
    CHECK(number_in_text("9,5") == 9.5);
    CHECK(number_in_text(" 10 ") == 10);
    CHECK_FALSE(number_in_text("10 điểm"));
}

TEST_CASE("indices: numbering of criteria and areas") {
    CHECK(numbering_depth("I") == 0);
    CHECK(numbering_depth("IV.") == 0);
    CHECK(numbering_depth("B") == 0);
    CHECK(numbering_depth("1") == 1);
    CHECK(numbering_depth("2.") == 1);
    CHECK(numbering_depth("1.2") == 2);
    CHECK(numbering_depth("1.2.3") == 3);
    CHECK(numbering_depth("a)") == 4);
    CHECK_FALSE(numbering_depth("Sở"));
    CHECK_FALSE(numbering_depth("1..2"));
    CHECK(leading_numbering_depth("II. Cải cách thể chế") == 0);
    CHECK(leading_numbering_depth("1.1 Kế hoạch CCHC") == 2);
    CHECK(leading_numbering_depth("a) Ban hành kế hoạch") == 4);
    CHECK_FALSE(leading_numbering_depth("CSTP1 - Tính minh bạch"));
    CHECK_FALSE(leading_numbering_depth("I Công tác"));
}
