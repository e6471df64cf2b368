// The guide's picture taking (capture.cpp, run in full by docs/take-screenshots.sh) kept
// working: one dialog of a windowed office pictured as a clerk would see it.
#include "screenshots/capture.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;

TEST_SUITE("screenshots.check") {
    TEST_CASE("a dialog is pictured whole, as a PNG that shows it") {
        use_windowed_office();
        CalcDocument doc(std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods",
                         CalcDocument::Shown{});
        select(doc, 0, "C10");
        DialogSession dialog(doc, "vnd.vnplan:AwardCheck");
        REQUIRE(dialog.shows("grand total 33 tập thể, 44 cá nhân"));
        const auto window = shots::wait_dialog();
        REQUIRE(window.is());
        const auto file = temp_dir() / "award-check.png";
        const auto area = shots::save_png(window, file);
        const auto size = window->getPosSize();
        CHECK(area.Width == size.Width);
        CHECK(area.Height == size.Height);
        CHECK(area.Width > 200);
        CHECK(area.Height > 100);
        CHECK(std::filesystem::file_size(file) > 1000);
        CHECK(shots::shows_something(file));
        // A picture of nothing (one colour) is told apart.
        const auto blank = temp_dir() / "blank.png";
        shots::save_png(window, blank, com::sun::star::awt::Rectangle{0, size.Height - 4, 4, 4});
        CHECK_FALSE(shots::shows_something(blank));
    }
}
