// The allocation dialog's comparison and its "write the working to a new sheet" action, on a
// real document: the sheet's cells read back, one undo removes it, bad input writes nothing.
#include "common/tsv.hpp"
#include "core/common/message.hpp"
#include "office/awards/actions.hpp"
#include "office/common/documents.hpp"
#include "office/common/sheet_reader.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;
using office::to_ou;
using office::to_utf8;

namespace {

// Calc undoes a sheet insertion through the active view: the workbook needs a window
// (docs/office-notes.md), so this one is a new visible document, closed at the end.
struct VisibleCalc {
    VisibleCalc() {
        Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "Hidden";
        args[0].Value <<= false;
        component = test::office().desktop()->loadComponentFromURL("private:factory/scalc",
                                                                   "_blank", 0, args);
        REQUIRE(component.is());
        document.set(component, UNO_QUERY_THROW);
    }
    ~VisibleCalc() { office::close_document(component); }
    VisibleCalc(const VisibleCalc&) = delete;
    VisibleCalc& operator=(const VisibleCalc&) = delete;

    Reference<css::sheet::XSpreadsheet> sheet(sal_Int32 index) const {
        return Reference<css::sheet::XSpreadsheet>(
            Reference<css::container::XIndexAccess>(document->getSheets(), UNO_QUERY_THROW)
                ->getByIndex(index),
            UNO_QUERY_THROW);
    }
    sal_Int32 sheets() const {
        return Reference<css::container::XIndexAccess>(document->getSheets(), UNO_QUERY_THROW)
            ->getCount();
    }

    Reference<css::lang::XComponent> component;
    Reference<css::sheet::XSpreadsheetDocument> document;
};

// Balinski and Young (1975), second example: 26 seats; published results per method.
constexpr const char* weights = "9061\n7179\n5259\n3319\n1182\n";

office::AllocationRequest request_on(const Reference<css::sheet::XSpreadsheet>& sheet) {
    office::AllocationRequest request;
    request.weights = sheet->getCellRangeByName("A1:A5");
    request.total = 26;
    request.method = "huntington-hill";
    return request;
}

void fill(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const Grid grid = grid_from_tsv(weights);
    for (std::size_t r = 0; r < grid.height(); ++r)
        sheet->getCellByPosition(0, static_cast<sal_Int32>(r))->setValue(grid.at(r, 0).number);
}

} // namespace

TEST_SUITE("office.awards.working") {
    TEST_CASE("the comparison the dialog shows: every method, nothing written") {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv(weights));
        const auto c = office::compare_request(request_on(doc.sheet()));
        REQUIRE(c.methods.size() == 7);
        CHECK(c.methods[1].allocation.seats == std::vector<std::int64_t>{10, 7, 5, 3, 1});
        CHECK(c.methods[5].allocation.seats == std::vector<std::int64_t>{9, 7, 5, 4, 1});
        const auto used = office::used_range(doc.sheet());
        CHECK(office::read_grid(used).width() == 1); // nothing written beside the weights
        CHECK(office::read_grid(used).height() == 5);
        // The dialog's table: the units named by their cells (no names beside them here).
        CHECK(office::unit_labels(doc.sheet()->getCellRangeByName("A1:A5")) ==
              std::vector<std::string>{"A1", "A2", "A3", "A4", "A5"});
        doc.put("A1", grid_from_tsv("Xã A\t9061\nXã B\t7179\n"));
        CHECK(office::unit_labels(doc.sheet()->getCellRangeByName("B1:B2")) ==
              std::vector<std::string>{"B1 Xã A", "B2 Xã B"});
    }

    TEST_CASE("the working goes to a new sheet as one undo step") {
        VisibleCalc doc;
        fill(doc.sheet(0));
        const sal_Int32 before = doc.sheets();
        const std::string name =
            office::write_working(doc.document, request_on(doc.sheet(0)), Lang::vi);
        CHECK(name == "Cách tính phân bổ");
        REQUIRE(doc.sheets() == before + 1);
        const Grid g = office::read_grid(doc.sheet(before)->getCellRangeByName("A1:J19"));
        CHECK(g.at(0, 0).text == "Cách tính phân bổ theo phương pháp Huntington-Hill (trung bình "
                                 "nhân)");
        CHECK(g.at(1, 0).text == "STT");
        // Huntington-Hill on the example: 9, 7, 6, 3, 1 (published).
        const double hill[] = {9, 7, 6, 3, 1};
        for (std::size_t i = 0; i < 5; ++i)
            CHECK(g.at(2 + i, 4).number == hill[i]);
        CHECK(g.at(7, 0).text == "Tổng cộng");
        CHECK(g.at(7, 4).number == 26);
        // Then the comparison: its title after a blank row, the header, the units.
        CHECK(g.at(12, 0).text == "So sánh các phương pháp phân bổ");
        CHECK(g.at(13, 3).text == "Phần dư lớn nhất (Hamilton)");
        const double hamilton[] = {9, 7, 5, 4, 1};
        const double quota[] = {10, 7, 5, 3, 1};
        for (std::size_t i = 0; i < 5; ++i) {
            CHECK(g.at(14 + i, 3).number == hamilton[i]);
            CHECK(g.at(14 + i, 9).number == quota[i]);
        }
        // The indices read with two decimals (last two rows): Hamilton's Loosemore-Hanby is
        // 1/2 (|9/26 - 9061/26000| + ...) in % points, shown as the document's "0.00".
        const auto shown = [&](int column, int row) {
            return to_utf8(Reference<css::text::XTextRange>(
                               doc.sheet(before)->getCellByPosition(column, row), UNO_QUERY_THROW)
                               ->getString());
        };
        const std::string lh = shown(3, 22);
        CHECK(lh.size() == 4);
        CHECK((lh[1] == '.' || lh[1] == ','));
        CHECK(shown(0, 22) == "Chỉ số Loosemore-Hanby (điểm %)");
        // A second time: the name is taken, a new one is found.
        CHECK(office::write_working(doc.document, request_on(doc.sheet(0)), Lang::en) ==
              "Allocation working");
        CHECK(office::write_working(doc.document, request_on(doc.sheet(0)), Lang::vi) ==
              "Cách tính phân bổ (2)");
        REQUIRE(doc.sheets() == before + 3);

        auto undo = Reference<css::document::XUndoManagerSupplier>(doc.component, UNO_QUERY_THROW)
                        ->getUndoManager();
        CHECK(to_utf8(undo->getCurrentUndoActionTitle()) == "Cách tính phân bổ");
        undo->undo();
        CHECK(doc.sheets() == before + 2);
        CHECK_FALSE(doc.document->getSheets()->hasByName(to_ou("Cách tính phân bổ (2)")));
        CHECK(doc.sheet(0)->getCellByPosition(0, 0)->getValue() == 9061); // source untouched
    }

    TEST_CASE("bad input writes nothing") {
        VisibleCalc doc;
        fill(doc.sheet(0));
        const sal_Int32 before = doc.sheets();
        auto request = request_on(doc.sheet(0));
        request.minimum = {6.0}; // 5 units x 6 > 26
        CHECK_THROWS_AS(office::write_working(doc.document, request, Lang::vi), InputError);
        request.minimum = {};
        request.method = "lottery";
        CHECK_THROWS_AS(office::write_working(doc.document, request, Lang::vi), InputError);
        CHECK(doc.sheets() == before);
    }
}
