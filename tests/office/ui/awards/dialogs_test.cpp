// The award dialogs in a real windowed office (Xvfb), worked as a clerk works them: opened
// from the menu, filled, pressed; then the document and the dialog are read back.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";

sal_Int32 comment_count(CalcDocument& doc) {
    return Reference<css::container::XIndexAccess>(
               Reference<css::sheet::XSheetAnnotationsSupplier>(doc.sheet(0), UNO_QUERY_THROW)
                   ->getAnnotations(),
               UNO_QUERY_THROW)
        ->getCount();
}

std::string comment_of(CalcDocument& doc, const char* cell) {
    Reference<css::sheet::XSheetAnnotationAnchor> anchor(
        doc.sheet(0)
            ->getCellRangeByName(rtl::OUString::createFromAscii(cell))
            ->getCellByPosition(0, 0),
        UNO_QUERY_THROW);
    return office::to_utf8(
        Reference<css::text::XTextRange>(anchor->getAnnotation(), UNO_QUERY_THROW)->getString());
}

} // namespace

TEST_SUITE("ui.awards") {
    TEST_CASE("the menu lists the six vnplan commands") {
        use_windowed_office();
        CalcDocument doc(example, CalcDocument::Shown{});
        const std::vector<std::string> expected{"Check award table...", "Allocate quotas...",
                                                "Rank index scores...", "Create plan document...",
                                                "Export appendix...",   "Convert to Unicode..."};
        CHECK(menu_items(doc, "vnplan") == expected);
    }

    TEST_CASE("the dialogs load with their English strings") {
        use_windowed_office();
        const auto check = labels_of("AwardCheck", {"Mark", "Close"});
        CHECK(check.at("Mark") == "Mark the cells");
        CHECK(check.at("Close") == "Close");
        const auto allocate = labels_of("Allocate", {"Run", "TotalLabel"});
        CHECK(allocate.at("Run") == "Allocate");
        CHECK(allocate.at("TotalLabel") == "Total to share:");
    }

    TEST_CASE("Check award table shows the totals and marks the cells of its findings") {
        use_windowed_office();
        CalcDocument doc(example, CalcDocument::Shown{});
        select(doc, 0, "C10");
        REQUIRE(comment_count(doc) == 0);
        {
            DialogSession dialog(doc, "vnd.vnplan:AwardCheck");
            CHECK(dialog.title() == "Check award table");
            // Kế hoạch 143: 33 collectives and 44 individuals; sections II and IV number
            // their items 1, 3, ... (rows 17 and 33).
            CHECK(dialog.shows("grand total 33 tập thể, 44 cá nhân. Errors: 0, warnings: 2."));
            CHECK(dialog.shows("A17: item numbers skip from 1 to 3 (2 is missing). (warning)"));
            CHECK(dialog.shows("A33: item numbers skip from 1 to 3 (2 is missing). (warning)"));
            dialog.press("Mark the cells");
            CHECK(dialog.shows("Marked 2 cells (one Undo removes the marks)."));
            dialog.press("Close");
            dialog.wait_closed();
        }
        CHECK(comment_count(doc) == 2);
        CHECK(comment_of(doc, "A17").find("skip from 1 to 3") != std::string::npos);
        CHECK(comment_of(doc, "A33").find("skip from 1 to 3") != std::string::npos);
        CHECK(doc.value("C53") == 33);
    }

    TEST_CASE("Allocate writes the shares and names a tie") {
        use_windowed_office();
        CalcDocument doc(weights_workbook("allocate.ods", {50, 30, 20, 1, 1}),
                         CalcDocument::Shown{});
        select(doc, 0, "B2:B4");
        {
            DialogSession dialog(doc, "vnd.vnplan:Allocate");
            CHECK(dialog.title() == "Allocate quotas");
            dialog.set_number("Total to share:", 10);
            dialog.press("Allocate");
            CHECK(dialog.shows("Wrote 3 results."));
            dialog.press("Close");
            dialog.wait_closed();
        }
        // Hamilton, 10 seats over 50:30:20: exact quotas.
        CHECK(doc.value("C2") == 5);
        CHECK(doc.value("C3") == 3);
        CHECK(doc.value("C4") == 2);

        select(doc, 0, "B5:B6");
        {
            DialogSession dialog(doc, "vnd.vnplan:Allocate");
            dialog.set_number("Total to share:", 1);
            dialog.press("Allocate");
            // Two equal weights, one seat: the tie rule gives it to the earlier row.
            CHECK(dialog.shows("Tie between B5 and B6"));
        }
        CHECK(doc.value("C5") == 1);
        CHECK(doc.value("C6") == 0);
    }

    TEST_CASE("a selection that is not a table gets a message and changes nothing") {
        use_windowed_office();
        CalcDocument doc(example, CalcDocument::Shown{});
        select(doc, 0, "Z200");
        {
            DialogSession message(doc, "vnd.vnplan:AwardCheck");
            CHECK(message.title() == "vnplan");
            CHECK(message.shows("An award table needs at least two columns (unit and count)."));
        }
        CHECK(comment_count(doc) == 0);
    }
}
