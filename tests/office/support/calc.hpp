// A Calc document for a test: fill ranges in bulk, set formulas, read results.
#pragma once

#include "core/common/grid.hpp"
#include "office/common/uno_util.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <filesystem>
#include <string>

namespace vnplan::test {

namespace css = com::sun::star;

// The UNO names every office test uses, said once.
using office::Any;
using office::Reference;
using office::Sequence;
using office::UNO_QUERY;
using office::UNO_QUERY_THROW;

class CalcDocument {
public:
    CalcDocument();                                           // a new document
    explicit CalcDocument(const std::filesystem::path& file); // a stored one, editable
    // In a window of a windowed office, as a clerk has it: menu commands and dialogs run.
    struct Shown {};
    CalcDocument(const std::filesystem::path& file, Shown);
    ~CalcDocument();
    CalcDocument(const CalcDocument&) = delete;
    CalcDocument& operator=(const CalcDocument&) = delete;

    void put(const std::string& top_left, const Grid& grid, int sheet_index = 0); // "A1"
    int add_sheet(const std::string& name); // appended after the others; returns its index
    void formula(const std::string& cell, const std::string& formula);
    void array_formula(const std::string& range, const std::string& formula); // "J1:J5"
    void text(const std::string& cell, const std::string& value);
    void recalculate();
    double value(const std::string& cell);
    std::string string(const std::string& cell);
    int error(const std::string& cell); // Calc's error code, 0 for none
    std::string formula_of(const std::string& cell);
    void store(const std::filesystem::path& file, const std::string& filter = "calc8");

    css::uno::Reference<css::sheet::XSpreadsheet> sheet(int index = 0);
    css::uno::Reference<css::lang::XComponent> component() const { return document_; }

private:
    css::uno::Reference<css::table::XCell> cell(const std::string& address);
    css::uno::Reference<css::lang::XComponent> document_;
};

// Calc's error codes as XCell::getError() reports them.
inline constexpr int err_illegal_argument = 502;
inline constexpr int err_no_value = 519; // #VALUE!
inline constexpr int err_no_name = 525;  // #NAME?

std::filesystem::path temp_dir(); // a fresh folder for this test program's files

} // namespace vnplan::test
