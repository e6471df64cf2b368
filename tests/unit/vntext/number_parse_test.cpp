// VNPARSE / VNWORDSCHECK (read_number_words, words_say) and VNMONEY's currencies. The expected
// values of the hand-typed texts are read by hand with the rules of docs/vntext.md and
// ../shared/docs/domain.md; the round trips check number -> words (every style) -> number.
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace vnplan::vntext;

namespace {

struct Typed {
    const char* text;
    double value;
};

// What clerks type, each with the value its words say.
const Typed typed[] = {
    {"Một trăm lẻ năm", 105},
    {"một trăm linh năm", 105},
    {"mười lăm ngàn", 15000},
    {"mười năm nghìn", 15000},
    {"hai mươi tư", 24},
    {"hai mươi bốn", 24},
    {"hai mươi mốt", 21},
    {"hai mươi một", 21},
    {"hai chục", 20},
    {"hai chục nghìn", 20000},
    {"ba mươi lăm", 35},
    {"ba mươi năm", 35},
    {"ba mươi nhăm", 35},
    {"mười tư", 14},
    {"mười bốn", 14},
    {"bẩy", 7},
    {"mười bẩy", 17},
    {"bảy mươi bẩy", 77},
    {"một tỉ", 1e9},
    {"hai tỷ ba trăm triệu", 2300000000},
    {"Ba mươi ba triệu đồng", 33000000},
    {"Ba mươi ba triệu đồng chẵn", 33000000},
    {"Ba mươi ba triệu chẵn", 33000000},
    {"(Bằng chữ: Ba mươi ba triệu năm trăm nghìn đồng)", 33500000},
    {"Bằng chữ: Năm mươi lăm ngàn năm trăm năm mươi lăm đồng chẵn./.", 55555},
    {"Số tiền bằng chữ: Hai trăm nghìn đồng", 200000},
    {"Viết bằng chữ: mười hai nghìn đồng.", 12000},
    {"  BA MƯƠI BA TRIỆU ĐỒNG  ", 33000000},
    {"Một Trăm Linh Năm", 105},
    {"âm một trăm linh năm", -105},
    {"trừ năm", -5},
    {"Âm một nghìn năm trăm đồng", -1500},
    {"tám mươi phẩy bảy mươi chín", 80.79},
    {"ba phẩy không năm", 3.05},
    {"một phẩy không không một", 1.001},
    {"ba phẩy một bốn", 3.14},
    {"ba phẩy một bốn một năm", 3.1415},
    {"không phẩy năm", 0.5},
    {"âm không phẩy năm", -0.5},
    {"một triệu không trăm linh năm", 1000005},
    {"một triệu lẻ năm", 1000005},
    {"một nghìn không trăm ba mươi hai", 1032},
    {"một nghìn ba mươi hai", 1032},
    {"một nghìn tỷ", 1e12},
    {"một nghìn không trăm linh hai tỷ", 1002000000000},
    {"Mười hai đô la Mỹ và tám xu", 12.08},
    {"mười hai đô la và tám xu", 12.08},
    {"Mười hai đô la Mỹ tám xu", 12.08},
    {"mười hai đô-la Mỹ", 12},
    {"mười hai USD", 12},
    {"Một trăm euro và năm mươi xu", 100.5},
    {"mười hai euro", 12},
    {"tám xu", 0.08},
    {"chín mươi chín xu", 0.99},
    {"\"Hai mươi lăm nghìn đồng\"", 25000},
    {"Hai mươi lăm nghìn đồng.", 25000},
    {"“Một trăm đô la Mỹ”", 100},
    {"– Hai trăm nghìn đồng –", 200000},
    {"Sáu mươi chín triệu, ", 69000000},
    {"một trăm mười", 110},
    {"một trăm mười một", 111},
    {"một trăm linh tư", 104},
    {"không", 0},
    {"Không đồng", 0},
    {"mười", 10},
    {"năm triệu không trăm năm mươi nghìn", 5050000},
    {"năm triệu năm mươi nghìn", 5050000},
    {"hai tỷ không trăm linh năm triệu", 2005000000},
    {"một triệu năm nghìn", 1005000},
    {"Mười lăm ngàn đồng", 15000},
    {"hai mươi mốt triệu không trăm hai mươi mốt nghìn không trăm hai mươi mốt", 21021021},
    {"ba mươi mốt phẩy hai mươi lăm", 31.25},
    {"một trăm nghìn VNĐ", 100000},
    {"một\u00A0trăm  linh\tnăm", 105},
    {"chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
     "chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
     999999999999999},
};

// Texts whose value is ambiguous, or that are no number: an error, never a guess.
const char* const unreadable[] = {
    "",
    "   ",
    "()",
    "bằng chữ:",
    "một trăm mốt",      // 101 or 110 (colloquial)
    "hai nghìn mốt",     // 2.001 or 2.100
    "một triệu hai",     // 1.000.002 or 1.200.000
    "một trăm năm",      // 105 or 150
    "một tỷ năm",        // colloquial 1,5 tỷ
    "hai nghìn rưỡi",    // 2.500 colloquial
    "mot tram linh nam", // no diacritics: năm or Nam?
    "một hai",
    "mười mười",
    "nghìn",
    "trăm nghìn",
    "không nghìn",
    "không tỷ",
    "một nghìn không trăm",
    "hai mươi mốt mốt",
    "mười mốt",
    "một mươi",
    "ba mươi triệu đồng đồng",
    "năm đồng và tám xu",
    "mười hai đô la và một trăm xu",
    "một trăm xu",
    "một phẩy",
    "phẩy năm",
    "âm",
    "một triệu tỷ", // above 999.999.999.999.999
    "một nghìn triệu",
    "hai triệu ba",
    "một phẩy năm đồng chẵn",
    "mười hai đô la và tám xu chẵn",
    "12 triệu",
    "33.000.000",
    "ba mươi ba triệu năm trăm nghìn đồng (ba mươi ba triệu)",
    "linh năm",
    "không trăm linh năm",
    "một trăm linh",
    "một trăm linh không",
    "năm mươi lăm nghìn đồng chẵn chẵn",
    "hai mươi tư tư",
    "mười hai yên",
    "tư",
    "lăm",
};

void check_round_trip(double value, const std::string& words, int& count) {
    CAPTURE(value);
    CAPTURE(words);
    CHECK(parse_number_words(words) == value);
    CHECK(words_say(value, words));
    ++count;
}

// Deterministic numbers of every length with many zero digits (inner zero groups).
std::vector<double> sample_numbers() {
    std::vector<double> out;
    for (int n = 0; n <= 120; ++n)
        out.push_back(n);
    for (double n : {1000.0,
                     1005.0,
                     1010.0,
                     1015.0,
                     1021.0,
                     1024.0,
                     1032.0,
                     10000.0,
                     15000.0,
                     15024.0,
                     100000.0,
                     105000.0,
                     1000000.0,
                     1000005.0,
                     1002003.0,
                     20000021.0,
                     999999.0,
                     1e9,
                     1000000001.0,
                     1002000000000.0,
                     1e12,
                     999999999999999.0,
                     123456789012345.0,
                     500000000000005.0,
                     33000000.0,
                     55555.0,
                     210.0,
                     201.0})
        out.push_back(n);
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    for (int i = 0; i < 120; ++i) {
        const int length = 1 + static_cast<int>(next() % 15);
        std::int64_t n = 0;
        for (int d = 0; d < length; ++d)
            n = n * 10 + (next() % 5 < 2 ? 0 : static_cast<std::int64_t>(1 + next() % 9));
        out.push_back(static_cast<double>(i % 7 == 0 ? -n : n));
    }
    for (double x :
         {80.79, 3.05, 1.001,      0.5,  -0.5, 87.06,   6.51,  1234.5678, 0.0001, 99.99,
          -3.05, 2.1,  12345678.9, 4.97, 87.5, 1000.05, 0.105, 1.0205,    21.21,  15.015})
        out.push_back(x);
    return out;
}

} // namespace

