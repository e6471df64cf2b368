// The plan document (Kế hoạch, Thông báo, ...) as the generator sees it: header fields,
// numbered body paragraphs and appendices with tables, in the terms of Nghị định 30/2020.
#pragma once

#include "core/awards/verify.hpp"
#include "core/plan/binding.hpp"
#include "core/vntext/vntext.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::plan {

// A piece of text with its own emphasis.
struct Run {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool operator==(const Run&) const = default;
};

// Body paragraph kinds: numbered parts (I.), items (1.), points (a)), bullets "-" and "+",
// plain paragraphs and legal bases (căn cứ, italic).
enum class Level { part, item, point, bullet, sub_bullet, paragraph, basis };

struct Paragraph {
    Level level = Level::paragraph;
    std::vector<Run> runs;  // the number and heading included: {"1. Thời gian:", bold}, {" ..."}
    int source_row = -1;    // 0-based row of the "Nội dung" sheet
    int source_column = -1; // 0-based column of its text there (for messages: "D12")
    std::string text() const;
};

enum class RowRole { header, section, item, total };
enum class Align { left, center, justify, right };

// A header cell spanning several cells ("Phân bổ" over "Tập thể | Cá nhân").
struct Merge {
    std::size_t row = 0, column = 0, rows = 1, columns = 1;
    bool operator==(const Merge&) const = default;
};

// How the clerk formatted a cell (copied tables): emphasis and, when set, alignment.
struct CellLook {
    bool bold = false, italic = false;
    std::optional<Align> align;
    bool operator==(const CellLook&) const = default;
};

struct Table {
    std::vector<std::vector<std::string>> cells; // rows x columns, header rows first
    std::vector<RowRole> roles;                  // one per row
    std::size_t header_rows = 0;
    std::vector<Merge> merges;                // header cells only
    std::vector<double> widths;               // relative column widths, summing to 1
    std::vector<Align> align;                 // per column, for the rows under the header
    std::vector<std::string> column_names;    // the bottom-most header text of each column
    std::vector<std::vector<CellLook>> looks; // per cell of a copied table; empty: by role
    std::size_t columns() const { return cells.empty() ? 0 : cells.front().size(); }
};

struct Appendix {
    std::string sheet;    // where it came from
    std::string numeral;  // "I", "II", ...; empty when the plan has one appendix only
    std::string title;    // upper case (the decree's rule)
    std::string subtitle; // an optional line under the title
    std::string attached; // "(Kèm theo Kế hoạch số ...)" or empty to leave it out
    Table table;
    std::optional<awards::Verification> award; // for award-quota tables
    int first_row = 0, first_column = 0;       // where the table starts on its sheet (0-based)
    bool landscape = false; // on a landscape page (a wide table), numbering its own pages
};

struct Header {
    // Upper case; the clerk's line breaks kept as '\n' ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM").
    std::string parent_body;  // cơ quan chủ quản, may be empty
    std::string issuing_body; // cơ quan ban hành
    std::string number;       // "143", "05" (leading zero below 10), may be empty in a draft
    std::string symbol;       // "KH-UBND"
    std::string place;        // "Uông Bí"
    std::optional<vntext::CivilDate> date;
    std::string document_type;           // "KẾ HOẠCH"
    std::string abstract;                // trích yếu
    std::string short_body;              // "UBND thành phố" for the "Kèm theo" line
    std::vector<std::string> authority;  // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    std::string signer_title;            // "CHỦ TỊCH"
    std::string signer;                  // "Phạm Tuấn Đạt"
    std::vector<std::string> recipients; // without the leading "- "

    std::string number_and_symbol() const; // "143/KH-UBND"; "    /KH-UBND" without a number
    std::string place_and_date() const;    // "Uông Bí, ngày 03 tháng 4 năm 2024"
    std::string short_date() const;        // "03/4/2024"
    std::string attached_line() const;     // "(Kèm theo Kế hoạch số 143/KH-UBND ngày ...)"
};

struct Document {
    Header header;
    std::vector<Paragraph> body;
    std::vector<Appendix> appendices;
    Bindings bindings;      // what the template's placeholders are filled with
    std::string body_sheet; // the sheet the body came from ("Nội dung")
};

// Award tables whose own subtotals or total disagree with their items (the errors of the
// award check): each appendix concerned with its report lines ("D12: ..."). Generation stops
// on these unless the clerk overrides, and the document then carries the computed figures.
struct TotalsProblem {
    std::size_t appendix = 0;
    std::string sheet;
    std::vector<std::string> lines; // the award report: errors, then warnings
    bool overridable = true;        // false when an item's own count is unreadable
    bool from_text = false;         // the body's figures against the appendices (text_figures.hpp)
};
// The body's stated figures that disagree (text_figures.hpp) come last, as one problem with
// from_text set, `sheet` the body's sheet.
std::vector<TotalsProblem> totals_problems(const Document& document, Lang lang);

} // namespace vnplan::plan
