// vnplan generate on the example plans: the produced .odt, .docx and .pdf read back.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

using namespace vnplan;
using namespace vnplan::test;
using css::uno::Reference;

namespace {

const std::filesystem::path examples = std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples";
const std::filesystem::path artefacts = VNPLAN_PLAN_ARTEFACTS;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string string_value(const Reference<css::beans::XPropertySet>& p, const char* name) {
    return office::to_utf8(value<rtl::OUString>(p, name));
}

// Nghị định 30/2020, Phụ lục I: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm
// (1/100 mm, give or take the rounding of the file's units: twips in a .docx).
// A landscape page (a wide appendix table) is the same A4 sheet turned.
void check_decree_page(const Reference<css::beans::XPropertySet>& page) {
    const bool landscape = value<bool>(page, "IsLandscape");
    CHECK(std::abs(value<sal_Int32>(page, "Width") - (landscape ? 29700 : 21000)) <= 5);
    CHECK(std::abs(value<sal_Int32>(page, "Height") - (landscape ? 21000 : 29700)) <= 5);
    CHECK(std::abs(value<sal_Int32>(page, "LeftMargin") - 3000) <= 5);
    CHECK(std::abs(value<sal_Int32>(page, "RightMargin") - 1500) <= 5);
    CHECK(std::abs(value<sal_Int32>(page, "BottomMargin") - 2000) <= 5);
    // The text starts 20 mm from the top; a page number sits in that margin.
    const sal_Int32 header =
        value<bool>(page, "HeaderIsOn") ? value<sal_Int32>(page, "HeaderHeight") : 0;
    CHECK(std::abs(value<sal_Int32>(page, "TopMargin") + header - 2000) <= 5);
}

struct StyleFont {
    const char* style;
    float size;
    bool bold, italic;
};

// The decree's fonts for each paragraph style of the template (Phụ lục I of the decree).
constexpr StyleFont decree_fonts[] = {
    {"VN Quốc hiệu", 12, true, false},        {"VN Tiêu ngữ", 13, true, false},
    {"VN Cơ quan ban hành", 13, true, false}, {"VN Số ký hiệu", 13, false, false},
    {"VN Địa danh ngày", 14, false, true},    {"VN Loại văn bản", 14, true, false},
    {"VN Trích yếu", 14, true, false},        {"VN Đoạn văn", 14, false, false},
    {"VN Nơi nhận", 12, true, true},          {"VN Danh sách nơi nhận", 11, false, false},
    {"VN Thẩm quyền ký", 14, true, false},    {"VN Người ký", 14, true, false},
    {"VN Phụ lục", 14, true, false},          {"VN Kèm theo", 14, false, true},
    {"VN Số trang", 13, false, false}};

// Font, size, weight and slant as a paragraph (or a style) carries them.
void check_font(const Reference<css::beans::XPropertySet>& p, const StyleFont& e) {
    CHECK(string_value(p, "CharFontName") == "Times New Roman");
    CHECK(value<float>(p, "CharHeight") == doctest::Approx(e.size));
    CHECK((value<float>(p, "CharWeight") > 100.f) == e.bold);
    CHECK((value<css::awt::FontSlant>(p, "CharPosture") == css::awt::FontSlant_ITALIC) == e.italic);
}

const StyleFont* decree_font(const std::string& style) {
    for (const auto& e : decree_fonts)
        if (style == e.style) return &e;
    return nullptr;
}

// The paragraphs of one cell of a Writer table.
std::vector<Reference<css::beans::XPropertySet>>
cell_paragraphs(const Reference<css::text::XTextTable>& table, const char* cell) {
    Reference<css::container::XEnumerationAccess> text(
        table->getCellByName(rtl::OUString::createFromAscii(cell)), css::uno::UNO_QUERY_THROW);
    std::vector<Reference<css::beans::XPropertySet>> out;
    for (auto e = text->createEnumeration(); e->hasMoreElements();)
        out.emplace_back(e->nextElement(), css::uno::UNO_QUERY_THROW);
    return out;
}

// The header block (the first table: agency | motto, number | place and date) is written in
// the styles whose fonts the decree gives, and each paragraph shows that font.
void check_header_block(const WriterDoc& doc) {
    const auto tables = doc.tables();
    REQUIRE(!tables.empty());
    const std::pair<const char*, std::vector<std::string>> cells[] = {
        {"A1", {"VN Cơ quan ban hành"}},
        {"B1", {"VN Quốc hiệu", "VN Tiêu ngữ"}},
        {"A2", {"VN Số ký hiệu"}},
        {"B2", {"VN Địa danh ngày"}}};
    for (const auto& [cell, styles] : cells) {
        INFO("header cell ", cell);
        std::vector<std::string> seen;
        for (const auto& paragraph : cell_paragraphs(tables[0], cell)) {
            if (office::to_utf8(
                    Reference<css::text::XTextRange>(paragraph, css::uno::UNO_QUERY_THROW)
                        ->getString())
                    .empty())
                continue; // the rule under the agency's name
            const std::string style = string_value(paragraph, "ParaStyleName");
            seen.push_back(style);
            const StyleFont* font = decree_font(style);
            REQUIRE(font != nullptr);
            check_font(paragraph, *font);
        }
        CHECK(seen == styles);
    }
}

// The generated seed-000 plan, made once for the tests that read it.
const std::filesystem::path& plan143() {
    static const std::filesystem::path dir = [] {
        const auto out = temp_dir() / "plan143";
        const RunResult r = run_vnplan(
            {"generate", (examples / "ke-hoach-143.ods").string(), "--out", out.string()});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(contains(r.out, "Đã tạo " + (out / "ke-hoach-143.odt").string()));
        CHECK(contains(r.out, "ke-hoach-143.docx"));
        CHECK(contains(r.out, "ke-hoach-143.pdf"));
        return out;
    }();
    return dir;
}

} // namespace

