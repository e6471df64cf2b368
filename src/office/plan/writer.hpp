// Rendering a plan document (core/plan/model.hpp) into a Writer document made from a
// template (.ott): placeholders filled, sections repeated or dropped, the body written with
// the template's paragraph styles, appendix tables as real Writer tables (docs/templates.md).
#pragma once

#include "core/plan/model.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>

namespace vnplan::office {

namespace css = com::sun::star;

// How an appendix table's texts and bold rows reach Writer: whole ranges in one transfer.
// bench/plan_bench.cpp derives a cell-by-cell filler from it to measure what that saves.
class TableFiller {
public:
    virtual ~TableFiller() = default;
    virtual void fill(const css::uno::Reference<css::text::XTextTable>& t,
                      const plan::Table& table) const;
    virtual void bold(const css::uno::Reference<css::text::XTextTable>& t, std::size_t first_row,
                      std::size_t last_row, std::size_t columns) const;
};

struct RenderOptions {
    const TableFiller* filler = nullptr; // nullptr: TableFiller itself
    // Only the template's appendix section ({{#each Phụ lục}} to the end): a document of
    // appendices (vnplan appendix); everything before that section is dropped.
    bool appendices_only = false;
};

// Paragraph styles the body and the tables are written with (the default template defines
// them; a template without a body style falls back to "VN Đoạn văn", then to the style of the
// {{Nội dung}} paragraph). Tables use Writer's own table styles, set as the template wants.
const char* body_style(plan::Level level);
inline const char* const table_style = "Table Contents";       // "Nội dung bảng" in Vietnamese
inline const char* const table_header_style = "Table Heading"; // "Tiêu đề bảng"

// A new Writer document from `template_file` (macros never run), filled with `document`, in a
// hidden window when it has tables (store it, or load the stored file to show it; close it
// with detail::close_rendered). InputError when the
// template cannot be opened or names unknown fields.
css::uno::Reference<css::lang::XComponent>
render_plan(const css::uno::Reference<css::uno::XComponentContext>& context,
            const plan::Document& document, const std::filesystem::path& template_file,
            const RenderOptions& options = {});

// "odt" -> "writer8", "docx" -> "MS Word 2007 XML", "pdf" -> "writer_pdf_Export";
// InputError for anything else.
std::string export_filter(const std::string& format);

// Internal to the renderer (plan/tables.cpp).
namespace detail {
// A new document from a template, without a window (plan/open.cpp).
css::uno::Reference<css::lang::XComponent>
open_template(const css::uno::Reference<css::uno::XComponentContext>& context,
              const std::filesystem::path& file);
// Inserts `table` as a Writer table at `where` (before the paragraph it starts), filled, with
// its borders, widths and repeated header rows; the rest waits for format_table.
css::uno::Reference<css::text::XTextTable>
insert_table(const css::uno::Reference<css::lang::XComponent>& document,
             const css::uno::Reference<css::text::XText>& text,
             const css::uno::Reference<css::text::XTextRange>& where, const plan::Table& table,
             const TableFiller& fill);
// Header rows, bold section and total rows, centred columns, merged header cells. Writer 7.4
// formats cell ranges only in a document that has a layout (a window, hidden or not).
void format_table(const css::uno::Reference<css::text::XTextTable>& t, const plan::Table& table,
                  const TableFiller& fill);
// Gives a document made without a window a hidden one (and so a layout).
void give_view(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::lang::XComponent>& document);
// Closes a rendered document and the hidden window give_view gave it; never throws.
void close_rendered(const css::uno::Reference<css::lang::XComponent>& document) noexcept;
// Adds the landscape page styles "VN Trang ngang đầu" and "VN Trang ngang" (page numbers as
// in "VN Trang") unless the document has them (plan/appendix_pages.cpp).
void add_landscape_pages(const css::uno::Reference<css::lang::XComponent>& document);
inline const char* const landscape_first_page = "VN Trang ngang đầu";
// Cells of a copied table as the clerk formatted them (table.looks), before merging.
void apply_looks(const css::uno::Reference<css::text::XTextTable>& t, const plan::Table& table);
// Repeats the template rows of `table` that name a data table ({{Bảng.Cột}}).
void repeat_rows(const css::uno::Reference<css::text::XTextTable>& table,
                 const plan::Bindings& bindings);
// "A1"-style name of a Writer table cell (columns A..Z, then a..z as Writer names them).
std::string cell_name(std::size_t column, std::size_t row);
} // namespace detail

} // namespace vnplan::office
