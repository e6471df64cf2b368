// Rendering a plan document (core/plan/model.hpp) into a Writer document made from a
// template (.ott): placeholders filled, sections repeated or dropped, the body written with
// the template's paragraph styles, appendix tables as real Writer tables (docs/templates.md).
#pragma once

#include "core/plan/model.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <filesystem>
#include <string>

namespace vnplan::office {

namespace css = com::sun::star;

// How appendix tables are filled: in one transfer per table, or cell by cell (the naive way,
// kept for the benchmarks).
enum class TableFill { bulk, per_cell };

struct RenderOptions {
    TableFill fill = TableFill::bulk;
};

// Paragraph styles the body and the tables are written with (the default template defines
// them; a template without a body style falls back to "VN Đoạn văn", then to the style of the
// {{Nội dung}} paragraph). Tables use Writer's own table styles, set as the template wants.
const char* body_style(plan::Level level);
inline const char* const table_style = "Table Contents";       // "Nội dung bảng" in Vietnamese
inline const char* const table_header_style = "Table Heading"; // "Tiêu đề bảng"

// A new hidden Writer document from `template_file` (macros never run), filled with
// `document`. InputError when the template cannot be opened or names unknown fields.
css::uno::Reference<css::lang::XComponent>
render_plan(const css::uno::Reference<css::frame::XDesktop2>& desktop,
            const plan::Document& document, const std::filesystem::path& template_file,
            const RenderOptions& options = {});

// "odt" -> "writer8", "docx" -> "MS Word 2007 XML", "pdf" -> "writer_pdf_Export";
// InputError for anything else.
std::string export_filter(const std::string& format);

// Internal to the renderer (plan_tables.cpp).
namespace detail {
// Inserts `table` as a Writer table at `where` (before the paragraph it starts).
css::uno::Reference<css::text::XTextTable>
insert_table(const css::uno::Reference<css::lang::XComponent>& document,
             const css::uno::Reference<css::text::XText>& text,
             const css::uno::Reference<css::text::XTextRange>& where, const plan::Table& table,
             TableFill fill);
// Repeats the template rows of `table` that name a data table ({{Bảng.Cột}}).
void repeat_rows(const css::uno::Reference<css::text::XTextTable>& table,
                 const plan::Bindings& bindings);
// "A1"-style name of a Writer table cell (columns A..Z, then a..z as Writer names them).
std::string cell_name(std::size_t column, std::size_t row);
} // namespace detail

} // namespace vnplan::office
