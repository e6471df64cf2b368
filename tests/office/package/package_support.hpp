// What the package tests share: a temporary folder, and a formula computed in a new sheet of
// an office they started themselves (not the fixture's: they test other installations).
#pragma once

#include "office/common/ustring.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <string>

namespace vnplan::test::package {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

struct TempDir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("vnplan-package-" + std::to_string(std::random_device{}()));
    TempDir() { std::filesystem::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The first cell of `calc`'s first sheet after `formula` was put in it; Calc's error checked.
inline Reference<css::table::XCell> computed(const Reference<css::lang::XComponent>& calc,
                                             const std::string& formula) {
    Reference<css::sheet::XSpreadsheetDocument> document(calc, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    Reference<css::table::XCellRange> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
    Reference<css::table::XCell> cell = sheet->getCellByPosition(0, 0);
    cell->setFormula(office::to_ou(formula));
    INFO(formula << " gives Calc error " << cell->getError());
    CHECK(cell->getError() == 0);
    return cell;
}

inline std::string text_of(const Reference<css::table::XCell>& cell) {
    return office::to_utf8(Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString());
}

} // namespace vnplan::test::package
