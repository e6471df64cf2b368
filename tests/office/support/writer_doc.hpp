// Reading a generated Writer document back (.odt or .docx) for the plan tests, and the
// poppler tools on its PDF.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace vnplan::test {

namespace css = com::sun::star;

struct Paragraph {
    std::string text;
    std::string style;
    css::uno::Reference<css::beans::XPropertySet> properties;
};

class WriterDoc {
public:
    explicit WriterDoc(const std::filesystem::path& file); // hidden, read-only, no macros
    ~WriterDoc();
    WriterDoc(const WriterDoc&) = delete;
    WriterDoc& operator=(const WriterDoc&) = delete;

    std::vector<Paragraph> paragraphs() const; // top-level paragraphs of the body
    std::vector<css::uno::Reference<css::text::XTextTable>> tables() const; // in document order
    // Every text in reading order: paragraphs and the cells of each table, one per line.
    std::string text() const;
    css::uno::Reference<css::beans::XPropertySet> paragraph_style(const std::string& name) const;
    css::uno::Reference<css::beans::XPropertySet> page_style(const std::string& name) const;
    int page_count() const; // as Writer lays the document out

private:
    css::uno::Reference<css::lang::XComponent> document_;
};

// A property that cannot be read as T fails the test (a default value would pass quietly).
template <class T>
T value(const css::uno::Reference<css::beans::XPropertySet>& p, const char* name) {
    REQUIRE(p.is());
    T v{};
    INFO("property ", name);
    REQUIRE((p->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= v));
    return v;
}

std::string cell_text(const css::uno::Reference<css::text::XTextTable>& table,
                      const std::string& cell);

// Runs a poppler tool found on PATH (pdfinfo, pdftotext, pdftoppm); its standard output.
std::string poppler(const std::string& tool, const std::vector<std::string>& args);
int pdf_pages(const std::filesystem::path& pdf);
// pdfinfo's size of page `page`: true when it is wider than high (landscape).
bool pdf_landscape(const std::filesystem::path& pdf, int page);
std::string pdf_page_text(const std::filesystem::path& pdf, int page);

} // namespace vnplan::test
