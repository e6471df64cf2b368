// Internal parts of make_document, exposed for the unit tests.
#pragma once

#include "core/plan/model.hpp"
#include "core/plan/workbook.hpp"

#include <string_view>
#include <vector>

namespace vnplan::plan {

// The "Nội dung" sheet as paragraphs, numbered, placeholders bound.
std::vector<Paragraph> read_body(const Workbook& book, const Bindings& bindings);

// Text with **bold** and *italic* marks as runs (unpaired marks stay as written).
std::vector<Run> markup_runs(std::string_view text, bool bold = false, bool italic = false);

// The appendices with their tables (award tables checked and totalled by the award core).
std::vector<Appendix> read_appendices(const Workbook& book, const Header& header,
                                      const Bindings& bindings, Lang lang);

// Award table: the sheet's rows with section subtotals and the total computed; a total row is
// added when the sheet has none.
Table award_table(const Grid& grid, const awards::Verification& verification);
// Any other table: `header_rows` header rows, then the rows as written.
Table plain_table(const Grid& grid, std::size_t header_rows);

// The award reading of an appendix table when it is one: `kind` is the folded "Loại bảng"
// ("" = find out; "khen thuong ..." or "phan bo" = must be one, InputError otherwise).
std::optional<awards::Verification> award_reading(const Grid& grid, const std::string& kind);

// Binds the "Phụ lục" loop and the appendices' tables of a document (its template fields).
void bind_appendices(Document& document);

// Whether a table of these sheet column widths (1/100 mm) needs a landscape page: wider than
// 200 mm, about 1.2 times a portrait page's text area (A4, margins 30 + 15 mm: 165 mm).
// Narrower tables fit portrait with their columns scaled down, as published plans print them
// (the 179 and 185 mm tables of Kế hoạch 143/KH-UBND are portrait appendices).
bool too_wide_for_portrait(const std::vector<double>& widths);
// The "Hướng trang" field of an appendix sheet: "ngang" -> true, "dọc" -> false, "" -> nullopt.
std::optional<bool> landscape_label(const std::string& value);

// "STT", "TT", "Số thứ tự": the header of a row-number column.
bool is_number_header(const std::string& text);

// Header cells spanning the empty cells right of or under them (docs/plan-workbook.md).
std::vector<Merge> header_merges(const std::vector<std::vector<std::string>>& cells,
                                 std::size_t header_rows);

// Relative widths: the sheet's own when it sets them, else from the text lengths.
std::vector<double> column_widths(const Table& table, const std::vector<double>& sheet_widths);

} // namespace vnplan::plan
