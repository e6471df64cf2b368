// read_grid beyond values: formulas, hidden rows and legacy-font blocks, grid-relative, from a
// new document and after a round trip through .xlsx.
#include "common/tsv.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {

void set_font(CalcDocument& doc, const char* range, const char* font) {
    Reference<css::beans::XPropertySet>(doc.sheet()->getCellRangeByName(office::to_ou(range)),
                                        UNO_QUERY_THROW)
        ->setPropertyValue("CharFontName", Any(office::to_ou(font)));
}

void hide_row(CalcDocument& doc, int row) { // 0-based
    const auto rows =
        Reference<css::table::XColumnRowRange>(doc.sheet(), UNO_QUERY_THROW)->getRows();
    Reference<css::beans::XPropertySet>(rows->getByIndex(row), UNO_QUERY_THROW)
        ->setPropertyValue("IsVisible", Any(false));
}

// A1:D6: header, three units, a total row of formulas; row 3 hidden; TCVN3 and VNI fonts.
void small_table(CalcDocument& doc) {
    doc.put("A1", grid_from_tsv("STT\tTên\tTập thể\tCá nhân\n1\tA\t1\t2\n2\tB\t1\t1\n"
                                "3\tC\t0\t1\n\tTổng cộng\t\t\n\tký tên\t\t\n"));
    doc.formula("C5", "=SUM(C2:C4)");
    doc.formula("D5", "=SUM(D2:D4)");
    hide_row(doc, 2);
    set_font(doc, "B2:B3", ".VnTime");
    set_font(doc, "B4", "VNI-Times");
    set_font(doc, "A1:D1", "Liberation Serif");
}

void check_small_table(const Grid& grid) {
    CHECK(grid.first_row == 1);
    CHECK(grid.formulas.size() == 2);
    REQUIRE(grid.formula(3, 2) != nullptr);
    CHECK(*grid.formula(3, 2) == "=SUM(C2:C4)");
    CHECK(*grid.formula(3, 3) == "=SUM(D2:D4)");
    CHECK(grid.at(3, 2).number == 2);
    CHECK(grid.hidden_rows == std::vector<std::size_t>{1});
    CHECK(grid.font(0, 1) == ".VnTime");
    CHECK(grid.font(1, 1) == ".VnTime");
    CHECK(grid.font(2, 1) == "VNI-Times");
    CHECK(grid.font(0, 0).empty()); // only legacy fonts are recorded
    CHECK(grid.fonts.size() == 2);
}

} // namespace

TEST_SUITE("office.common") {
    TEST_CASE("formulas, hidden rows and legacy fonts are read, grid-relative") {
        CalcDocument doc;
        small_table(doc);
        check_small_table(office::read_grid(doc.sheet()->getCellRangeByName("A2:D6")));
        const auto file = temp_dir() / "reader.xlsx";
        doc.store(file, "Calc Office Open XML");
        CalcDocument reloaded(file);
        check_small_table(office::read_grid(reloaded.sheet()->getCellRangeByName("A2:D6")));
    }

    TEST_CASE("an empty range reads as blank cells and nothing else") {
        CalcDocument doc;
        doc.text("A1", "chữ");
        const Grid grid = office::read_grid(doc.sheet()->getCellRangeByName("M1:N5"));
        CHECK(grid.height() == 5);
        CHECK(grid.width() == 2);
        CHECK(grid.formulas.empty());
        CHECK(grid.hidden_rows.empty());
        CHECK(grid.fonts.empty());
        doc.formula("D2", "=AWARDCHECK(M1:N5)");
        doc.recalculate();
        CHECK(doc.error("D2") == err_illegal_argument);
    }

    TEST_CASE("formulas scattered over many rows are all read, and nothing else") {
        CalcDocument doc;
        std::string tsv;
        for (int r = 0; r < 120; ++r)
            tsv += std::to_string(r) + "\t" + std::to_string(r) + "\n";
        doc.put("A1", grid_from_tsv(tsv));
        for (int r = 0; r < 120; r += 3) // 40 one-cell blocks, spans to be joined
            doc.formula("B" + std::to_string(r + 1), "=A" + std::to_string(r + 1) + "*2");
        doc.formula("A120", "=1+1");
        const Grid grid = office::read_grid(doc.sheet()->getCellRangeByName("A1:B120"));
        CHECK(grid.formulas.size() == 41);
        for (int r = 0; r < 120; r += 3)
            CHECK(grid.formula(static_cast<std::size_t>(r), 1) != nullptr);
        CHECK(grid.formula(1, 1) == nullptr);
        REQUIRE(grid.formula(119, 0) != nullptr);
        CHECK(*grid.formula(119, 0) == "=1+1");
        CHECK(grid.hidden_rows.empty());
        CHECK(grid.fonts.empty());
    }
}
