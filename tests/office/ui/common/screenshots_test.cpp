// The screenshots of docs/images that show vnplan's windows, taken in the windowed test office
// (Xvfb) as a clerk would see them. Retake them with
//   VNPLAN_SCREENSHOTS=docs/images out/tests/office/vnplan_office_tests --test-suite=ui.screenshots
// (without VNPLAN_SCREENSHOTS they go to the test program's temporary folder). Each test also
// checks that what it shows is really there.
#include "extension/configuration.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"
#include "ui/common/screenshot.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XLayoutManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <doctest/doctest.h>
#include <rtl/uri.hxx>

#include <thread>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {

Reference<css::frame::XLayoutManager> layout_of(CalcDocument& doc) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> frame(model->getCurrentController()->getFrame(),
                                              UNO_QUERY_THROW);
    Reference<css::frame::XLayoutManager> layout;
    frame->getPropertyValue("LayoutManager") >>= layout;
    REQUIRE(layout.is());
    return layout;
}

// Gives the office a moment to paint what changed (nothing is asserted on timing).
void let_paint() {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
}

void check_png(const std::filesystem::path& file) {
    INFO(file.string());
    REQUIRE(std::filesystem::exists(file));
    CHECK(std::filesystem::file_size(file) > 5000);
}

// A configured URL as LibreOffice uses it: "vnd.sun.star.expand:$UNO_USER_PACKAGES_CACHE/..."
// with its macros expanded (a file URL).
rtl::OUString expanded(const std::string& url) {
    const std::string prefix = "vnd.sun.star.expand:";
    if (url.rfind(prefix, 0) != 0) return office::to_ou(url);
    const rtl::OUString macros = rtl::Uri::decode(office::to_ou(url.substr(prefix.size())),
                                                  rtl_UriDecodeStrict, RTL_TEXTENCODING_UTF8);
    return css::util::theMacroExpander::get(test::office().context())->expandMacros(macros);
}

const char* const toolbar = "private:resource/toolbar/addon_org.vnplan.toolbar";

} // namespace

TEST_SUITE("ui.screenshots") {
    TEST_CASE("toolbar.png: the vnplan toolbar in Calc") {
        use_windowed_office("vi");
        CalcDocument doc(example_copy("khen-thuong-143.ods", "toolbar.ods"), CalcDocument::Shown{});
        fill_screen(doc);
        // An extension's toolbar is shown in every new Calc window.
        CHECK(layout_of(doc)->isElementVisible(rtl::OUString::createFromAscii(toolbar)));
        select(doc, 0, "C10");
        let_paint();
        check_png(screenshot("toolbar.png", css::awt::Rectangle{0, 0, 1280, 300}));
    }

    TEST_CASE("options-page.png: Tools > Options > LibreOffice Calc > vnplan") {
        use_windowed_office("vi");
        CalcDocument doc(example_copy("khen-thuong-143.ods", "options.ods"), CalcDocument::Shown{});
        fill_screen(doc);
        // The page as the Options dialog knows it: the configured URL, expanded.
        Sequence<css::beans::PropertyValue> page(1);
        page[0].Name = "OptionsPageURL";
        page[0].Value <<= expanded(string_at(
            configuration(
                "/org.openoffice.Office.OptionsDialog/Nodes/Calc/Leaves/org.vnplan.options"),
            "OptionsPage"));
        DialogSession options(doc, ".uno:OptionsTreeDialog", page);
        CHECK(options.shows("vnplan"));
        CHECK(options.shows("Mặc định - Nghị định 30/2020")); // the template by its name
        let_paint();
        check_png(screenshot("options-page.png", options.bounds()));
        // Its "..." buttons open LibreOffice's pickers (the page's handler gets the events).
        for (const char* field : {"Mẫu kế hoạch:", "Thư mục lưu văn bản:"}) {
            CAPTURE(field);
            options.press_beside(field, true);
            CHECK(!options.wait_other().empty());
            options.press_in_other("Cancel");
            options.wait_other_closed();
        }
        CHECK(options.field_text("Mẫu kế hoạch:") == "Mặc định - Nghị định 30/2020");
        options.press("Cancel"); // nothing changed (LibreOffice 7.4 leaves it in English)
        options.wait_closed();
    }

    TEST_CASE("picker-template.png: the plan dialog's template picker") {
        use_windowed_office("vi");
        CalcDocument plan(example_copy("ke-hoach-143.ods", "picker.ods"), CalcDocument::Shown{});
        fill_screen(plan);
        DialogSession dialog(plan, "vnd.vnplan:PlanGenerate");
        CHECK(dialog.field_text("Mẫu văn bản (.ott):") == "Mặc định - Nghị định 30/2020");
        dialog.press_beside("Mẫu văn bản (.ott):", true);
        dialog.wait_other();
        let_paint();
        check_png(screenshot("picker-template.png"));
        dialog.press_in_other("Cancel");
        dialog.wait_other_closed();
    }

    TEST_CASE("range-select.png: selecting the weights with the mouse") {
        use_windowed_office("vi");
        CalcDocument doc(example_copy("khen-thuong-143.ods", "range.ods"), CalcDocument::Shown{});
        fill_screen(doc);
        select(doc, 0, "C10");
        DialogSession dialog(doc, "vnd.vnplan:Allocate");
        dialog.press_beside("Trọng số (vùng ô):");
        dialog.wait_hidden();
        dialog.wait_other();
        // Calc's compact range window: one line (Xvfb without a window manager leaves it
        // under the document window, so the picture shows the marked cells only).
        const auto compact = dialog.other_bounds();
        CHECK(compact.Width > 4 * compact.Height);
        drag_cells(doc, "C8", "C20", false); // the button still down, as the clerk drags
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const auto pixels = grab(); // nothing asked of the office while the button is down
        release_mouse();
        // Under load the office may take the first press before its range selection listens
        // (seen once in a full parallel run): then the clerk drags again.
        if (!dialog.shown_within(15)) drag_cells(doc, "C8", "C20");
        dialog.wait_shown();
        CHECK(dialog.field_text("Trọng số (vùng ô):") == "C8:C20");
        check_png(save_png(pixels, "range-select.png"));
    }
}
