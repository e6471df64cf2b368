// Filling a Writer document made from a template. Two passes: (1) a search and replace of the
// placeholders that name plain fields, which keeps the template's character formatting;
// (2) each text (the body, every table cell) is read as paragraphs, expanded by the core
// (core/plan/template.hpp) and rewritten: new paragraphs go before the first template
// paragraph that disappears, then the paragraphs that disappear are deleted.
#include "office/plan_writer.hpp"

#include "core/common/message.hpp"
#include "core/plan/template.hpp"
#include "office/documents.hpp"
#include "office/ustring.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XMultiPropertyStates.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>

#include <map>
#include <optional>
#include <set>

namespace vnplan::office {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

const char* body_style(plan::Level level) {
    switch (level) {
    case plan::Level::part:
        return "VN Phần";
    case plan::Level::item:
        return "VN Mục";
    case plan::Level::point:
        return "VN Điểm";
    case plan::Level::bullet:
        return "VN Gạch đầu dòng";
    case plan::Level::sub_bullet:
        return "VN Gạch cộng";
    case plan::Level::basis:
        return "VN Căn cứ";
    case plan::Level::paragraph:
        break;
    }
    return "VN Đoạn văn";
}

std::string export_filter(const std::string& format) {
    if (format == "odt") return "writer8";
    if (format == "docx") return "MS Word 2007 XML";
    if (format == "pdf") return "writer_pdf_Export";
    throw InputError({"Không có định dạng \"" + format + "\"; dùng odt, docx, pdf.",
                      "Unknown format \"" + format + "\"; use odt, docx, pdf."});
}

namespace {

// Direct formatting worth carrying over to a copy of a template paragraph.
const std::vector<rtl::OUString>& paragraph_properties() {
    static const std::vector<rtl::OUString> names{
        "ParaAdjust",    "ParaLeftMargin",   "ParaRightMargin", "ParaFirstLineIndent",
        "ParaTopMargin", "ParaBottomMargin", "ParaLineSpacing", "ParaKeepTogether",
        "TopBorder",     "BottomBorder"};
    return names;
}
const std::vector<rtl::OUString>& character_properties() {
    static const std::vector<rtl::OUString> names{"CharWeight",   "CharPosture",   "CharHeight",
                                                  "CharFontName", "CharUnderline", "CharCaseMap",
                                                  "CharColor"};
    return names;
}

Sequence<rtl::OUString> sequence(const std::vector<rtl::OUString>& names) {
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(names.size()));
    for (std::size_t i = 0; i < names.size(); ++i)
        out[static_cast<sal_Int32>(i)] = names[i];
    return out;
}

// The direct (not inherited) values among `names` of an object.
std::vector<std::pair<rtl::OUString, Any>>
direct_values(const Reference<css::uno::XInterface>& object,
              const std::vector<rtl::OUString>& names) {
    std::vector<std::pair<rtl::OUString, Any>> out;
    Reference<css::beans::XPropertyState> state(object, UNO_QUERY);
    Reference<css::beans::XPropertySet> set(object, UNO_QUERY);
    if (!state.is() || !set.is()) return out;
    for (const auto& name : names) {
        try {
            if (state->getPropertyState(name) == css::beans::PropertyState_DIRECT_VALUE)
                out.emplace_back(name, set->getPropertyValue(name));
        } catch (const css::uno::Exception&) {
        }
    }
    return out;
}

struct Format {
    rtl::OUString style;
    std::vector<std::pair<rtl::OUString, Any>> paragraph, character;
};

struct Element {
    Reference<css::text::XTextContent> content;
    bool table = false;
    std::string text;
};

class Writer {
public:
    Writer(Reference<css::lang::XComponent> doc, const plan::Document& plan,
           const RenderOptions& options)
        : doc_(std::move(doc)), plan_(plan), options_(options) {
        Reference<css::style::XStyleFamiliesSupplier> families(doc_, UNO_QUERY_THROW);
        paragraph_styles_.set(families->getStyleFamilies()->getByName("ParagraphStyles"),
                              UNO_QUERY_THROW);
    }

