// "Xuất phụ lục" in a windowed office (Xvfb): run from the menu command on a cell of the award
// table of Kế hoạch 143, the dialog finds the table around it, exports it to files and to a
// new Writer document, then a second time into that document at its cursor (Phụ lục I, II);
// the "(Kèm theo ...)" line typed is remembered in the workbook, and a plan workbook's own
// line is prefilled. Results read back from the files and the Writer document.
#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <doctest/doctest.h>

#include <cstdlib>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path examples = std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples";
const std::string attach = "Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND thành phố";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The file in `folder` whose name ends with `suffix` (the workbook is a numbered copy).
std::filesystem::path file_ending(const std::filesystem::path& folder, const std::string& suffix) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.size() >= suffix.size() && name.rfind(suffix) == name.size() - suffix.size() &&
            name[0] != '.')
            return entry.path();
    }
    FAIL("no file *" << suffix << " in " << folder);
    return {};
}

// The open Writer documents holding `text`.
std::vector<Reference<css::text::XTextDocument>> writers_with(const std::string& text) {
    std::vector<Reference<css::text::XTextDocument>> out;
    auto e = test::office().desktop()->getComponents()->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<css::text::XTextDocument> doc(e->nextElement(), UNO_QUERY);
        if (doc.is() && contains(office::to_utf8(doc->getText()->getString()), text))
            out.push_back(doc);
    }
    return out;
}

std::string remembered(CalcDocument& book, const char* field) {
    auto user =
        Reference<css::document::XDocumentPropertiesSupplier>(book.component(), UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    Reference<css::beans::XPropertySet> set(user, UNO_QUERY_THROW);
    const auto name = office::to_ou(std::string("vnplan.AppendixExport.") + field);
    if (!set->getPropertySetInfo()->hasPropertyByName(name)) return {};
    rtl::OUString value;
    set->getPropertyValue(name) >>= value;
    return office::to_utf8(value);
}

// The whole virtual screen, for a person to look at (ImageMagick's import, when installed).
void screenshot(const std::string& name) {
    const char* display = std::getenv("DISPLAY");
    const std::filesystem::path artefacts = VNPLAN_APPENDIX_ARTEFACTS;
    std::filesystem::create_directories(artefacts);
    if (!display || std::system("command -v import >/dev/null 2>&1") != 0) return;
    const std::string command = std::string("import -display ") + display + " -window root '" +
                                (artefacts / name).string() + "'";
    if (std::system(command.c_str()) != 0) MESSAGE("no screenshot: " << command);
}

} // namespace

