// "Xếp hạng chỉ số" document actions on the example workbook (seed 004), without a window.
#include "common/tsv.hpp"
#include "core/common/message.hpp"
#include "office/common/documents.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/actions.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;
using office::to_ou;
using office::to_utf8;

namespace {
// Calc undoes a sheet insertion through the active view (ScUndoInsertTab::Undo), and a hidden
// document never becomes active: the undo tests load the workbook with a view, as a clerk has.
class VisibleWorkbook {
public:
    explicit VisibleWorkbook(const std::string& file) {
        css::uno::Sequence<css::beans::PropertyValue> args(2);
        args[0].Name = "MacroExecutionMode";
        args[0].Value <<= css::document::MacroExecMode::NEVER_EXECUTE;
        args[1].Name = "Hidden";
        args[1].Value <<= false;
        document_ = test::office().desktop()->loadComponentFromURL(to_ou(office::file_url(file)),
                                                                   "_blank", 0, args);
        REQUIRE(document_.is());
    }
    ~VisibleWorkbook() { office::close_document(document_); }
    VisibleWorkbook(const VisibleWorkbook&) = delete;
    VisibleWorkbook& operator=(const VisibleWorkbook&) = delete;
    Reference<css::lang::XComponent> component() const { return document_; }

private:
    Reference<css::lang::XComponent> document_;
};

const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/chi-so-bac-son-2022.ods";

template <typename Doc> Reference<css::sheet::XSpreadsheetDocument> spreadsheet(Doc& doc) {
    return Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW);
}

template <typename Doc> Reference<css::document::XUndoManager> undo_manager(Doc& doc) {
    return Reference<css::document::XUndoManagerSupplier>(doc.component(), UNO_QUERY_THROW)
        ->getUndoManager();
}

template <typename Doc> sal_Int32 sheet_count(Doc& doc) {
    return Reference<css::container::XIndexAccess>(spreadsheet(doc)->getSheets(), UNO_QUERY_THROW)
        ->getCount();
}

template <typename Doc>
Reference<css::sheet::XSpreadsheet> sheet(Doc& doc, const std::string& name) {
    auto found = office::sheet_named(spreadsheet(doc), name);
    REQUIRE(found.is());
    return found;
}

template <typename Doc>
Reference<css::table::XCellRange> cells(Doc& doc, const std::string& sheet_name,
                                        const std::string& address) {
    return sheet(doc, sheet_name)->getCellRangeByName(to_ou(address));
}

double value(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return s->getCellRangeByName(rtl::OUString::createFromAscii(address))
        ->getCellByPosition(0, 0)
        ->getValue();
}

std::string text(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return to_utf8(s->getCellRangeByName(rtl::OUString::createFromAscii(address))
                       ->getCellByPosition(0, 0)
                       ->getFormula());
}

template <typename Doc> office::RankingRequest par_request(Doc& doc) {
    office::RankingRequest request;
    request.ranges.units = cells(doc, "PAR INDEX", "B6:B16");
    request.ranges.scores = cells(doc, "PAR INDEX", "C6:K16");
    request.ranges.maxima = cells(doc, "PAR INDEX", "C5:K5");
    request.ranges.previous_ranks = cells(doc, "PAR INDEX", "L6:L16");
    request.tiers = office::parse_tiers(office::default_tiers);
    request.result_sheet = "Xếp hạng PAR INDEX";
    request.radar_unit = "Bắc Sơn";
    request.options.year = 2021;
    return request;
}

template <typename Doc> office::RankingRequest ddci_request(Doc& doc) {
    office::RankingRequest request;
    request.ranges.units = cells(doc, "DDCI", "B7:B25");
    request.ranges.groups = cells(doc, "DDCI", "C7:C25");
    request.ranges.scores = cells(doc, "DDCI", "D7:K25");
    request.ranges.maxima = cells(doc, "DDCI", "D5:K5");
    request.ranges.weights = cells(doc, "DDCI", "D6:K6");
    request.ranges.previous_ranks = cells(doc, "DDCI", "L7:L25");
    request.previous_in_group = true;
    request.tiers = office::parse_tiers(office::default_tiers);
    request.result_sheet = "Xếp hạng DDCI";
    request.radar_unit = "bắc sơn"; // matched like group names
    request.options.year = 2021;
    return request;
}

