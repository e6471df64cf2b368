// insert_appendices_at_cursor, as the "Xuất phụ lục" dialog calls it: an appendix put into an
// open Writer document at its cursor starts a page of its own, numbered from 1; the text
// after the cursor goes on after it on a page of the style it had; a second appendix makes
// them "Phụ lục I" and "Phụ lục II". Read back from the stored .odt, .docx and .pdf.
#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/appendix_export.hpp"
#include "office/plan/appendix_insert.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <doctest/doctest.h>

#include <regex>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path source_dir = VNPLAN_SOURCE_DIR;
const std::filesystem::path template_file = source_dir / "extension" / "templates" / "ke-hoach.ott";

// A Writer document in a (headless) window with three paragraphs, the view cursor after
// "Trước con trỏ. " in the second.
Reference<css::text::XTextDocument> letter() {
    Sequence<css::beans::PropertyValue> args(0);
    Reference<css::text::XTextDocument> doc(test::office().desktop()->loadComponentFromURL(
                                                "private:factory/swriter", "_blank", 0, args),
                                            UNO_QUERY_THROW);
    auto text = doc->getText();
    auto cursor = text->createTextCursor();
    Reference<css::text::XTextRange> end(cursor, UNO_QUERY_THROW);
    bool first = true;
    for (const char* p : {"Đoạn mở đầu.", "Trước con trỏ. Sau con trỏ.", "Đoạn cuối."}) {
        if (!first)
            text->insertControlCharacter(end, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(end, office::to_ou(p), false);
        first = false;
    }
    cursor->gotoStart(false);
    Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)->gotoNextParagraph(false);
    cursor->goRight(static_cast<sal_Int16>(office::to_ou("Trước con trỏ. ").getLength()), false);
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier>(model->getCurrentController(), UNO_QUERY_THROW)
        ->getViewCursor()
        ->gotoRange(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), false);
    return doc;
}

plan::Document award_appendix() {
    CalcDocument book(source_dir / "examples" / "khen-thuong-143.ods");
    plan::AppendixRequest request;
    request.title = "Phân bổ chỉ tiêu khen thưởng";
    request.attached = "Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND thành phố";
    auto prepared = office::prepare_appendices(
        Reference<css::sheet::XSpreadsheetDocument>(book.component(), UNO_QUERY_THROW),
        {{"Phân bổ khen thưởng!A4:E53", request}}, Lang::vi, false);
    REQUIRE(prepared.problems.empty());
    return prepared.document;
}

// Ten columns of 3 cm: too wide for a portrait page.
plan::Document wide_appendix() {
    CalcDocument book;
    Grid g;
    g.rows.resize(3);
    for (int c = 0; c < 10; ++c) {
        g.rows[0].push_back(Cell::of("Cột " + std::to_string(c + 1)));
        g.rows[1].push_back(Cell::of(static_cast<double>(c)));
        g.rows[2].push_back(Cell::of(static_cast<double>(10 * c)));
    }
    book.put("A1", g);
    auto columns =
        Reference<css::table::XColumnRowRange>(book.sheet(), UNO_QUERY_THROW)->getColumns();
    for (int c = 0; c < 10; ++c)
        office::props(Any(columns->getByIndex(c)))->setPropertyValue("Width", Any(sal_Int32(3000)));
    plan::AppendixRequest request;
    request.title = "Theo dõi tiến độ";
    return office::prepare_appendices(
               Reference<css::sheet::XSpreadsheetDocument>(book.component(), UNO_QUERY_THROW),
               {{"Sheet1!A1:J3", request}}, Lang::vi, false)
        .document;
}

std::size_t position(const std::string& text, const std::string& part) {
    const auto at = text.find(part);
    INFO("looking for \"", part, "\"");
    REQUIRE(at != std::string::npos);
    return at;
}

const Paragraph& paragraph(const std::vector<Paragraph>& all, const std::string& text) {
    for (const auto& p : all)
        if (p.text == text) return p;
    std::string shown;
    for (const auto& p : all)
        shown += "\n  [" + p.text + "]";
    FAIL("no paragraph \"" << text << "\" among" << shown);
    return all.front();
}

// Stores `doc` as NAME.odt, .docx and .pdf in the test folder; the path stem.
std::filesystem::path store_all(const Reference<css::text::XTextDocument>& doc,
                                const std::string& name) {
    const auto stem = temp_dir() / name;
    const Reference<css::lang::XComponent> c(doc, UNO_QUERY_THROW);
    office::store_document(c, stem.string() + ".odt", "writer8", true);
    office::store_document(c, stem.string() + ".docx", "MS Word 2007 XML", true);
    office::store_document(c, stem.string() + ".pdf", "writer_pdf_Export", true);
    return stem;
}

void keep_png(const std::filesystem::path& pdf, int page, const std::string& name) {
    const std::filesystem::path artefacts = VNPLAN_APPENDIX_ARTEFACTS;
    std::filesystem::create_directories(artefacts);
    poppler("pdftoppm", {"-png", "-r", "80", "-singlefile", "-f", std::to_string(page), "-l",
                         std::to_string(page), pdf.string(), (artefacts / name).string()});
}

} // namespace

