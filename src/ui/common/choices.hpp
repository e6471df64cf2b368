// The choices the options page and the dialogs share: list boxes of methods and tie rules,
// and how the default plan template is shown (by its name, never by a path in the office's
// cache).
#pragma once

#include "core/common/message.hpp"

#include <string>
#include <vector>

namespace vnplan::ui {

// A choice of a list box: the value stored and what the clerk reads.
struct Choice {
    std::string value;
    Message label;
};

std::vector<Choice> method_choices();          // ALLOCATE's methods; value = canonical name
const std::vector<Choice>& tie_choices();      // INDEXRANK's rules; value = argument name
const std::vector<Choice>& language_choices(); // reports' language; "" = the interface's

// The labels of `choices` in `lang`, and the index of `value` among them (0 when absent;
// "" means the first choice, the built-in default).
std::vector<std::string> labels_of(const std::vector<Choice>& choices, Lang lang);
std::size_t index_of(const std::vector<Choice>& choices, const std::string& value);

// "Mặc định - Nghị định 30/2020" / "Default - Decree 30/2020".
inline const Message default_template_name{"Mặc định - Nghị định 30/2020",
                                           "Default - Decree 30/2020"};
// What a template field shows for a template path ("" = the default template).
std::string template_field_text(const std::string& path, Lang lang);
// The template path a field's text names: "" for the default (its name in either language,
// or nothing typed), else the text as typed.
std::string template_from_field(const std::string& text);

} // namespace vnplan::ui