std::string diagram_type(const Reference<css::sheet::XSpreadsheet>& s, const std::string& chart) {
    auto charts = Reference<css::table::XTableChartsSupplier>(s, UNO_QUERY_THROW)->getCharts();
    Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(to_ou(chart)),
                                                               UNO_QUERY_THROW);
    Reference<css::chart::XChartDocument> doc(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
    return to_utf8(doc->getDiagram()->getDiagramType());
}

// A score sheet of the corpus (tests/data/scores) typed into a new document from A1, with the
// given cells merged as the clerk merged them.
void put_case(CalcDocument& doc, const std::string& name, std::vector<const char*> merges = {}) {
    doc.put("A1", test::grid_from_file(std::string(VNPLAN_SOURCE_DIR) + "/tests/data/scores/" +
                                       name + ".tsv"));
    for (const char* range : merges)
        Reference<css::util::XMergeable>(
            doc.sheet()->getCellRangeByName(rtl::OUString::createFromAscii(range)), UNO_QUERY_THROW)
            ->merge(true);
}

// The request the dialog makes from its prefill (all fields as guessed).
template <typename Doc>
office::RankingRequest guessed_request(Doc& doc, const office::LayoutGuess& guess,
                                       const std::string& result_sheet) {
    auto range = [&](const std::string& text) {
        return text.empty() ? Reference<css::table::XCellRange>()
                            : doc.sheet()->getCellRangeByName(to_ou(text));
    };
    office::RankingRequest request;
    request.ranges.units = range(guess.units);
    request.ranges.scores = range(guess.scores);
    request.ranges.maxima = range(guess.maxima);
    request.ranges.weights = range(guess.weights);
    request.ranges.groups = range(guess.groups);
    request.ranges.previous_ranks = range(guess.previous_ranks);
    request.previous_in_group = guess.previous_in_group;
    request.options.year = guess.year;
    request.tiers = office::parse_tiers(office::default_tiers);
    request.result_sheet = result_sheet;
    return request;
}

// Runs a request that must fail, and checks that the document did not change.
void refused(CalcDocument& doc, const office::RankingRequest& request) {
    const sal_Int32 before = sheet_count(doc);
    const bool could_undo = undo_manager(doc)->isUndoPossible();
    CHECK_THROWS_AS(office::write_ranking(spreadsheet(doc), request), InputError);
    CHECK(sheet_count(doc) == before);
    CHECK(undo_manager(doc)->isUndoPossible() == could_undo);
}
} // namespace