    void run() {
        fill_scalars();
        Reference<css::text::XText> body =
            Reference<css::text::XTextDocument>(doc_, UNO_QUERY_THROW)->getText();
        process_text(body);
        properties();
    }

private:
    // Pass 1: {{field}} -> value in place, wherever the template has it (body and tables).
    void fill_scalars() {
        Reference<css::util::XReplaceable> replaceable(doc_, UNO_QUERY_THROW);
        Reference<css::util::XSearchDescriptor> search = replaceable->createSearchDescriptor();
        search->setSearchString("\\{\\{[^{}]*\\}\\}");
        Reference<css::beans::XPropertySet>(search, UNO_QUERY_THROW)
            ->setPropertyValue("SearchRegularExpression", Any(true));
        Reference<css::container::XIndexAccess> found = replaceable->findAll(search);
        if (!found.is()) return;
        for (sal_Int32 i = 0; i < found->getCount(); ++i) {
            Reference<css::text::XTextRange> range(found->getByIndex(i), UNO_QUERY);
            if (!range.is()) continue;
            const std::string written = to_utf8(range->getString());
            const auto placeholders = plan::find_placeholders(written);
            if (placeholders.size() != 1) continue;
            const std::string& name = placeholders.front().name;
            if (!plan::names_scalar(name, plan_.bindings)) continue;
            set_text(range, *plan_.bindings.scalar(plan::parse_name(name).key));
        }
    }

    // Text with line breaks for '\n' ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM").
    static void set_text(const Reference<css::text::XTextRange>& range, const std::string& value) {
        std::size_t start = 0, end = value.find('\n');
        range->setString(to_ou(value.substr(0, end)));
        if (end == std::string::npos) return;
        Reference<css::text::XText> text = range->getText();
        auto cursor = text->createTextCursorByRange(range->getEnd());
        while (end != std::string::npos) {
            start = end + 1;
            end = value.find('\n', start);
            text->insertControlCharacter(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                                         css::text::ControlCharacter::LINE_BREAK, false);
            text->insertString(
                Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                to_ou(value.substr(start, end == std::string::npos ? end : end - start)), false);
        }
    }

    std::vector<Element> elements(const Reference<css::text::XText>& text) {
        std::vector<Element> out;
        auto e = Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)
                     ->createEnumeration();
        while (e->hasMoreElements()) {
            Element element;
            element.content.set(e->nextElement(), UNO_QUERY);
            Reference<css::lang::XServiceInfo> info(element.content, UNO_QUERY);
            element.table = info.is() && info->supportsService("com.sun.star.text.TextTable");
            if (!element.table)
                element.text =
                    to_utf8(Reference<css::text::XTextRange>(element.content, UNO_QUERY_THROW)
                                ->getString());
            out.push_back(std::move(element));
        }
        return out;
    }

