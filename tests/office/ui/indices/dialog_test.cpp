// The "Xếp hạng chỉ số" dialog in a real windowed office (Xvfb): it loads with its strings in
// both languages, and opened from the menu and run it writes the ranked sheet.
#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/chi-so-bac-son-2022.ods";

sal_Int32 sheet_count(CalcDocument& doc) {
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc.component(), UNO_QUERY_THROW);
    return Reference<css::container::XIndexAccess>(spreadsheet->getSheets(), UNO_QUERY_THROW)
        ->getCount();
}
} // namespace

TEST_SUITE("ui.indices") {
    TEST_CASE("the ranking dialog loads with its English strings") {
        use_windowed_office();
        const auto labels = labels_of(
            "IndexRanking", {"Run", "Close", "UnitsLabel", "MaximaLabel", "RadarUnitLabel"});
        CHECK(labels.at("Run") == "Rank");
        CHECK(labels.at("Close") == "Close");
        CHECK(labels.at("UnitsLabel") == "Unit names (range):");
        CHECK(labels.at("MaximaLabel") == "Maximum points (row or column):");
        CHECK(labels.at("RadarUnitLabel") == "Unit for the radar chart:");
    }

    TEST_CASE("the ranking dialog's Vietnamese strings resolve") {
        CHECK(resolve("IndexRanking", "vi", "VN", "IndexRanking.Title") == "Xếp hạng chỉ số");
        CHECK(resolve("IndexRanking", "vi", "VN", "IndexRanking.PreviousInGroup") ==
              "Xếp hạng năm trước là hạng trong khối");
        CHECK(resolve("IndexRanking", "vi", "VN", "IndexRanking.Maxima") ==
              "Điểm tối đa (hàng hoặc cột):");
        CHECK(resolve("IndexRanking", "vi", "VN", "Common.Close") == "Đóng");
        CHECK(resolve("IndexRanking", "en", "US", "IndexRanking.Run") == "Rank");
        CHECK(resolve("IndexRanking", "de", "DE", "IndexRanking.Run") ==
              "Rank"); // fallback: English
    }

    TEST_CASE("Rank index scores writes a ranked sheet from the prefilled fields") {
        use_windowed_office();
        CalcDocument doc(example, CalcDocument::Shown{});
        REQUIRE(sheet_count(doc) == 2);
        select(doc, 0, "D9");
        {
            DialogSession dialog(doc, "vnd.vnplan:IndexRanking");
            CHECK(dialog.title() == "Rank index scores");
            dialog.press("Rank");
            CHECK(dialog.shows("Created the sheet"));
            dialog.press("Close");
            dialog.wait_closed();
        }
        CHECK(sheet_count(doc) == 3);
        CHECK(doc.value("C6") == 10); // the scores are left as they were
    }

    TEST_CASE("Rank index scores reports an empty units field in the dialog") {
        use_windowed_office();
        CalcDocument doc(example, CalcDocument::Shown{});
        select(doc, 0, "D9");
        {
            DialogSession dialog(doc, "vnd.vnplan:IndexRanking");
            dialog.type("Unit names (range):", "");
            dialog.press("Rank");
            CHECK(dialog.shows("The unit names range is empty."));
        }
        CHECK(sheet_count(doc) == 2);
    }

    TEST_CASE("the dialog prefills from clerks' other layouts and explains unreadable ones") {
        use_windowed_office();
        const std::string scores = std::string(VNPLAN_SOURCE_DIR) + "/tests/data/scores/";
        const auto file = temp_dir() / "other-layouts.ods";
        {
            CalcDocument doc;
            doc.put("A1", test::grid_from_file(scores + "11-par-areas-pairs-bonus.tsv"));
            doc.put("A20", test::grid_from_file(scores + "12-error-maxima-disagree.tsv"));
            doc.store(file);
        }
        CalcDocument doc(file, CalcDocument::Shown{});
        select(doc, 0, "D7"); // areas over self/appraised pairs: the units fill the radar list
        {
            DialogSession dialog(doc, "vnd.vnplan:IndexRanking");
            CHECK(dialog.shows("Sở Tư pháp"));
            CHECK(dialog.shows("Sở Giao thông vận tải"));
        }
        select(doc, 0, "C25"); // maxima read two ways: the dialog opens and says so
        {
            DialogSession dialog(doc, "vnd.vnplan:IndexRanking");
            CHECK(dialog.title() == "Rank index scores");
            CHECK(dialog.shows("Chi phí không chính thức"));
        }
        CHECK(sheet_count(doc) == 1);
        CHECK(doc.string("B6") == "Sở Nội vụ");
    }
}
