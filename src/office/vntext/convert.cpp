#include "office/vntext/convert.hpp"

#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationShapeSupplier.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/text/XSimpleText.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>

namespace vnplan::office {

namespace {

using css::table::CellAddress;
using css::table::CellRangeAddress;

struct CommentChange {
    CellAddress position;
    std::string text;
};

// What one target will change, read before anything is written.
struct SheetPlan {
    ConvertTarget target;
    Grid grid; // the cells read (the used part of the target)
    vntext::GridConversion cells;
    std::vector<CommentChange> comments;
    std::string name; // the sheet's new name; empty when it stays
};

bool inside(const CellRangeAddress& area, const CellAddress& p) {
    return p.Sheet == area.Sheet && p.Column >= area.StartColumn && p.Column <= area.EndColumn &&
           p.Row >= area.StartRow && p.Row <= area.EndRow;
}

// The font of a comment's text: a clerk could type it in .VnTime too. Empty when unknown.
std::string comment_font(const Reference<css::sheet::XSheetAnnotation>& annotation) {
    try {
        Reference<css::sheet::XSheetAnnotationShapeSupplier> shape(annotation, UNO_QUERY);
        rtl::OUString font;
        if (shape.is())
            props(shape->getAnnotationShape())->getPropertyValue("CharFontName") >>= font;
        return to_utf8(font);
    } catch (const css::uno::Exception&) {
        return {};
    }
}

std::vector<CommentChange> plan_comments(const ConvertTarget& target,
                                         vntext::CellDecoder& decoder) {
    const Reference<css::container::XIndexAccess> list(
        Reference<css::sheet::XSheetAnnotationsSupplier>(target.sheet, UNO_QUERY_THROW)
            ->getAnnotations(),
        UNO_QUERY_THROW);
    CellRangeAddress area{};
    if (target.range.is())
        area = Reference<css::sheet::XCellRangeAddressable>(target.range, UNO_QUERY_THROW)
                   ->getRangeAddress();
    std::vector<CommentChange> out;
    for (sal_Int32 i = 0; i < list->getCount(); ++i) {
        Reference<css::sheet::XSheetAnnotation> annotation(list->getByIndex(i), UNO_QUERY);
        if (!annotation.is()) continue;
        const CellAddress position = annotation->getPosition();
        if (target.range.is() && !inside(area, position)) continue;
        const std::string text =
            to_utf8(Reference<css::text::XSimpleText>(annotation, UNO_QUERY_THROW)->getString());
        vntext::CellText decoded = decoder.decode(text, comment_font(annotation));
        if (decoded.changed()) out.push_back({position, std::move(decoded.text)});
    }
    return out;
}

// The sheet's new name, or "" (with a note) when another sheet already has it.
std::string plan_name(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const ConvertTarget& target, vntext::CellDecoder& decoder,
                      std::vector<Message>& notes) {
    const std::string name =
        to_utf8(Reference<css::container::XNamed>(target.sheet, UNO_QUERY_THROW)->getName());
    vntext::CellText decoded = decoder.decode(name, "");
    if (!decoded.changed()) return {};
    if (document->getSheets()->hasByName(to_ou(decoded.text))) {
        notes.push_back(
            {"Không đổi tên trang \"" + name + "\": đã có trang \"" + decoded.text + "\".",
             "Sheet \"" + name + "\" not renamed: there is already a sheet \"" + decoded.text +
                 "\"."});
        return {};
    }
    return decoded.text;
}

std::vector<SheetPlan> plan(const Reference<css::sheet::XSpreadsheetDocument>& document,
                            const std::vector<ConvertTarget>& targets,
                            std::vector<Message>& notes) {
    std::vector<SheetPlan> plans;
    for (const ConvertTarget& target : targets) {
        SheetPlan p{target, {}, {}, {}, {}};
        const auto range = target.range.is() ? clip_to_used_area(target.sheet, target.range)
                                             : used_range(target.sheet);
        if (range.is()) {
            p.grid = read_grid(range);
            p.cells = vntext::convert_grid(p.grid);
        }
        vntext::CellDecoder decoder;
        p.comments = plan_comments(target, decoder);
        if (!target.range.is()) p.name = plan_name(document, target, decoder, notes);
        plans.push_back(std::move(p));
    }
    return plans;
}

ConvertCounts counts_of(const std::vector<SheetPlan>& plans, std::vector<Message> notes) {
    ConvertCounts counts;
    for (const SheetPlan& p : plans) {
        counts.cells += p.cells.counts;
        counts.comments += p.comments.size();
        counts.sheet_names += p.name.empty() ? 0 : 1;
        counts.legacy_fonts = counts.legacy_fonts || !p.grid.fonts.empty();
    }
    counts.notes = std::move(notes);
    return counts;
}

// Sets `font` on every cell of `range` whose font is a legacy one, one call per distinct
// format (getUniqueCellFormatRanges, see docs/office-notes.md).
void replace_legacy_fonts(const Reference<css::table::XCellRange>& range, const std::string& font) {
    const Reference<css::container::XIndexAccess> formats =
        Reference<css::sheet::XUniqueCellFormatRangesSupplier>(range, UNO_QUERY_THROW)
            ->getUniqueCellFormatRanges();
    // Listed first, set after: setting a font changes the list of formats.
    std::vector<Reference<css::beans::XPropertySet>> legacy;
    for (sal_Int32 i = 0; formats.is() && i < formats->getCount(); ++i) {
        Reference<css::beans::XPropertySet> ranges(formats->getByIndex(i), UNO_QUERY);
        rtl::OUString name;
        if (ranges.is() && (ranges->getPropertyValue("CharFontName") >>= name) &&
            vntext::font_encoding(to_utf8(name)) != vntext::Encoding::automatic)
            legacy.push_back(ranges);
    }
    for (const auto& ranges : legacy)
        ranges->setPropertyValue("CharFontName", Any(to_ou(font)));
}

// A protected sheet is one the clerk meant not to change (LibreOffice 7.4's API writes through
// the protection): refuse before writing anything.
void refuse_protected(const std::vector<SheetPlan>& plans) {
    for (const SheetPlan& p : plans) {
        const bool changes = !p.cells.changes.empty() || !p.comments.empty() || !p.name.empty() ||
                             !p.grid.fonts.empty();
        Reference<css::util::XProtectable> protectable(p.target.sheet, UNO_QUERY);
        if (!changes || !protectable.is() || !protectable->isProtected()) continue;
        const std::string name =
            to_utf8(Reference<css::container::XNamed>(p.target.sheet, UNO_QUERY_THROW)->getName());
        throw InputError({"Trang \"" + name +
                              "\" đang được bảo vệ: hãy bỏ bảo vệ trang (Công cụ > Bảo vệ trang "
                              "tính) rồi chuyển mã. Chưa có gì thay đổi.",
                          "Sheet \"" + name +
                              "\" is protected: unprotect it (Tools > Protect Sheet), then "
                              "convert. Nothing was changed."});
    }
}

// The new texts, one bulk write per run of changed cells down a column: only cells that hold
// text are written (their old values come back on undo, docs/office-notes.md) and formula
// cells between them are never touched. convert_grid lists the changes row by row.
void write_texts(const SheetPlan& p) {
    std::vector<const vntext::CellChange*> changes;
    for (const auto& c : p.cells.changes)
        changes.push_back(&c);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto* a, const auto* b) { return a->column < b->column; });
    for (std::size_t first = 0; first < changes.size();) {
        std::size_t last = first;
        while (last + 1 < changes.size() && changes[last + 1]->column == changes[first]->column &&
               changes[last + 1]->row == changes[last]->row + 1)
            ++last;
        Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(last - first + 1));
        for (std::size_t i = first; i <= last; ++i) {
            const Any text(to_ou(changes[i]->text));
            rows[static_cast<sal_Int32>(i - first)] = Sequence<Any>(&text, 1);
        }
        const auto column = p.grid.first_column + static_cast<sal_Int32>(changes[first]->column);
        const auto top = p.grid.first_row + static_cast<sal_Int32>(changes[first]->row);
        Reference<css::sheet::XCellRangeData>(
            p.target.sheet->getCellRangeByPosition(column, top, column,
                                                   top + static_cast<sal_Int32>(last - first)),
            UNO_QUERY_THROW)
            ->setDataArray(rows);
        first = last + 1;
    }
}

