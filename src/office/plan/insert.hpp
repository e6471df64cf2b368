// Internal to the plan renderer: writing new paragraphs and tables before a template
// paragraph that is about to be deleted, with one cursor (few calls across the bridge).
#pragma once

#include "core/plan/model.hpp"
#include "office/plan/writer.hpp"

#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XMultiPropertyStates.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <rtl/ustrbuf.hxx>

#include <string>
#include <utility>
#include <vector>

namespace vnplan::office::detail {

namespace css = com::sun::star;

using Values = std::vector<std::pair<rtl::OUString, css::uno::Any>>;

// How a new paragraph looks: its style and any direct formatting to repeat.
struct ParagraphFormat {
    rtl::OUString style;
    Values paragraph; // direct paragraph formatting (indents, borders, ...)
    Values character; // direct character formatting of the whole text
};

// Direct formatting that a copy of a template paragraph carries over.
const std::vector<rtl::OUString>& paragraph_properties();
const std::vector<rtl::OUString>& character_properties();
// The direct (not inherited) values among `names` of an object.
Values direct_values(const css::uno::Reference<css::uno::XInterface>& object,
                     const std::vector<rtl::OUString>& names);

class Inserter {
public:
    // New content goes before `paragraph`, whose own direct formatting is cleared first so
    // that nothing of it leaks into the new paragraphs.
    Inserter(css::uno::Reference<css::text::XText> text,
             const css::uno::Reference<css::text::XTextContent>& paragraph);

    // A paragraph of runs; '\n' in a run is a line break. Plain paragraphs (one run without
    // emphasis or direct formatting) are held back and written with the next ones of their
    // style in one call (each call is a round trip to the office): flush() writes them.
    void paragraph(const ParagraphFormat& format, const std::vector<plan::Run>& runs);
    // Writes the paragraphs held back; table() does so first, the caller once it is done.
    void flush();
    css::uno::Reference<css::text::XTextTable>
    table(const css::uno::Reference<css::lang::XComponent>& document, const plan::Table& table,
          const TableFiller& fill);

private:
    void set_paragraph(const ParagraphFormat& format);

    css::uno::Reference<css::text::XText> text_;
    css::uno::Reference<css::text::XParagraphCursor> cursor_;
    css::uno::Reference<css::text::XTextRange> range_;
    css::uno::Reference<css::beans::XPropertySet> props_;
    css::uno::Reference<css::beans::XPropertyState> state_;
    css::uno::Reference<css::beans::XMultiPropertyStates> states_;
    css::uno::Reference<css::beans::XMultiPropertySet> multi_;
    std::vector<rtl::OUString> direct_; // paragraph properties the last paragraph set directly
    bool inherited_ = false;            // the last paragraph ended bold or italic
    rtl::OUStringBuffer held_;          // plain paragraphs of held_style_, each ending in '\r'
    rtl::OUString held_style_;
};

} // namespace vnplan::office::detail
