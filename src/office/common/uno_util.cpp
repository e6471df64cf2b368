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

Sequence<Sequence<Any>> data_array(const Grid& grid) {
    Sequence<Sequence<Any>> out(static_cast<sal_Int32>(grid.height()));
    for (std::size_t r = 0; r < grid.height(); ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(grid.width()));
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const Cell& cell = grid.at(r, c);
            if (cell.is_number())
                row[static_cast<sal_Int32>(c)] <<= cell.number;
            else
                row[static_cast<sal_Int32>(c)] <<= to_ou(cell.text);
        }
        out[static_cast<sal_Int32>(r)] = row;
    }
    return out;
}

} // namespace vnplan::office
