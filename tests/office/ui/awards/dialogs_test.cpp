// The menu and dialogs in a real (headless) office: dialogs load with their strings in both
// languages, and the menu commands run end to end without harming the document.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";

} // namespace

TEST_SUITE("ui.awards") {
    TEST_CASE("the dialogs load with their English strings") {
        const auto check = labels_of("AwardCheck", {"Mark", "Close"});
        CHECK(check.at("Mark") == "Mark the cells");
        CHECK(check.at("Close") == "Close");
        const auto allocate = labels_of("Allocate", {"Run", "TotalLabel"});
        CHECK(allocate.at("Run") == "Allocate");
        CHECK(allocate.at("TotalLabel") == "Total to share:");
    }

    TEST_CASE("the dialogs' Vietnamese strings resolve") {
        CHECK(resolve("AwardCheck", "vi", "VN", "AwardCheck.Title") == "Kiểm tra bảng khen thưởng");
        CHECK(resolve("Allocate", "vi", "VN", "Allocate.Method") == "Phương pháp:");
        CHECK(resolve("Allocate", "en", "US", "Allocate.Method") == "Method:");
        // A language without strings falls back to English.
        CHECK(resolve("Allocate", "de", "DE", "Allocate.Run") == "Allocate");
    }

    TEST_CASE("the menu commands run end to end and leave the document as it was") {
        CalcDocument doc(example);
        select(doc, 0, "C10");
        // Headless, a dialog's execute() returns at once (cancelled): the whole path runs.
        dispatch(doc, "vnd.vnplan:AwardCheck");
        dispatch(doc, "vnd.vnplan:Allocate");
        dispatch(doc, "vnd.vnplan:NoSuchCommand");
        CHECK(doc.value("C6") == 6);
        CHECK(doc.string("F6").empty()); // nothing written beside the table
        // Selecting an empty cell: the command reports the problem, nothing breaks.
        select(doc, 0, "Z200");
        dispatch(doc, "vnd.vnplan:AwardCheck");
        CHECK(doc.value("D53") == 44);
    }
}