TEST_SUITE("office.plan.appendix") {
    TEST_CASE("an appendix inserted at a Writer cursor: own pages, the text after goes on") {
        const auto doc = letter();
        office::insert_appendices_at_cursor(test::office().context(), doc, award_appendix(),
                                            template_file);
        const auto stem = store_all(doc, "chen-phu-luc");
        // One Undo takes it all out again.
        Reference<css::document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)
            ->getUndoManager()
            ->undo();
        CHECK(office::to_utf8(doc->getText()->getString()) ==
              "Đoạn mở đầu.\nTrước con trỏ. Sau con trỏ.\nĐoạn cuối.");
        office::close_document(Reference<css::lang::XComponent>(doc, UNO_QUERY_THROW));

        for (const char* ext : {".odt", ".docx"}) {
            INFO(ext);
            WriterDoc back(stem.string() + ext);
            const std::string text = back.text();
            // In order: the text before the cursor, the appendix, the text after it.
            const auto before = position(text, "Trước con trỏ.");
            const auto heading = position(text, "Phụ lục\nPHÂN BỔ CHỈ TIÊU KHEN THƯỞNG\n");
            const auto total = position(text, "Tổng cộng:\n33\n44\n");
            const auto after = position(text, "Sau con trỏ.\nĐoạn cuối.");
            CHECK(position(text, "Đoạn mở đầu.") < before);
            CHECK(before < heading);
            CHECK(heading < total);
            CHECK(total < after);
            const auto tables = back.tables();
            REQUIRE(tables.size() == 1);
            CHECK(cell_text(tables[0], "C1") == "Phân bổ");
            CHECK(cell_text(tables[0], "C2") == "Tập thể");
            CHECK(cell_text(tables[0], "D2") == "Cá nhân");
            const auto paragraphs = back.paragraphs();
            // The text after the cursor is on a page of the document's own (portrait) style,
            // numbered on from the page the cursor was on.
            const auto& rest = paragraph(paragraphs, "Sau con trỏ.");
            const auto rest_style =
                office::to_utf8(value<rtl::OUString>(rest.properties, "PageDescName"));
            CHECK_FALSE(rest_style.empty());
            const auto& title = paragraph(paragraphs, "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG");
            CHECK(office::to_utf8(value<rtl::OUString>(title.properties, "PageStyleName")) !=
                  rest_style);
            CHECK_FALSE(value<bool>(back.page_style(rest_style), "IsLandscape"));
        }
        {
            // The appendix page numbering restarts at 1 and the rest goes on at 2.
            WriterDoc back(stem.string() + ".odt");
            const auto paragraphs = back.paragraphs();
            CHECK(value<sal_Int16>(paragraph(paragraphs, "Phụ lục").properties,
                                   "PageNumberOffset") == 1);
            CHECK(value<sal_Int16>(paragraph(paragraphs, "Sau con trỏ.").properties,
                                   "PageNumberOffset") == 2);
        }
        // Page 1: the text before; pages 2-3: the appendix (two pages, as alone); page 4: after.
        const auto pdf = stem.string() + ".pdf";
        REQUIRE(pdf_pages(pdf) == 4);
        CHECK(pdf_page_text(pdf, 1).find("Trước con trỏ.") != std::string::npos);
        CHECK(pdf_page_text(pdf, 1).find("Phụ lục") == std::string::npos);
        CHECK(pdf_page_text(pdf, 2).find("Phụ lục") != std::string::npos);
        CHECK(pdf_page_text(pdf, 3).find("Tổng cộng") != std::string::npos);
        CHECK(pdf_page_text(pdf, 4).find("Sau con trỏ.") != std::string::npos);
        CHECK(pdf_page_text(pdf, 4).find("Phụ lục") == std::string::npos);
        for (int page = 1; page <= 4; ++page)
            CHECK_FALSE(pdf_landscape(pdf, page));
        keep_png(pdf, 2, "chen-tai-con-tro");
    }

    TEST_CASE("a second appendix into the same document: I and II, landscape among portrait") {
        const auto doc = letter();
        office::insert_appendices_at_cursor(test::office().context(), doc, award_appendix(),
                                            template_file);
        CHECK(office::next_appendix_of(doc) == plan::NextAppendix{"II", true});
        // The cursor is still before "Sau con trỏ.": the second appendix goes after the first.
        office::insert_appendices_at_cursor(test::office().context(), doc, wide_appendix(),
                                            template_file);
        CHECK(office::next_appendix_of(doc) == plan::NextAppendix{"III", false});
        const auto stem = store_all(doc, "hai-phu-luc");
        office::close_document(Reference<css::lang::XComponent>(doc, UNO_QUERY_THROW));
        for (const char* ext : {".odt", ".docx"}) {
            INFO(ext);
            WriterDoc back(stem.string() + ext);
            const std::string text = back.text();
            const auto first = position(text, "Phụ lục I\nPHÂN BỔ CHỈ TIÊU KHEN THƯỞNG\n");
            const auto second = position(text, "Phụ lục II\nTHEO DÕI TIẾN ĐỘ\n");
            CHECK(first < second);
            CHECK(second < position(text, "Sau con trỏ."));
            CHECK(back.tables().size() == 2);
            const auto paragraphs = back.paragraphs();
            const auto page_of = [&](const std::string& p) {
                return back.page_style(office::to_utf8(
                    value<rtl::OUString>(paragraph(paragraphs, p).properties, "PageStyleName")));
            };
            CHECK(value<bool>(page_of("THEO DÕI TIẾN ĐỘ"), "IsLandscape"));
            CHECK_FALSE(value<bool>(page_of("PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG"), "IsLandscape"));
            CHECK_FALSE(value<bool>(page_of("Sau con trỏ."), "IsLandscape"));
        }
        // 1 page before, 2 of appendix I, 1 landscape of appendix II, 1 after.
        const auto pdf = stem.string() + ".pdf";
        REQUIRE(pdf_pages(pdf) == 5);
        CHECK(pdf_landscape(pdf, 4));
        CHECK(pdf_page_text(pdf, 4).find("Phụ lục II") != std::string::npos);
        CHECK_FALSE(pdf_landscape(pdf, 5));
        CHECK(pdf_page_text(pdf, 5).find("Sau con trỏ.") != std::string::npos);
        keep_png(pdf, 4, "chen-phu-luc-ngang");
    }
}
