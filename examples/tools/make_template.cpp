// Builds the default plan template extension/templates/ke-hoach.ott through a headless
// LibreOffice: the layout of Nghị định 30/2020 (A4, margins 20/20/30/15 mm, Times New Roman,
// the two-column header block, signature block, appendices, page numbers from page 2) as
// named styles, and the placeholders of docs/templates.md. Run: vnplan_make_template FILE.ott
#include "doc_builder.hpp"
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/VertOrientation.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace {

// 1/100 mm and points.
constexpr sal_Int32 mm(double v) {
    return static_cast<sal_Int32>(v * 100 + 0.5);
}
constexpr sal_Int32 pt(double v) {
    return static_cast<sal_Int32>(v * 2540.0 / 72.0 + 0.5);
}

constexpr sal_Int32 text_width = 21000 - mm(30) - mm(15); // A4 less the left and right margins

const char* const font = "Times New Roman";

template <class T> Reference<css::text::XTextRange> range(const Reference<T>& x) {
    return Reference<css::text::XTextRange>(x, UNO_QUERY_THROW);
}

struct Para {
    const char* name;
    const char* parent = "VN Văn bản";
    float size = 14;
    bool bold = false, italic = false;
    css::style::ParagraphAdjust adjust = css::style::ParagraphAdjust_LEFT;
    sal_Int32 first_line = 0, left = 0, right = 0, above = 0, below = 0;
    bool keep_with_next = false;
};

class Builder {
public:
    explicit Builder(const Reference<css::lang::XComponent>& doc)
        : doc_(doc), factory_(doc, UNO_QUERY_THROW) {
        Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
        paragraph_styles_.set(families->getStyleFamilies()->getByName("ParagraphStyles"),
                              UNO_QUERY_THROW);
        page_styles_.set(families->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
        text_ = Reference<css::text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
        cursor_ = text_->createTextCursor();
    }

    void base_styles() {
        // Everything descends from Times New Roman 14 in Vietnamese (the language matters to
        // the spelling checker and to hyphenation).
        css::lang::Locale vi;
        vi.Language = "vi";
        vi.Country = "VN";
        for (const char* name : {"Standard"}) {
            auto p = props(paragraph_styles_->getByName(to_ou(name)));
            p->setPropertyValue("CharFontName", Any(to_ou(font)));
            p->setPropertyValue("CharHeight", Any(14.0f));
            p->setPropertyValue("CharLocale", Any(vi));
        }
        style({"VN Văn bản", "Standard"});
        // Header block (Phụ lục I of the decree, items 1-5).
        style({"VN Cơ quan chủ quản", "VN Văn bản", 13, false, false,
               css::style::ParagraphAdjust_CENTER});
        style({"VN Cơ quan ban hành", "VN Văn bản", 13, true, false,
               css::style::ParagraphAdjust_CENTER});
        style({"VN Số ký hiệu", "VN Văn bản", 13, false, false, css::style::ParagraphAdjust_CENTER,
               0, 0, 0, pt(4)});
        style({"VN Quốc hiệu", "VN Văn bản", 12, true, false, css::style::ParagraphAdjust_CENTER});
        style({"VN Tiêu ngữ", "VN Văn bản", 13, true, false, css::style::ParagraphAdjust_CENTER});
        style({"VN Địa danh ngày", "VN Văn bản", 14, false, true,
               css::style::ParagraphAdjust_CENTER, 0, 0, 0, pt(4)});
        // Short rules as paragraphs with a top border; their length is set by the indents.
        rule_style("VN Gạch dưới cơ quan", mm(22));
        rule_style("VN Gạch dưới tiêu ngữ", mm(18.5));
        rule_style("VN Gạch dưới trích yếu", (text_width - mm(40)) / 2);
        // Title and body.
        style({"VN Loại văn bản", "VN Văn bản", 14, true, false, css::style::ParagraphAdjust_CENTER,
               0, 0, 0, pt(18), 0, true});
        style({"VN Trích yếu", "VN Văn bản", 14, true, false, css::style::ParagraphAdjust_CENTER, 0,
               0, 0, 0, 0, true});
        style({"VN Đoạn văn", "VN Văn bản", 14, false, false, css::style::ParagraphAdjust_BLOCK,
               mm(12.7), 0, 0, pt(3), pt(3)});
        line_spacing("VN Đoạn văn", 115);
        style({"VN Phần", "VN Đoạn văn", 14, false, false, css::style::ParagraphAdjust_BLOCK,
               mm(12.7), 0, 0, pt(6), pt(3), true});
        style({"VN Mục", "VN Đoạn văn", 14, false, false, css::style::ParagraphAdjust_BLOCK,
               mm(12.7), 0, 0, pt(3), pt(3), true});
        style({"VN Điểm", "VN Đoạn văn", 14, false, false, css::style::ParagraphAdjust_BLOCK,
               mm(12.7)});
        style({"VN Gạch đầu dòng", "VN Đoạn văn", 14, false, false,
               css::style::ParagraphAdjust_BLOCK, mm(12.7)});
        style({"VN Gạch cộng", "VN Đoạn văn", 14, false, false, css::style::ParagraphAdjust_BLOCK,
               mm(12.7)});
        style({"VN Căn cứ", "VN Đoạn văn", 14, false, true, css::style::ParagraphAdjust_BLOCK,
               mm(12.7)});
        // Signature block and recipients (items 7-9).
        style({"VN Nơi nhận", "VN Văn bản", 12, true, true, css::style::ParagraphAdjust_LEFT, 0, 0,
               0, pt(6)});
        style({"VN Danh sách nơi nhận", "VN Văn bản", 11});
        style({"VN Thẩm quyền ký", "VN Văn bản", 14, true, false,
               css::style::ParagraphAdjust_CENTER, 0, 0, 0, 0});
        style({"VN Người ký", "VN Văn bản", 14, true, false, css::style::ParagraphAdjust_CENTER, 0,
               0, 0, mm(24)});
        // Appendices: each starts a page with its own numbering.
        style({"VN Phụ lục", "VN Văn bản", 14, true, false, css::style::ParagraphAdjust_CENTER, 0,
               0, 0, 0, 0, true});
        auto appendix = props(paragraph_styles_->getByName(to_ou("VN Phụ lục")));
        appendix->setPropertyValue("PageDescName", Any(to_ou("VN Trang đầu")));
        appendix->setPropertyValue("PageNumberOffset", Any(sal_Int16(1)));
        style({"VN Tiêu đề phụ lục", "VN Văn bản", 14, true, false,
               css::style::ParagraphAdjust_CENTER, 0, 0, 0, 0, 0, true});
        style({"VN Dòng dưới tiêu đề", "VN Văn bản", 14, true, false,
               css::style::ParagraphAdjust_CENTER, 0, 0, 0, 0, 0, true});
        style({"VN Kèm theo", "VN Văn bản", 14, false, true, css::style::ParagraphAdjust_CENTER, 0,
               0, 0, 0, 0, true});
        // Writer's own styles of table cells (new tables use them): "Nội dung bảng", "Tiêu đề
        // bảng".
        style({"Table Contents", "VN Văn bản", 13, false, false, css::style::ParagraphAdjust_LEFT,
               0, 0, 0, pt(2), pt(2)});
        style({"Table Heading", "Table Contents", 13, true, false,
               css::style::ParagraphAdjust_CENTER, 0, 0, 0, pt(2), pt(2)});
        style({"VN Số trang", "VN Văn bản", 13, false, false, css::style::ParagraphAdjust_CENTER});
        style({"VN Cách dòng", "VN Văn bản", 6, false, false, css::style::ParagraphAdjust_LEFT, 0,
               0, 0, pt(6)});
    }

    void page_styles() {
        // First page: no page number. Following pages: the number centred in the top margin.
        auto first = new_page_style("VN Trang đầu");
        auto next = new_page_style("VN Trang");
        first->setPropertyValue("FollowStyle", Any(to_ou("VN Trang")));
        first->setPropertyValue("TopMargin", Any(mm(20)));
        next->setPropertyValue("TopMargin", Any(mm(8)));
        next->setPropertyValue("HeaderIsOn", Any(true));
        next->setPropertyValue("HeaderIsDynamicHeight", Any(false));
        next->setPropertyValue("HeaderHeight", Any(mm(12))); // body starts 20 mm from the top
        next->setPropertyValue("HeaderBodyDistance", Any(mm(5)));
    }

    // The page number in the header of the following pages (needs the paragraph styles).
    void page_number() {
        auto next = props(page_styles_->getByName(to_ou("VN Trang")));
        Reference<css::text::XText> header(next->getPropertyValue("HeaderText"), UNO_QUERY_THROW);
        auto c = header->createTextCursor();
        props(c)->setPropertyValue("ParaStyleName", Any(to_ou("VN Số trang")));
        Reference<css::text::XTextContent> number(
            factory_->createInstance("com.sun.star.text.TextField.PageNumber"), UNO_QUERY_THROW);
        props(number)->setPropertyValue("NumberingType", Any(css::style::NumberingType::ARABIC));
        props(number)->setPropertyValue("SubType", Any(css::text::PageNumberType_CURRENT));
        header->insertTextContent(range(c), number, false);
    }

    // The document: header block, title, body marker, signature block, appendices.
    void content() {
        auto header = table(2, 2, {mm(65)});
        props(header)->setPropertyValue("PageDescName", Any(to_ou("VN Trang đầu")));
        cell(header, "A1",
             {{"{{#if Cơ quan chủ quản}}", "VN Cơ quan chủ quản"},
              {"{{Cơ quan chủ quản}}", "VN Cơ quan chủ quản"},
              {"{{/if}}", "VN Cơ quan chủ quản"},
              {"{{Cơ quan ban hành}}", "VN Cơ quan ban hành"},
              {"", "VN Gạch dưới cơ quan"}});
        cell(header, "B1",
             {{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VN Quốc hiệu"},
              {"Độc lập - Tự do - Hạnh phúc", "VN Tiêu ngữ"},
              {"", "VN Gạch dưới tiêu ngữ"}});
        cell(header, "A2", {{"Số: {{Số ký hiệu}}", "VN Số ký hiệu"}});
        cell(header, "B2", {{"{{Địa danh và ngày}}", "VN Địa danh ngày"}});

        paragraph("{{Loại văn bản}}", "VN Loại văn bản");
        paragraph("{{Trích yếu}}", "VN Trích yếu");
        paragraph("", "VN Gạch dưới trích yếu");
        paragraph("{{Nội dung}}", "VN Đoạn văn");

        auto signature = table(1, 2, {mm(72)});
        props(signature)->setPropertyValue("TopMargin", Any(pt(6)));
        cell(signature, "A1",
             {{"Nơi nhận:", "VN Nơi nhận"}, {"- {{Nơi nhận}}", "VN Danh sách nơi nhận"}});
        cell(signature, "B1",
             {{"{{Thẩm quyền ký}}", "VN Thẩm quyền ký"},
              {"{{Chức vụ người ký}}", "VN Thẩm quyền ký"},
              {"{{Người ký}}", "VN Người ký"}});

        paragraph("{{#each Phụ lục}}", "VN Văn bản");
        paragraph("Phụ lục {{Phụ lục.Số}}", "VN Phụ lục");
        paragraph("{{Phụ lục.Tiêu đề}}", "VN Tiêu đề phụ lục");
        paragraph("{{#if Phụ lục.Tiêu đề phụ}}", "VN Văn bản");
        paragraph("{{Phụ lục.Tiêu đề phụ}}", "VN Dòng dưới tiêu đề");
        paragraph("{{/if}}", "VN Văn bản");
        paragraph("{{#if Phụ lục.Kèm theo}}", "VN Văn bản");
        paragraph("{{Phụ lục.Kèm theo}}", "VN Kèm theo");
        paragraph("", "VN Gạch dưới trích yếu");
        paragraph("{{/if}}", "VN Văn bản");
        paragraph("", "VN Cách dòng");
        paragraph("{{Phụ lục.Bảng}}", "VN Văn bản");
        paragraph("{{/each}}", "VN Văn bản");
    }

    void properties() {
        Reference<css::document::XDocumentPropertiesSupplier> s(doc_, UNO_QUERY_THROW);
        auto p = s->getDocumentProperties();
        p->setTitle(to_ou("Kế hoạch - mẫu theo Nghị định 30/2020/NĐ-CP"));
        p->setDescription(to_ou("Mẫu văn bản của vnplan. Trường {{...}}, khối {{#each}}/{{#if}}: "
                                "xem docs/templates.md."));
        p->setGenerator(to_ou("vnplan"));
    }

private:
    void style(const Para& s) {
        Reference<css::style::XStyle> st(
            factory_->createInstance("com.sun.star.style.ParagraphStyle"), UNO_QUERY_THROW);
        if (!paragraph_styles_->hasByName(to_ou(s.name)))
            paragraph_styles_->insertByName(to_ou(s.name), Any(st));
        auto p = props(paragraph_styles_->getByName(to_ou(s.name)));
        if (std::string(s.name) != s.parent)
            Reference<css::style::XStyle>(p, UNO_QUERY_THROW)->setParentStyle(to_ou(s.parent));
        p->setPropertyValue("CharFontName", Any(to_ou(font)));
        p->setPropertyValue("CharHeight", Any(s.size));
        p->setPropertyValue(
            "CharWeight", Any(s.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL));
        p->setPropertyValue("CharPosture",
                            Any(s.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE));
        p->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(s.adjust)));
        p->setPropertyValue("ParaFirstLineIndent", Any(s.first_line));
        p->setPropertyValue("ParaLeftMargin", Any(s.left));
        p->setPropertyValue("ParaRightMargin", Any(s.right));
        p->setPropertyValue("ParaTopMargin", Any(s.above));
        p->setPropertyValue("ParaBottomMargin", Any(s.below));
        p->setPropertyValue("ParaKeepTogether", Any(s.keep_with_next));
        // Justified last lines stay left; Vietnamese syllables are not hyphenated.
        p->setPropertyValue("ParaIsHyphenation", Any(false));
    }

    void line_spacing(const char* name, sal_Int16 percent) {
        css::style::LineSpacing spacing;
        spacing.Mode = css::style::LineSpacingMode::PROP;
        spacing.Height = percent;
        props(paragraph_styles_->getByName(to_ou(name)))
            ->setPropertyValue("ParaLineSpacing", Any(spacing));
    }

    // A short rule under the line above: an empty paragraph in a tiny font whose bottom
    // border is the rule (a top border would be drawn over the descenders above).
    void rule_style(const char* name, sal_Int32 indent) {
        style({name, "VN Văn bản", 3, false, false, css::style::ParagraphAdjust_CENTER, 0, indent,
               indent, 0, pt(4)});
        css::table::BorderLine2 line;
        line.Color = 0;
        line.LineStyle = css::table::BorderLineStyle::SOLID;
        line.LineWidth = 18; // 0.5 pt
        line.OuterLineWidth = 18;
        auto p = props(paragraph_styles_->getByName(to_ou(name)));
        p->setPropertyValue("BottomBorder", Any(line));
        p->setPropertyValue("BottomBorderDistance", Any(sal_Int32(0)));
    }

    Reference<css::beans::XPropertySet> new_page_style(const char* name) {
        Reference<css::style::XStyle> st(factory_->createInstance("com.sun.star.style.PageStyle"),
                                         UNO_QUERY_THROW);
        page_styles_->insertByName(to_ou(name), Any(st));
        auto p = props(page_styles_->getByName(to_ou(name)));
        p->setPropertyValue("Width", Any(sal_Int32(21000)));
        p->setPropertyValue("Height", Any(sal_Int32(29700)));
        p->setPropertyValue("LeftMargin", Any(mm(30)));
        p->setPropertyValue("RightMargin", Any(mm(15)));
        p->setPropertyValue("BottomMargin", Any(mm(20)));
        return p;
    }

    // A borderless table at the end of the text; `separators` are the column borders (1/100
    // mm from the left of the text area).
    Reference<css::text::XTextTable> table(sal_Int32 rows, sal_Int32 columns,
                                           const std::vector<sal_Int32>& separators) {
        Reference<css::text::XTextTable> t(factory_->createInstance("com.sun.star.text.TextTable"),
                                           UNO_QUERY_THROW);
        t->initialize(rows, columns);
        cursor_->gotoEnd(false);
        text_->insertTextContent(range(cursor_),
                                 Reference<css::text::XTextContent>(t, UNO_QUERY_THROW), false);
        fresh_paragraph_ = true;
        auto p = props(t);
        css::table::TableBorder2 none;
        none.IsTopLineValid = none.IsBottomLineValid = none.IsLeftLineValid =
            none.IsRightLineValid = none.IsHorizontalLineValid = none.IsVerticalLineValid = true;
        p->setPropertyValue("TableBorder2", Any(none));
        css::uno::Sequence<css::text::TableColumnSeparator> seps(
            static_cast<sal_Int32>(separators.size()));
        const sal_Int16 sum = 10000;
        for (std::size_t i = 0; i < separators.size(); ++i) {
            seps[static_cast<sal_Int32>(i)].Position =
                static_cast<sal_Int16>(static_cast<double>(separators[i]) * sum / text_width);
            seps[static_cast<sal_Int32>(i)].IsVisible = true;
        }
        // Column borders are row properties in Writer: set them on every row.
        auto rows_access = t->getRows();
        for (sal_Int32 r = 0; r < rows; ++r)
            props(rows_access->getByIndex(r))->setPropertyValue("TableColumnSeparators", Any(seps));
        return t;
    }

    void cell(const Reference<css::text::XTextTable>& t, const char* name,
              const std::vector<std::pair<std::string, std::string>>& paragraphs) {
        Reference<css::text::XText> text(t->getCellByName(to_ou(name)), UNO_QUERY_THROW);
        auto c = text->createTextCursor();
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                text->insertControlCharacter(range(c), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                             false);
            props(c)->setPropertyValue("ParaStyleName", Any(to_ou(paragraphs[i].second)));
            text->insertString(range(c), to_ou(paragraphs[i].first), false);
        }
        props(t->getCellByName(to_ou(name)))
            ->setPropertyValue("VertOrient", Any(css::text::VertOrientation::TOP));
    }

    void paragraph(const std::string& text, const char* style_name) {
        cursor_->gotoEnd(false);
        // After a table Writer keeps an empty paragraph: use it rather than add one.
        if (!fresh_paragraph_)
            text_->insertControlCharacter(range(cursor_),
                                          css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        fresh_paragraph_ = false;
        props(cursor_)->setPropertyValue("ParaStyleName", Any(to_ou(style_name)));
        text_->insertString(range(cursor_), to_ou(text), false);
    }

    Reference<css::lang::XComponent> doc_;
    Reference<css::lang::XMultiServiceFactory> factory_;
    Reference<css::container::XNameContainer> paragraph_styles_, page_styles_;
    Reference<css::text::XText> text_;
    Reference<css::text::XTextCursor> cursor_;
    bool fresh_paragraph_ = true;
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: vnplan_make_template OUT.ott\n";
        return 2;
    }
    const std::filesystem::path out = argv[1];
    return vnplan::tools::run_tool("make_template", [&]() -> int {
        auto office = vnplan::office::OfficeProcess::start();
        auto doc = vnplan::office::new_document(office->desktop(), "swriter");
        Builder builder(doc);
        builder.page_styles();
        builder.base_styles();
        builder.page_number();
        builder.content();
        builder.properties();
        vnplan::office::store_document(doc, out, "writer8_template", true);
        vnplan::office::close_document(doc);
        std::cout << "wrote " << out.string() << '\n';
        return 0;
    });
}
