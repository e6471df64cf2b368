#include "core/common/message.hpp"
#include "core/plan/binding.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;

TEST_CASE("plan: placeholders are found with their offsets") {
    const auto ps = find_placeholders("Số: {{ Số ký hiệu }} - {{#each Phụ lục}}{{x");
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].name == "Số ký hiệu");
    CHECK(ps[0].begin == 6); // bytes: "Số" is 4
    CHECK(ps[1].name == "#each Phụ lục");
    CHECK(find_placeholders("{{a {{b}}").front().name == "b");
    CHECK(find_placeholders("no fields }} here {{").empty());
}

TEST_CASE("plan: names with an owner") {
    const Name n = parse_name(" Phụ lục.Tiêu đề phụ ");
    CHECK(n.owner_key == "phu luc");
    CHECK(n.member_key == "tieu de phu");
    CHECK(n.written == "Phụ lục.Tiêu đề phụ");
    CHECK(parse_name("Người ký").owner_key.empty());
}

TEST_CASE("plan: substitution of scalar fields") {
    Bindings b;
    b.set("Số ký hiệu", "143/KH-UBND");
    b.set("Người ký", "Phạm Tuấn Đạt");
    CHECK(substitute("Số: {{so ky hieu}}", b, true) == "Số: 143/KH-UBND");
    CHECK(substitute("{{NGƯỜI KÝ}}.", b, true) == "Phạm Tuấn Đạt.");
    CHECK(substitute("{{Không có}} x", b, false) == "{{Không có}} x");
    try {
        (void)substitute("a {{Không có}}", b, true);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.message().vi == "Không có trường \"Không có\" (trong {{Không có}}).");
    }
    CHECK(b.display("nguoi ky") == "Người ký");
}
