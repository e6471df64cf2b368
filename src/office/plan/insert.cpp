// New paragraphs are written at a cursor at the start of the template paragraph that will be
// deleted: text, then the paragraph's style, then a paragraph break, which leaves the cursor
// at the start of the same template paragraph for the next one.
#include "office/plan/insert.hpp"
#include "office/common/uno_util.hpp"

#include "office/common/ustring.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>

#include <algorithm>

namespace vnplan::office::detail {

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

namespace {

Sequence<rtl::OUString> sequence(std::initializer_list<const char*> names) {
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(names.size()));
    sal_Int32 i = 0;
    for (const char* n : names)
        out[i++] = rtl::OUString::createFromAscii(n);
    return out;
}

Sequence<rtl::OUString> sequence(const std::vector<rtl::OUString>& names) {
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(names.size()));
    for (std::size_t i = 0; i < names.size(); ++i)
        out[static_cast<sal_Int32>(i)] = names[i];
    return out;
}

} // namespace

Values direct_values(const Reference<css::uno::XInterface>& object,
                     const std::vector<rtl::OUString>& names) {
    Values out;
    Reference<css::beans::XPropertyState> state(object, UNO_QUERY);
    Reference<css::beans::XPropertySet> set(object, UNO_QUERY);
    if (!state.is() || !set.is()) return out;
    const auto states = state->getPropertyStates(sequence(names));
    for (sal_Int32 i = 0; i < states.getLength(); ++i)
        if (states[i] == css::beans::PropertyState_DIRECT_VALUE)
            out.emplace_back(names[static_cast<std::size_t>(i)],
                             set->getPropertyValue(names[static_cast<std::size_t>(i)]));
    return out;
}

Inserter::Inserter(Reference<css::text::XText> text,
                   const Reference<css::text::XTextContent>& paragraph)
    : text_(std::move(text)) {
    auto cursor = text_->createTextCursorByRange(paragraph->getAnchor()->getStart());
    cursor_.set(cursor, UNO_QUERY_THROW);
    range_.set(cursor, UNO_QUERY_THROW);
    props_.set(cursor, UNO_QUERY_THROW);
    state_.set(cursor, UNO_QUERY_THROW);
    states_.set(cursor, UNO_QUERY_THROW);
    multi_.set(cursor, UNO_QUERY_THROW);
    // Text typed at the cursor takes the attributes of the template paragraph: clear them.
    cursor_->gotoEndOfParagraph(true);
    std::vector<rtl::OUString> all = paragraph_properties();
    const auto& chars = character_properties();
    all.insert(all.end(), chars.begin(), chars.end());
    states_->setPropertiesToDefault(sequence(all));
    cursor_->collapseToStart();
}

void Inserter::paragraph(const ParagraphFormat& format, const std::vector<plan::Run>& runs) {
    // The whole text in one go ('\n' as line breaks), then the emphasis of the runs.
    std::string whole;
    std::vector<sal_Int32> lengths;
    bool emphasis = false;
    for (const plan::Run& run : runs) {
        whole += run.text;
        lengths.push_back(to_ou(run.text).getLength()); // a line break is one character too
        emphasis = emphasis || run.bold || run.italic;
    }
    const bool plain = !emphasis && !inherited_ && format.character.empty() &&
                       whole.find('\n') == std::string::npos;
    if (plain && format.paragraph.empty()) { // held back: see flush()
        if (!held_.isEmpty() && held_style_ != format.style) flush();
        held_style_ = format.style;
        held_.append(to_ou(whole)).append('\r');
        return;
    }
    flush();
    if (!direct_.empty()) { // the previous paragraph's direct formatting went on with the break
        states_->setPropertiesToDefault(sequence(direct_));
        direct_.clear();
    }
    if (plain) {
        // Its style first, then its text and the break in one call ('\r' splits the paragraph
        // as the control character does).
        set_paragraph(format);
        text_->insertString(range_, to_ou(whole) + "\r", false);
        return;
    }
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = whole.find('\n', start);
        text_->insertString(
            range_, to_ou(whole.substr(start, end == std::string::npos ? end : end - start)),
            false);
        if (end == std::string::npos) break;
        text_->insertControlCharacter(range_, css::text::ControlCharacter::LINE_BREAK, false);
        start = end + 1;
    }
    if (emphasis || inherited_ || !format.character.empty()) {
        cursor_->gotoStartOfParagraph(true);
        // Writer carries the emphasis at the end of a paragraph into the next one (as typing
        // would): take it off again.
        if (inherited_) states_->setPropertiesToDefault(sequence({"CharWeight", "CharPosture"}));
        for (const auto& [name, value] : format.character)
            props_->setPropertyValue(name, value);
        cursor_->collapseToStart();
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const auto length = static_cast<sal_Int16>(std::min<sal_Int32>(lengths[i], 32767));
            if (!runs[i].bold && !runs[i].italic) {
                cursor_->goRight(length, false);
                continue;
            }
            cursor_->goRight(length, true);
            if (runs[i].bold)
                props_->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            if (runs[i].italic)
                props_->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
            cursor_->collapseToEnd();
        }
    }
    inherited_ = !runs.empty() && (runs.back().bold || runs.back().italic);
    for (const auto& [name, value] : format.character)
        inherited_ = inherited_ || name == "CharWeight" || name == "CharPosture";
    set_paragraph(format);
    text_->insertControlCharacter(range_, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
}

// Held paragraphs of one style: the style, then all their texts, each ending in '\r' (Writer
// splits the paragraph there, and each new one keeps the style): two calls for the run.
void Inserter::flush() {
    if (held_.isEmpty()) return;
    if (!direct_.empty()) {
        states_->setPropertiesToDefault(sequence(direct_));
        direct_.clear();
    }
    props_->setPropertyValue("ParaStyleName", Any(held_style_));
    text_->insertString(range_, held_.makeStringAndClear(), false);
}

// The style, then the direct paragraph formatting, in one call.
void Inserter::set_paragraph(const ParagraphFormat& format) {
    if (format.paragraph.empty()) {
        props_->setPropertyValue("ParaStyleName", Any(format.style));
        return;
    }
    Sequence<rtl::OUString> names(static_cast<sal_Int32>(format.paragraph.size() + 1));
    Sequence<Any> values(names.getLength());
    names[0] = "ParaStyleName";
    values[0] <<= format.style;
    sal_Int32 i = 1;
    for (const auto& [name, value] : format.paragraph) {
        names[i] = name;
        values[i++] = value;
        direct_.push_back(name);
    }
    multi_->setPropertyValues(names, values);
}

Reference<css::text::XTextTable> Inserter::table(const Reference<css::lang::XComponent>& document,
                                                 const plan::Table& table,
                                                 const TableFiller& fill) {
    flush();
    return insert_table(document, text_, range_, table, fill);
}

} // namespace vnplan::office::detail
