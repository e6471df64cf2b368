#include "support/warm_office.hpp"

#include "support/calc.hpp"
#include "support/run.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace vnplan::test {

namespace {

std::filesystem::path runtime_folder() {
    return temp_dir() / "warm-shared";
}

// The runs inherit this process's environment: point their runtime folder at ours.
void point_runs_at(const std::filesystem::path& folder) {
#ifdef _WIN32
    _putenv_s("LOCALAPPDATA", folder.string().c_str());
#else
    ::setenv("XDG_RUNTIME_DIR", folder.c_str(), 1);
#endif
}

bool started = false;

void stop_at_exit() {
    point_runs_at(runtime_folder());
    run_vnplan({"office", "stop"});
}

} // namespace

void use_warm_office() {
    const auto folder = runtime_folder();
    if (!started) {
        std::filesystem::create_directories(folder);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    }
    point_runs_at(folder);
    if (started) return;
    const RunResult r = run_vnplan({"office", "start", "--idle-minutes", "15", "--lang", "en"});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    started = true;
    std::atexit(stop_at_exit);
}

} // namespace vnplan::test