void write(const SheetPlan& p, const std::string& font) {
    write_texts(p);
    replace_legacy_fonts(p.target.range.is()
                             ? p.target.range
                             : Reference<css::table::XCellRange>(p.target.sheet, UNO_QUERY_THROW),
                         font);
    if (!p.comments.empty()) {
        // insertNew replaces a comment as one undoable action; editing a comment's text in
        // place is not recorded for undo in LibreOffice 7.4.
        const auto annotations =
            Reference<css::sheet::XSheetAnnotationsSupplier>(p.target.sheet, UNO_QUERY_THROW)
                ->getAnnotations();
        for (const CommentChange& c : p.comments)
            annotations->insertNew(c.position, to_ou(c.text));
    }
    if (!p.name.empty())
        Reference<css::container::XNamed>(p.target.sheet, UNO_QUERY_THROW)->setName(to_ou(p.name));
}

} // namespace

std::vector<ConvertTarget>
whole_workbook(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<ConvertTarget> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out.push_back(
            {Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW), nullptr});
    return out;
}

ConvertCounts preview_conversion(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                 const std::vector<ConvertTarget>& targets) {
    std::vector<Message> notes;
    const auto plans = plan(document, targets, notes);
    return counts_of(plans, std::move(notes));
}

ConvertCounts convert_to_unicode(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                 const std::vector<ConvertTarget>& targets, const std::string& font,
                                 Lang lang) {
    std::vector<Message> notes;
    const auto plans = plan(document, targets, notes);
    refuse_protected(plans);
    const std::string chosen = font.empty() ? "Times New Roman" : font;
    as_one_undo_step(document, Message{"Chuyển mã sang Unicode", "Convert to Unicode"}.in(lang),
                     [&] {
                         for (const SheetPlan& p : plans)
                             write(p, chosen);
                     });
    return counts_of(plans, std::move(notes));
}