TEST_SUITE("cli.generate") {
    TEST_CASE("seed 000: the header block, number and date line") {
        WriterDoc doc(plan143() / "ke-hoach-143.odt");
        const auto tables = doc.tables();
        REQUIRE(tables.size() == 4); // header, signature, two appendices
        const auto& header = tables[0];
        CHECK(cell_text(header, "A1") == "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ UÔNG BÍ\n"); // then the rule
        CHECK(cell_text(header, "B1") ==
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
        CHECK(cell_text(header, "A2") == "Số: 143/KH-UBND");
        CHECK(cell_text(header, "B2") == "Uông Bí, ngày 03 tháng 4 năm 2024");
        const auto date_style = doc.paragraph_style("VN Địa danh ngày");
        CHECK(value<css::awt::FontSlant>(date_style, "CharPosture") == css::awt::FontSlant_ITALIC);
        const auto body_style = doc.paragraph_style("VN Cơ quan ban hành");
        CHECK(value<float>(body_style, "CharWeight") ==
              doctest::Approx(css::awt::FontWeight::BOLD));
        CHECK(!contains(doc.text(), "{{"));
    }

    TEST_CASE("seed 000: title, section headings and the signature block") {
        WriterDoc doc(plan143() / "ke-hoach-143.odt");
        const auto paragraphs = doc.paragraphs();
        std::vector<std::string> parts;
        for (const auto& p : paragraphs)
            if (p.style == "VN Phần") parts.push_back(p.text);
        CHECK(parts ==
              std::vector<std::string>{"I. MỤC ĐÍCH, YÊU CẦU", "II. THỜI GIAN, ĐỊA ĐIỂM",
                                       "III. THÀNH PHẦN", "IV. NỘI DUNG, CHƯƠNG TRÌNH",
                                       "V. KINH PHÍ THỰC HIỆN: Từ nguồn Ngân sách Thành phố.",
                                       "VI. TỔ CHỨC THỰC HIỆN"});
        const auto title =
            std::find_if(paragraphs.begin(), paragraphs.end(),
                         [](const Paragraph& p) { return p.style == "VN Loại văn bản"; });
        REQUIRE(title != paragraphs.end());
        CHECK(title->text == "KẾ HOẠCH");
        CHECK((title + 1)->text.rfind("Tổ chức Hội nghị sơ kết 03 năm", 0) == 0);
        const auto items = std::count_if(paragraphs.begin(), paragraphs.end(),
                                         [](const Paragraph& p) { return p.style == "VN Mục"; });
        CHECK(items == 14);
        CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) {
            return p.text == "1. Thời gian: 1/2 ngày, trong tháng 4/2024.";
        }));

        const auto signature = doc.tables()[1];
        const std::string left = cell_text(signature, "A1"), right = cell_text(signature, "B1");
        CHECK(left.rfind("Nơi nhận:\n- TT Thành ủy, TT HĐND thành phố (B/c);\n", 0) == 0);
        CHECK(contains(left, "\n- Lưu: VT."));
        CHECK(right == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhạm Tuấn Đạt");
    }

    TEST_CASE("seed 000: appendix tables with the computed subtotals and 33/44") {
        WriterDoc doc(plan143() / "ke-hoach-143.odt");
        const auto paragraphs = doc.paragraphs();
        std::vector<std::string> heads;
        for (const auto& p : paragraphs)
            if (p.style == "VN Phụ lục" || p.style == "VN Tiêu đề phụ lục" ||
                p.style == "VN Kèm theo")
                heads.push_back(p.text);
        const std::string attached =
            "(Kèm theo Kế hoạch số 143/KH-UBND ngày 03/4/2024 của UBND thành phố)";
        CHECK(heads == std::vector<std::string>{"Phụ lục I", "PHÂN CÔNG THAM LUẬN", attached,
                                                "Phụ lục II", "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG",
                                                attached});

        const auto tables = doc.tables();
        const auto& talks = tables[2];
        CHECK(talks->getRows()->getCount() == 6);
        CHECK(cell_text(talks, "B2") == "Phòng Tư pháp");

        const auto& award = tables[3];
        const sal_Int32 rows = award->getRows()->getCount();
        CHECK(rows == 50);
        CHECK(cell_text(award, "A1") == "STT");
        CHECK(cell_text(award, "C1") == "Phân bổ"); // merged over the two count columns
        CHECK(cell_text(award, "C2") == "Tập thể");
        CHECK(cell_text(award, "D2") == "Cá nhân");
        CHECK(cell_text(award, "B3") == "Chỉ số cải cách hành chính (PAR Index)");
        CHECK(cell_text(award, "C3") == "6");
        CHECK(cell_text(award, "D3") == "10");
        const std::string last = std::to_string(rows);
        CHECK(cell_text(award, "B" + last) == "Tổng cộng:");
        CHECK(cell_text(award, "C" + last) == "33");
        CHECK(cell_text(award, "D" + last) == "44");
        Reference<css::beans::XPropertySet> total_cell(
            award->getCellByName(office::to_ou("C" + last)), css::uno::UNO_QUERY_THROW);
        Reference<css::text::XText> total_text(total_cell, css::uno::UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> total_run(total_text->createTextCursor(),
                                                      css::uno::UNO_QUERY_THROW);
        CHECK(value<float>(total_run, "CharWeight") == doctest::Approx(css::awt::FontWeight::BOLD));
        CHECK(value<bool>(Reference<css::beans::XPropertySet>(award, css::uno::UNO_QUERY_THROW),
                          "RepeatHeadline"));
    }

    TEST_CASE("seed 000: the decree's page, margins and fonts are in the styles") {
        WriterDoc doc(plan143() / "ke-hoach-143.odt");
        const auto first = doc.page_style("VN Trang đầu");
        const auto next = doc.page_style("VN Trang");
        REQUIRE(first.is());
        REQUIRE(next.is());
        check_decree_page(first);
        check_decree_page(next);
        CHECK_FALSE(value<bool>(first, "HeaderIsOn")); // no page number on page 1
        CHECK(value<bool>(next, "HeaderIsOn"));
        for (const auto& e : decree_fonts) {
            INFO(e.style);
            const auto style = doc.paragraph_style(e.style);
            REQUIRE(style.is());
            check_font(style, e);
        }
        check_header_block(doc);
        const auto body = doc.paragraph_style("VN Đoạn văn");
        CHECK(value<sal_Int32>(body, "ParaFirstLineIndent") == 1270);
        CHECK(value<sal_Int16>(body, "ParaAdjust") == 2); // justified (BLOCK)
    }

    TEST_CASE("seed 000: the .docx reloads with the same text") {
        WriterDoc odt(plan143() / "ke-hoach-143.odt");
        WriterDoc docx(plan143() / "ke-hoach-143.docx");
        // Empty paragraphs aside: Word files carry a page-style change after a table in an
        // empty paragraph of their own.
        const auto without_blank_lines = [](std::string t) {
            std::string out;
            std::size_t start = 0;
            while (start < t.size()) {
                std::size_t end = t.find('\n', start);
                if (end == std::string::npos) end = t.size();
                if (end > start) out += t.substr(start, end - start) + "\n";
                start = end + 1;
            }
            return out;
        };
        const std::string a = without_blank_lines(odt.text()), b = without_blank_lines(docx.text());
        if (a != b) { // kept for a look when it fails
            std::filesystem::create_directories(artefacts);
            std::ofstream(artefacts / "ke-hoach-143.odt.txt") << a;
            std::ofstream(artefacts / "ke-hoach-143.docx.txt") << b;
        }
        CHECK(b == a);
        CHECK(docx.tables().size() == 4);
        // Writer lays out a blank page where an appendix restarts its numbering at 1 after an
        // odd page (it keeps odd pages on the right); PDF export and printing skip it, and Word
        // has none: the .docx is the measure.
        CHECK(docx.page_count() <= odt.page_count());
        CHECK(docx.page_count() >= odt.page_count() - 2);
    }

    TEST_CASE("seed 000: the .docx keeps the decree's page, margins and fonts") {
        WriterDoc docx(plan143() / "ke-hoach-143.docx");
        // The page style of every top-level paragraph, as Word's sections came back.
        std::set<std::string> page_styles, styled;
        for (const auto& p : docx.paragraphs()) {
            page_styles.insert(string_value(p.properties, "PageStyleName"));
            if (const StyleFont* font = decree_font(p.style); font && !p.text.empty()) {
                INFO(p.style, ": ", p.text);
                check_font(p.properties, *font);
                styled.insert(p.style);
            }
        }
        for (const char* style :
             {"VN Loại văn bản", "VN Trích yếu", "VN Đoạn văn", "VN Phụ lục", "VN Kèm theo"}) {
            INFO(style);
            CHECK(styled.count(style) == 1);
        }
        REQUIRE(!page_styles.empty());
        for (const auto& name : page_styles) {
            INFO("page style ", name);
            check_decree_page(docx.page_style(name));
        }
        for (const auto& e : decree_fonts) {
            INFO(e.style);
            const auto style = docx.paragraph_style(e.style);
            REQUIRE(style.is());
            check_font(style, e);
        }
        check_header_block(docx);
    }

    TEST_CASE("seed 000: the PDF is A4 portrait with Times New Roman's metrics, all embedded") {
        const auto pdf = plan143() / "ke-hoach-143.pdf";
        const std::string info = poppler("pdfinfo", {pdf.string()});
        CHECK(contains(info, "Page size:       595.")); // 210 mm wide (595.3 pt)...
        CHECK(contains(info, " x 841.89 pts (A4)"));    // ...297 mm high
        // Debian renders Times New Roman with Liberation Serif (same metrics); a fallback font
        // would mean glyphs missing from it (Vietnamese letters), an unembedded one a PDF that
        // prints differently elsewhere.
        const std::string fonts = poppler("pdffonts", {pdf.string()});
        std::istringstream lines(fonts);
        std::string line;
        std::set<std::string> families;
        int listed = 0;
        while (std::getline(lines, line)) {
            if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
            ++listed;
            std::istringstream words(line);
            std::string name, type;
            words >> name >> type;
            INFO(line);
            const auto plus = name.find('+');
            families.insert(name.substr(plus == std::string::npos ? 0 : plus + 1));
            CHECK(contains(line, " yes yes yes ")); // embedded, subset, with a Unicode map
        }
        CHECK(listed >= 3);
        for (const auto& family : families) {
            INFO(family);
            CHECK(family.rfind("LiberationSerif", 0) == 0);
        }
        CHECK(families.count("LiberationSerif") == 1);
        CHECK(families.count("LiberationSerif-Bold") == 1);
        CHECK(families.count("LiberationSerif-Italic") == 1);
    }

    TEST_CASE("seed 000: the PDF has the expected pages; first page and award appendix as PNG") {
        const auto pdf = plan143() / "ke-hoach-143.pdf";
        WriterDoc docx(plan143() / "ke-hoach-143.docx");
        const int pages = pdf_pages(pdf);
        CHECK(pages == docx.page_count());
        CHECK(pages >= 7);
        CHECK(pages <= 10);
        const std::string first = pdf_page_text(pdf, 1);
        CHECK(contains(first, "Số: 143/KH-UBND"));
        CHECK(contains(first, "KẾ HOẠCH"));
        CHECK(first.find_first_not_of(" \n") == first.find("ỦY BAN")); // no page number on page 1
        CHECK(pdf_page_text(pdf, 2).find_first_not_of(" \n") == pdf_page_text(pdf, 2).find('2'));
        int award_page = 0, talks_page = 0;
        for (int p = 1; p <= pages; ++p) {
            const std::string text = pdf_page_text(pdf, p);
            if (contains(text, "PHÂN CÔNG THAM LUẬN")) talks_page = p;
            if (contains(text, "PHÂN BỔ CHỈ TIÊU KHEN THƯỞNG")) award_page = p;
        }
        CHECK(talks_page > 2);
        REQUIRE(award_page == talks_page + 1);
        // Every page portrait, as published: the talks table (220 mm of columns on its sheet,
        // one long text column) wraps, the award table has 179 mm.
        const auto size = [&](int page) {
            return poppler("pdfinfo",
                           {"-f", std::to_string(page), "-l", std::to_string(page), pdf.string()});
        };
        CHECK(contains(size(talks_page), "595.304 x 841.89"));
        CHECK(contains(size(award_page), "595.304 x 841.89"));
        CHECK(contains(size(talks_page - 1), "595.304 x 841.89"));
        CHECK(award_page + 1 == pages); // the award table runs onto one more page...
        const std::string last = pdf_page_text(pdf, pages);
        CHECK(last.find_first_not_of(" \n") == last.find('2')); // ...numbered 2 within the appendix
        CHECK(contains(last, "Tổng cộng:"));

        std::filesystem::create_directories(artefacts);
        for (const auto& [page, name] :
             {std::pair{1, "ke-hoach-143-trang-1"},
              std::pair{award_page, "ke-hoach-143-phu-luc-khen-thuong"}}) {
            const auto png = artefacts / name;
            poppler("pdftoppm", {"-png", "-r", "100", "-singlefile", "-f", std::to_string(page),
                                 "-l", std::to_string(page), pdf.string(), png.string()});
            CHECK(std::filesystem::file_size(png.string() + ".png") > 20000);
        }
    }

    TEST_CASE("seed 002: two authority lines, one programme appendix without a numeral") {
        const auto out = temp_dir() / "plan3563";
        const RunResult r = run_vnplan({"generate", (examples / "ke-hoach-3563.ods").string(),
                                        "--out", out.string(), "--format", "odt,pdf"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK_FALSE(std::filesystem::exists(out / "ke-hoach-3563.docx"));
        WriterDoc doc(out / "ke-hoach-3563.odt");
        const auto tables = doc.tables();
        REQUIRE(tables.size() == 3);
        CHECK(cell_text(tables[0], "A1") == "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n");
        CHECK(cell_text(tables[0], "B2") == "Quảng Nam, ngày 17 tháng 5 năm 2024");
        CHECK(cell_text(tables[1], "B1") ==
              "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHồ Quang Bửu");
        CHECK(tables[2]->getRows()->getCount() == 14);
        CHECK(cell_text(tables[2], "C2") == "Lãnh đạo Văn phòng UBND tỉnh");
        const auto paragraphs = doc.paragraphs();
        CHECK(std::any_of(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) {
            return p.style == "VN Phụ lục" && p.text == "Phụ lục";
        }));
        CHECK(pdf_pages(out / "ke-hoach-3563.pdf") ==
              doc.page_count()); // one appendix: no blank page
    }
}
