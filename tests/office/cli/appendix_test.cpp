// vnplan appendix: tables of any workbook as Phụ lục, read back from the .odt, .docx and .pdf.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <doctest/doctest.h>

#include <regex>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path examples = std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples";
const std::filesystem::path artefacts = VNPLAN_APPENDIX_ARTEFACTS;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

Reference<css::beans::XPropertySet> props(const Reference<css::uno::XInterface>& o) {
    return Reference<css::beans::XPropertySet>(o, UNO_QUERY_THROW);
}

// The page style of the paragraph whose text is `text`.
Reference<css::beans::XPropertySet> page_of(const WriterDoc& doc, const std::string& text) {
    for (const auto& p : doc.paragraphs())
        if (p.text == text)
            return doc.page_style(
                office::to_utf8(value<rtl::OUString>(p.properties, "PageStyleName")));
    FAIL("no paragraph \"" << text << "\"");
    return {};
}

void keep_png(const std::filesystem::path& pdf, int page, const std::string& name) {
    std::filesystem::create_directories(artefacts);
    const auto png = artefacts / name;
    poppler("pdftoppm", {"-png", "-r", "80", "-singlefile", "-f", std::to_string(page), "-l",
                         std::to_string(page), pdf.string(), png.string()});
    CHECK(std::filesystem::file_size(png.string() + ".png") > 10000);
}

Grid rows_of(const std::vector<std::vector<Cell>>& rows) {
    Grid g;
    g.rows = rows;
    return g;
}

Cell t(const char* s) {
    return Cell::of(std::string(s));
}

sal_Int32 format_key(CalcDocument& calc, const char* code) {
    Reference<css::util::XNumberFormatsSupplier> s(calc.component(), UNO_QUERY_THROW);
    auto formats = s->getNumberFormats();
    const css::lang::Locale vi("vi", "VN", "");
    sal_Int32 key = formats->queryKey(rtl::OUString::createFromAscii(code), vi, false);
    if (key < 0) key = formats->addNew(rtl::OUString::createFromAscii(code), vi);
    return key;
}

Reference<css::beans::XPropertySet> range_props(CalcDocument& calc, int sheet, const char* r) {
    return props(Reference<css::table::XCellRange>(calc.sheet(sheet), UNO_QUERY_THROW)
                     ->getCellRangeByName(rtl::OUString::createFromAscii(r)));
}

void merge(CalcDocument& calc, int sheet, const char* r) {
    Reference<css::util::XMergeable>(range_props(calc, sheet, r), UNO_QUERY_THROW)->merge(true);
}

// A workbook without plan sheets: "Kinh phí" (merged headers, decimal commas, dates day
// first, an italic cell) and "Theo dõi" (ten columns of 3 cm: too wide for portrait).
const std::filesystem::path& plain_workbook() {
    static const std::filesystem::path file = [] {
        CalcDocument calc;
        calc.put("B2", rows_of({{t("STT"), t("Đơn vị"), t("Kinh phí (triệu đồng)"), t(""),
                                 t("Ngày giao")},
                                {t(""), t(""), t("Năm 2023"), t("Năm 2024"), t("")},
                                {Cell::of(1.0), t("Phòng Nội vụ"), Cell::of(1234.5),
                                 Cell::of(2000.25), Cell::of(45366.0)},
                                {Cell::of(2.0), t("Phòng Tư pháp"), Cell::of(987.0),
                                 Cell::of(1500.75), Cell::of(45627.0)}}));
        merge(calc, 0, "B2:B3");
        merge(calc, 0, "C2:C3");
        merge(calc, 0, "D2:E2");
        merge(calc, 0, "F2:F3");
        range_props(calc, 0, "B2:F3")
            ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        range_props(calc, 0, "D4:E5")
            ->setPropertyValue("NumberFormat", Any(format_key(calc, "#.##0,00")));
        range_props(calc, 0, "F4:F5")
            ->setPropertyValue("NumberFormat", Any(format_key(calc, "DD/MM/YYYY")));
        range_props(calc, 0, "C5")
            ->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
        const int wide = calc.add_sheet("Theo dõi");
        std::vector<std::vector<Cell>> rows(3);
        for (int c = 0; c < 10; ++c) {
            rows[0].push_back(Cell::of("Cột " + std::to_string(c + 1)));
            rows[1].push_back(Cell::of(static_cast<double>(c)));
            rows[2].push_back(Cell::of(static_cast<double>(10 * c)));
        }
        calc.put("A1", rows_of(rows), wide);
        auto columns =
            Reference<css::table::XColumnRowRange>(calc.sheet(wide), UNO_QUERY_THROW)->getColumns();
        for (int c = 0; c < 10; ++c)
            Reference<css::beans::XPropertySet>(columns->getByIndex(c), UNO_QUERY_THROW)
                ->setPropertyValue("Width", Any(sal_Int32(3000)));
        const auto path = temp_dir() / "khong-ke-hoach.ods";
        calc.store(path);
        return path;
    }();
    return file;
}

} // namespace

