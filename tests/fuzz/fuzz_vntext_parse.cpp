// Numbers in words read back: VNPARSE, VNWORDSCHECK and VNMONEY's currencies. The input is
// "WORDS|NUMBER|CURRENCY" (missing fields: none). Besides crashes, it checks the reader's
// promises: a value it reads is finite and within the limit, the text says that value
// (words_say), and the value written in words (every style) reads back as itself.
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"
#include "fuzz_input.hpp"
#include "fuzz_refused.hpp"

#include <cmath>
#include <cstdlib>

using namespace vnplan::vntext;
using vnplan::fuzz::refused_or_done;

namespace {

void require(bool ok) {
    if (!ok) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto fields = vnplan::fuzz::detail::split(vnplan::fuzz::text_of(data, size), '|', 3);
    const std::string_view words = fields[0];
    double number = 0;
    if (fields.size() > 1)
        std::from_chars(fields[1].data(), fields[1].data() + fields[1].size(), number);
    const std::string_view currency = fields.size() > 2 ? fields[2] : "";

    refused_or_done([&] {
        const WordsValue read = read_number_words(words);
        require(std::isfinite(read.value) && std::fabs(read.value) < max_words_value + 1);
        require(words_say(read.value, words));
        for (int variant = 0; variant < 8; ++variant) {
            const Style style{(variant & 1) != 0, (variant & 2) != 0, (variant & 4) != 0, false};
            require(parse_number_words(number_words(read.value, style)) == read.value);
        }
    });
    (void)words_say(number, words);
    refused_or_done([&] {
        const std::string text = money_words(number, "", currency);
        require(words_say(number, text));
    });
    refused_or_done([&] {
        const std::string text = money_words(number, "chẵn, lẻ, ngàn, bốn", currency);
        require(words_say(number, text));
    });
    return 0;
}
