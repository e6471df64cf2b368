// Filling a Writer document made from a template. Two passes: (1) a search and replace of the
// placeholders that name plain fields, which keeps the template's character formatting;
// (2) each text (the body, every table cell) is read as paragraphs, expanded by the core
// (core/plan/template.hpp) and rewritten: new paragraphs go before the first template
// paragraph that disappears, then the paragraphs that disappear are deleted.
#include "office/plan/writer.hpp"

#include "core/common/message.hpp"
#include "core/plan/template.hpp"
#include "office/common/documents.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/insert.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

namespace vnplan::office {

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

namespace {

struct Element {
    Reference<css::text::XTextContent> content;
    bool table = false;
    std::string text;
};

class Writer {
public:
    Writer(Reference<css::uno::XComponentContext> context, Reference<css::lang::XComponent> doc,
           const plan::Document& plan, const RenderOptions& options)
        : context_(std::move(context)), doc_(std::move(doc)), plan_(plan), options_(options) {
        Reference<css::style::XStyleFamiliesSupplier> families(doc_, UNO_QUERY_THROW);
        paragraph_styles_.set(families->getStyleFamilies()->getByName("ParagraphStyles"),
                              UNO_QUERY_THROW);
    }

    void run() {
        ScopedTimer timer(nullptr, 1);
        fill_page_styles();
        timer.lap("page styles");
        Reference<css::text::XText> body =
            Reference<css::text::XTextDocument>(doc_, UNO_QUERY_THROW)->getText();
        if (options_.appendices_only) drop_before_appendices(body);
        if (std::any_of(plan_.appendices.begin(), plan_.appendices.end(),
                        [](const plan::Appendix& a) { return a.landscape; }))
            detail::add_landscape_pages(doc_);
        process_text(body);
        timer.lap("sections");
        properties();
        // Cell formatting needs a layout: give the document its (hidden) window now that the
        // text is in, so that it is laid out once.
        if (!pending_.empty()) {
            detail::give_view(context_, doc_);
            timer.lap("lay out");
            // One layout after all the formatting, not one per call.
            Reference<css::frame::XModel> model(doc_, UNO_QUERY_THROW);
            model->lockControllers();
            try {
                for (const auto& [table, data] : pending_)
                    detail::format_table(table, *data, filler());
            } catch (...) {
                model->unlockControllers();
                throw;
            }
            model->unlockControllers();
            timer.lap("tables");
        }
    }

private:
    // Everything before the template's "{{#each Phụ lục}}" goes (header block, body, signature).
    void drop_before_appendices(const Reference<css::text::XText>& body) {
        const std::vector<Element> all = elements(body);
        const auto loop = std::find_if(all.begin(), all.end(), [](const Element& e) {
            return !e.table && e.text.find("{{#each Phụ lục}}") != std::string::npos;
        });
        if (loop == all.end())
            throw InputError({"Mẫu không có phần {{#each Phụ lục}} ... {{/each}}.",
                              "The template has no {{#each Phụ lục}} ... {{/each}} section."});
        for (auto e = all.begin(); e != loop; ++e)
            e->content->dispose();
    }

    // The k-th "Phụ lục" heading starts appendix k: a landscape one gets the landscape page
    // style there, numbered from 1 as the portrait style does.
    detail::ParagraphFormat heading_format(detail::ParagraphFormat f) {
        if (f.style != to_ou("VN Phụ lục")) return f;
        const std::size_t k = headings_++;
        if (k < plan_.appendices.size() && plan_.appendices[k].landscape) {
            f.paragraph.emplace_back("PageDescName", Any(to_ou(detail::landscape_first_page)));
            f.paragraph.emplace_back("PageNumberOffset", Any(sal_Int16(1)));
        }
        return f;
    }

    // {{field}} -> value inside a paragraph the template keeps, so that the template's own
    // character formatting stays. Right to left: earlier offsets stay valid.
    void fill_fields(const Reference<css::text::XText>& text, const Element& paragraph) {
        const auto placeholders = plan::find_placeholders(paragraph.text);
        for (auto p = placeholders.rbegin(); p != placeholders.rend(); ++p) {
            const plan::Name name = plan::parse_name(p->name);
            const std::string* value = plan_.bindings.scalar(name.key);
            if (!value)
                throw InputError({"Mẫu có trường {{" + p->name +
                                      "}} nhưng sổ tính không có trường \"" + p->name + "\".",
                                  "The template names {{" + p->name +
                                      "}} but the workbook has no field \"" + p->name + "\"."});
            auto cursor = text->createTextCursorByRange(
                Reference<css::text::XTextRange>(paragraph.content, UNO_QUERY_THROW)->getStart());
            const auto before = to_ou(paragraph.text.substr(0, p->begin)).getLength();
            const auto length =
                to_ou(paragraph.text.substr(p->begin, p->end - p->begin)).getLength();
            cursor->goRight(static_cast<sal_Int16>(before), false);
            cursor->goRight(static_cast<sal_Int16>(length), true);
            set_text(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), *value);
        }
    }