TEST_SUITE("cli.appendix") {
    TEST_CASE("award table: computed 33/44, Phân bổ merged over Tập thể | Cá nhân, portrait") {
        const auto out = temp_dir() / "appendix-award";
        const RunResult r = run_vnplan(
            {"appendix", (examples / "khen-thuong-143.ods").string(), "--range",
             "Phân bổ khen thưởng!A4:E53", "--title", "Phân bổ chỉ tiêu khen thưởng",
             "--attach-line", "Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND thành phố",
             "--out", out.string()});
        INFO(r.out, r.err);
        REQUIRE(r.exit_code == 0);
        for (const char* ext : {".odt", ".docx"}) {
            INFO(ext);
            WriterDoc doc(out / (std::string("khen-thuong-143-phu-luc") + ext));
            const auto tables = doc.tables();
            REQUIRE(tables.size() == 1);
            CHECK(cell_text(tables[0], "C1") == "Phân bổ");
            CHECK(cell_text(tables[0], "C2") == "Tập thể");
            CHECK(cell_text(tables[0], "D2") == "Cá nhân");
            CHECK(value<sal_Int32>(props(tables[0]), "HeaderRowCount") == 2);
            const std::string text = doc.text();
            CHECK(contains(text, "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG"));
            CHECK(contains(text, "(Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND "
                                 "thành phố)"));
            CHECK(contains(text, "Tổng cộng:\n33\n44\n")); // the published totals
            CHECK_FALSE(value<bool>(page_of(doc, "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG"), "IsLandscape"));
        }
        const auto pdf = out / "khen-thuong-143-phu-luc.pdf";
        CHECK(pdf_pages(pdf) == 2);
        CHECK_FALSE(pdf_landscape(pdf, 1));
        CHECK(contains(pdf_page_text(pdf, 1), "Phụ lục"));
        keep_png(pdf, 1, "khen-thuong-143");
    }

    TEST_CASE("award table whose subtotal disagrees: exit 1 and nothing, or the computed figures") {
        const auto out = temp_dir() / "appendix-wrong";
        const auto wrong = temp_dir() / "khen-thuong-sai.ods";
        {
            CalcDocument calc(examples / "khen-thuong-143.ods");
            calc.put("C6", rows_of({{Cell::of(7.0)}})); // section I: 6 collectives
            calc.store(wrong);
        }
        const std::vector<std::string> args{"appendix", wrong.string(), "--range",  "A4:E53",
                                            "--out",    out.string(),   "--format", "odt"};
        RunResult r = run_vnplan(args);
        INFO(r.out, r.err);
        CHECK(r.exit_code == 1);
        CHECK(contains(r.out, "C6: mục I, Tập thể ghi 7 nhưng cộng các dòng được 6."));
        CHECK_FALSE(std::filesystem::exists(out / "khen-thuong-sai-phu-luc.odt"));
        auto forced = args;
        forced.push_back("--override-totals");
        r = run_vnplan(forced);
        REQUIRE(r.exit_code == 0);
        WriterDoc doc(out / "khen-thuong-sai-phu-luc.odt");
        CHECK(cell_text(doc.tables().at(0), "C3") == "6");
        // No silent overwrite.
        r = run_vnplan(forced);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "--force"));
    }

    TEST_CASE("a plain table of a workbook without plan sheets, copied as shown") {
        const auto out = temp_dir() / "appendix-plain";
        const RunResult r =
            run_vnplan({"appendix", plain_workbook().string(), "--range", "Sheet1!B2:F5",
                        "--number", "II", "--title", "Kinh phí các đơn vị", "--attach-line",
                        "Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2025", "--out", out.string()});
        INFO(r.out, r.err);
        REQUIRE(r.exit_code == 0);
        for (const char* ext : {".odt", ".docx"}) {
            INFO(ext);
            WriterDoc doc(out / (std::string("khong-ke-hoach-phu-luc") + ext));
            const std::string text = doc.text();
            CHECK(contains(text,
                           "Phụ lục II\nKINH PHÍ CÁC ĐƠN VỊ\n(Kèm theo Kế hoạch số 05/KH-UBND "
                           "ngày 05/01/2025)"));
            const auto tables = doc.tables();
            REQUIRE(tables.size() == 1);
            const auto& table = tables[0];
            CHECK(cell_text(table, "C1") == "Kinh phí (triệu đồng)");
            CHECK(cell_text(table, "C2") == "Năm 2023");
            CHECK(cell_text(table, "D2") == "Năm 2024");
            CHECK(cell_text(table, "C3") == "1.234,50"); // the displayed text
            CHECK(cell_text(table, "D4") == "1.500,75");
            CHECK(cell_text(table, "E3") == "15/03/2024"); // day first
            CHECK(cell_text(table, "E4") == "01/12/2024");
            CHECK(value<sal_Int32>(props(table), "HeaderRowCount") == 2);
            CHECK(value<bool>(props(table), "RepeatHeadline"));
            auto italic = props(Reference<css::table::XCellRange>(table, UNO_QUERY_THROW)
                                    ->getCellRangeByName("B4:B4"));
            CHECK(value<css::awt::FontSlant>(italic, "CharPosture") == css::awt::FontSlant_ITALIC);
            auto plain = props(Reference<css::table::XCellRange>(table, UNO_QUERY_THROW)
                                   ->getCellRangeByName("B3:B3"));
            CHECK(value<css::awt::FontSlant>(plain, "CharPosture") == css::awt::FontSlant_NONE);
            const auto adjust = [&](const char* range) {
                return value<sal_Int16>(
                    props(Reference<css::table::XCellRange>(table, UNO_QUERY_THROW)
                              ->getCellRangeByName(rtl::OUString::createFromAscii(range))),
                    "ParaAdjust");
            };
            CHECK(adjust("C3:C3") == sal_Int16(css::style::ParagraphAdjust_RIGHT));  // a number
            CHECK(adjust("A3:A3") == sal_Int16(css::style::ParagraphAdjust_CENTER)); // STT
            CHECK_FALSE(value<bool>(page_of(doc, "KINH PHÍ CÁC ĐƠN VỊ"), "IsLandscape"));
        }
        const auto pdf = out / "khong-ke-hoach-phu-luc.pdf";
        CHECK(pdf_pages(pdf) == 1);
        keep_png(pdf, 1, "bang-thuong");
    }

    TEST_CASE("two appendices in one document: I portrait, II landscape, each numbered") {
        const auto out = temp_dir() / "appendix-two";
        const RunResult r =
            run_vnplan({"appendix", plain_workbook().string(), "--range", "Sheet1!B2:F5", "--range",
                        "'Theo dõi'!A1:J3", "--title", "Kinh phí", "--title", "Theo dõi tiến độ",
                        "--out", out.string()});
        INFO(r.out, r.err);
        REQUIRE(r.exit_code == 0);
        for (const char* ext : {".odt", ".docx"}) {
            INFO(ext);
            WriterDoc doc(out / (std::string("khong-ke-hoach-phu-luc") + ext));
            const std::string text = doc.text();
            CHECK(contains(text, "Phụ lục I\nKINH PHÍ\n"));
            CHECK(contains(text, "Phụ lục II\nTHEO DÕI TIẾN ĐỘ\n"));
            CHECK(doc.tables().size() == 2);
            CHECK_FALSE(value<bool>(page_of(doc, "KINH PHÍ"), "IsLandscape"));
            const auto wide = page_of(doc, "THEO DÕI TIẾN ĐỘ");
            CHECK(value<bool>(wide, "IsLandscape"));
            CHECK(std::abs(value<sal_Int32>(wide, "Width") - 29700) <= 5);
            CHECK(std::abs(value<sal_Int32>(wide, "Height") - 21000) <= 5);
        }
        const auto pdf = out / "khong-ke-hoach-phu-luc.pdf";
        REQUIRE(pdf_pages(pdf) == 2);
        CHECK_FALSE(pdf_landscape(pdf, 1));
        CHECK(pdf_landscape(pdf, 2));
        CHECK(contains(pdf_page_text(pdf, 2), "Phụ lục II"));
        keep_png(pdf, 2, "bang-ngang");
    }

    TEST_CASE("--portrait forces a wide table upright; bad usage exits 2") {
        const auto out = temp_dir() / "appendix-forced";
        RunResult r =
            run_vnplan({"appendix", plain_workbook().string(), "--range", "'Theo dõi'!A1:J3",
                        "--portrait", "--out", out.string(), "--format", "odt"});
        INFO(r.out, r.err);
        REQUIRE(r.exit_code == 0);
        WriterDoc doc(out / "khong-ke-hoach-phu-luc.odt");
        CHECK(doc.text().rfind("Phụ lục\n", 0) == 0); // one appendix: no numeral
        CHECK_FALSE(value<bool>(page_of(doc, "Phụ lục"), "IsLandscape"));
        r = run_vnplan({"appendix", plain_workbook().string(), "--range", "A1:B2", "--number", "2",
                        "--out", out.string()});
        CHECK(r.exit_code == 2);
        r = run_vnplan({"appendix", plain_workbook().string(), "--out", out.string()});
        CHECK(r.exit_code == 2);
    }
}
