// The bindings the template tests and the template fuzz target start from: a signer, an empty
// field, two lists, a two-record appendix loop and a small table.
#pragma once

#include "core/plan/template.hpp"

namespace vnplan::test {

inline plan::Bindings sample_bindings() {
    plan::Bindings b;
    b.set("Người ký", "Phạm Tuấn Đạt");
    b.set("Cơ quan chủ quản", "");
    b.set_list("Nơi nhận", {"TT Thành ủy;", "Lưu: VT."});
    b.set_list("Thẩm quyền ký", {"TM. ỦY BAN NHÂN DÂN"});
    plan::Record one, two;
    one.fields = {{"so", "I"}, {"tieu de", "PHÂN CÔNG THAM LUẬN"}, {"kem theo", "(Kèm theo ...)"}};
    one.appendix = 0;
    two.fields = {{"so", "II"}, {"tieu de", "PHÂN BỔ"}, {"kem theo", ""}};
    two.appendix = 1;
    b.set_loop("Phụ lục", {one, two});
    b.set_table("Chương trình", {{"tt", "noi dung"}, {{"1", "Khai mạc"}, {"2", "Thảo luận"}}});
    return b;
}

} // namespace vnplan::test
