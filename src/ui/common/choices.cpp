#include "ui/common/choices.hpp"

#include "core/awards/apportion.hpp"

namespace vnplan::ui {

std::vector<Choice> method_choices() {
    std::vector<Choice> out;
    for (const auto method : awards::all_allocation_methods)
        out.push_back({std::string(awards::canonical_name(method)), awards::display_name(method)});
    return out;
}

const std::vector<Choice>& tie_choices() {
    static const std::vector<Choice> choices{
        {"competition", {"Cạnh tranh: 1, 2, 2, 4", "Competition: 1, 2, 2, 4"}},
        {"dense", {"Liên tục: 1, 2, 2, 3", "Dense: 1, 2, 2, 3"}},
        {"average", {"Trung bình: 1; 2,5; 2,5; 4", "Average: 1, 2.5, 2.5, 4"}},
        {"ordinal", {"Thứ tự trên bảng: 1, 2, 3, 4", "Sheet order: 1, 2, 3, 4"}}};
    return choices;
}

const std::vector<Choice>& language_choices() {
    static const std::vector<Choice> choices{{"", {"Theo ngôn ngữ giao diện", "As the interface"}},
                                             {"vi", {"Tiếng Việt", "Tiếng Việt (Vietnamese)"}},
                                             {"en", {"Tiếng Anh (English)", "English"}}};
    return choices;
}

std::vector<std::string> labels_of(const std::vector<Choice>& choices, Lang lang) {
    std::vector<std::string> labels;
    for (const auto& choice : choices)
        labels.push_back(choice.label.in(lang));
    return labels;
}

std::size_t index_of(const std::vector<Choice>& choices, const std::string& value) {
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].value == value) return i;
    return 0;
}

std::string template_field_text(const std::string& path, Lang lang) {
    return path.empty() ? default_template_name.in(lang) : path;
}

std::string template_from_field(const std::string& text) {
    if (text == default_template_name.vi || text == default_template_name.en) return {};
    return text;
}

} // namespace vnplan::ui