    // The headers and footers of the page styles: plain fields only.
    void fill_page_styles() {
        auto families = Reference<css::style::XStyleFamiliesSupplier>(doc_, UNO_QUERY_THROW)
                            ->getStyleFamilies();
        Reference<css::container::XNameAccess> pages(families->getByName("PageStyles"),
                                                     UNO_QUERY_THROW);
        for (const auto& name : pages->getElementNames()) {
            Reference<css::beans::XPropertySet> page(pages->getByName(name), UNO_QUERY_THROW);
            for (const char* on : {"HeaderIsOn", "FooterIsOn"}) {
                bool is_on = false;
                page->getPropertyValue(rtl::OUString::createFromAscii(on)) >>= is_on;
                if (!is_on) continue;
                Reference<css::text::XText> text(
                    page->getPropertyValue(on[0] == 'H' ? rtl::OUString("HeaderText")
                                                        : rtl::OUString("FooterText")),
                    UNO_QUERY);
                if (!text.is()) continue;
                for (const auto& e : elements(text))
                    if (!e.table && e.text.find("{{") != std::string::npos) fill_fields(text, e);
            }
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
            // One query across the bridge, where asking for the service took two.
            element.table = Reference<css::text::XTextTable>(element.content, UNO_QUERY).is();
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
        std::optional<detail::Inserter> at; // new content goes before a paragraph that goes
        for (const plan::Emit& emit : emits) {
            if (emit.kind == plan::Emit::Kind::keep) {
                kept.insert(emit.source);
                last_keep = emit.source;
                if (at) at->flush();
                at.reset();
                if (!all[emit.source].table &&
                    all[emit.source].text.find("{{") != std::string::npos)
                    fill_fields(text, all[emit.source]);
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
            // The first template paragraph after the last one kept disappears: write before it.
            if (!at) at.emplace(text, all[last_keep ? *last_keep + 1 : 0].content);
            switch (emit.kind) {
            case plan::Emit::Kind::copy:
                at->paragraph(heading_format(format_of(text, all, emit.source)),
                              {{emit.text, false, false}});
                break;
            case plan::Emit::Kind::body:
                for (const plan::Paragraph& p : plan_.body)
                    at->paragraph(body_format(p.level, all[emit.source]), p.runs);
                break;
            case plan::Emit::Kind::table:
                pending_.emplace_back(
                    at->table(doc_, plan_.appendices.at(emit.appendix).table, filler()),
                    &plan_.appendices.at(emit.appendix).table);
                break;
            case plan::Emit::Kind::keep:
                break;
            }
        }
        if (at) at->flush();
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

    const detail::ParagraphFormat& format_of(const Reference<css::text::XText>& text,
                                             const std::vector<Element>& all, std::size_t source) {
        auto it = format_cache_.find(source);
        if (it != format_cache_.end()) return it->second;
        detail::ParagraphFormat f;
        Reference<css::beans::XPropertySet> p(all[source].content, UNO_QUERY_THROW);
        p->getPropertyValue("ParaStyleName") >>= f.style;
        f.paragraph = detail::direct_values(all[source].content, detail::paragraph_properties());
        if (!all[source].text.empty()) {
            auto first = text->createTextCursorByRange(
                Reference<css::text::XTextRange>(all[source].content, UNO_QUERY_THROW)->getStart());
            first->goRight(1, true);
            f.character = detail::direct_values(first, detail::character_properties());
        }
        return format_cache_.emplace(source, std::move(f)).first->second;
    }

    // The template's style for a body paragraph, else "VN Đoạn văn", else the marker's own.
    detail::ParagraphFormat body_format(plan::Level level, const Element& marker) {
        const auto known = [&](const char* name) {
            auto it = style_known_.find(name);
            if (it != style_known_.end()) return it->second;
            return style_known_[name] = paragraph_styles_->hasByName(to_ou(name));
        };
        detail::ParagraphFormat f;
        const char* style = body_style(level);
        if (known(style))
            f.style = to_ou(style);
        else if (known("VN Đoạn văn"))
            f.style = to_ou("VN Đoạn văn");
        else
            props(marker.content)->getPropertyValue("ParaStyleName") >>= f.style;
        return f;
    }

    void properties() {
        Reference<css::document::XDocumentPropertiesSupplier> s(doc_, UNO_QUERY);
        if (!s.is()) return;
        auto p = s->getDocumentProperties();
        const auto& h = plan_.header;
        if (options_.appendices_only && !plan_.appendices.empty())
            p->setTitle(to_ou("Phụ lục " + plan_.appendices.front().numeral + " " +
                              plan_.appendices.front().title));
        else
            p->setTitle(to_ou(h.document_type + " " + h.number_and_symbol()));
        p->setSubject(to_ou(h.abstract));
        p->setAuthor(to_ou(h.signer));
        p->setGenerator(to_ou("vnplan"));
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::lang::XComponent> doc_;
    const plan::Document& plan_;
    std::vector<std::pair<Reference<css::text::XTextTable>, const plan::Table*>> pending_;
    RenderOptions options_;

    const TableFiller& filler() const {
        static const TableFiller bulk;
        return options_.filler ? *options_.filler : bulk;
    }
    Reference<css::container::XNameAccess> paragraph_styles_;
    std::map<std::size_t, detail::ParagraphFormat> format_cache_;
    std::map<std::string, bool> style_known_;
    std::size_t headings_ = 0;
};

} // namespace

Reference<css::lang::XComponent> render_plan(const Reference<css::uno::XComponentContext>& context,
                                             const plan::Document& document,
                                             const std::filesystem::path& template_file,
                                             const RenderOptions& options) {
    Reference<css::lang::XComponent> doc;
    {
        const ScopedTimer timer("open template", 1);
        doc = detail::open_template(context, template_file);
    }
    try {
        // No controllers to lock yet: the document has no window until its tables need one.
        Reference<css::document::XUndoManagerSupplier> undo(doc, UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->lock();
        Writer(context, doc, document, options).run();
        if (undo.is()) undo->getUndoManager()->unlock();
    } catch (...) {
        detail::close_rendered(doc);
        throw;
    }
    return doc;
}

} // namespace vnplan::office