TEST_CASE("hand-typed words read as the rules say") {
    int count = 0;
    for (const auto& row : typed) {
        CAPTURE(row.text);
        CHECK(parse_number_words(row.text) == row.value);
        CHECK(words_say(row.value, row.text));
        ++count;
    }
    // Decomposed (NFD) text reads the same.
    const std::string nfd = from_unicode("một trăm linh năm đồng", Encoding::decomposed);
    CHECK(parse_number_words(nfd) == 105);
    ++count;
    CHECK(count >= 60);
}

TEST_CASE("ambiguous or unreadable words are an error, never a guess") {
    for (const char* text : unreadable) {
        CAPTURE(text);
        CHECK_THROWS_AS((void)parse_number_words(text), vnplan::InputError);
        CHECK_FALSE(words_say(0, text));
    }
}

TEST_CASE("round trips: number -> words in every style -> number") {
    int count = 0;
    const auto numbers = sample_numbers();
    for (int variant = 0; variant < 8; ++variant) {
        const Style style{(variant & 1) != 0, (variant & 2) != 0, (variant & 4) != 0, false};
        for (double x : numbers) {
            check_round_trip(x, number_words(x, style), count);
            if (x == static_cast<double>(static_cast<std::int64_t>(x))) {
                check_round_trip(x, money_words(x, style), count);
                Style chan = style;
                chan.chan = true;
                check_round_trip(x, money_words(x, chan), count);
            }
        }
    }
    // USD and EUR with cents.
    for (double x : {12.08, 0.08, 0.99, 1.0, 21.21, 105.05, 1234.5, 999999.99, -12.08, 100.25,
                     15.15, 24.24, 1000000.01}) {
        for (const auto currency : {Currency::usd, Currency::eur})
            for (const char* style : {"", "lẻ, ngàn, bốn", "chẵn"})
                check_round_trip(
                    x, money_words(x, style, currency == Currency::usd ? "USD" : "EUR"), count);
    }
    MESSAGE("round trips: " << count);
    CHECK(count >= 300);
}

