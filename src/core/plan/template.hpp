// Expanding a template's paragraphs: repeated and conditional sections, list paragraphs,
// the body and appendix-table markers, repeated table rows (syntax in binding.hpp and
// docs/templates.md). The office layer applies the result to a Writer document.
#pragma once

#include "core/plan/binding.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::plan {

// One paragraph of a template text (body, table cell, ...), or a table standing between them.
struct TemplateBlock {
    std::string text;
    bool table = false;
};

// What the text becomes, in order. `keep` leaves a template paragraph (or table) where it is,
// with its own formatting; `copy` is a new paragraph formatted like `source` with bound text;
// `body` and `table` stand for the plan's body paragraphs and an appendix table.
// Template paragraphs not kept (markers, repeated or dropped ones) are removed.
struct Emit {
    enum class Kind { keep, copy, body, table };
    Kind kind = Kind::keep;
    std::size_t source = 0;
    std::string text;
    std::size_t appendix = 0;
    bool operator==(const Emit&) const = default;
};

// InputError (naming the placeholder) for unknown fields, unmatched {{#each}}/{{#if}} and
// markers that are not alone in their paragraph.
std::vector<Emit> expand(const std::vector<TemplateBlock>& blocks, const Bindings& bindings);

// A template table row whose cells name a table's columns ({{Chương trình.Thực hiện}}):
// one row per data row of that table, texts bound; none when the row names no table.
std::optional<std::vector<std::vector<std::string>>>
expand_row(const std::vector<std::string>& cells, const Bindings& bindings);

// True when `text` holds a placeholder naming a root scalar (what a plain search and replace
// can fill while keeping the template's character formatting).
bool names_scalar(const std::string& name, const Bindings& bindings);

} // namespace vnplan::plan
