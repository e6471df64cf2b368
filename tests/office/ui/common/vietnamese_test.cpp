// vnplan as clerks run it: a Vietnamese LibreOffice (interface language pinned to "vi" in the
// throwaway profile, windowed on Xvfb). The menu, a dialog's labels and results, a message and
// the Function Wizard's names are all Vietnamese.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <doctest/doctest.h>

#include <set>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";

// The names the Function Wizard lists (the office's FunctionDescriptions, in its language).
std::set<std::string> function_wizard_names() {
    auto context = test::office().context();
    Reference<css::container::XIndexAccess> functions(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", context),
        UNO_QUERY_THROW);
    std::set<std::string> names;
    for (sal_Int32 i = 0; i < functions->getCount(); ++i) {
        Sequence<css::beans::PropertyValue> description;
        functions->getByIndex(i) >>= description;
        for (const auto& property : description)
            if (property.Name == "Name") {
                rtl::OUString name;
                property.Value >>= name;
                names.insert(office::to_utf8(name));
            }
    }
    return names;
}
} // namespace

TEST_SUITE("ui.vi") {
    TEST_CASE("the menu is Vietnamese") {
        use_windowed_office("vi");
        CalcDocument doc(example, CalcDocument::Shown{});
        const std::vector<std::string> expected{"Kiểm tra bảng khen thưởng...",
                                                "Phân bổ chỉ tiêu...",
                                                "Xếp hạng chỉ số...",
                                                "Tạo kế hoạch...",
                                                "Xuất phụ lục...",
                                                "Chuyển mã sang Unicode..."};
        CHECK(menu_items(doc, "Kế hoạch") == expected);
    }

    TEST_CASE("Kiểm tra bảng khen thưởng speaks Vietnamese and marks the cells") {
        use_windowed_office("vi");
        CalcDocument doc(example, CalcDocument::Shown{});
        select(doc, 0, "C10");
        DialogSession dialog(doc, "vnd.vnplan:AwardCheck");
        CHECK(dialog.title() == "Kiểm tra bảng khen thưởng");
        CHECK(dialog.shows("Bảng A1:E53: tổng cộng 33 tập thể, 44 cá nhân. Lỗi: 0, cảnh báo: 2."));
        dialog.press("Đánh dấu các ô");
        CHECK(dialog.shows("Đã đánh dấu 2 ô (Hoàn tác một lần để bỏ)."));
        dialog.press("Đóng");
        dialog.wait_closed();
    }

    TEST_CASE("a message is Vietnamese") {
        use_windowed_office("vi");
        CalcDocument doc(example, CalcDocument::Shown{});
        select(doc, 0, "Z200");
        DialogSession message(doc, "vnd.vnplan:AwardCheck");
        CHECK(message.shows("Bảng khen thưởng phải có ít nhất hai cột (tên đơn vị và số lượng)."));
    }

    TEST_CASE("the Function Wizard lists the Vietnamese names") {
        use_windowed_office("vi");
        const auto names = function_wizard_names();
        CHECK(names.count("TONGKHENTHUONG") == 1);
        CHECK(names.count("PHANBO") == 1);
        CHECK(names.count("XEPHANG") == 1);
        CHECK(names.count("DOCSO") == 1);
        CHECK(names.count("AWARDTOTAL") == 0);
        CHECK(names.count("VNWORDS") == 0);
    }
}
