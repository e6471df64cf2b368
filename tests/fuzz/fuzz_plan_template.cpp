// The template parser: expand() and expand_row() on the paragraphs of the input, one a line.
// "@Name=value" sets a field and "@Name[]=a|b" a list, besides the fields every plan has;
// "[table]" stands for a table between paragraphs; "|a|b" is a table row with cells a and b.
#include "common/plan_bindings.hpp"
#include "core/common/message.hpp"
#include "core/plan/template.hpp"
#include "fuzz_input.hpp"

using namespace vnplan;
using namespace vnplan::plan;

namespace {

// The sample of the unit tests, plus a number and an empty list.
Bindings common_bindings() {
    Bindings b = vnplan::test::sample_bindings();
    b.set("Số", "143");
    b.set_list("Trống", {});
    return b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Bindings bindings = common_bindings();
    std::vector<TemplateBlock> blocks;
    std::vector<std::vector<std::string>> rows;
    for (auto line : fuzz::detail::split(fuzz::text_of(data, size), '\n', 256)) {
        if (line.starts_with('@') && line.find('=') != line.npos) {
            const auto eq = line.find('=');
            auto name = line.substr(1, eq - 1);
            if (name.ends_with("[]")) {
                std::vector<std::string> items;
                for (auto item : fuzz::detail::split(line.substr(eq + 1), '|', 16))
                    items.emplace_back(item);
                bindings.set_list(name.substr(0, name.size() - 2), items);
            } else {
                bindings.set(name, std::string(line.substr(eq + 1)));
            }
        } else if (line.starts_with('|')) {
            std::vector<std::string> cells;
            for (auto cell : fuzz::detail::split(line.substr(1), '|', 16))
                cells.emplace_back(cell);
            rows.push_back(std::move(cells));
        } else {
            blocks.push_back({std::string(line), line == "[table]"});
        }
    }
    try {
        (void)expand(blocks, bindings);
    } catch (const InputError&) {
    }
    for (const auto& cells : rows) {
        try {
            (void)expand_row(cells, bindings);
        } catch (const InputError&) {
        }
    }
    for (const auto& block : blocks) {
        for (const auto& p : find_placeholders(block.text)) {
            (void)parse_name(p.name);
            (void)names_scalar(p.name, bindings);
        }
        (void)substitute(block.text, bindings, false);
        try {
            (void)substitute(block.text, bindings, true);
        } catch (const InputError&) {
        }
    }
    return 0;
}
