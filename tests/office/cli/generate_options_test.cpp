// vnplan generate: refusing to overwrite, --force, totals that disagree and the override,
// batches (--each), custom templates and their errors.
#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"
#include "support/run.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <doctest/doctest.h>

#include <thread>

using namespace vnplan;
using namespace vnplan::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using office::to_ou;

namespace {

const std::filesystem::path example =
    std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples" / "ke-hoach-143.ods";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The example opened for editing from a copy: an office editing a file keeps a lock file
// next to it, and examples/ is shared with other tests.
std::filesystem::path editable_copy() {
    const auto copy = temp_dir() / "ke-hoach-143-copy.ods";
    std::filesystem::copy_file(example, copy, std::filesystem::copy_options::overwrite_existing);
    return copy;
}

// The row of `sheet` whose column `column` reads `text` (0-based), or -1.
int find_row(const Reference<css::sheet::XSpreadsheet>& sheet, int column,
             const std::string& text) {
    for (int r = 0; r < 200; ++r)
        if (office::to_utf8(sheet->getCellByPosition(column, r)->getFormula()) == text) return r;
    return -1;
}

void set_text(const Reference<css::sheet::XSpreadsheet>& sheet, int column, int row,
              const std::string& text) {
    sheet->getCellByPosition(column, row)->setFormula(to_ou(text));
}

// A template made in the test: paragraphs, then a two-row table whose second row repeats.
std::filesystem::path make_template(const std::string& name,
                                    const std::vector<std::string>& paragraphs,
                                    const std::vector<std::string>& header,
                                    const std::vector<std::string>& row) {
    auto doc = office::new_document(test::office().desktop(), "swriter");
    auto text = Reference<css::text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
    auto cursor = text->createTextCursor();
    Reference<css::text::XTextRange> at(cursor, UNO_QUERY_THROW);
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(at, to_ou(paragraphs[i]), false);
    }
    if (!header.empty()) {
        Reference<css::text::XTextTable> table(
            Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)
                ->createInstance("com.sun.star.text.TextTable"),
            UNO_QUERY_THROW);
        table->initialize(2, static_cast<sal_Int32>(header.size()));
        text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertTextContent(at, Reference<css::text::XTextContent>(table, UNO_QUERY_THROW),
                                false);
        for (std::size_t c = 0; c < header.size(); ++c) {
            const std::string column(1, static_cast<char>('A' + c));
            Reference<css::text::XText>(table->getCellByName(to_ou(column + "1")), UNO_QUERY_THROW)
                ->setString(to_ou(header[c]));
            Reference<css::text::XText>(table->getCellByName(to_ou(column + "2")), UNO_QUERY_THROW)
                ->setString(to_ou(row[c]));
        }
    }
    const auto path = temp_dir() / (name + ".ott");
    office::store_document(doc, path, "writer8_template", true);
    office::close_document(doc);
    return path;
}

} // namespace