TEST_SUITE("ui.appendix") {
    TEST_CASE("the dialog loads with its strings, in English and Vietnamese") {
        use_windowed_office();
        const auto labels = labels_of("AppendixExport", {"Run", "NumberLabel", "Help"});
        CHECK(labels.at("Run") == "Export");
        CHECK(labels.at("NumberLabel") == "Appendix number:");
        CHECK(labels.at("Help") == "Help");
        CHECK(resolve("AppendixExport", "vi", "VN", "AppendixExport.Title") == "Xuất phụ lục");
        CHECK(resolve("AppendixExport", "vi", "VN", "AppendixExport.OpenDocument") ==
              "Văn bản đang mở, tại con trỏ:");
    }

    TEST_CASE("on a cell of the award table: files, a new Writer document, then at its cursor") {
        use_windowed_office();
        CalcDocument book(examples / "khen-thuong-143.ods", CalcDocument::Shown{});
        select(book, 0, "B10"); // a cell inside the table: the table around it is exported
        const auto folder = temp_dir() / "appendix-from-dialog";
        {
            DialogSession dialog(book, "vnd.vnplan:AppendixExport");
            CHECK(dialog.title() == "Export appendix");
            CHECK(dialog.shows("Phân bổ khen thưởng!A4:E53"));
            dialog.type("Title:", "Phân bổ chỉ tiêu khen thưởng");
            dialog.type("Attached to:", attach);
            dialog.press("Files (.odt, .docx, .pdf) in a folder");
            dialog.type("Folder:", folder.string());
            dialog.set_checked(".docx", false);
            screenshot("dialog.png");
            dialog.press("Export");
            CHECK(dialog.shows("Wrote "));
            // Again: the files exist, and are not replaced without the clerk's say.
            dialog.press("Export");
            CHECK(dialog.shows("Replace existing files"));
            dialog.press("A new Writer document");
            dialog.press("Export");
            CHECK(dialog.shows("new Writer document"));
            dialog.press("Close");
            dialog.wait_closed();
        }
        CHECK(remembered(book, "attach_line") == attach);

        // The files: the award appendix with its computed totals, two portrait pages.
        {
            WriterDoc doc(file_ending(folder, "-phu-luc.odt"));
            const auto tables = doc.tables();
            REQUIRE(tables.size() == 1);
            CHECK(cell_text(tables[0], "C1") == "Phân bổ");
            CHECK(cell_text(tables[0], "C2") == "Tập thể");
            CHECK(cell_text(tables[0], "D2") == "Cá nhân");
            const std::string text = doc.text();
            CHECK(contains(text, "Phụ lục\nPHÂN BỔ CHỈ TIÊU KHEN THƯỞNG\n(" + attach + ")\n"));
            CHECK(contains(text, "Tổng cộng:\n33\n44\n"));
        }
        const auto pdf = file_ending(folder, "-phu-luc.pdf");
        CHECK(pdf_pages(pdf) == 2);
        CHECK(contains(pdf_page_text(pdf, 1), "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG"));
        CHECK_FALSE(std::filesystem::exists(folder / "khen-thuong-143-phu-luc.docx"));

        // The new Writer document; the second export goes at its cursor, put at its end.
        auto writers = writers_with("PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG");
        REQUIRE(writers.size() == 1);
        auto writer = writers.front();
        Reference<css::frame::XModel> model(writer, UNO_QUERY_THROW);
        Reference<css::text::XTextViewCursorSupplier>(model->getCurrentController(),
                                                      UNO_QUERY_THROW)
            ->getViewCursor()
            ->gotoEnd(false);
        select(book, 0, "C20");
        {
            DialogSession dialog(book, "vnd.vnplan:AppendixExport");
            CHECK(dialog.shows(attach)); // remembered in the workbook
            dialog.type("Title:", "Danh sách lần hai");
            dialog.press("An open document, at its cursor:");
            CHECK(dialog.shows("II")); // the number after the document's own appendix
            dialog.press("Export");
            CHECK(dialog.shows("inserted"));
            dialog.press("Close");
            dialog.wait_closed();
        }
        const std::string text = office::to_utf8(writer->getText()->getString());
        const auto first = text.find("Phụ lục I\n");
        const auto second = text.find("Phụ lục II\n");
        CHECK(first != std::string::npos);
        CHECK(second != std::string::npos);
        CHECK(first < second);
        CHECK(contains(text, "DANH SÁCH LẦN HAI"));
        // Two appendices of two pages each; the second starts page 3.
        const auto both = temp_dir() / "hai-lan.pdf";
        office::store_document(Reference<css::lang::XComponent>(writer, UNO_QUERY_THROW), both,
                               "writer_pdf_Export", true);
        office::close_document(Reference<css::lang::XComponent>(writer, UNO_QUERY_THROW));
        REQUIRE(pdf_pages(both) == 4);
        CHECK(contains(pdf_page_text(both, 1), "Phụ lục I"));
        CHECK(contains(pdf_page_text(both, 3), "Phụ lục II"));
        CHECK(contains(pdf_page_text(both, 3), "DANH SÁCH LẦN HAI"));
        const std::filesystem::path artefacts = VNPLAN_APPENDIX_ARTEFACTS;
        poppler("pdftoppm", {"-png", "-r", "80", "-singlefile", "-f", "3", "-l", "3", both.string(),
                             (artefacts / "hop-thoai-phu-luc-ii").string()});
    }

    TEST_CASE("a plan workbook's own (Kèm theo ...) line is prefilled") {
        use_windowed_office();
        CalcDocument plan(examples / "ke-hoach-143.ods", CalcDocument::Shown{});
        select(plan, 0, "A1:B3"); // a range: exported as selected
        DialogSession dialog(plan, "vnd.vnplan:AppendixExport");
        CHECK(dialog.shows("(Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024"));
        dialog.press("Close");
        dialog.wait_closed();
    }

    TEST_CASE("in a Vietnamese office: Xuất phụ lục, with its Vietnamese strings") {
        use_windowed_office("vi");
        CalcDocument book(examples / "khen-thuong-143.ods", CalcDocument::Shown{});
        select(book, 0, "B10");
        DialogSession dialog(book, "vnd.vnplan:AppendixExport");
        CHECK(dialog.title() == "Xuất phụ lục");
        CHECK(dialog.shows("Phân bổ khen thưởng!A4:E53"));
        dialog.type("Tên phụ lục:", "Phân bổ chỉ tiêu khen thưởng");
        dialog.type("Kèm theo:", attach);
        dialog.press("Văn bản Writer mới");
        screenshot("dialog-vi.png");
        dialog.press("Đóng");
        dialog.wait_closed();
    }

    TEST_CASE("totals that disagree: the report, then the computed figures when asked") {
        use_windowed_office();
        CalcDocument book(examples / "khen-thuong-143.ods", CalcDocument::Shown{});
        Grid seven;
        seven.rows = {{Cell::of(7.0)}};
        book.put("C6", seven); // section I: 6 collectives
        select(book, 0, "B10");
        {
            DialogSession dialog(book, "vnd.vnplan:AppendixExport");
            dialog.type("Title:", "Bảng sai");
            dialog.press("Export");
            CHECK(dialog.shows("Not exported"));
            CHECK(dialog.shows("C6:"));
            screenshot("dialog-totals.png");
            CHECK(writers_with("BẢNG SAI").empty());
            dialog.set_checked(
                "Go on with the computed totals when the sheet's own totals disagree", true);
            dialog.press("Export");
            CHECK(dialog.shows("new Writer document"));
            dialog.press("Close");
            dialog.wait_closed();
        }
        auto writers = writers_with("BẢNG SAI");
        REQUIRE(writers.size() == 1);
        // The computed figures: section I has 6 collectives, the total stays 33.
        Reference<css::container::XIndexAccess> tables(
            Reference<css::text::XTextTablesSupplier>(writers.front(), UNO_QUERY_THROW)
                ->getTextTables(),
            UNO_QUERY_THROW);
        REQUIRE(tables->getCount() == 1);
        Reference<css::text::XTextTable> table(tables->getByIndex(0), UNO_QUERY_THROW);
        CHECK(cell_text(table, "C3") == "6");
        CHECK(contains(office::to_utf8(writers.front()->getText()->getString()), "BẢNG SAI"));
        office::close_document(Reference<css::lang::XComponent>(writers.front(), UNO_QUERY_THROW));
    }
}
