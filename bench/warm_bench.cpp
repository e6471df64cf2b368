// vnplan_warm_bench: the warm office and one office for several workbooks (issue 16), timed
// as a clerk sees them: the whole `vnplan` command, wall clock, in the same run.
//   verify examples/khen-thuong-143.ods: its own office vs the warm one (goal warm < 0.5 s)
//   generate examples/ke-hoach-143.ods in odt,docx,pdf: same (goal warm < 1.5 s)
//   verify of 20 workbooks in one command vs one workbook (goal < 3x), cold and warm
//   generate of 20 plan workbooks (odt,docx,pdf) in one command vs one (goal < 3x), same
// Medians of three runs after a warm-up. `vnplan_warm_bench generate`: the last figure only. The
// warm office lives in a private runtime folder (XDG_RUNTIME_DIR) so that no other vnplan on the
// machine uses it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = VNPLAN_SOURCE_DIR;
const std::string cli = VNPLAN_BENCH_CLI;

std::string in_quotes(const fs::path& p) {
    return "\"" + p.string() + "\"";
}

// Runs `vnplan ARGS`, output to `log`; throws when the exit code is not 0.
void vnplan(const std::string& args, const fs::path& log) {
    const std::string command = in_quotes(cli) + " " + args + " > " + in_quotes(log) + " 2>&1";
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("failed: vnplan " + args + " (see " + log.string() + ")");
}

double median_seconds(const std::function<void()>& work) {
    work(); // warm-up (caches, the profile template)
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

void set_env(const char* name, const std::string& value) {
#ifdef _WIN32
    _putenv_s(name, value.c_str());
#else
    setenv(name, value.c_str(), 1);
#endif
}

struct Figures {
    double verify = 0, generate = 0, one = 0, twenty = 0, plan_one = 0, plan_twenty = 0;
};

// The workbooks of the 20-workbook figures: `verify`'s and `generate`'s.
struct Books {
    std::string twenty, plans;
};

Figures measure(const fs::path& dir, const Books& books, bool only_generate) {
    const fs::path log = dir / "log.txt";
    const std::string out = in_quotes(dir / "plan");
    Figures f;
    const std::string plan_args = " --out " + out + " --format odt,docx,pdf --force";
    f.plan_one = median_seconds(
        [&] { vnplan("generate " + in_quotes(dir / "plan-01.ods") + plan_args, log); });
    f.plan_twenty = median_seconds([&] { vnplan("generate" + books.plans + plan_args, log); });
    if (only_generate) return f;
    f.verify = median_seconds([&] {
        vnplan("verify " + in_quotes(source_dir / "examples" / "khen-thuong-143.ods"), log);
    });
    f.generate = median_seconds([&] {
        vnplan("generate " + in_quotes(source_dir / "examples" / "ke-hoach-143.ods") + " --out " +
                   out + " --format odt,docx,pdf --force",
               log);
    });
    f.one = median_seconds([&] { vnplan("verify " + in_quotes(dir / "book-01.ods"), log); });
    f.twenty = median_seconds([&] { vnplan("verify " + books.twenty, log); });
    return f;
}

const char* verdict(bool met) {
    return met ? "met" : "NOT MET";
}

void print_verify_figures(const Figures& cold, const Figures& warm) {
    std::printf("verify khen-thuong-143.ods: own office %.2f s, warm office %.2f s; "
                "warm/own %.2f (goal warm < 0.5 s: %s)\n",
                cold.verify, warm.verify, warm.verify / cold.verify, verdict(warm.verify < 0.5));
    std::printf("generate ke-hoach-143.ods odt,docx,pdf: own office %.2f s, warm office "
                "%.2f s; warm/own %.2f (goal warm < 1.5 s: %s)\n",
                cold.generate, warm.generate, warm.generate / cold.generate,
                verdict(warm.generate < 1.5));
    std::printf("verify 20 workbooks in one command: %.2f s against one workbook %.2f s; "
                "ratio %.2f (goal < 3: %s)\n",
                cold.twenty, cold.one, cold.twenty / cold.one, verdict(cold.twenty < 3 * cold.one));
    std::printf("the same with the warm office: %.2f s against %.2f s; ratio %.2f\n", warm.twenty,
                warm.one, warm.twenty / warm.one);
}

} // namespace

int main(int argc, char** argv) {
    const bool only_generate = argc > 1 && std::string(argv[1]) == "generate";
    const fs::path dir = fs::temp_directory_path() / "vnplan-warm-bench";
    fs::remove_all(dir);
    fs::create_directories(dir / "runtime");
    fs::permissions(dir / "runtime", fs::perms::owner_all);
    set_env("XDG_RUNTIME_DIR", (dir / "runtime").string());
    const fs::path log = dir / "log.txt";
    int rc = 0;
    try {
        Books books;
        for (int i = 1; i <= 20; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "book-%02d.ods", i);
            fs::copy_file(source_dir / "examples" / "khen-thuong-143.ods", dir / name);
            books.twenty += " " + in_quotes(dir / name);
            std::snprintf(name, sizeof name, "plan-%02d.ods", i); // documents plan-01.odt...
            fs::copy_file(source_dir / "examples" / "ke-hoach-143.ods", dir / name);
            books.plans += " " + in_quotes(dir / name);
        }
        const Figures cold = measure(dir, books, only_generate);
        vnplan("office start", log);
        Figures warm;
        try {
            warm = measure(dir, books, only_generate);
        } catch (...) {
            vnplan("office stop", log);
            throw;
        }
        vnplan("office stop", log);

        std::printf("vnplan_warm_bench (whole commands, wall clock, medians of 3)\n");
        if (!only_generate) print_verify_figures(cold, warm);
        std::printf("generate 20 plan workbooks (odt,docx,pdf) in one command: %.2f s against "
                    "one workbook %.2f s; ratio %.2f (goal < 3: %s)\n",
                    cold.plan_twenty, cold.plan_one, cold.plan_twenty / cold.plan_one,
                    verdict(cold.plan_twenty < 3 * cold.plan_one));
        std::printf("the same with the warm office: %.2f s against %.2f s; ratio %.2f\n",
                    warm.plan_twenty, warm.plan_one, warm.plan_twenty / warm.plan_one);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "vnplan_warm_bench: %s\n", e.what());
        rc = 1;
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return rc;
}
