// Recognising the words clerks write in award tables ("Tổng cộng:", "II.", "STT").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::awards {

// NFC, case folded, trimmed, inner white space collapsed, trailing ':' and '.' dropped.
std::string fold_label(std::string_view text);

// The value of a Roman numeral section label ("IV", "iv.", "VI") or none.
std::optional<int> roman_value(std::string_view text);

// The whole number of an item label ("3", "3.", " 12 ") or none.
std::optional<long> item_number(std::string_view text);

bool is_total_label(std::string_view text);

} // namespace vnplan::awards
