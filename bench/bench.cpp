// vnplan_bench: the speed goals of issues 4 and 5, measured in one real headless office with
// the freshly built vnplan.oxt installed. Each figure times XCalculatable::calculateAll() on a
// document holding one variant only (automatic calculation off, a warm-up run first).
#include "calc_timer.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <cctype>
#include <cstdio>
#include <exception>
#include <iostream>
#include <random>
#include <string>
#include <vector>

using vnplan::bench::BenchDocument;

namespace {

int ranks_rows = 100000;
int rank_rows = 10000;
int words_rows = 100000;
constexpr int runs = 3;

// Scores with two decimals: many ties, as in real index tables.
std::vector<double> scores(int count) {
    std::mt19937 random(2024);
    std::uniform_int_distribution<int> hundredths(0, 10000);
    std::vector<double> values;
    for (int i = 0; i < count; ++i)
        values.push_back(hundredths(random) / 100.0);
    return values;
}

std::vector<double> amounts(int count) {
    std::mt19937 random(2025);
    std::uniform_int_distribution<long long> whole(0, 999999999999LL);
    std::vector<double> values;
    for (int i = 0; i < count; ++i)
        values.push_back(static_cast<double>(whole(random)));
    return values;
}

void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string("unexpected result: ") + what);
}

// (1) INDEXRANKS over a column vs RANK.EQ filled down the same column.
void ranks_vs_rank_eq(vnplan::office::OfficeProcess& office) {
    const auto values = scores(ranks_rows);
    const std::string all = "$A$1:$A$" + std::to_string(ranks_rows);
    const std::string target = "B1:B" + std::to_string(ranks_rows);
    // Calc's own cost of an array formula of that size, whatever it computes: the floor.
    double floor = 0;
    {
        BenchDocument doc(office);
        doc.numbers(0, values);
        doc.array_formula(target, "=" + all + "*1");
        floor = doc.median_ms(runs);
    }
    double ours = 0;
    {
        BenchDocument doc(office);
        doc.numbers(0, values);
        doc.array_formula(target, "=INDEXRANKS(" + all + ")");
        ours = doc.median_ms(runs);
        check(doc.error(1, 0) == 0 && doc.value(1, 0) >= 1, "INDEXRANKS");
        std::fprintf(stderr,
                     "(INDEXRANKS done: %.0f ms; array formula {=%s*1}: %.0f ms; RANK.EQ filled "
                     "down takes minutes)\n",
                     ours, all.c_str(), floor);
    }
    BenchDocument doc(office);
    doc.numbers(0, values);
    doc.fill_down(1, ranks_rows, "=RANK.EQ(A1;" + all + ")");
    // Quadratic: one run (Calc's RANK.EQ needs no warming up).
    const double theirs = doc.calculate_ms();
    check(doc.error(1, 0) == 0 && doc.value(1, 0) >= 1, "RANK.EQ");
    std::printf("INDEXRANKS %d values: %.0f ms; RANK.EQ filled down: %.0f ms; ratio %.0fx "
                "(goal >= 50x, INDEXRANKS goal < 100 ms; the array formula {=%s*1} alone "
                "takes %.0f ms)\n",
                ranks_rows, ours, theirs, theirs / ours, all.c_str(), floor);
    std::fflush(stdout);
}

// (2) INDEXRANK filled down vs RANK.EQ filled down.
void rank_vs_rank_eq(vnplan::office::OfficeProcess& office) {
    const auto values = scores(rank_rows);
    const std::string all = "$A$1:$A$" + std::to_string(rank_rows);
    double times[2] = {0, 0};
    const char* functions[2] = {"INDEXRANK", "RANK.EQ"};
    for (int f = 0; f < 2; ++f) {
        BenchDocument doc(office);
        doc.numbers(0, values);
        doc.fill_down(1, rank_rows, std::string("=") + functions[f] + "(A1;" + all + ")");
        times[f] = doc.median_ms(runs);
        check(doc.error(1, 0) == 0 && doc.value(1, 0) >= 1, functions[f]);
    }
    std::printf("INDEXRANK filled down %d rows: %.0f ms; RANK.EQ filled down: %.0f ms; "
                "INDEXRANK/RANK.EQ %.3f (goal < 1.0, aim 0.1)\n",
                rank_rows, times[0], times[1], times[0] / times[1]);
    std::fflush(stdout);
}

// (3) VNWORDS vs TEXT(x;"[NatNum12]0") on the same cells.
void words_vs_natnum12(vnplan::office::OfficeProcess& office) {
    const auto values = amounts(words_rows);
    const std::string variants[3] = {"=VNWORDS(A1)", "=TEXT(A1;\"[NatNum12]0\")",
                                     "=TEXT(A1;\"[NatNum12][$-42A]0\")"};
    double times[3] = {0, 0, 0};
    std::string samples[3];
    for (int v = 0; v < 3; ++v) {
        BenchDocument doc(office);
        doc.numbers(0, values);
        doc.fill_down(1, words_rows, variants[v]);
        times[v] = doc.median_ms(runs);
        check(doc.error(1, 0) == 0 && !doc.string(1, 0).empty(), variants[v].c_str());
        samples[v] = doc.string(1, 0);
    }
    std::printf("VNWORDS %d cells: %.0f ms; TEXT(x;\"[NatNum12]0\"): %.0f ms; "
                "VNWORDS/TEXT %.2f (goal <= 2); with Vietnamese [$-42A]: %.0f ms, "
                "VNWORDS/TEXT %.2f\n",
                words_rows, times[0], times[1], times[0] / times[1], times[2], times[0] / times[2]);
    std::printf("  e.g. %.0f: VNWORDS \"%s\"; NatNum12 vi \"%s\"\n", values[0], samples[0].c_str(),
                samples[2].c_str());
    std::fflush(stdout);
}

} // namespace

// vnplan_bench [rank|words|ranks [rows]]...: the named benchmarks (default: all three).
int main(int argc, char** argv) {
    try {
        std::vector<std::pair<std::string, int>> chosen;
        for (int i = 1; i < argc; ++i) {
            const std::string name = argv[i];
            int rows = 0;
            if (i + 1 < argc && std::isdigit(static_cast<unsigned char>(argv[i + 1][0])))
                rows = std::stoi(argv[++i]);
            chosen.emplace_back(name, rows);
        }
        if (chosen.empty()) chosen = {{"rank", 0}, {"words", 0}, {"ranks", 0}};
        auto office = vnplan::office::OfficeProcess::start();
        office->install_extension(VNPLAN_BENCH_OXT);
        for (const auto& [name, rows] : chosen) {
            if (name == "rank") {
                if (rows) rank_rows = rows;
                rank_vs_rank_eq(*office);
            } else if (name == "words") {
                if (rows) words_rows = rows;
                words_vs_natnum12(*office);
            } else if (name == "ranks") {
                if (rows) ranks_rows = rows;
                ranks_vs_rank_eq(*office);
            } else {
                std::cerr << "vnplan_bench: unknown benchmark " << name
                          << " (rank, words or ranks)\n";
                return 2;
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "vnplan_bench: " << e.what() << '\n';
    } catch (const com::sun::star::uno::Exception& e) {
        std::cerr << "vnplan_bench: UNO exception: " << vnplan::office::to_utf8(e.Message) << '\n';
    }
    return 1;
}
