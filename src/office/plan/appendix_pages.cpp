// Landscape appendix pages and the clerk's own cell formatting in copied appendix tables.
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/XTextContent.hpp>

namespace vnplan::office::detail {

namespace {

// A copy of page style `from` turned landscape: the same margins and page-number header.
void add_landscape(const Reference<css::lang::XMultiServiceFactory>& factory,
                   const Reference<css::container::XNameContainer>& pages, const char* from,
                   const char* name, const char* follow) {
    // A clerk's template may lack the default template's page styles: start from Writer's own.
    auto portrait =
        props(pages->getByName(pages->hasByName(to_ou(from)) ? to_ou(from) : to_ou("Standard")));
    Reference<css::uno::XInterface> style(factory->createInstance("com.sun.star.style.PageStyle"));
    pages->insertByName(to_ou(name), Any(style));
    auto landscape = props(style);
    for (const char* p : {"LeftMargin", "RightMargin", "TopMargin", "BottomMargin", "HeaderIsOn"})
        landscape->setPropertyValue(rtl::OUString::createFromAscii(p),
                                    portrait->getPropertyValue(rtl::OUString::createFromAscii(p)));
    landscape->setPropertyValue("IsLandscape", Any(true));
    landscape->setPropertyValue("Width", portrait->getPropertyValue("Height"));
    landscape->setPropertyValue("Height", portrait->getPropertyValue("Width"));
    landscape->setPropertyValue("FollowStyle", Any(to_ou(follow)));
    bool header = false;
    portrait->getPropertyValue("HeaderIsOn") >>= header;
    if (!header) return;
    for (const char* p : {"HeaderHeight", "HeaderBodyDistance", "HeaderIsDynamicHeight"})
        landscape->setPropertyValue(rtl::OUString::createFromAscii(p),
                                    portrait->getPropertyValue(rtl::OUString::createFromAscii(p)));
    Reference<css::text::XText> text(landscape->getPropertyValue("HeaderText"), UNO_QUERY_THROW);
    try {
        props(text->getStart())->setPropertyValue("ParaStyleName", Any(to_ou("VN Số trang")));
    } catch (const css::lang::IllegalArgumentException&) { // a template without the style
        props(text->getStart())
            ->setPropertyValue("ParaAdjust",
                               Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_CENTER)));
    }
    Reference<css::text::XTextContent> number(
        factory->createInstance("com.sun.star.text.TextField.PageNumber"), UNO_QUERY_THROW);
    props(number)->setPropertyValue("NumberingType", Any(css::style::NumberingType::ARABIC));
    props(number)->setPropertyValue("SubType", Any(css::text::PageNumberType_CURRENT));
    text->insertTextContent(text->getEnd(), number, false);
}

} // namespace

void add_landscape_pages(const Reference<css::lang::XComponent>& document) {
    Reference<css::container::XNameContainer> pages(
        Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        UNO_QUERY_THROW);
    if (pages->hasByName(to_ou(landscape_first_page))) return;
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    add_landscape(factory, pages, "VN Trang", "VN Trang ngang", "VN Trang ngang");
    add_landscape(factory, pages, "VN Trang đầu", landscape_first_page, "VN Trang ngang");
}

void apply_looks(const Reference<css::text::XTextTable>& t, const plan::Table& table) {
    using css::style::ParagraphAdjust;
    for (std::size_t r = 0; r < table.looks.size() && r < table.cells.size(); ++r)
        for (std::size_t c = 0; c < table.looks[r].size() && c < table.columns(); ++c) {
            const plan::CellLook& look = table.looks[r][c];
            // Header rows are bold by their style: a header cell the clerk left plain stays so.
            const bool set_weight = look.bold || r < table.header_rows;
            if (!set_weight && !look.italic && !look.align) continue;
            // A range of one cell: Writer's cell ranges take character and paragraph properties.
            auto cell = props(
                Reference<css::table::XCellRange>(t, UNO_QUERY_THROW)
                    ->getCellRangeByPosition(static_cast<sal_Int32>(c), static_cast<sal_Int32>(r),
                                             static_cast<sal_Int32>(c), static_cast<sal_Int32>(r)));
            if (set_weight)
                cell->setPropertyValue("CharWeight", Any(look.bold ? css::awt::FontWeight::BOLD
                                                                   : css::awt::FontWeight::NORMAL));
            if (look.italic) cell->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
            if (look.align) {
                const ParagraphAdjust adjust =
                    *look.align == plan::Align::center    ? ParagraphAdjust::ParagraphAdjust_CENTER
                    : *look.align == plan::Align::right   ? ParagraphAdjust::ParagraphAdjust_RIGHT
                    : *look.align == plan::Align::justify ? ParagraphAdjust::ParagraphAdjust_BLOCK
                                                          : ParagraphAdjust::ParagraphAdjust_LEFT;
                cell->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(adjust)));
            }
        }
}

} // namespace vnplan::office::detail
