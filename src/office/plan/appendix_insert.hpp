// Appendices put into Writer rather than into files (the "Xuất phụ lục" dialog): a new
// untitled document, or an open document at its cursor, where the appendix begins a page of
// its own style (portrait or landscape, numbered from 1) and the text after the cursor goes
// on after it on a page of the style it had. docs/appendix.md.
#pragma once

#include "core/plan/model.hpp"
#include "core/plan/table_region.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

// A new, untitled Writer document in a window showing `appendices` (a document of appendices
// only, from the template's appendix section); the clerk saves it where they want.
css::uno::Reference<css::lang::XComponent>
open_appendices(const css::uno::Reference<css::uno::XComponentContext>& context,
                const plan::Document& appendices, const std::filesystem::path& template_file);

// The Writer documents open in windows, with the titles their windows show.
struct OpenWriter {
    std::string title;
    css::uno::Reference<css::text::XTextDocument> document;
};
std::vector<OpenWriter>
open_writer_documents(const css::uno::Reference<css::uno::XComponentContext>& context);

// How the next appendix of `document` is numbered (its "Phụ lục" headings).
plan::NextAppendix next_appendix_of(const css::uno::Reference<css::text::XTextDocument>& document);

// Inserts `appendices` at the view cursor of `target` (a Writer document with a window), as
// one undo step. An appendix without a numeral in a document that has appendices already gets
// the next one, and a lone "Phụ lục" heading there becomes "Phụ lục I". Page styles the
// document lacks come from the template; the clerk's own styles stay. InputError when the
// cursor is not in the body text (a table cell, a frame, a header).
void insert_appendices_at_cursor(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::text::XTextDocument>& target,
                                 plan::Document appendices,
                                 const std::filesystem::path& template_file);

} // namespace vnplan::office
