#include "support/writer_doc.hpp"

#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"
#include "support/run.hpp"

#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <cstdlib>
#include <regex>
#include <stdexcept>

namespace vnplan::test {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using office::to_ou;
using office::to_utf8;

WriterDoc::WriterDoc(const std::filesystem::path& file)
    : document_(office::load_document(office().desktop(), file)) {}

WriterDoc::~WriterDoc() {
    office::close_document(document_);
}

namespace {

template <class F> void each_element(const Reference<css::lang::XComponent>& doc, F f) {
    auto text = Reference<css::text::XTextDocument>(doc, UNO_QUERY_THROW)->getText();
    auto e =
        Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
    while (e->hasMoreElements()) {
        Reference<css::uno::XInterface> element(e->nextElement(), UNO_QUERY_THROW);
        f(element, Reference<css::lang::XServiceInfo>(element, UNO_QUERY_THROW)
                       ->supportsService("com.sun.star.text.TextTable"));
    }
}

Reference<css::beans::XPropertySet> style(const Reference<css::lang::XComponent>& doc,
                                          const char* family, const std::string& name) {
    auto families =
        Reference<css::style::XStyleFamiliesSupplier>(doc, UNO_QUERY_THROW)->getStyleFamilies();
    Reference<css::container::XNameAccess> styles(
        families->getByName(rtl::OUString::createFromAscii(family)), UNO_QUERY_THROW);
    if (!styles->hasByName(to_ou(name))) return nullptr;
    return Reference<css::beans::XPropertySet>(styles->getByName(to_ou(name)), UNO_QUERY_THROW);
}

} // namespace

std::vector<Paragraph> WriterDoc::paragraphs() const {
    std::vector<Paragraph> out;
    each_element(document_, [&](const Reference<css::uno::XInterface>& element, bool table) {
        if (table) return;
        Paragraph p;
        p.text = to_utf8(Reference<css::text::XTextRange>(element, UNO_QUERY_THROW)->getString());
        p.properties.set(element, UNO_QUERY_THROW);
        rtl::OUString s;
        p.properties->getPropertyValue("ParaStyleName") >>= s;
        p.style = to_utf8(s);
        out.push_back(std::move(p));
    });
    return out;
}

std::vector<Reference<css::text::XTextTable>> WriterDoc::tables() const {
    std::vector<Reference<css::text::XTextTable>> out;
    each_element(document_, [&](const Reference<css::uno::XInterface>& element, bool table) {
        if (table) out.emplace_back(element, UNO_QUERY_THROW);
    });
    return out;
}

std::string cell_text(const Reference<css::text::XTextTable>& table, const std::string& cell) {
    auto c = table->getCellByName(to_ou(cell));
    if (!c.is()) throw std::runtime_error("no cell " + cell);
    return to_utf8(Reference<css::text::XTextRange>(c, UNO_QUERY_THROW)->getString());
}

std::string WriterDoc::text() const {
    std::string out;
    each_element(document_, [&](const Reference<css::uno::XInterface>& element, bool table) {
        if (!table) {
            out +=
                to_utf8(Reference<css::text::XTextRange>(element, UNO_QUERY_THROW)->getString()) +
                "\n";
            return;
        }
        Reference<css::text::XTextTable> t(element, UNO_QUERY_THROW);
        for (const auto& name : t->getCellNames())
            out += to_utf8(Reference<css::text::XTextRange>(t->getCellByName(name), UNO_QUERY_THROW)
                               ->getString()) +
                   "\n";
    });
    return out;
}

Reference<css::beans::XPropertySet> WriterDoc::paragraph_style(const std::string& name) const {
    return style(document_, "ParagraphStyles", name);
}

Reference<css::beans::XPropertySet> WriterDoc::page_style(const std::string& name) const {
    return style(document_, "PageStyles", name);
}

int WriterDoc::page_count() const {
    auto controller =
        Reference<css::frame::XModel>(document_, UNO_QUERY_THROW)->getCurrentController();
    auto cursor =
        Reference<css::text::XTextViewCursorSupplier>(controller, UNO_QUERY_THROW)->getViewCursor();
    Reference<css::text::XPageCursor> pages(cursor, UNO_QUERY_THROW);
    pages->jumpToLastPage();
    return pages->getPage();
}

std::string poppler(const std::string& tool, const std::vector<std::string>& args) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        const std::filesystem::path candidate =
            std::filesystem::path(dirs.substr(start, end - start)) / tool;
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec)) {
            const RunResult r = run(candidate.string(), args);
            if (r.exit_code != 0) throw std::runtime_error(tool + " failed: " + r.err);
            return r.out;
        }
        start = end + 1;
    }
    throw std::runtime_error(tool + " not found (poppler-utils)");
}

int pdf_pages(const std::filesystem::path& pdf) {
    const std::string info = poppler("pdfinfo", {pdf.string()});
    const auto at = info.find("Pages:");
    if (at == std::string::npos) throw std::runtime_error("pdfinfo: no page count");
    return std::stoi(info.substr(at + 6));
}

bool pdf_landscape(const std::filesystem::path& pdf, int page) {
    const std::string info =
        poppler("pdfinfo", {"-f", std::to_string(page), "-l", std::to_string(page), pdf.string()});
    std::smatch m;
    if (!std::regex_search(info, m, std::regex(R"(Page +[0-9]+ size: +([0-9.]+) x ([0-9.]+))")))
        throw std::runtime_error("pdfinfo: no size of page " + std::to_string(page));
    return std::stod(m[1].str()) > std::stod(m[2].str());
}

std::string pdf_page_text(const std::filesystem::path& pdf, int page) {
    return poppler("pdftotext", {"-f", std::to_string(page), "-l", std::to_string(page), "-layout",
                                 pdf.string(), "-"});
}

} // namespace vnplan::test