TEST_CASE("VNWORDSCHECK: the words say the number, whatever the style") {
    CHECK(words_say(105, "một trăm lẻ năm"));
    CHECK(words_say(105, "Một trăm linh năm đồng"));
    CHECK_FALSE(words_say(150, "một trăm linh năm"));
    // the example: the figure says 33.500.000, the words 33.000.000
    CHECK_FALSE(words_say(33500000, "Ba mươi ba triệu đồng"));
    CHECK(words_say(33500000, "(Bằng chữ: Ba mươi ba triệu năm trăm nghìn đồng)"));
    // money in words is rounded as VNMONEY rounds; "chẵn" claims nothing was rounded away
    CHECK(words_say(15000.4, "Mười lăm nghìn đồng"));
    CHECK_FALSE(words_say(15000.4, "Mười lăm nghìn đồng chẵn"));
    CHECK(words_say(15000, "Mười lăm nghìn đồng chẵn"));
    CHECK_FALSE(words_say(15000.4, "mười lăm nghìn")); // plain words: the exact value
    CHECK(words_say(12.084, "Mười hai đô la Mỹ và tám xu"));
    CHECK_FALSE(words_say(12.08, "Mười hai đô la Mỹ"));
    CHECK(words_say(80.79, "tám mươi phẩy bảy mươi chín"));
    CHECK_FALSE(words_say(80.79, "tám mươi phẩy bảy chín mươi"));
    CHECK_FALSE(words_say(1, ""));
    CHECK_FALSE(words_say(1, "một trăm mốt"));
}

TEST_CASE("VNMONEY in USD and EUR") {
    CHECK(money_words(12.08, "", "USD") == "Mười hai đô la Mỹ và tám xu");
    CHECK(money_words(12, "", "USD") == "Mười hai đô la Mỹ");
    CHECK(money_words(12, "chẵn", "USD") == "Mười hai đô la Mỹ chẵn");
    CHECK(money_words(12.08, "chẵn", "USD") == "Mười hai đô la Mỹ và tám xu");
    CHECK(money_words(0.08, "", "USD") == "Tám xu");
    CHECK(money_words(0, "", "USD") == "Không đô la Mỹ");
    CHECK(money_words(-12.08, "", "USD") == "Âm mười hai đô la Mỹ và tám xu");
    CHECK(money_words(12.085, "chẵn", "USD") == "Mười hai đô la Mỹ và chín xu"); // half up
    CHECK(money_words(0.999, "", "USD") == "Một đô la Mỹ");
    CHECK(money_words(21.21, "", "USD") == "Hai mươi mốt đô la Mỹ và hai mươi mốt xu");
    CHECK(money_words(1234.5, "", "EUR") == "Một nghìn hai trăm ba mươi tư euro và năm mươi xu");
    CHECK(money_words(100.25, "", "euro") == "Một trăm euro và hai mươi lăm xu");
    CHECK(money_words(105.05, "lẻ", "EUR") == "Một trăm lẻ năm euro và năm xu");
    CHECK(money_words(24.24, "bốn, ngàn", "USD") == "Hai mươi bốn đô la Mỹ và hai mươi bốn xu");
    // VND stays the default, unchanged
    CHECK(money_words(33000000, "", "") == "Ba mươi ba triệu đồng");
    CHECK(money_words(33000000, "chẵn", "VND") == "Ba mươi ba triệu đồng chẵn");
    CHECK(money_words(1234.5, "", "đồng") == "Một nghìn hai trăm ba mươi lăm đồng");

    CHECK(parse_currency("") == Currency::vnd);
    CHECK(parse_currency("VNĐ") == Currency::vnd);
    CHECK(parse_currency("usd") == Currency::usd);
    CHECK(parse_currency("Đô la Mỹ") == Currency::usd);
    CHECK(parse_currency("$") == Currency::usd);
    CHECK(parse_currency("Euro") == Currency::eur);
    CHECK(parse_currency("€") == Currency::eur);
    CHECK_THROWS_AS((void)parse_currency("JPY"), vnplan::InputError);
    CHECK_THROWS_AS((void)money_words(1e15, "", "USD"), vnplan::InputError);
}