    // Pass 2 on one text.
    void process_text(const Reference<css::text::XText>& text) {
        std::vector<Element> all = elements(text);
        bool any = false;
        for (const auto& e : all)
            any = any || e.table || e.text.find("{{") != std::string::npos;
        if (!any) return;
        std::vector<plan::TemplateBlock> blocks;
        for (const auto& e : all)
            blocks.push_back({e.text, e.table});
        const std::vector<plan::Emit> emits = plan::expand(blocks, plan_.bindings);

        std::set<std::size_t> kept;
        std::optional<std::size_t> last_keep;
        Reference<css::text::XTextCursor> at; // where new content goes: before this paragraph
        std::size_t at_index = 0;
        for (const plan::Emit& emit : emits) {
            if (emit.kind == plan::Emit::Kind::keep) {
                kept.insert(emit.source);
                last_keep = emit.source;
                at.clear();
                if (all[emit.source].table) {
                    Reference<css::text::XTextTable> table(all[emit.source].content,
                                                           UNO_QUERY_THROW);
                    detail::repeat_rows(table, plan_.bindings);
                    for (const auto& name : table->getCellNames())
                        process_text(Reference<css::text::XText>(table->getCellByName(name),
                                                                 UNO_QUERY_THROW));
                }
                continue;
            }
            if (!at.is()) {
                // The first template paragraph after the last one kept disappears: insert before
                // it.
                at_index = last_keep ? *last_keep + 1 : 0;
                at = text->createTextCursorByRange(
                    Reference<css::text::XTextRange>(all[at_index].content, UNO_QUERY_THROW)
                        ->getStart());
                reset_ = !direct_values(all[at_index].content, paragraph_properties()).empty();
            }
            const Reference<css::text::XTextRange> where(at, UNO_QUERY_THROW);
            switch (emit.kind) {
            case plan::Emit::Kind::copy:
                copy(text, where, format_of(text, all, emit.source), emit.text);
                break;
            case plan::Emit::Kind::body:
                for (const plan::Paragraph& p : plan_.body)
                    body_paragraph(text, where, p, all[emit.source]);
                break;
            case plan::Emit::Kind::table:
                detail::insert_table(doc_, text, where, plan_.appendices.at(emit.appendix).table,
                                     options_.fill);
                break;
            case plan::Emit::Kind::keep:
                break;
            }
        }
        // Delete what the template had and the document does not keep.
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (kept.count(i) || all[i].table) continue;
            try {
                all[i].content->dispose();
            } catch (const css::uno::RuntimeException&) {
                // The last paragraph of a text cannot go: leave it empty.
                Reference<css::text::XTextRange>(all[i].content, UNO_QUERY_THROW)->setString({});
            }
        }
        format_cache_.clear();
    }

    // A new empty paragraph before `where`; returns a cursor at its start.
    Reference<css::text::XTextCursor> new_paragraph(const Reference<css::text::XText>& text,
                                                    const Reference<css::text::XTextRange>& where) {
        text->insertControlCharacter(where, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        auto cursor = text->createTextCursorByRange(where);
        Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)
            ->gotoPreviousParagraph(false);
        if (reset_)
            Reference<css::beans::XMultiPropertyStates>(cursor, UNO_QUERY_THROW)
                ->setPropertiesToDefault(sequence(paragraph_properties()));
        return cursor;
    }

    const Format& format_of(const Reference<css::text::XText>& text,
                            const std::vector<Element>& all, std::size_t source) {
        auto it = format_cache_.find(source);
        if (it != format_cache_.end()) return it->second;
        Format f;
        Reference<css::beans::XPropertySet> p(all[source].content, UNO_QUERY_THROW);
        p->getPropertyValue("ParaStyleName") >>= f.style;
        f.paragraph = direct_values(all[source].content, paragraph_properties());
        if (!all[source].text.empty()) {
            auto first = text->createTextCursorByRange(
                Reference<css::text::XTextRange>(all[source].content, UNO_QUERY_THROW)->getStart());
            first->goRight(1, true);
            f.character = direct_values(first, character_properties());
        }
        return format_cache_.emplace(source, std::move(f)).first->second;
    }

    void copy(const Reference<css::text::XText>& text,
              const Reference<css::text::XTextRange>& where, const Format& format,
              const std::string& value) {
        auto cursor = new_paragraph(text, where);
        auto cp = Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW);
        cp->setPropertyValue("ParaStyleName", Any(format.style));
        for (const auto& [name, v] : format.paragraph)
            cp->setPropertyValue(name, v);
        Reference<css::text::XTextRange> range(cursor, UNO_QUERY_THROW);
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = value.find('\n', start);
            text->insertString(
                range, to_ou(value.substr(start, end == std::string::npos ? end : end - start)),
                false);
            if (end == std::string::npos) break;
            text->insertControlCharacter(range, css::text::ControlCharacter::LINE_BREAK, false);
            start = end + 1;
        }
        if (!format.character.empty() && !value.empty()) {
            Reference<css::text::XParagraphCursor>(cursor, UNO_QUERY_THROW)
                ->gotoStartOfParagraph(true);
            for (const auto& [name, v] : format.character)
                cp->setPropertyValue(name, v);
        }
    }

    bool has_style(const char* name) {
        auto it = style_known_.find(name);
        if (it != style_known_.end()) return it->second;
        return style_known_[name] = paragraph_styles_->hasByName(to_ou(name));
    }

    void body_paragraph(const Reference<css::text::XText>& text,
                        const Reference<css::text::XTextRange>& where,
                        const plan::Paragraph& paragraph, const Element& marker) {
        auto cursor = new_paragraph(text, where);
        auto cp = Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW);
        const char* style = body_style(paragraph.level);
        if (!has_style(style)) style = has_style("VN Đoạn văn") ? "VN Đoạn văn" : nullptr;
        if (style)
            cp->setPropertyValue("ParaStyleName", Any(to_ou(style)));
        else
            cp->setPropertyValue("ParaStyleName", Reference<css::beans::XPropertySet>(
                                                      marker.content, UNO_QUERY_THROW)
                                                      ->getPropertyValue("ParaStyleName"));
        Reference<css::text::XTextRange> range(cursor, UNO_QUERY_THROW);
        Reference<css::beans::XPropertyState> state(cursor, UNO_QUERY_THROW);
        bool formatted = false; // text typed after a bold run would be bold too: reset it
        for (const plan::Run& run : paragraph.runs) {
            const rtl::OUString s = to_ou(run.text);
            text->insertString(range, s, false);
            if (!run.bold && !run.italic && !formatted) continue;
            cursor->goLeft(static_cast<sal_Int16>(std::min<sal_Int32>(s.getLength(), 32767)), true);
            if (run.bold)
                cp->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            else if (formatted)
                state->setPropertyToDefault("CharWeight");
            if (run.italic)
                cp->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
            else if (formatted)
                state->setPropertyToDefault("CharPosture");
            cursor->collapseToEnd();
            formatted = formatted || run.bold || run.italic;
        }
    }

    void properties() {
        Reference<css::document::XDocumentPropertiesSupplier> s(doc_, UNO_QUERY);
        if (!s.is()) return;
        auto p = s->getDocumentProperties();
        const auto& h = plan_.header;
        p->setTitle(to_ou(h.document_type + " " + h.number_and_symbol()));
        p->setSubject(to_ou(h.abstract));
        p->setAuthor(to_ou(h.signer));
        p->setGenerator(to_ou("vnplan"));
    }

    Reference<css::lang::XComponent> doc_;
    const plan::Document& plan_;
    RenderOptions options_;
    Reference<css::container::XNameAccess> paragraph_styles_;
    std::map<std::size_t, Format> format_cache_;
    std::map<std::string, bool> style_known_;
    bool reset_ = false;
};

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

