// What the result sheets of "Xếp hạng chỉ số" share: number formats in the document's
// locale, the header style, names for new sheets and charts, chart ranges.
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/internal.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

namespace vnplan::office::detail {

Formats::Formats(const Reference<css::sheet::XSpreadsheetDocument>& document)
    : formats_(Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)
                   ->getNumberFormats()) {
    props(document)->getPropertyValue("CharLocale") >>= locale_;
}

sal_Int32 Formats::decimals(int places) {
    const rtl::OUString code =
        formats_->generateFormat(0, locale_, false, false, static_cast<sal_Int16>(places), 1);
    return key(code);
}

sal_Int32 Formats::key(const rtl::OUString& code) {
    const sal_Int32 found = formats_->queryKey(code, locale_, false);
    return found >= 0 ? found : formats_->addNew(code, locale_);
}

void header_style(const Reference<css::table::XCellRange>& range) {
    auto p = props(range);
    p->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    p->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    p->setPropertyValue("IsTextWrapped", Any(true));
    p->setPropertyValue("CellBackColor", Any(sal_Int32(0xDDEBF7)));
}

// Calc refuses a chart whose name any chart of the document already has.
std::string unique_chart_name(const Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& base) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    auto taken = [&](const std::string& name) {
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
            Reference<css::table::XTableChartsSupplier> charts(sheets->getByIndex(i), UNO_QUERY);
            if (charts.is() && charts->getCharts()->hasByName(to_ou(name))) return true;
        }
        return false;
    };
    if (!taken(base)) return base;
    for (int i = 2;; ++i)
        if (!taken(base + " (" + std::to_string(i) + ")"))
            return base + " (" + std::to_string(i) + ")";
}

void check_new_sheet_name(const Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::string& name) {
    if (name.empty() || name.front() == '\'' || name.back() == '\'' ||
        name.find_first_of("[]*?:/\\") != std::string::npos)
        throw InputError(
            {"Tên trang kết quả \"" + name +
                 "\" không hợp lệ (không để trống, không có các ký tự [ ] * ? : / \\).",
             "The result sheet name \"" + name +
                 "\" is not valid (not empty, none of [ ] * ? : / \\)."});
    if (document->getSheets()->hasByName(to_ou(name)))
        throw InputError(
            {"Đã có trang tính \"" + name + "\"; hãy đặt tên khác cho trang kết quả.",
             "A sheet named \"" + name + "\" exists; choose another result sheet name."});
}

css::table::CellRangeAddress cells(sal_Int16 sheet, sal_Int32 column, sal_Int32 first_row,
                                   sal_Int32 last_row, sal_Int32 last_column) {
    css::table::CellRangeAddress a;
    a.Sheet = sheet;
    a.StartColumn = column;
    a.EndColumn = last_column < 0 ? column : last_column;
    a.StartRow = first_row;
    a.EndRow = last_row;
    return a;
}

} // namespace vnplan::office::detail
