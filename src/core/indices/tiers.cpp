// The dialog's tier table text ("90 Tốt; 80 Khá; 65 Trung bình; 0 Yếu").
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"
#include "core/vntext/text.hpp"

#include <cctype>

namespace vnplan::indices {
namespace {

bool digit(char ch) {
    return std::isdigit(static_cast<unsigned char>(ch)) != 0;
}

// Entries end at ';', a new line, or a comma followed by a number ("90 Tốt, 80 Khá"); a comma
// between digits is a decimal comma ("82,5 Khá").
std::vector<std::string> entries_of(std::string_view text) {
    std::vector<std::string> entries(1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == ';' || ch == '\n' || ch == '\r') {
            entries.emplace_back();
            continue;
        }
        if (ch == ',') {
            std::size_t j = i + 1;
            while (j < text.size() && text[j] == ' ')
                ++j;
            const bool in_number = !entries.back().empty() && digit(entries.back().back());
            if (!in_number && j < text.size() && digit(text[j])) {
                entries.emplace_back();
                continue;
            }
        }
        entries.back() += ch;
    }
    return entries;
}

} // namespace

Tiers parse_tiers(std::string_view text) {
    Tiers tiers;
    for (const std::string& raw : entries_of(text)) {
        const std::string entry(vntext::trim_ascii(raw));
        if (entry.empty()) continue;
        std::size_t end = 0;
        while (end < entry.size() &&
               (digit(entry[end]) || entry[end] == ',' || entry[end] == '.' || entry[end] == '-'))
            ++end;
        const auto value = vntext::parse_decimal(std::string_view(entry).substr(0, end)); // "82,5"
        const auto label_start = entry.find_first_not_of(" \t", end);
        if (!value || label_start == std::string::npos || label_start == end)
            detail::fail("Mục xếp loại \"" + entry +
                             "\" phải có dạng: ngưỡng % rồi tên, ví dụ \"80 Khá\".",
                         "The tier entry \"" + entry +
                             "\" must be a threshold (%) and a label, e.g. \"80 Good\".");
        tiers.thresholds.push_back(*value);
        tiers.labels.push_back(entry.substr(label_start));
    }
    return tiers;
}

} // namespace vnplan::indices
