// The clerk's workbook (docs/plan-workbook.md): a sheet "Thông tin" of label/value rows, a
// sheet "Nội dung" with one row per paragraph, and one sheet per appendix ("Phụ lục ...").
// The office layer reads sheets through WorkbookSource; everything else happens here.
#pragma once

#include "core/common/grid.hpp"
#include "core/plan/model.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::plan {

// What the generator needs from a spreadsheet; the office layer implements it over UNO,
// tests over TSV files. Numbers that Calc shows as dates arrive as text "dd/mm/yyyy".
class WorkbookSource {
public:
    virtual ~WorkbookSource() = default;
    virtual std::vector<std::string> sheet_names() const = 0;
    // The used area of a sheet (from A1); an empty grid for an empty sheet.
    virtual Grid sheet(const std::string& name) const = 0;
    // A range such as "A4:E40" of a sheet; InputError when it is not a valid range.
    virtual Grid range(const std::string& sheet, const std::string& range) const = 0;
    // Widths (any unit) of `count` sheet columns from `first`; empty when unknown.
    virtual std::vector<double> column_widths(const std::string& sheet, int first,
                                              int count) const {
        (void)sheet, (void)first, (void)count;
        return {};
    }
};

// One "Thông tin" row (or a label with continuation rows under it).
struct InfoField {
    std::string label;               // as written
    std::string key;                 // vntext::fold_loose(label)
    std::vector<std::string> values; // one per line / continuation row
    int row = 0;                     // 0-based sheet row of the label
};

struct AppendixSource {
    std::string sheet;
    std::map<std::string, std::string> fields; // "tieu de" -> ..., from the label rows
    Grid table;                                // the table itself, header rows first
    std::vector<double> widths;                // sheet column widths, when known
};

struct Workbook {
    std::string info_sheet = "Thông tin";
    std::vector<InfoField> info;
    std::string body_sheet;
    Grid body;
    std::vector<AppendixSource> appendices;

    const InfoField* field(const std::string& key) const;
};

// Names of the sheets the generator looks for (matched with vntext::fold_loose).
inline const char* const info_sheet_name = "Thông tin";
inline const char* const body_sheet_name = "Nội dung";

// Whether a workbook with these sheets is a plan workbook: it has both "Thông tin" and
// "Nội dung" (vnplan verify then checks the body's figures too).
bool is_plan_workbook(const std::vector<std::string>& sheet_names);

// Reads the workbook; InputError (bilingual, naming the sheet and cell) when it cannot be
// used: no "Thông tin" sheet, an appendix sheet without a table, ...
Workbook read_workbook(const WorkbookSource& source);

// "Sheet!A4:E40", "$'Sheet'.A4:E40" -> {"Sheet", "A4:E40"}; a bare name -> {name, ""}.
std::pair<std::string, std::string> split_reference(const std::string& text);

// Extra fields of one document of a batch (--each): column header -> value.
using Row = std::vector<std::pair<std::string, std::string>>;

struct MakeOptions {
    Lang lang = Lang::vi;
};

// The document for the workbook (and one batch row): fields bound, numbering applied,
// appendix tables with subtotals and the grand total computed by the award core.
Document make_document(const Workbook& workbook, const Row& row = {}, const MakeOptions& = {});

// ---- Batch (--each) ----

struct Batch {
    std::vector<std::string> headers; // column headers as written
    std::vector<Row> rows;            // one per non-blank data row
    std::vector<int> sheet_rows;      // 0-based sheet row of each
};

// The first non-blank row of `grid` holds the headers; every later non-blank row is a record.
Batch read_batch(const Grid& grid);

// A file name stem for `row` from its column `column` (a header, matched with vntext::fold_loose;
// empty: the first column), made safe for every file system; InputError when there is no such
// column.
std::string file_stem(const Batch& batch, std::size_t row, const std::string& column);

} // namespace vnplan::plan
