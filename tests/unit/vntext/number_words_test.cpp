// VNWORDS / VNMONEY / VNORDINAL. The expected readings were cross-checked against an
// independent reference implementation of the rules in docs/vntext.md.
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace vnplan::vntext;

namespace {

struct Row {
    double value;
    const char* words;
};

// Default style: linh, nghìn, tư.
const Row default_rows[] = {
    // units and teens
    {0, "không"},
    {1, "một"},
    {2, "hai"},
    {3, "ba"},
    {4, "bốn"},
    {5, "năm"},
    {6, "sáu"},
    {7, "bảy"},
    {8, "tám"},
    {9, "chín"},
    {10, "mười"},
    {11, "mười một"},
    {12, "mười hai"},
    {13, "mười ba"},
    {14, "mười bốn"},
    {15, "mười lăm"},
    {16, "mười sáu"},
    {17, "mười bảy"},
    {18, "mười tám"},
    {19, "mười chín"},
    {20, "hai mươi"},
    {21, "hai mươi mốt"},
    {22, "hai mươi hai"},
    {23, "hai mươi ba"},
    {24, "hai mươi tư"},
    {25, "hai mươi lăm"},
    {26, "hai mươi sáu"},
    {27, "hai mươi bảy"},
    {28, "hai mươi tám"},
    {29, "hai mươi chín"},
    // tens with mốt, tư, lăm
    {30, "ba mươi"},
    {31, "ba mươi mốt"},
    {34, "ba mươi tư"},
    {35, "ba mươi lăm"},
    {40, "bốn mươi"},
    {41, "bốn mươi mốt"},
    {44, "bốn mươi tư"},
    {45, "bốn mươi lăm"},
    {50, "năm mươi"},
    {51, "năm mươi mốt"},
    {54, "năm mươi tư"},
    {55, "năm mươi lăm"},
    {60, "sáu mươi"},
    {61, "sáu mươi mốt"},
    {64, "sáu mươi tư"},
    {65, "sáu mươi lăm"},
    {70, "bảy mươi"},
    {71, "bảy mươi mốt"},
    {74, "bảy mươi tư"},
    {75, "bảy mươi lăm"},
    {80, "tám mươi"},
    {81, "tám mươi mốt"},
    {84, "tám mươi tư"},
    {85, "tám mươi lăm"},
    {90, "chín mươi"},
    {91, "chín mươi mốt"},
    {94, "chín mươi tư"},
    {95, "chín mươi lăm"},
    {99, "chín mươi chín"},
    // hundreds and linh
    {100, "một trăm"},
    {101, "một trăm linh một"},
    {104, "một trăm linh bốn"},
    {105, "một trăm linh năm"},
    {109, "một trăm linh chín"},
    {110, "một trăm mười"},
    {111, "một trăm mười một"},
    {114, "một trăm mười bốn"},
    {115, "một trăm mười lăm"},
    {120, "một trăm hai mươi"},
    {121, "một trăm hai mươi mốt"},
    {124, "một trăm hai mươi tư"},
    {125, "một trăm hai mươi lăm"},
    {200, "hai trăm"},
    {205, "hai trăm linh năm"},
    {210, "hai trăm mười"},
    {215, "hai trăm mười lăm"},
    {250, "hai trăm năm mươi"},
    {255, "hai trăm năm mươi lăm"},
    {301, "ba trăm linh một"},
    {404, "bốn trăm linh bốn"},
    {505, "năm trăm linh năm"},
    {515, "năm trăm mười lăm"},
    {999, "chín trăm chín mươi chín"},
    // thousands, không trăm in inner groups
    {1000, "một nghìn"},
    {1001, "một nghìn không trăm linh một"},
    {1005, "một nghìn không trăm linh năm"},
    {1010, "một nghìn không trăm mười"},
    {1015, "một nghìn không trăm mười lăm"},
    {1032, "một nghìn không trăm ba mươi hai"},
    {1100, "một nghìn một trăm"},
    {1105, "một nghìn một trăm linh năm"},
    {1111, "một nghìn một trăm mười một"},
    {2024, "hai nghìn không trăm hai mươi tư"},
    {2222, "hai nghìn hai trăm hai mươi hai"},
    {3333, "ba nghìn ba trăm ba mươi ba"},
    {4444, "bốn nghìn bốn trăm bốn mươi tư"},
    {5555, "năm nghìn năm trăm năm mươi lăm"},
    {6666, "sáu nghìn sáu trăm sáu mươi sáu"},
    {7777, "bảy nghìn bảy trăm bảy mươi bảy"},
    {8888, "tám nghìn tám trăm tám mươi tám"},
    {9999, "chín nghìn chín trăm chín mươi chín"},
    {10000, "mười nghìn"},
    {10005, "mười nghìn không trăm linh năm"},
    {11000, "mười một nghìn"},
    {12345, "mười hai nghìn ba trăm bốn mươi lăm"},
    {15000, "mười lăm nghìn"},
    {21000, "hai mươi mốt nghìn"},
    {24000, "hai mươi tư nghìn"},
    {25000, "hai mươi lăm nghìn"},
    {54321, "năm mươi tư nghìn ba trăm hai mươi mốt"},
    {90009, "chín mươi nghìn không trăm linh chín"},
    {100000, "một trăm nghìn"},
    {100001, "một trăm nghìn không trăm linh một"},
    {105000, "một trăm linh năm nghìn"},
    {115000, "một trăm mười lăm nghìn"},
    {700070, "bảy trăm nghìn không trăm bảy mươi"},
    {999999, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
    // millions and skipped zero groups
    {1000000, "một triệu"},
    {1000001, "một triệu không trăm linh một"},
    {1000005, "một triệu không trăm linh năm"},
    {1000010, "một triệu không trăm mười"},
    {1000100, "một triệu một trăm"},
    {1001000, "một triệu không trăm linh một nghìn"},
    {1005000, "một triệu không trăm linh năm nghìn"},
    {1032000, "một triệu không trăm ba mươi hai nghìn"},
    {1234567, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"},
    {2000015, "hai triệu không trăm mười lăm"},
    {8000800, "tám triệu tám trăm"},
    {33000000, "ba mươi ba triệu"},
    {60060060, "sáu mươi triệu không trăm sáu mươi nghìn không trăm sáu mươi"},
    {100000000, "một trăm triệu"},
    {105105105, "một trăm linh năm triệu một trăm linh năm nghìn một trăm linh năm"},
    {999999999,
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
    // tỷ
    {1000000000, "một tỷ"},
    {1000000001, "một tỷ không trăm linh một"},
    {1000000005, "một tỷ không trăm linh năm"},
    {1000005000, "một tỷ không trăm linh năm nghìn"},
    {1005000000, "một tỷ không trăm linh năm triệu"},
    {1234567890, "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi"},
    {21000000000.0, "hai mươi mốt tỷ"},
    {100000000000.0, "một trăm tỷ"},
    {999999999999.0, "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín "
                     "mươi chín nghìn chín trăm chín mươi chín"},
    // nghìn tỷ up to the limit
    {1000000000000.0, "một nghìn tỷ"},
    {1000000000005.0, "một nghìn tỷ không trăm linh năm"},
    {1002000000000.0, "một nghìn không trăm linh hai tỷ"},
    {1000001000000.0, "một nghìn tỷ không trăm linh một triệu"},
    {5000003000000.0, "năm nghìn tỷ không trăm linh ba triệu"},
    {15000000000000.0, "mười lăm nghìn tỷ"},
    {105000000000000.0, "một trăm linh năm nghìn tỷ"},
    {123456789012345.0, "một trăm hai mươi ba nghìn bốn trăm năm mươi sáu tỷ bảy trăm tám mươi "
                        "chín triệu không trăm mười hai nghìn ba trăm bốn mươi lăm"},
    {999999999999999.0, "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín "
                        "mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
    // negatives
    {-1, "âm một"},
    {-15, "âm mười lăm"},
    {-24, "âm hai mươi tư"},
    {-105, "âm một trăm linh năm"},
    {-1000005, "âm một triệu không trăm linh năm"},
    {-999999999999999.0,
     "âm chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
     "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
    {-0.5, "âm không phẩy năm"},
    {-3.05, "âm ba phẩy không năm"},
    // decimals
    {80.79, "tám mươi phẩy bảy mươi chín"},
    {3.05, "ba phẩy không năm"},
    {0.5, "không phẩy năm"},
    {0.05, "không phẩy không năm"},
    {87.06, "tám mươi bảy phẩy không sáu"},
    {87.5, "tám mươi bảy phẩy năm"},
    {99.5, "chín mươi chín phẩy năm"},
    {6.51, "sáu phẩy năm mươi mốt"},
    {4.97, "bốn phẩy chín mươi bảy"},
    {1.001, "một phẩy không không một"},
    {0.105, "không phẩy một trăm linh năm"},
    {12.15, "mười hai phẩy mười lăm"},
    {2.25, "hai phẩy hai mươi lăm"},
    {1234.5, "một nghìn hai trăm ba mươi tư phẩy năm"},
    {0.0001, "không phẩy không không không một"},
    {15.015, "mười lăm phẩy không mười lăm"},
    {100.1, "một trăm phẩy một"},
    {1.1, "một phẩy một"},
    {2.4, "hai phẩy bốn"},
    {2.24, "hai phẩy hai mươi tư"},
    {10.21, "mười phẩy hai mươi mốt"},
    {0.01, "không phẩy không một"},
    {999999999999999.9,
     "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
     "chín trăm chín mươi chín nghìn chín trăm chín mươi chín phẩy chín"},
};

struct StyledRow {
    double value;
    const char* style;
    const char* words;
};

const StyledRow styled_rows[] = {
    {101, "lẻ", "một trăm lẻ một"},
    {105, "lẻ", "một trăm lẻ năm"},
    {205, "lẻ", "hai trăm lẻ năm"},
    {1005, "lẻ", "một nghìn không trăm lẻ năm"},
    {1000005, "lẻ", "một triệu không trăm lẻ năm"},
    {1000000005, "lẻ", "một tỷ không trăm lẻ năm"},
    {1000, "ngàn", "một ngàn"},
    {15000, "ngàn", "mười lăm ngàn"},
    {21000, "ngàn", "hai mươi mốt ngàn"},
    {1234567, "ngàn", "một triệu hai trăm ba mươi tư ngàn năm trăm sáu mươi bảy"},
    {1000000000000.0, "ngàn", "một ngàn tỷ"},
    {4, "bốn", "bốn"},
    {14, "bốn", "mười bốn"},
    {24, "bốn", "hai mươi bốn"},
    {44, "bốn", "bốn mươi bốn"},
    {124, "bốn", "một trăm hai mươi bốn"},
    {2024, "bốn", "hai nghìn không trăm hai mươi bốn"},
    {24000, "bốn", "hai mươi bốn nghìn"},
    {1005, "lẻ, ngàn", "một ngàn không trăm lẻ năm"},
    {105000, "lẻ, ngàn", "một trăm lẻ năm ngàn"},
    {1000105, "lẻ, ngàn", "một triệu một trăm lẻ năm"},
    {104, "lẻ,bốn", "một trăm lẻ bốn"},
    {1024, "lẻ,bốn", "một nghìn không trăm hai mươi bốn"},
    {24024, "ngàn; bốn", "hai mươi bốn ngàn không trăm hai mươi bốn"},
    {104024, "lẻ, ngàn, bốn", "một trăm lẻ bốn ngàn không trăm hai mươi bốn"},
    {1004004, "lẻ, ngàn, bốn", "một triệu không trăm lẻ bốn ngàn không trăm lẻ bốn"},
    {-1005, "lẻ, ngàn, bốn", "âm một ngàn không trăm lẻ năm"},
    {2044, "le ngan bon", "hai ngàn không trăm bốn mươi bốn"},
    {3005, "Lẻ, NGÀN", "ba ngàn không trăm lẻ năm"},
    {1024, "linh, nghìn, tư", "một nghìn không trăm hai mươi tư"},
    {0.105, "lẻ", "không phẩy một trăm lẻ năm"},
    {2.24, "bốn", "hai phẩy hai mươi bốn"},
    {44.44, "bốn", "bốn mươi bốn phẩy bốn mươi bốn"},
};

} // namespace

TEST_CASE("VNWORDS default style: every rule, limits, negatives, decimals") {
    int count = 0;
    for (const Row& row : default_rows) {
        CAPTURE(row.value);
        CHECK(number_words(row.value) == row.words);
        ++count;
    }
    CHECK(count >= 170);
}

TEST_CASE("VNWORDS styles lẻ, ngàn, bốn and their combinations") {
    for (const StyledRow& row : styled_rows) {
        CAPTURE(row.value);
        CAPTURE(std::string(row.style));
        CHECK(number_words(row.value, row.style) == row.words);
    }
}

TEST_CASE("the LibreOffice and ICU failures named in issue 5") {
    // LibreOffice [NatNum12]: "một trăm lăm", "mười năm ngàn"; ICU: "một triệu lẻ năm".
    CHECK(number_words(105) == "một trăm linh năm");
    CHECK(number_words(15000) == "mười lăm nghìn");
    CHECK(number_words(1000005) == "một triệu không trăm linh năm");
    CHECK(number_words(15000, "ngàn") == "mười lăm ngàn");
    CHECK(number_words(1000005, "lẻ") == "một triệu không trăm lẻ năm");
}

TEST_CASE("VNWORDS errors") {
    CHECK_THROWS_AS(number_words(1e15), vnplan::InputError);
    CHECK_THROWS_AS(number_words(-1e15), vnplan::InputError);
    CHECK_THROWS_AS(number_words(1e300), vnplan::InputError);
    CHECK_THROWS_AS(number_words(std::numeric_limits<double>::quiet_NaN()), vnplan::InputError);
    CHECK_THROWS_AS(number_words(std::numeric_limits<double>::infinity()), vnplan::InputError);
    CHECK_THROWS_AS(number_words(5, "nhăm"), vnplan::InputError);
    CHECK_THROWS_AS(number_words(5, "chẵn"), vnplan::InputError); // money only
    CHECK_THROWS_AS(number_words(5, "lẻ, linh"), vnplan::InputError);
    CHECK_THROWS_AS(number_words(5, "ngàn nghìn"), vnplan::InputError);
    try {
        number_words(5, "abc");
        FAIL("no error");
    } catch (const vnplan::InputError& e) {
        CHECK(e.message().vi.find("abc") != std::string::npos);
        CHECK(e.message().vi.find("lẻ, ngàn, bốn") != std::string::npos);
        CHECK(e.message().en.find("abc") != std::string::npos);
    }
    CHECK(number_words(5, "") == "năm");
    CHECK(number_words(5, " , ") == "năm");
}

TEST_CASE("parse_style") {
    const Style s = parse_style("lẻ, ngàn, bốn, chẵn", true);
    CHECK(s.le);
    CHECK(s.ngan);
    CHECK(s.bon);
    CHECK(s.chan);
    CHECK_FALSE(parse_style("").le);
    CHECK(parse_style("CHAN", true).chan);
}

TEST_CASE("VNMONEY") {
    CHECK(money_words(33000000) == "Ba mươi ba triệu đồng");
    CHECK(money_words(33000000, "chẵn") == "Ba mươi ba triệu đồng chẵn");
    CHECK(money_words(55555, "ngàn, chẵn") == "Năm mươi lăm ngàn năm trăm năm mươi lăm đồng chẵn");
    CHECK(money_words(1005, "lẻ, chẵn") == "Một nghìn không trăm lẻ năm đồng chẵn");
    CHECK(money_words(24, "bốn") == "Hai mươi bốn đồng");
    // Rounded half up on the decimal the clerk typed; a rounded amount is not "chẵn".
    CHECK(money_words(1234.5) == "Một nghìn hai trăm ba mươi lăm đồng");
    CHECK(money_words(1234.5, "chẵn") == "Một nghìn hai trăm ba mươi lăm đồng");
    CHECK(money_words(1234.49, "chẵn") == "Một nghìn hai trăm ba mươi tư đồng");
    CHECK(money_words(2.5) == "Ba đồng");
    CHECK(money_words(-2.5) == "Âm ba đồng");
    CHECK(money_words(0.4) == "Không đồng");
    CHECK(money_words(0, "chẵn") == "Không đồng");
    CHECK(money_words(-1500) == "Âm một nghìn năm trăm đồng");
    CHECK(money_words(15000000) == "Mười lăm triệu đồng");
    CHECK(money_words(4000) == "Bốn nghìn đồng");
    CHECK(money_words(8000) == "Tám nghìn đồng");
    CHECK(money_words(999999999999999.0) ==
          "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín "
          "triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng");
    CHECK_THROWS_AS(money_words(999999999999999.5), vnplan::InputError); // rounds to 10^15
    CHECK_THROWS_AS(money_words(std::nan("")), vnplan::InputError);
    CHECK_THROWS_AS(money_words(5, "nhăm"), vnplan::InputError);
}

TEST_CASE("VNORDINAL") {
    const std::pair<double, const char*> rows[] = {
        {1, "thứ nhất"},
        {2, "thứ hai"},
        {3, "thứ ba"},
        {4, "thứ tư"},
        {5, "thứ năm"},
        {6, "thứ sáu"},
        {10, "thứ mười"},
        {11, "thứ mười một"},
        {14, "thứ mười bốn"},
        {15, "thứ mười lăm"},
        {21, "thứ hai mươi mốt"},
        {24, "thứ hai mươi tư"},
        {100, "thứ một trăm"},
        {105, "thứ một trăm linh năm"},
    };
    for (const auto& row : rows) {
        const auto n = row.first; // clang 14 cannot capture a structured binding
        CAPTURE(n);
        CHECK(ordinal_words(n) == row.second);
    }
    CHECK_THROWS_AS(ordinal_words(0), vnplan::InputError);
    CHECK_THROWS_AS(ordinal_words(-3), vnplan::InputError);
    CHECK_THROWS_AS(ordinal_words(2.5), vnplan::InputError);
    CHECK_THROWS_AS(ordinal_words(1e15), vnplan::InputError);
}

TEST_CASE("VNWORDS small decimals and concurrent use") {
    CHECK(number_words(1e-7) == "không phẩy không không không không không không một");
    CHECK(number_words(-0.0) == "không");
    // Formatters are cached per thread; several threads at once must agree.
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&results, t] {
            for (int i = 0; i < 200; ++i)
                results[t] = number_words(1000005 + i % 2, "lẻ, ngàn");
        });
    for (auto& th : threads)
        th.join();
    for (const auto& r : results)
        CHECK(r == "một triệu không trăm lẻ sáu");
}
