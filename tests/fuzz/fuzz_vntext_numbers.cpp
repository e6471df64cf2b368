// Numbers and dates in words: VNWORDS, VNMONEY, VNORDINAL, VNNUMBER, VNDATE and the style
// words. The input is "NUMBER|STYLE|DECIMALS|PLACE" (missing fields: defaults).
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"
#include "fuzz_input.hpp"
#include "fuzz_refused.hpp"

using namespace vnplan::vntext;
using vnplan::fuzz::refused_or_done;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto fields = vnplan::fuzz::detail::split(vnplan::fuzz::text_of(data, size), '|', 4);
    double value = 0;
    std::from_chars(fields[0].data(), fields[0].data() + fields[0].size(), value);
    const std::string_view style = fields.size() > 1 ? fields[1] : "";
    int decimals = -1;
    if (fields.size() > 2)
        std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), decimals);
    const std::string_view place = fields.size() > 3 ? fields[3] : "";

    refused_or_done([&] { (void)number_words(value, style); });
    refused_or_done([&] { (void)money_words(value, style); });
    refused_or_done([&] { (void)number_words(value); });
    refused_or_done([&] { (void)money_words(value, Style{true, true, true, true}); });
    refused_or_done([&] { (void)ordinal_words(value); });
    refused_or_done([&] { (void)number_text(value); });
    refused_or_done([&] {
        (void)number_text(value, decimals < 0 ? std::nullopt : std::optional<int>(decimals));
    });
    refused_or_done([&] { (void)date_words(value, place); });
    refused_or_done([&] { (void)date_from_serial(value, CivilDate{1904, 1, 1}); });
    refused_or_done([&] { (void)date_words(decimals, static_cast<int>(size % 14), 31, place); });
    return 0;
}
