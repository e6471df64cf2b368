#include "office/plan/appendix_insert.hpp"

#include "core/common/message.hpp"
#include "core/plan/appendix.hpp"
#include "core/plan/appendix_export.hpp"
#include "office/common/documents.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentInsertable.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/style/XStyleLoader.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <random>

namespace vnplan::office {

namespace {

using css::beans::PropertyValue;

PropertyValue property(const char* name, const Any& value) {
    PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// The rendered appendices stored as a temporary .odt, removed again when done.
class RenderedFile {
public:
    RenderedFile(const Reference<css::uno::XComponentContext>& context,
                 const plan::Document& appendices, const std::filesystem::path& template_file) {
        RenderOptions render;
        render.appendices_only = true;
        auto doc = render_plan(context, appendices, template_file, render);
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("vnplan-phu-luc-" + std::to_string(random()) + ".odt");
        try {
            store_document(doc, path_, "writer8");
        } catch (...) {
            detail::close_rendered(doc);
            throw;
        }
        detail::close_rendered(doc);
    }
    ~RenderedFile() {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
    }
    RenderedFile(const RenderedFile&) = delete;
    RenderedFile& operator=(const RenderedFile&) = delete;
    rtl::OUString url() const { return to_ou(file_url(path_)); }

private:
    std::filesystem::path path_;
};

// The top-level paragraphs and tables of a text, in order.
std::vector<Reference<css::text::XTextContent>> elements(const Reference<css::text::XText>& text) {
    std::vector<Reference<css::text::XTextContent>> out;
    auto e =
        Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
    while (e->hasMoreElements())
        out.emplace_back(e->nextElement(), UNO_QUERY_THROW);
    return out;
}

bool is_table(const Reference<css::text::XTextContent>& content) {
    Reference<css::lang::XServiceInfo> info(content, UNO_QUERY);
    return info.is() && info->supportsService("com.sun.star.text.TextTable");
}

std::string text_of(const Reference<css::text::XTextContent>& content) {
    return is_table(content)
               ? std::string()
               : to_utf8(Reference<css::text::XTextRange>(content, UNO_QUERY_THROW)->getString());
}

// The index among `all` of the paragraph starting where `at` starts.
std::size_t index_at(const Reference<css::text::XText>& text,
                     const std::vector<Reference<css::text::XTextContent>>& all,
                     const Reference<css::text::XTextRange>& at) {
    Reference<css::text::XTextRangeCompare> compare(text, UNO_QUERY_THROW);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (is_table(all[i])) continue;
        Reference<css::text::XTextRange> p(all[i], UNO_QUERY_THROW);
        if (compare->compareRegionStarts(p, at) == 0) return i;
    }
    throw css::uno::RuntimeException("vnplan: the insertion paragraph was not found");
}

// A new empty paragraph at the cursor (splitting its paragraph); the cursor is left in it.
void make_empty_paragraph(const Reference<css::text::XText>& text,
                          const Reference<css::text::XParagraphCursor>& cursor) {
    const bool start = cursor->isStartOfParagraph(), end = cursor->isEndOfParagraph();
    if (start && end) return; // an empty paragraph already
    Reference<css::text::XTextRange> at(cursor, UNO_QUERY_THROW);
    text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    // At a paragraph's end the new paragraph is the empty one; elsewhere the cursor now
    // starts the rest of the text: split once more and step back into the empty part.
    if (end) return;
    if (!start)
        text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    cursor->gotoPreviousParagraph(false);
}

// Page style and numbering of the first paragraph of the rendered appendices.
struct Start {
    rtl::OUString page_style;
    Any number_offset;
};

// Loads the template's styles the document lacks, when it lacks the appendix's page style
// (loading styles empties Writer's undo list: only the first appendix does it).
void load_missing_styles(const Reference<css::text::XTextDocument>& target,
                         const rtl::OUString& url, const rtl::OUString& page_style) {
    const auto families =
        Reference<css::style::XStyleFamiliesSupplier>(target, UNO_QUERY_THROW)->getStyleFamilies();
    Reference<css::container::XNameAccess> pages(families->getByName("PageStyles"),
                                                 UNO_QUERY_THROW);
    if (page_style.isEmpty() || pages->hasByName(page_style)) return;
    Reference<css::style::XStyleLoader> loader(families, UNO_QUERY_THROW);
    Sequence<PropertyValue> options(5);
    options[0] = property("LoadTextStyles", Any(true));
    options[1] = property("LoadPageStyles", Any(true));
    options[2] = property("LoadFrameStyles", Any(false));
    options[3] = property("LoadNumberingStyles", Any(false));
    options[4] = property("OverwriteStyles", Any(false)); // the clerk's own styles stay
    loader->loadStylesFromURL(url, options);
}

void number_lone_heading(const Reference<css::text::XText>& text,
                         const std::vector<Reference<css::text::XTextContent>>& all) {
    for (const auto& e : all)
        if (!is_table(e) && plan::next_appendix({text_of(e)}).number_lone) {
            auto cursor = text->createTextCursorByRange(
                Reference<css::text::XTextRange>(e, UNO_QUERY_THROW)->getEnd());
            text->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), " I",
                               false);
            return;
        }
}

} // namespace

Reference<css::lang::XComponent>
open_appendices(const Reference<css::uno::XComponentContext>& context,
                const plan::Document& appendices, const std::filesystem::path& template_file) {
    const RenderedFile file(context, appendices, template_file);
    // As a template: an untitled copy, nothing tied to the temporary file.
    Sequence<PropertyValue> args(1);
    args[0] = property("AsTemplate", Any(true));
    return css::frame::Desktop::create(context)->loadComponentFromURL(file.url(), "_blank", 0,
                                                                      args);
}