TEST_SUITE("cli.generate") {
    TEST_CASE("an existing file is never overwritten without --force") {
        const auto out = temp_dir() / "overwrite";
        RunResult r =
            run_vnplan({"generate", example.string(), "--out", out.string(), "--format", "odt"});
        REQUIRE(r.exit_code == 0);
        const auto odt = out / "ke-hoach-143.odt";
        const auto written = std::filesystem::last_write_time(odt);
        const auto size = std::filesystem::file_size(odt);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));

        r = run_vnplan(
            {"generate", example.string(), "--out", out.string(), "--format", "odt,pdf"});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "đã có; không ghi đè (dùng --force để ghi đè)"));
        CHECK(std::filesystem::last_write_time(odt) == written);
        CHECK_FALSE(std::filesystem::exists(out / "ke-hoach-143.pdf")); // nothing written at all

        r = run_vnplan({"generate", example.string(), "--out", out.string(), "--format", "odt",
                        "--force", "--lang", "en"});
        CHECK(r.exit_code == 0);
        CHECK(contains(r.out, "Wrote " + odt.string()));
        CHECK(std::filesystem::last_write_time(odt) != written);
        CHECK(std::filesystem::file_size(odt) > size / 2);
        for (const auto& entry : std::filesystem::directory_iterator(out))
            CHECK_FALSE(contains(entry.path().filename().string(), ".tmp-")); // no temporary left
    }

    TEST_CASE("award totals that disagree stop the generator; --override-totals issues the "
              "computed ones") {
        const auto broken = temp_dir() / "tong-sai.ods";
        {
            CalcDocument doc(editable_copy());
            auto award = doc.sheet(3);
            const int total = find_row(award, 1, "Tổng cộng:");
            REQUIRE(total > 0);
            award->getCellByPosition(2, total)->setValue(34); // the items add up to 33
            doc.store(broken);
        }
        const auto out = temp_dir() / "tong-sai";
        RunResult r = run_vnplan({"generate", broken.string(), "--out", out.string()});
        CHECK(r.exit_code == 1);
        CHECK(contains(r.out,
                       "Bảng khen thưởng ở trang \"Phụ lục khen thưởng\" có số cộng không khớp:"));
        CHECK(contains(r.out, "tổng cộng, Tập thể ghi 34 nhưng cộng các dòng được 33."));
        CHECK(contains(r.err, "--override-totals"));
        CHECK_FALSE(std::filesystem::exists(out / "tong-sai.odt"));

        r = run_vnplan({"generate", broken.string(), "--out", out.string(), "--format", "odt",
                        "--override-totals"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        WriterDoc doc(out / "tong-sai.odt");
        const auto award = doc.tables()[3];
        const std::string last = std::to_string(award->getRows()->getCount());
        CHECK(cell_text(award, "C" + last) == "33");
    }

    TEST_CASE("an unreadable count cannot be overridden") {
        const auto broken = temp_dir() / "so-chu.ods";
        {
            CalcDocument doc(editable_copy());
            auto award = doc.sheet(3);
            const int row = find_row(award, 1, "Tổ UBIC");
            REQUIRE(row > 0);
            set_text(award, 3, row, "ba");
            doc.store(broken);
        }
        const RunResult r =
            run_vnplan({"generate", broken.string(), "--out", (temp_dir() / "so-chu").string(),
                        "--override-totals", "--lang", "en"});
        CHECK(r.exit_code == 1);
        CHECK(contains(r.out, "the count \"ba\" is not a number."));
        CHECK(contains(r.err, "counts that cannot be read"));
    }

    TEST_CASE("--each writes one document per data row, named from a column") {
        const auto book = temp_dir() / "theo-xa.ods";
        {
            CalcDocument doc(editable_copy());
            auto info = doc.sheet(0);
            const int abstract = find_row(info, 0, "Trích yếu");
            REQUIRE(abstract > 0);
            set_text(info, 1, abstract,
                     "Thông báo kết quả Chỉ số cải cách hành chính năm 2023 của {{Tên xã}} "
                     "({{Điểm}} điểm)");
            Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc.component(),
                                                                    UNO_QUERY_THROW);
            spreadsheet->getSheets()->insertNewByName(to_ou("Danh sách xã"), 4);
            auto list = doc.sheet(4);
            set_text(list, 0, 0, "Tên xã");
            set_text(list, 1, 0, "Điểm");
            const std::pair<const char*, double> rows[] = {
                {"Xã Mường So", 80.79}, {"Xã Sin Suối Hồ", 75.5}, {"Thị trấn Phong Thổ", 88}};
            for (int i = 0; i < 3; ++i) {
                set_text(list, 0, i + 1, rows[i].first);
                list->getCellByPosition(1, i + 1)->setValue(rows[i].second);
            }
            doc.store(book);
        }
        const auto out = temp_dir() / "theo-xa";
        RunResult r = run_vnplan({"generate", book.string(), "--each", "Danh sách xã", "--name",
                                  "Tên xã", "--out", out.string(), "--format", "odt"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        for (const char* name : {"Xã Mường So", "Xã Sin Suối Hồ", "Thị trấn Phong Thổ"})
            CHECK(std::filesystem::exists(out / (std::string(name) + ".odt")));
        {
            WriterDoc doc(out / "Xã Mường So.odt");
            const auto paragraphs = doc.paragraphs();
            CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) {
                return p.text == "Thông báo kết quả Chỉ số cải cách hành chính năm 2023 của Xã "
                                 "Mường So (80,79 điểm)";
            }));
        }
        // A range of the sheet: the first two communes only.
        const auto some = temp_dir() / "theo-xa-vung";
        r = run_vnplan({"generate", book.string(), "--each", "Danh sách xã!A1:B3", "--out",
                        some.string(), "--format", "odt"});
        REQUIRE(r.exit_code == 0);
        std::size_t files = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(some))
            ++files;
        CHECK(files == 2);
    }

    TEST_CASE("a clerk's template: fields, a dropped section, a list paragraph and a repeated "
              "table row") {
        const auto ott =
            make_template("mau-rieng",
                          {"{{Loại văn bản}} số {{Số ký hiệu}}", "{{#if Cơ quan chủ quản}}",
                           "Không hiện", "{{/if}}", "- {{Nơi nhận}}", "Ký: {{người ký}}"},
                          {"TT", "Đơn vị tham luận"},
                          {"{{Phụ lục tham luận.TT}}", "{{Phụ lục tham luận.Tên đơn vị}}"});
        const auto out = temp_dir() / "mau-rieng";
        const RunResult r = run_vnplan({"generate", example.string(), "--template", ott.string(),
                                        "--out", out.string(), "--format", "odt"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        WriterDoc doc(out / "ke-hoach-143.odt");
        const auto paragraphs = doc.paragraphs();
        REQUIRE(paragraphs.size() >= 8);
        CHECK(paragraphs[0].text == "KẾ HOẠCH số 143/KH-UBND");
        CHECK(paragraphs[1].text == "- TT Thành ủy, TT HĐND thành phố (B/c);");
        CHECK(paragraphs[6].text == "- Lưu: VT.");
        CHECK(paragraphs[7].text == "Ký: Phạm Tuấn Đạt");
        CHECK_FALSE(contains(doc.text(), "Không hiện"));
        const auto table = doc.tables().at(0);
        CHECK(table->getRows()->getCount() == 6);
        CHECK(cell_text(table, "A2") == "1");
        CHECK(cell_text(table, "B3") == "Trung tâm Hành chính công thành phố");
        CHECK(cell_text(table, "B6") == "Đại diện Hội doanh nghiệp thành phố");
    }

    TEST_CASE("template errors name the placeholder; missing files and bad formats exit 2") {
        const auto ott = make_template("mau-sai", {"{{Tên hội nghị}}"}, {}, {});
        RunResult r = run_vnplan({"generate", example.string(), "--template", ott.string(), "--out",
                                  (temp_dir() / "mau-sai").string()});
        CHECK(r.exit_code == 2);
        CHECK(contains(
            r.err,
            "Mẫu có trường {{Tên hội nghị}} nhưng sổ tính không có trường \"Tên hội nghị\"."));
        r = run_vnplan({"generate", (temp_dir() / "khong-co.ods").string()});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "Không tìm thấy tệp"));
        r = run_vnplan({"generate", example.string(), "--format", "doc", "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "Unknown format \"doc\"; use odt, docx, pdf."));
        r = run_vnplan(
            {"generate",
             (std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples" / "khen-thuong-143.ods")
                 .string(),
             "--out", (temp_dir() / "khong-phai").string()});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "Sổ tính không có trang \"Thông tin\""));
    }
}

