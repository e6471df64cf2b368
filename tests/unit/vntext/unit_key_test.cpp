// VNKEY (unit_key): one key for the spellings of one unit name.
#include "core/vntext/text.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vnplan::vntext;

namespace {

std::string nfd(const std::string& s) {
    return from_unicode(s, Encoding::decomposed);
}

} // namespace

TEST_CASE("VNKEY equalities from the seed award table") {
    const std::pair<const char*, const char*> same[] = {
        {"Ủy ban nhân dân phường Thanh Sơn", "UBND phường Thanh Sơn"},
        {"Uỷ ban nhân dân phường Thanh Sơn", "Ủy ban nhân dân phường Thanh Sơn"},
        {"Uỷ", "Ủy"},
        {"hoà", "hòa"},
        {"thuỷ", "thủy"},
        {"Văn phòng HĐND&UBND thành phố", "Văn phòng HĐND & UBND thành phố"},
        {"Văn phòng HĐND & UBND thành phố", "VP HĐND và UBND thành phố"},
        {"Văn phòng HĐND&UBND thành phố",
         "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"},
        {"Ủy ban MTTQ thành phố", "Ủy ban Mặt trận Tổ quốc thành phố"},
        {"Ủy ban MTTQ thành phố", "UBMTTQ thành phố"},
        {"UBND  phường   Trung Vương ", "Ủy ban nhân dân phường Trung Vương"},
        {"Phòng Văn hóa và Thông tin", "PHÒNG VĂN HOÁ VÀ THÔNG TIN"},
        {"Phòng Tài chính - Kế hoạch", "Phòng Tài chính – Kế hoạch"},
        {"Phòng Tài chính - Kế hoạch", "phòng tài chính kế hoạch"},
        {"Trung tâm Hành chính công", "TT Hành chính công"},
        {"Trung tâm Hành chính công", "TT. HCC"},
        {"Hội Cựu chiến binh thành phố", "Hội CCB TP"},
        {"UBND phường Nam Khê", "U.B.N.D phường Nam Khê"},
        {"Thường trực HĐND thành phố", "TT HĐND thành phố"},
        {"Thường trực Thành ủy", "TT Thành uỷ"},
        {"UBND thị trấn Phong Thổ", "UBND TT Phong Thổ"},
        {"Ủy ban nhân dân huyện Hoà Vang", "UBND huyện Hòa Vang"},
        {"Ðảng ủy", "Đảng uỷ"},
        {"Trường Mầm non Hoa Hồng", "Trường mầm non Hoa Hồng"},
    };
    for (const auto& pair : same) {
        const std::string a(pair.first), b(pair.second); // clang 14: no captured bindings
        CAPTURE(a);
        CAPTURE(b);
        CHECK(unit_key(a) == unit_key(b));
    }
}

TEST_CASE("VNKEY ignores NFC/NFD and spacing") {
    const std::string name = "Ủy ban nhân dân phường Thanh Sơn";
    CHECK(unit_key(nfd(name)) == unit_key(name));
    CHECK(unit_key(nfd("Uỷ ban")) == unit_key("Ủy ban"));
    CHECK(unit_key("  UBND\tphường\u00A0Thanh Sơn  ") == unit_key(name));
}

TEST_CASE("VNKEY keeps different units apart") {
    const std::pair<const char*, const char*> different[] = {
        {"UBND phường Thanh Sơn", "UBND phường Bắc Sơn"},
        {"Ủy ban nhân dân phường Thanh Sơn", "Ủy ban nhân dân phường Bắc Sơn"},
        {"UBND phường Phương Nam", "UBND phường Phương Đông"},
        {"UBND phường Yên Thanh", "UBND phường Thượng Yên Công"},
        {"Phòng Nội vụ", "Phòng Kinh tế"},
        {"Hội doanh nghiệp thành phố", "Đại diện Hội doanh nghiệp thành phố"},
        {"Văn phòng HĐND&UBND thành phố", "Văn phòng UBND thành phố"},
        {"Trung tâm Hành chính công", "Trung tâm Truyền thông và Văn hóa"},
        {"phường Hòa", "phường Hóa"}, // tones matter
        {"Thanh Sơn", "Thành Sơn"},
        {"Phòng Tư pháp", "Phòng Tư pháp 2"},
    };
    for (const auto& pair : different) {
        const std::string a(pair.first), b(pair.second); // clang 14: no captured bindings
        CAPTURE(a);
        CAPTURE(b);
        CHECK(unit_key(a) != unit_key(b));
    }
}

TEST_CASE("VNKEY output") {
    CHECK(unit_key("Văn phòng HĐND&UBND thành phố") ==
          "văn phòng hội đồng nhân dân và ủy ban nhân dân thành phố");
    CHECK(unit_key("Ủy ban MTTQ thành phố") == "ủy ban mặt trận tổ quốc thành phố");
    CHECK(unit_key("Tổ UBIC") == "tổ ubic");
    CHECK(unit_key("TT Hành chính công") == "trung tâm hành chính công");
    CHECK(unit_key("PAR INDEX (2023)") == "par index 2023");
    CHECK(unit_key("") == "");
    CHECK(unit_key(" - & - ") == "và");
    CHECK(unit_key("Khuỷu tay, người, quý, giữa, gìn, của, hoàn, thuở") ==
          "khuỷu tay người quý giữa gìn của hoàn thuở");
    CHECK(unit_key("Hoà, Hoè, Thuỷ, Khoẻ, Hoạ") == "hòa hòe thủy khỏe họa");
}