Reference<css::lang::XComponent> open_template(const Reference<css::frame::XDesktop2>& desktop,
                                               const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw InputError({"Không tìm thấy mẫu " + file.string() + ".",
                          "Template not found: " + file.string() + "."});
    Sequence<css::beans::PropertyValue> args(4);
    args[0] = property("Hidden", Any(true));
    args[1] = property("AsTemplate", Any(true)); // a new untitled document from the template
    args[2] = property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE));
    args[3] = property("UpdateDocMode", Any(sal_Int16(0))); // links are not updated
    Reference<css::lang::XComponent> doc;
    try {
        doc = desktop->loadComponentFromURL(to_ou(file_url(file)), "_blank", 0, args);
    } catch (const css::lang::IllegalArgumentException&) {
    } catch (const css::io::IOException&) {
    }
    if (doc.is() && !Reference<css::text::XTextDocument>(doc, UNO_QUERY).is()) {
        close_document(doc);
        doc.clear();
    }
    if (!doc.is())
        throw InputError(
            {"Không mở được mẫu " + file.string() + " (phải là mẫu Writer .ott hoặc .odt).",
             "Cannot open the template " + file.string() + " (a Writer .ott or .odt)."});
    return doc;
}

} // namespace

Reference<css::lang::XComponent> render_plan(const Reference<css::frame::XDesktop2>& desktop,
                                             const plan::Document& document,
                                             const std::filesystem::path& template_file,
                                             const RenderOptions& options) {
    Reference<css::lang::XComponent> doc = open_template(desktop, template_file);
    Reference<css::frame::XModel> model(doc, UNO_QUERY);
    try {
        if (model.is()) model->lockControllers();
        Reference<css::document::XUndoManagerSupplier> undo(doc, UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->lock();
        Writer(doc, document, options).run();
        if (undo.is()) undo->getUndoManager()->unlock();
        if (model.is()) model->unlockControllers();
    } catch (...) {
        close_document(doc);
        throw;
    }
    return doc;
}

} // namespace vnplan::office