std::vector<std::string> describe_lines(const ConvertCounts& counts, Lang lang) {
    const auto n = [](std::size_t v) { return std::to_string(v); };
    const auto& c = counts.cells;
    std::vector<std::string> lines =
        lang == Lang::vi
            ? std::vector<std::string>{"TCVN3: " + n(c.tcvn3) + " ô chữ",
                                       "VNI: " + n(c.vni) + " ô chữ",
                                       "Đã là Unicode (giữ nguyên): " + n(c.unicode) + " ô chữ",
                                       "Ghi chú: " + n(counts.comments) +
                                           ", tên trang: " + n(counts.sheet_names)}
            : std::vector<std::string>{
                  "TCVN3: " + n(c.tcvn3) + " text cells", "VNI: " + n(c.vni) + " text cells",
                  "Already Unicode (kept): " + n(c.unicode) + " text cells",
                  "Comments: " + n(counts.comments) + ", sheet names: " + n(counts.sheet_names)};
    if (counts.legacy_fonts)
        lines.push_back(lang == Lang::vi
                            ? "Có ô dùng phông cũ (.Vn*, VNI*): sẽ đổi phông"
                            : "Some cells use legacy fonts (.Vn*, VNI*): font to change");
    for (const Message& note : counts.notes)
        lines.push_back(note.in(lang));
    return lines;
}

std::string describe(const ConvertCounts& counts, Lang lang) {
    std::string text;
    for (const std::string& line : describe_lines(counts, lang))
        text += (text.empty() ? "" : "; ") + line;
    return text + ".";
}

} // namespace vnplan::office
