#include "office/common/uno_util.hpp"

#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/uno/Exception.hpp>

namespace vnplan::office {

void set_grid_borders(const Reference<css::table::XCellRange>& range) {
    css::table::BorderLine2 line;
    line.OuterLineWidth = 18;
    line.LineWidth = 18;
    css::table::TableBorder2 border;
    border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
    border.HorizontalLine = border.VerticalLine = line;
    border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid =
        border.IsRightLineValid = border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
    props(range)->setPropertyValue("TableBorder2", Any(border));
}

Message failure_message(std::exception_ptr failure, const FailureTexts& texts) {
    try {
        std::rethrow_exception(failure);
    } catch (const InputError& e) {
        return e.message();
    } catch (const css::uno::Exception& e) {
        if (texts.uno) return *texts.uno;
        const std::string what = to_utf8(e.Message);
        return {"Lỗi: " + what, "Error: " + what};
    } catch (const std::exception& e) {
        return {std::string("Lỗi: ") + e.what(), std::string("Error: ") + e.what()};
    } catch (...) {
        return texts.unknown;
    }
}

} // namespace vnplan::office
