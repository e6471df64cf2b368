// Reading the words of a score sheet: header labels (legacy TCVN3/VNI text converted), the
// maximum a header states ("(10 điểm)", "- 9,5đ", "(tối đa 12)"), numbering ("I.", "1.2"),
// and the keywords that tell a column's role. Pure text functions; used by the layout reader.
#pragma once

#include "core/common/grid.hpp"
#include "core/vntext/vntext.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace vnplan::indices {

// The legacy encoding most of a sheet's text cells are in (TCVN3 or VNI), if any: short
// labels such as "thò xaõ" (VNI for "thị xã") read as Vietnamese either way, and the rest of
// the sheet decides.
std::optional<vntext::Encoding> legacy_encoding(const Grid& grid);

// The text of a label cell as Unicode NFC (TCVN3/VNI detected and converted; a cell the
// detector cannot decide follows `sheet`), whitespace runs and line breaks collapsed to one
// space, trimmed. "" for a cell without text.
std::string label_text(const Cell& cell, std::optional<vntext::Encoding> sheet = std::nullopt);

// Whether a folded label (vntext::fold_exact: "Điểm Tối Đa" -> "điểm tối đa") contains one of
// `words` (folded Vietnamese). A label typed without any mark ("diem toi da") is tested against
// the words without their marks (vntext::fold_loose).
bool mentions(std::string_view folded, std::initializer_list<std::string_view> words);

// The maximum a header states: a number followed by "điểm"/"đ" ("(10 điểm)", "9,5đ") or
// following "tối đa"/"max" ("(tối đa 12)"); decimal comma or point. `name` is the label
// without that part when it stood apart ("Công tác chỉ đạo (10 điểm)" -> "Công tác chỉ
// đạo"), else the label unchanged.
struct TextMaximum {
    double value = 0;
    std::string name;
};
std::optional<TextMaximum> maximum_in_text(std::string_view label);

// A plain number typed as text ("9,5", "10"); nullopt otherwise.
std::optional<double> number_in_text(std::string_view label);

// The depth of a numbering: "I", "II.", "A." -> 0 (an area); "1", "2." -> 1; "1.1" -> 2;
// "1.1.1" -> 3; "a)", "b." -> 4. nullopt when the text is not a numbering.
std::optional<int> numbering_depth(std::string_view text);
// The depth of a numbering the label starts with ("II. Cải cách thể chế" -> 0), if any.
std::optional<int> leading_numbering_depth(std::string_view label);

} // namespace vnplan::indices