std::vector<OpenWriter>
open_writer_documents(const Reference<css::uno::XComponentContext>& context) {
    std::vector<OpenWriter> out;
    auto e = css::frame::Desktop::create(context)->getComponents()->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<css::text::XTextDocument> doc(e->nextElement(), UNO_QUERY);
        Reference<css::frame::XModel> model(doc, UNO_QUERY);
        Reference<css::lang::XServiceInfo> info(doc, UNO_QUERY);
        if (!model.is() || !info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
            continue;
        auto controller = model->getCurrentController();
        if (!controller.is() || !controller->getFrame().is()) continue;
        // Hidden windows are vnplan's own renderings and documents opened for reading.
        Reference<css::awt::XWindow2> window(controller->getFrame()->getContainerWindow(),
                                             UNO_QUERY);
        if (!window.is() || !window->isVisible()) continue;
        Reference<css::frame::XTitle> title(model, UNO_QUERY);
        out.push_back({title.is() ? to_utf8(title->getTitle()) : std::string(), doc});
    }
    return out;
}

plan::NextAppendix next_appendix_of(const Reference<css::text::XTextDocument>& document) {
    std::vector<std::string> texts;
    for (const auto& e : elements(document->getText()))
        texts.push_back(text_of(e));
    return plan::next_appendix(texts);
}

void insert_appendices_at_cursor(const Reference<css::uno::XComponentContext>& context,
                                 const Reference<css::text::XTextDocument>& target,
                                 plan::Document appendices,
                                 const std::filesystem::path& template_file) {
    Reference<css::frame::XModel> model(target, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier> views(model->getCurrentController(), UNO_QUERY);
    if (!views.is())
        throw InputError({"Văn bản Writer không có cửa sổ để biết vị trí con trỏ.",
                          "The Writer document has no window to take the cursor from."});
    auto view = views->getViewCursor();
    const Reference<css::text::XText> text = target->getText();
    try {
        Reference<css::text::XTextRangeCompare>(text, UNO_QUERY_THROW)
            ->compareRegionStarts(text->getStart(), view->getStart());
    } catch (const css::lang::IllegalArgumentException&) {
        throw InputError({"Hãy đặt con trỏ vào phần văn bản chính (không trong bảng, khung hay "
                          "đầu trang) rồi xuất lại.",
                          "Put the cursor in the main text (not in a table, frame or header) "
                          "and export again."});
    }
    rtl::OUString page_style;
    props(view)->getPropertyValue("PageStyleName") >>= page_style;
    const sal_Int16 page = Reference<css::text::XPageCursor>(view, UNO_QUERY_THROW)->getPage();

    // Numbered after the appendices the document has.
    const plan::NextAppendix next = next_appendix_of(target);
    if (!next.next.empty()) {
        const auto numerals = plan::appendix_numerals(appendices.appendices.size(),
                                                      appendices.appendices.front().numeral.empty()
                                                          ? next.next
                                                          : appendices.appendices.front().numeral);
        for (std::size_t i = 0; i < numerals.size(); ++i)
            appendices.appendices[i].numeral = numerals[i];
        plan::bind_appendices(appendices);
    }
    const RenderedFile file(context, appendices, template_file);
    Start start;
    {
        Sequence<PropertyValue> args(2);
        args[0] = property("Hidden", Any(true));
        args[1] = property("ReadOnly", Any(true));
        Reference<css::text::XTextDocument> rendered(
            css::frame::Desktop::create(context)->loadComponentFromURL(file.url(), "_blank", 0,
                                                                       args),
            UNO_QUERY_THROW);
        const auto first = elements(rendered->getText()).front();
        props(first)->getPropertyValue("PageDescName") >>= start.page_style;
        start.number_offset = props(first)->getPropertyValue("PageNumberOffset");
        close_document(Reference<css::lang::XComponent>(rendered, UNO_QUERY));
    }

    // Before the undo step, which it would empty (the styles stay after an Undo).
    load_missing_styles(target, file.url(), start.page_style);
    as_one_undo_step(target, "Phụ lục", [&] {
        if (next.number_lone) number_lone_heading(text, elements(text));
        Reference<css::text::XParagraphCursor> cursor(
            text->createTextCursorByRange(view->getStart()), UNO_QUERY_THROW);
        make_empty_paragraph(text, cursor);
        const auto before = elements(text);
        const std::size_t at =
            index_at(text, before, Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW));
        const bool rest = at + 1 < before.size(); // text after the cursor
        Reference<css::document::XDocumentInsertable>(cursor, UNO_QUERY_THROW)
            ->insertDocumentFromURL(file.url(), {});
        const auto after = elements(text);
        const std::size_t inserted = after.size() - before.size() + 1;
        // The appendix starts a page of its style, numbered from 1.
        if (!start.page_style.isEmpty()) {
            props(after[at])->setPropertyValue("PageDescName", Any(start.page_style));
            props(after[at])->setPropertyValue("PageNumberOffset", start.number_offset);
        }
        // The text after the cursor goes on on a page of its style, numbered as before
        // (unless it starts a page style of its own: another appendix).
        if (rest && !page_style.isEmpty()) {
            const auto next_text = props(after.at(at + inserted));
            rtl::OUString own;
            next_text->getPropertyValue("PageDescName") >>= own;
            if (own.isEmpty()) {
                next_text->setPropertyValue("PageDescName", Any(page_style));
                next_text->setPropertyValue("PageNumberOffset", Any(sal_Int16(page + 1)));
            }
        }
    });
}

} // namespace vnplan::office