TEST_SUITE("office.indices") {
    TEST_CASE("PAR INDEX of seed 004: Bắc Sơn 87,06/99,5 = 87,50 %, rank 02/11, up 5") {
        VisibleWorkbook doc(example);
        const sal_Int32 before = sheet_count(doc);
        const auto result = office::write_ranking(spreadsheet(doc), par_request(doc));
        REQUIRE(result.units.size() == 11);
        CHECK(result.units[0].unit == "Thành phố Lạng Sơn");
        CHECK(result.units[1].unit == "Bắc Sơn");
        CHECK(
            result.units[1].phrase ==
            "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, tăng 05 bậc so với năm 2021");
        CHECK(result.components.size() == 9);
        CHECK(result.components[3] == "Cải cách tổ chức bộ máy hành chính");

        auto s = sheet(doc, "Xếp hạng PAR INDEX");
        CHECK(sheet_count(doc) == before + 1);
        CHECK(text(s, "A1") == "Hạng");
        CHECK(text(s, "C1") == "Tổng điểm (tối đa 99,5)");
        CHECK(text(s, "E1") == "Hạng năm 2021");
        CHECK(text(s, "B3") == "Bắc Sơn");
        CHECK(value(s, "A3") == 2);
        CHECK(value(s, "C3") == 87.06);
        CHECK(value(s, "D3") == 87.5);
        CHECK(value(s, "E3") == 7);
        CHECK(value(s, "F3") == 5);
        CHECK(text(s, "G3") == "tăng 05 bậc");
        CHECK(text(s, "H3") == "Khá");
        CHECK(text(s, "I3") == "Công tác chỉ đạo, điều hành CCHC (10/10)");
        CHECK(text(s, "J3") == "Cải cách tổ chức bộ máy hành chính (4,5/9)");
        CHECK(text(s, "K3") == result.units[1].phrase);
        // Sorted by rank; the last has fallen to "Trung bình".
        for (int row = 2; row <= 12; ++row)
            CHECK(value(s, ("A" + std::to_string(row)).c_str()) == row - 1);
        CHECK(text(s, "B12") == "Đình Lập");
        CHECK(value(s, "D12") == 79.35);
        CHECK(text(s, "H12") == "Trung bình");
        CHECK(value(s, "F12") == 0);
        CHECK(text(s, "G12") == "giữ nguyên");
        CHECK(value(s, "F4") == -1); // Cao Lộc, 2 -> 3
        // The radar block: Bắc Sơn's components as % of their maximum.
        CHECK(result.first_helper_row == 14);
        CHECK(text(s, "B15") == "Chỉ số thành phần");
        CHECK(text(s, "B16") == "Công tác chỉ đạo, điều\nhành CCHC"); // lines for the radar
        CHECK(value(s, "C16") == 100);
        CHECK(value(s, "C19") == 50);    // 4,5/9
        CHECK(value(s, "C21") == 76.59); // 6,51/8,5
        CHECK(value(s, "C22") == 69.82); // 7,68/11
        CHECK(value(s, "C23") == 91.85); // 18,37/20
        CHECK(value(s, "E21") == 8.5);

        auto charts = Reference<css::table::XTableChartsSupplier>(s, UNO_QUERY_THROW)->getCharts();
        CHECK(result.bar_chart == "Tỷ lệ điểm - Xếp hạng PAR INDEX");
        CHECK(result.radar_chart == "Chỉ số thành phần - Xếp hạng PAR INDEX");
        CHECK(charts->getElementNames().getLength() == 2);
        CHECK(charts->hasByName(to_ou(result.bar_chart)));
        CHECK(charts->hasByName(to_ou(result.radar_chart)));
        CHECK(diagram_type(s, result.bar_chart) == "com.sun.star.chart.BarDiagram");
        CHECK(diagram_type(s, result.radar_chart) == "com.sun.star.chart.NetDiagram");

        // One undo removes the sheet with its charts; nothing else was recorded.
        auto undo = undo_manager(doc);
        CHECK(to_utf8(undo->getCurrentUndoActionTitle()) == "Xếp hạng chỉ số");
        undo->undo();
        CHECK(sheet_count(doc) == before);
        CHECK(!office::sheet_named(spreadsheet(doc), "Xếp hạng PAR INDEX").is());
        CHECK(!undo->isUndoPossible());
        CHECK(value(sheet(doc, "PAR INDEX"), "C6") == 10); // the source is untouched
    }

    TEST_CASE("DDCI of seed 004: weights, groups, Bắc Sơn 80,79 first of its group, up 3") {
        CalcDocument doc(example);
        // A second result sheet in the same document: chart names are per document in Calc.
        office::write_ranking(spreadsheet(doc), par_request(doc));
        const auto result = office::write_ranking(spreadsheet(doc), ddci_request(doc));
        CHECK(result.bar_chart == "Tỷ lệ điểm - Xếp hạng DDCI");
        REQUIRE(result.units.size() == 19);
        const auto& bac_son = result.units[3];
        CHECK(bac_son.unit == "Bắc Sơn");
        CHECK(bac_son.total_value == 80.79);
        CHECK(bac_son.percent_value == 80.79);
        CHECK(bac_son.rank == 4);
        CHECK(bac_son.group_rank == 1);
        CHECK(bac_son.group_count == 11);
        CHECK(bac_son.change == 3);
        CHECK(bac_son.change_text == "tăng 03 bậc");
        CHECK(bac_son.phrase ==
              "đạt 80,79/100 điểm, chỉ số đạt 80,79%, xếp hạng 01/11, tăng 03 bậc so với năm 2021");
        CHECK(result.units[0].unit == "Sở Xây dựng");
        CHECK(result.units[0].total_value == 87.695); // weighted exactly: 3 decimals
        CHECK(result.radar_unit == 3);

        auto s = sheet(doc, "Xếp hạng DDCI");
        CHECK(text(s, "C1") == "Khối");
        CHECK(text(s, "D1") == "Hạng trong khối");
        CHECK(text(s, "E1") == "Tổng điểm (tối đa 100)");
        CHECK(text(s, "G1") == "Hạng trong khối năm 2021");
        CHECK(text(s, "B5") == "Bắc Sơn");
        CHECK(text(s, "C5") == "Khối địa phương");
        CHECK(value(s, "D5") == 1);
        CHECK(value(s, "E5") == 80.79);
        CHECK(value(s, "G5") == 4);
        CHECK(value(s, "H5") == 3);
        CHECK(text(s, "I5") == "tăng 03 bậc");
        // Strongest/weakest quote the scores as typed (not weighted).
        CHECK(text(s, "K5") == "CSTP7 - Vai trò người đứng đầu (9,21/10)");
        CHECK(text(s, "L5") == "CSTP4 - Cạnh tranh bình đẳng (5,67/10)");
        // Group ranks restart in each block: the first two of the whole table are departments.
        CHECK(value(s, "D2") == 1);
        CHECK(value(s, "D3") == 2);
        // Radar helper values: CSTP3 6,90 -> 69 %.
        CHECK(result.first_helper_row == 22);
        CHECK(value(s, "C24") == 86.3);
        CHECK(value(s, "C26") == 69);
        auto charts = Reference<css::table::XTableChartsSupplier>(s, UNO_QUERY_THROW)->getCharts();
        CHECK(charts->hasByName(to_ou(result.bar_chart)));
        CHECK(charts->hasByName(to_ou(result.radar_chart)));
        CHECK(diagram_type(s, result.radar_chart) == "com.sun.star.chart.NetDiagram");
    }

    TEST_CASE("an existing result sheet name is refused and nothing changes") {
        CalcDocument doc(example);
        auto request = par_request(doc);
        request.result_sheet = "DDCI";
        refused(doc, request);
        request.result_sheet = "a/b";
        refused(doc, request);
        request.result_sheet = "";
        refused(doc, request);
        request.result_sheet = "Xếp hạng";
        office::write_ranking(spreadsheet(doc), request);
        refused(doc, request); // a second run with the same name
        CHECK(office::unused_sheet_name(spreadsheet(doc), "Xếp hạng") == "Xếp hạng (2)");
    }

    TEST_CASE("bad input gives a clear InputError and changes nothing") {
        CalcDocument doc(example);
        auto par = sheet(doc, "PAR INDEX");
        par->getCellRangeByName("F8")->getCellByPosition(0, 0)->setFormula(to_ou("bốn"));
        try {
            office::write_ranking(spreadsheet(doc), par_request(doc));
            FAIL("text score accepted");
        } catch (const InputError& e) {
            CHECK(e.message().vi ==
                  "Đơn vị \"Cao Lộc\": điểm \"Cải cách tổ chức bộ máy hành chính\" "
                  "không phải là số (\"bốn\").");
        }
        refused(doc, par_request(doc));
        par->getCellRangeByName("F8")->getCellByPosition(0, 0)->setValue(9.5); // maximum 9
        try {
            office::write_ranking(spreadsheet(doc), par_request(doc));
            FAIL("score above its maximum accepted");
        } catch (const InputError& e) {
            CHECK(e.message().en.find("exceeds its maximum 9") != std::string::npos);
        }
        refused(doc, par_request(doc));
        par->getCellRangeByName("F8")->getCellByPosition(0, 0)->setValue(5.36);

        auto request = par_request(doc);
        request.ranges.scores = cells(doc, "PAR INDEX", "C6:K15"); // 10 rows, 11 units
        refused(doc, request);
        request = par_request(doc);
        request.ranges.maxima = cells(doc, "PAR INDEX", "C5:J5"); // 8 maxima, 9 components
        refused(doc, request);
        request = par_request(doc);
        request.ranges.maxima = cells(doc, "PAR INDEX", "C5:K6"); // not a row
        refused(doc, request);
        request = par_request(doc);
        request.radar_unit = "Huyện Không Có";
        refused(doc, request);
        request = par_request(doc);
        request.previous_in_group = true; // no groups given
        refused(doc, request);
        request = par_request(doc);
        request.ranges.maxima = cells(doc, "PAR INDEX", "B5:J5"); // starts at the label
        refused(doc, request);
        // The restored sheet ranks again.
        CHECK(office::write_ranking(spreadsheet(doc), par_request(doc)).units[1].unit == "Bắc Sơn");
    }

    TEST_CASE("the layout of both example sheets is guessed from a selected cell") {
        CalcDocument doc(example);
        const auto par = office::guess_layout(cells(doc, "PAR INDEX", "D9"));
        CHECK(par.units == "B6:B16");
        CHECK(par.scores == "C6:K16");
        CHECK(par.maxima == "C5:K5");
        CHECK(par.weights.empty());
        CHECK(par.previous_ranks == "L6:L16");
        CHECK(par.groups.empty());
        CHECK(par.year == 2021);
        CHECK(!par.previous_in_group);
        CHECK(par.source_sheet == "PAR INDEX");
        const auto ddci = office::guess_layout(cells(doc, "DDCI", "D9:K20")); // part of the scores
        CHECK(ddci.units == "B7:B25");
        CHECK(ddci.groups == "C7:C25");
        CHECK(ddci.scores == "D7:K25");
        CHECK(ddci.maxima == "D5:K5");
        CHECK(ddci.weights == "D6:K6");
        CHECK(ddci.previous_ranks == "L7:L25");
        CHECK(ddci.previous_in_group);
        CHECK(ddci.year == 2021);
        CHECK_THROWS_AS(office::guess_layout(cells(doc, "DDCI", "Z100")), InputError);
        CHECK(office::unit_names(cells(doc, "PAR INDEX", "B6:B16")).size() == 11);
    }

    TEST_CASE("tier tables are read from the dialog's text") {
        const auto tiers = office::parse_tiers(office::default_tiers);
        CHECK(tiers.thresholds == std::vector<double>{90, 80, 65, 0});
        CHECK(tiers.labels == std::vector<std::string>{"Tốt", "Khá", "Trung bình", "Yếu"});
        const auto commas = office::parse_tiers("82,5 Khá, 50 Đạt\n0 Chưa đạt");
        CHECK(commas.thresholds == std::vector<double>{82.5, 50, 0});
        CHECK(commas.labels == std::vector<std::string>{"Khá", "Đạt", "Chưa đạt"});
        CHECK(office::parse_tiers("  ").thresholds.empty());
        CHECK_THROWS_AS(office::parse_tiers("Tốt 90"), InputError);
        CHECK_THROWS_AS(office::parse_tiers("90"), InputError);
    }

    TEST_CASE("the result sheets with their charts export to PDF (VNPLAN_RENDER_DIR keeps it)") {
        CalcDocument doc(example);
        // The unit names as the clerk typed them: each must be printed on its result page.
        std::vector<std::string> par_units, ddci_units;
        for (int row = 6; row <= 16; ++row)
            par_units.push_back(text(sheet(doc, "PAR INDEX"), ("B" + std::to_string(row)).c_str()));
        for (int row = 7; row <= 25; ++row)
            ddci_units.push_back(text(sheet(doc, "DDCI"), ("B" + std::to_string(row)).c_str()));
        office::write_ranking(spreadsheet(doc), par_request(doc));
        office::write_ranking(spreadsheet(doc), ddci_request(doc));
        // Only the result sheets, landscape, one page each: a picture of what the clerk gets.
        auto sheets = spreadsheet(doc)->getSheets();
        sheets->removeByName("PAR INDEX");
        sheets->removeByName("DDCI");
        auto styles =
            Reference<css::style::XStyleFamiliesSupplier>(doc.component(), UNO_QUERY_THROW)
                ->getStyleFamilies();
        Reference<css::container::XNameAccess> pages(styles->getByName("PageStyles"),
                                                     UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> page(pages->getByName("Default"), UNO_QUERY_THROW);
        page->setPropertyValue("IsLandscape", css::uno::Any(true));
        page->setPropertyValue("Width", css::uno::Any(sal_Int32(29700)));
        page->setPropertyValue("Height", css::uno::Any(sal_Int32(21000)));
        page->setPropertyValue("ScaleToPages", css::uno::Any(sal_Int16(1)));
        const auto pdf = temp_dir() / "xep-hang-chi-so.pdf";
        doc.store(pdf, "calc_pdf_Export");
        // Read back by content: one landscape A4 page per result sheet, every unit on its page.
        REQUIRE(pdf_pages(pdf) == 2);
        const std::string info = poppler("pdfinfo", {pdf.string()});
        CHECK(info.find("pts (A4)") != std::string::npos);
        CHECK(info.find("Page size:       841.89 x 595.") != std::string::npos); // landscape
        const std::string par_page = pdf_page_text(pdf, 1), ddci_page = pdf_page_text(pdf, 2);
        for (const auto& unit : par_units) {
            INFO(unit);
            CHECK(!unit.empty());
            CHECK(par_page.find(unit) != std::string::npos);
        }
        for (const auto& unit : ddci_units) {
            INFO(unit);
            CHECK(ddci_page.find(unit) != std::string::npos);
        }
        if (const char* keep = std::getenv("VNPLAN_RENDER_DIR"))
            std::filesystem::copy_file(pdf, std::filesystem::path(keep) / pdf.filename(),
                                       std::filesystem::copy_options::overwrite_existing);
    }

    TEST_CASE("areas over self-assessed/appraised pairs, bonus and penalty: read, ranked, shown") {
        CalcDocument doc;
        put_case(doc, "11-par-areas-pairs-bonus",
                 {"C3:F3", "G3:J3", "K3:L4", "M3:M5", "N3:N5", "A3:A5", "B3:B5", "C4:D4", "E4:F4",
                  "G4:H4", "I4:J4"});
        const auto guess = office::guess_layout(doc.sheet()->getCellRangeByName("D7"));
        CHECK(guess.units == "B6:B9");
        CHECK(guess.scores == "C6:M9");
        CHECK(guess.maxima == "C4:M4");
        CHECK(guess.maxima_in_text);
        CHECK(guess.previous_ranks == "N6:N9");
        CHECK(guess.self_scores == std::vector<std::string>{"C6:C9", "E6:E9", "G6:G9", "I6:I9"});
        CHECK(guess.bonus == std::vector<std::string>{"L6:L9"});
        CHECK(guess.penalty == std::vector<std::string>{"M6:M9"});
        CHECK(guess.areas.size() == 2);
        CHECK(guess.reading.vi.find("2 lĩnh vực") != std::string::npos);

        const auto result =
            office::write_ranking(spreadsheet(doc), guessed_request(doc, guess, "Xếp hạng"));
        REQUIRE(result.units.size() == 4);
        CHECK(result.components.size() == 4);
        auto s = sheet(doc, "Xếp hạng");
        // By hand (tests/data/scores/11-par-areas-pairs-bonus.expect): appraised 14 + 1 = 15.
        CHECK(text(s, "C1") == "I. CHỈ ĐẠO, ĐIỀU HÀNH (tối đa 6)");
        CHECK(text(s, "D1") == "II. THỦ TỤC HÀNH CHÍNH (tối đa 9)");
        CHECK(text(s, "E1") == "Tổng điểm tự chấm");
        CHECK(text(s, "F1") == "Điểm các chỉ số");
        CHECK(text(s, "G1") == "Điểm thưởng");
        CHECK(text(s, "H1") == "Điểm trừ");
        CHECK(text(s, "I1") == "Tổng điểm thẩm định (tối đa 15)");
        CHECK(text(s, "B2") == "Sở Nội vụ");
        CHECK(value(s, "C2") == 5.5);
        CHECK(value(s, "D2") == 8.5);
        CHECK(value(s, "E2") == 15);
        CHECK(value(s, "F2") == 14);
        CHECK(value(s, "G2") == 1);
        CHECK(value(s, "I2") == 15);
        CHECK(value(s, "J2") == 100);
        CHECK(text(s, "M2") == "tăng 01 bậc");
        // Tied second in sheet order: Sở Tài nguyên và Môi trường, then Sở Giao thông vận tải.
        CHECK(text(s, "B3") == "Sở Tài nguyên và Môi trường");
        CHECK(value(s, "A3") == 2);
        CHECK(text(s, "B4") == "Sở Giao thông vận tải");
        CHECK(value(s, "A4") == 2);
        CHECK(value(s, "H4") == 1);
        CHECK(value(s, "D4") == 9);
        // Last by the appraisal although second by its own assessment.
        CHECK(text(s, "B5") == "Sở Tư pháp");
        CHECK(value(s, "E5") == 14);
        CHECK(value(s, "I5") == 12.5);
        CHECK(value(s, "J5") == 83.33);
        CHECK(text(s, "M5") == "giảm 03 bậc");
        CHECK(text(s, "Q5") == "đạt 12,5/15 điểm, chỉ số đạt 83,33%, xếp hạng 04/04, giảm 03 bậc "
                               "so với năm 2022");
    }

    TEST_CASE("criteria in rows, units in columns, numbered areas with their own subtotals") {
        CalcDocument doc;
        put_case(doc, "09-par-numbered-areas-in-rows");
        const auto guess = office::guess_layout(doc.sheet()->getCellRangeByName("B6"));
        CHECK_FALSE(guess.units_in_rows);
        CHECK(guess.units == "D3:G3");
        CHECK(guess.scores == "D4:G12");
        CHECK(guess.maxima == "C4:C12");
        CHECK(guess.areas.size() == 3);
        const auto result =
            office::write_ranking(spreadsheet(doc), guessed_request(doc, guess, "Xếp hạng"));
        REQUIRE(result.units.size() == 4);
        CHECK(result.components.size() == 6); // the area rows and "Tổng cộng" are not criteria
        auto s = sheet(doc, "Xếp hạng");
        // By hand (09-par-numbered-areas-in-rows.expect): 5,5 + 8 + 4 = 17,5 of 20.
        CHECK(text(s, "C1") == "Công tác chỉ đạo, điều hành CCHC (tối đa 6)");
        CHECK(text(s, "E1") == "Chính quyền điện tử, chính quyền số (tối đa 5)");
        CHECK(text(s, "F1") == "Tổng điểm (tối đa 20)");
        CHECK(text(s, "B2") == "Thành phố Yên Bái");
        CHECK(value(s, "C2") == 5.5);
        CHECK(value(s, "D2") == 8);
        CHECK(value(s, "F2") == 17.5);
        CHECK(value(s, "G2") == 87.5);
        CHECK(text(s, "K2") == "đạt 17,5/20 điểm, chỉ số đạt 87,50%, xếp hạng 01/04");
        CHECK(text(s, "B5") == "Huyện Mù Cang Chải");
        CHECK(value(s, "D5") == 6.5);
        CHECK(value(s, "F5") == 14);
        CHECK(text(s, "H5") == "Trung bình");
    }

    TEST_CASE("a .VnTime (TCVN3) score sheet is read and shown in Unicode") {
        CalcDocument doc;
        put_case(doc, "08-ddci-tcvn3-vntime");
        const auto guess = office::guess_layout(doc.sheet()->getCellRangeByName("C6"));
        CHECK(guess.units == "B5:B9");
        CHECK(guess.maxima == "C4:G4");
        CHECK(guess.year == 2021);
        CHECK(guess.components.front() == "Tính minh bạch");
        auto request = guessed_request(doc, guess, "Xếp hạng DDCI");
        request.radar_unit = "Huyện Yên Thế";
        CHECK(office::unit_names(request.ranges.units).front() == "Huyện Yên Thế");
        const auto result = office::write_ranking(spreadsheet(doc), request);
        auto s = sheet(doc, "Xếp hạng DDCI");
        CHECK(text(s, "B2") == "Thành phố Bắc Giang");
        CHECK(value(s, "C2") == 39.7);
        CHECK(text(s, "B4") == "Huyện Yên Thế");
        CHECK(text(s, "G4") == "tăng 01 bậc");
        CHECK(result.units[result.radar_unit].unit == "Huyện Yên Thế");
        CHECK(text(s, "I4") == "Chi phí không chính thức (8,1/10)");
    }

    TEST_CASE("a sheet that reads two ways is refused, naming the cells") {
        CalcDocument doc;
        put_case(doc, "12-error-maxima-disagree");
        try {
            office::guess_layout(doc.sheet()->getCellRangeByName("C6"));
            FAIL("a sheet read two ways was guessed");
        } catch (const InputError& e) {
            CHECK(e.message().vi.find("E4") != std::string::npos);
            CHECK(e.message().vi.find("E3") != std::string::npos);
        }
    }
}
