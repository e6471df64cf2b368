#include "core/common/formula_refs.hpp"

#include <cctype>
#include <string>

namespace vnplan {
namespace {

// "$C$6" at text[i]: advances i; none when no cell address starts there.
std::optional<std::pair<std::size_t, std::size_t>> cell_at(std::string_view text, std::size_t& i) {
    std::size_t j = i;
    if (j < text.size() && text[j] == '$') ++j;
    std::size_t column = 0, letters = 0;
    for (; j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])) && letters < 3;
         ++j, ++letters)
        column = column * 26 + static_cast<std::size_t>(
                                   std::toupper(static_cast<unsigned char>(text[j])) - 'A' + 1);
    if (letters == 0) return std::nullopt;
    if (j < text.size() && text[j] == '$') ++j;
    std::size_t row = 0, digits = 0;
    for (; j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])) && digits < 8;
         ++j, ++digits)
        row = row * 10 + static_cast<std::size_t>(text[j] - '0');
    if (digits == 0 || row == 0) return std::nullopt;
    i = j;
    return std::pair{column - 1, row - 1};
}

// "C6" or "C6:C9" at text[i].
std::optional<CellBlock> block_at(std::string_view text, std::size_t& i) {
    const auto a = cell_at(text, i);
    if (!a) return std::nullopt;
    auto b = a;
    if (i < text.size() && text[i] == ':') {
        ++i;
        b = cell_at(text, i);
        if (!b) return std::nullopt;
    }
    CellBlock block;
    block.top = std::min(a->second, b->second), block.bottom = std::max(a->second, b->second);
    block.left = std::min(a->first, b->first), block.right = std::max(a->first, b->first);
    return block;
}

} // namespace

std::optional<std::vector<CellBlock>> summed_blocks(std::string_view formula) {
    std::string text;
    for (char c : formula)
        if (c != ' ') text += c;
    if (text.empty() || text[0] != '=') return std::nullopt;
    std::vector<CellBlock> out;
    std::size_t i = 1;
    bool term = true; // a term is expected next
    int depth = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (term) {
            if (depth == 0 &&
                (text.compare(i, 4, "SUM(") == 0 || text.compare(i, 4, "sum(") == 0)) {
                i += 4;
                depth = 1;
                continue;
            }
            const auto block = block_at(text, i);
            if (!block) return std::nullopt;
            out.push_back(*block);
            term = false;
            continue;
        }
        if (c == '+' && depth == 0)
            term = true;
        else if ((c == ';' || c == ',') && depth == 1)
            term = true;
        else if (c == ')' && depth == 1)
            depth = 0;
        else
            return std::nullopt;
        ++i;
    }
    if (term || depth != 0 || out.empty()) return std::nullopt;
    return out;
}

} // namespace vnplan
