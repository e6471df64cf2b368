// The plan's text against its tables: the figures a body paragraph states about an award
// appendix ("33 tập thể, 44 cá nhân", "tổng số 77 chỉ tiêu") against the appendix's computed
// totals, and numbers followed by their words ("33.500.000 đồng (Ba mươi ba triệu năm trăm
// nghìn đồng)") against those words. The rule and what it leaves alone: docs/plan-workbook.md.
#pragma once

#include "core/common/message.hpp"
#include "core/plan/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::plan {

// One stated figure that disagrees.
struct FigureFinding {
    std::size_t paragraph = 0;           // index into Document::body
    std::string paragraph_cell;          // the paragraph's text cell on the body sheet ("D12")
    std::string stated;                  // as written: "34 tập thể", "33.500.000 đồng (...)"
    std::optional<std::size_t> appendix; // the appendix compared with; none for words
    std::string appendix_sheet;          // its sheet; empty for words
    std::string appendix_cell;           // its cell(s) holding the total ("C53", "C53:D53")
    Message message;                     // what disagrees, naming the appendix and its cell

    // "Nội dung!D12: ..." in `lang`, as reports show it.
    std::string line(const std::string& body_sheet, Lang lang) const;
};

struct TextFigures {
    std::size_t checked = 0;             // figures compared (with an appendix or their words)
    std::vector<FigureFinding> findings; // those that disagree, in paragraph order
};

// The body's figures checked. Figures are only read where the rule is sure what they state
// (docs/plan-workbook.md); everything else is left alone.
TextFigures check_text_figures(const Document& document);
inline std::vector<FigureFinding> text_figure_findings(const Document& document) {
    return check_text_figures(document).findings;
}

} // namespace vnplan::plan