TEST_SUITE("cli.generate") {
    TEST_CASE("--each --merge-pdf: one PDF of the batch, documents in order, no blank pages") {
        const auto book = temp_dir() / "hai-xa.ods";
        {
            CalcDocument doc(editable_copy());
            const int list = doc.add_sheet("Danh sách");
            Reference<css::sheet::XSpreadsheet> sheet = doc.sheet(list);
            set_text(sheet, 0, 0, "Tên");
            set_text(sheet, 0, 1, "Xã Một");
            set_text(sheet, 0, 2, "Xã Hai");
            doc.store(book);
        }
        const auto out = temp_dir() / "hai-xa";
        const auto merged = out / "tat-ca.pdf";
        const std::vector<std::string> args{"generate",    book.string(),  "--each",   "Danh sách",
                                            "--out",       out.string(),   "--format", "pdf",
                                            "--merge-pdf", merged.string()};
        RunResult r = run_vnplan(args);
        INFO(r.out, r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(contains(r.out, merged.string()));
        const int one = pdf_pages(out / "Xã Một.pdf"), two = pdf_pages(out / "Xã Hai.pdf");
        CHECK(one > 1);
        CHECK(pdf_pages(merged) == one + two); // nothing added between them
        CHECK(contains(pdf_page_text(merged, 1), "KẾ HOẠCH"));
        CHECK(contains(pdf_page_text(merged, one + 1), "KẾ HOẠCH")); // the second begins
        CHECK(pdf_page_text(merged, one + 2) == pdf_page_text(out / "Xã Hai.pdf", 2));
        r = run_vnplan(args); // never overwritten silently
        CHECK(r.exit_code == 2);
        r = run_vnplan({"generate", book.string(), "--each", "Danh sách", "--out",
                        (temp_dir() / "hai-xa-odt").string(), "--format", "odt", "--merge-pdf",
                        (temp_dir() / "x.pdf").string()});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "--merge-pdf"));
    }
}
