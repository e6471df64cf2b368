// Internal to the score layout reader: turning a read block into the layout's components,
// areas and lines, shared by read_score_layout and layout_of_spans. Not part of the API.
#pragma once

#include "core/indices/score_layout.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vnplan::indices::detail {

// Frame cells holding the maxima and weights, one per block column (nullopt: none given).
struct LineCells {
    std::vector<std::optional<Position>> maxima, weights;
    std::size_t first = 0; // frame column of the block's first column
};

// Components (maximum from its cell or its header, which must agree), areas (a stated area
// maximum must equal its components' sum) and bonus/penalty/total lines into `out`.
void fill_from_block(const Frame& frame, const ScoreBlock& block, const LineCells& cells,
                     ScoreLayout& out);

// Units each scored twice, on a "Tự chấm" and a "Thẩm định" line of their own, are not
// supported: InputError naming `where` when the unit names are such labels.
void check_unit_names(const std::vector<std::string>& names, const std::string& where);

// A year 1900..2999 standing alone in a label ("Xếp hạng năm 2021").
std::optional<int> year_in(const std::string& text);

// A cell's text as a name: legacy text converted, numbers as typed ("07" stays text).
std::string name_text(const Frame& frame, std::size_t row, std::size_t column);

} // namespace vnplan::indices::detail
