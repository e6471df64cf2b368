#include "common/plan_bindings.hpp"
#include "core/common/message.hpp"
#include "core/plan/template.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::plan;
using vnplan::test::sample_bindings;

namespace {

std::vector<TemplateBlock> blocks(std::initializer_list<const char*> texts) {
    std::vector<TemplateBlock> out;
    for (const char* t : texts)
        out.push_back({t, false});
    return out;
}

using K = Emit::Kind;

} // namespace

TEST_CASE("template: plain paragraphs stay, the body marker is replaced") {
    const auto out =
        expand(blocks({"KẾ HOẠCH", "{{Nội dung}}", "{{Người ký}}"}), sample_bindings());
    REQUIRE(out.size() == 3);
    CHECK(out[0] == Emit{K::keep, 0, {}, 0});
    CHECK(out[1] == Emit{K::body, 1, {}, 0});
    CHECK(out[2] == Emit{K::keep, 2, {}, 0});
}

TEST_CASE("template: a paragraph naming a list repeats per item") {
    const auto out = expand(blocks({"Nơi nhận:", "- {{Nơi nhận}}"}), sample_bindings());
    REQUIRE(out.size() == 3);
    CHECK(out[1] == Emit{K::copy, 1, "- TT Thành ủy;", 0});
    CHECK(out[2] == Emit{K::copy, 1, "- Lưu: VT.", 0});
}

TEST_CASE("template: {{#each Phụ lục}} repeats its paragraphs and places the tables") {
    const auto out =
        expand(blocks({"x", "{{#each Phụ lục}}", "Phụ lục {{Phụ lục.Số}}", "{{Phụ lục.Tiêu đề}}",
                       "{{#if Phụ lục.Kèm theo}}", "{{Phụ lục.Kèm theo}}", "{{/if}}",
                       "{{Phụ lục.Bảng}}", "{{/each}}", "y"}),
               sample_bindings());
    REQUIRE(out.size() == 9);
    CHECK(out[0] == Emit{K::keep, 0, {}, 0});
    CHECK(out[1] == Emit{K::copy, 2, "Phụ lục I", 0});
    CHECK(out[2] == Emit{K::copy, 3, "PHÂN CÔNG THAM LUẬN", 0});
    CHECK(out[3] == Emit{K::copy, 5, "(Kèm theo ...)", 0});
    CHECK(out[4] == Emit{K::table, 7, {}, 0});
    CHECK(out[5] == Emit{K::copy, 2, "Phụ lục II", 0});
    CHECK(out[6] == Emit{K::copy, 3, "PHÂN BỔ", 0});
    CHECK(out[7] == Emit{K::table, 7, {}, 1}); // no "Kèm theo" line: the {{#if}} dropped it
    CHECK(out[8] == Emit{K::keep, 9, {}, 0});
}

TEST_CASE("template: {{#if}} drops a section when the field is empty, {{#else}} takes over") {
    auto out = expand(blocks({"{{#if Cơ quan chủ quản}}", "{{Cơ quan chủ quản}}", "{{#else}}",
                              "(không có)", "{{/if}}"}),
                      sample_bindings());
    REQUIRE(out.size() == 1);
    CHECK(out[0] == Emit{K::keep, 3, {}, 0});
    out = expand(blocks({"{{#if Người ký}}", "ký", "{{/if}}"}), sample_bindings());
    REQUIRE(out.size() == 1);
    CHECK(out[0].source == 1);
}

TEST_CASE("template: {{#each}} over a list names the item by the list") {
    const auto out = expand(blocks({"{{#each Thẩm quyền ký}}", "{{Thẩm quyền ký}}", "{{/each}}"}),
                            sample_bindings());
    REQUIRE(out.size() == 1);
    CHECK(out[0] == Emit{K::copy, 1, "TM. ỦY BAN NHÂN DÂN", 0});
}

TEST_CASE("template: errors name the placeholder") {
    const auto message = [](std::initializer_list<const char*> texts) {
        try {
            (void)expand(blocks(texts), sample_bindings());
        } catch (const InputError& e) {
            return e.message().vi;
        }
        return std::string("no error");
    };
    CHECK(message({"{{Không có}}"}) ==
          "Mẫu có trường {{Không có}} nhưng sổ tính không có trường \"Không có\".");
    CHECK(message({"{{#each Phụ lục}}", "x"}) ==
          "Mẫu có \"{{#each Phụ lục}}\" nhưng thiếu {{/each}}.");
    CHECK(message({"x", "{{/if}}"}) == "Mẫu có \"{{/if}}\" không khớp với khối nào.");
    CHECK(message({"a {{#if Người ký}} b"}) == "{{#if Người ký}} phải đứng riêng một đoạn.");
    CHECK(message({"{{Chương trình.TT}}"}).find("chỉ dùng được trong một dòng của bảng") !=
          std::string::npos);
    CHECK(message({"{{#each Phụ lục}}", "{{Không}}", "{{/each}}"}).find("{{Không}}") !=
          std::string::npos);
}

TEST_CASE("template: a table inside {{#each}} is refused, outside it is kept") {
    std::vector<TemplateBlock> b{{"x", false}, {"", true}};
    const auto out = expand(b, sample_bindings());
    REQUIRE(out.size() == 2);
    CHECK(out[1] == Emit{K::keep, 1, {}, 0});
    std::vector<TemplateBlock> inside{
        {"{{#each Phụ lục}}", false}, {"", true}, {"{{/each}}", false}};
    CHECK_THROWS_AS((void)expand(inside, sample_bindings()), InputError);
}

TEST_CASE("template: a table row naming a table's columns repeats per data row") {
    const auto rows = expand_row(
        {"{{Chương trình.TT}}", "{{Chương trình.Nội dung}} ({{Người ký}})"}, sample_bindings());
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[0] == std::vector<std::string>{"1", "Khai mạc (Phạm Tuấn Đạt)"});
    CHECK((*rows)[1] == std::vector<std::string>{"2", "Thảo luận (Phạm Tuấn Đạt)"});
    CHECK_FALSE(expand_row({"{{Người ký}}", "x"}, sample_bindings()));
    CHECK_THROWS_AS((void)expand_row({"{{Chương trình.Không}}"}, sample_bindings()), InputError);
}
