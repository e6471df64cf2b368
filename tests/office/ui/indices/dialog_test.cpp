// The "Xếp hạng chỉ số" dialog in a real (headless) office: it loads with its strings in both
// languages, and the menu command runs end to end without changing the document.
#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"

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

    TEST_CASE("the menu command runs end to end and leaves the document as it was") {
        CalcDocument doc(example);
        REQUIRE(sheet_count(doc) == 2);
        // Headless, the dialog's execute() returns at once (cancelled): the prefill runs.
        select(doc, 0, "D9");
        dispatch(doc, "vnd.vnplan:IndexRanking");
        select(doc, 1, "B7:L25");
        dispatch(doc, "vnd.vnplan:IndexRanking");
        select(doc, 0, "Z200"); // no score table: the fields stay for the clerk
        dispatch(doc, "vnd.vnplan:IndexRanking");
        CHECK(sheet_count(doc) == 2);
        CHECK(doc.value("C6") == 10);
        CHECK(doc.string("B6") == "Bắc Sơn");
    }

    TEST_CASE("the menu command prefills from clerks' other layouts and from unreadable ones") {
        CalcDocument doc;
        const std::string scores = std::string(VNPLAN_SOURCE_DIR) + "/tests/data/scores/";
        doc.put("A1", test::grid_from_file(scores + "11-par-areas-pairs-bonus.tsv"));
        doc.put("A20", test::grid_from_file(scores + "12-error-maxima-disagree.tsv"));
        select(doc, 0, "D7"); // areas over self/appraised pairs
        dispatch(doc, "vnd.vnplan:IndexRanking");
        select(doc, 0, "C25"); // maxima read two ways: the dialog opens and says so
        dispatch(doc, "vnd.vnplan:IndexRanking");
        CHECK(sheet_count(doc) == 1);
        CHECK(doc.string("B6") == "Sở Nội vụ");
    }
}
