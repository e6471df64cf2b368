// The award table reader: verify() and everything that reads its result, on a grid decoded
// from the input (fuzz_input.hpp). InputError ("not an award table") is the only refusal.
#include "core/awards/summary.hpp"
#include "core/awards/table.hpp"
#include "core/awards/verify.hpp"
#include "fuzz_input.hpp"

using namespace vnplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Grid grid = fuzz::read_grid(fuzz::text_of(data, size));
    try {
        const awards::Verification v = awards::verify(grid);
        for (Lang lang : {Lang::vi, Lang::en}) {
            (void)awards::report_lines(v, lang);
            (void)awards::reading_lines(grid, v, lang);
        }
        (void)awards::counts_text(v.total.computed, v.layout.count_headers);
        try {
            (void)awards::summarize(grid, v);
        } catch (const InputError&) {
        }
        const long width = static_cast<long>(grid.width());
        for (long column = 0; column <= width + 1 && column < 8; ++column)
            for (const awards::SectionChoice& section :
                 {awards::SectionChoice{}, awards::SectionChoice{std::int64_t{2}},
                  awards::SectionChoice{"I"}}) {
                try {
                    (void)awards::award_total(grid, column, section);
                } catch (const InputError&) {
                }
            }
    } catch (const InputError&) {
    }
    return 0;
}
