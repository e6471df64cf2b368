#include "ui/common/options_page.hpp"

#include "core/awards/apportion.hpp"
#include "core/common/message.hpp"
#include "core/indices/indices.hpp"
#include "core/vntext/vntext.hpp"
#include "office/common/options.hpp"
#include "ui/common/choices.hpp"
#include "ui/common/support.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include <string>
#include <vector>

namespace vnplan::ui {

namespace {

Reference<css::beans::XPropertySet> model(const Reference<css::awt::XWindow>& window,
                                          const char* control) {
    Reference<css::awt::XControlContainer> controls(window, UNO_QUERY_THROW);
    Reference<css::awt::XControl> c(controls->getControl(rtl::OUString::createFromAscii(control)),
                                    UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW);
}

void show_choices(const Reference<css::awt::XWindow>& window, const char* control,
                  const std::vector<Choice>& choices, const std::string& value, Lang lang) {
    std::vector<std::string> labels;
    sal_Int16 selected = 0;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        labels.push_back(choices[i].label.in(lang));
        if (choices[i].value == value) selected = static_cast<sal_Int16>(i);
    }
    const auto m = model(window, control);
    m->setPropertyValue("StringItemList", Any(string_list(labels)));
    Sequence<sal_Int16> selection(1);
    selection[0] = selected;
    m->setPropertyValue("SelectedItems", Any(selection));
}

std::string chosen(const Reference<css::awt::XWindow>& window, const char* control,
                   const std::vector<Choice>& choices) {
    Sequence<sal_Int16> selected;
    model(window, control)->getPropertyValue("SelectedItems") >>= selected;
    if (selected.getLength() == 0 || selected[0] < 0 ||
        static_cast<std::size_t>(selected[0]) >= choices.size())
        return choices.front().value;
    return choices[static_cast<std::size_t>(selected[0])].value;
}

void set_checked(const Reference<css::awt::XWindow>& window, const char* control, bool checked) {
    model(window, control)->setPropertyValue("State", Any(sal_Int16(checked ? 1 : 0)));
}

bool checked(const Reference<css::awt::XWindow>& window, const char* control) {
    sal_Int16 state = 0;
    model(window, control)->getPropertyValue("State") >>= state;
    return state == 1;
}

std::string text(const Reference<css::awt::XWindow>& window, const char* control) {
    rtl::OUString value;
    model(window, control)->getPropertyValue("Text") >>= value;
    return to_utf8(value.trim());
}

void set_text(const Reference<css::awt::XWindow>& window, const char* control,
              const std::string& value) {
    model(window, control)->setPropertyValue("Text", Any(to_ou(value)));
}

// The three style words as check boxes; stored as the words VNWORDS takes ("lẻ ngàn").
void show(const Reference<css::awt::XWindow>& window, const office::Options& options, Lang lang) {
    show_choices(window, "Method", method_choices(), options.allocation_method, lang);
    show_choices(window, "Ties", tie_choices(), options.tie_rule, lang);
    show_choices(window, "Language", language_choices(), options.report_language, lang);
    vntext::Style style;
    try {
        style = vntext::parse_style(options.number_style);
    } catch (...) { // a hand-edited configuration: show the official style
    }
    set_checked(window, "WordsLe", style.le);
    set_checked(window, "WordsNgan", style.ngan);
    set_checked(window, "WordsBon", style.bon);
    set_text(window, "Template", template_field_text(options.template_path, lang));
    set_text(window, "OutputFolder", options.output_folder);
}

office::Options read(const Reference<css::awt::XWindow>& window) {
    office::Options options;
    options.allocation_method = chosen(window, "Method", method_choices());
    if (options.allocation_method == "hamilton") options.allocation_method.clear();
    options.tie_rule = chosen(window, "Ties", tie_choices());
    if (options.tie_rule == "competition") options.tie_rule.clear();
    options.report_language = chosen(window, "Language", language_choices());
    std::string words;
    for (const auto& [control, word] :
         {std::pair{"WordsLe", "lẻ"}, std::pair{"WordsNgan", "ngàn"}, std::pair{"WordsBon", "bốn"}})
        if (checked(window, control)) words += (words.empty() ? "" : " ") + std::string(word);
    options.number_style = words;
    options.template_path = template_from_field(text(window, "Template"));
    options.output_folder = text(window, "OutputFolder");
    return options;
}

} // namespace

sal_Bool OptionsPage::callHandlerMethod(const Reference<css::awt::XWindow>& window,
                                        const Any& event, const rtl::OUString& method) {
    try {
        if (!window.is()) return false;
        const Lang lang = interface_lang(context_);
        rtl::OUString what;
        if (method == "external_event") event >>= what;
        if (method == "browse_template") {
            browse_template(window, lang);
            return true;
        }
        if (method == "browse_folder") {
            const std::string chosen = pick_folder(context_, text(window, "OutputFolder"));
            if (!chosen.empty()) set_text(window, "OutputFolder", chosen);
            return true;
        }
        if (what == "ok") {
            office::store_options(context_, read(window));
        } else if (what == "initialize" || what == "back") {
            office::set_options_context(context_);
            show(window, office::current_options(), lang);
        } else {
            return false;
        }
        return true;
    } catch (...) {
        return false; // never let a failure reach the options dialog
    }
}

Sequence<rtl::OUString> OptionsPage::getSupportedMethodNames() {
    Sequence<rtl::OUString> names(3);
    names[0] = "external_event";
    names[1] = "browse_template"; // the "..." buttons
    names[2] = "browse_folder";
    return names;
}

// The file picker opens where the template field points.
void OptionsPage::browse_template(const Reference<css::awt::XWindow>& window, Lang lang) {
    // The default template lives in the office's cache: start where the documents go.
    std::string start = template_from_field(text(window, "Template"));
    if (start.empty()) start = text(window, "OutputFolder");
    const std::string chosen = pick_file(
        context_, start, lang == Lang::vi ? "Mẫu văn bản" : "Document templates", "*.ott");
    if (!chosen.empty()) set_text(window, "Template", chosen);
}

rtl::OUString OptionsPage::getImplementationName() {
    return rtl::OUString::createFromAscii(options_page_implementation);
}

sal_Bool OptionsPage::supportsService(const rtl::OUString& name) {
    return name.equalsAscii(options_page_service);
}

Sequence<rtl::OUString> options_page_services() {
    Sequence<rtl::OUString> names(1);
    names[0] = rtl::OUString::createFromAscii(options_page_service);
    return names;
}

Sequence<rtl::OUString> OptionsPage::getSupportedServiceNames() {
    return options_page_services();
}

} // namespace vnplan::ui
