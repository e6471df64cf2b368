// vnplan verify: the award tables of a workbook (the first one, or every sheet's) and how
// they are reported, as text or JSON.
#pragma once

#include "core/awards/verify.hpp"

#include <boost/json.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace vnplan::cli {

struct FoundTable {
    std::string sheet;
    Grid grid;
    awards::Verification verification;
};

struct TableChoice {
    std::string sheet; // only this sheet ("" = any)
    std::string range; // only this range of each sheet ("" = its used area)
    bool all = false;  // every sheet holding a table, not only the first
};

// The tables `choice` asks for, in sheet order; empty when there is none.
std::vector<FoundTable> find_tables(
    const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument>& document,
    const TableChoice& choice);

// One table as JSON: sheet, range, columns, sections, total, errors, warnings, reading.
boost::json::object table_json(const FoundTable& table, Lang lang);

// One table as text: where it is, its sections and totals, findings, what was read.
void print_table_text(const FoundTable& table, const std::filesystem::path& file, Lang lang);

} // namespace vnplan::cli
