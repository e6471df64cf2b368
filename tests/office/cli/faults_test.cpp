// vnplan under faults: its office killed in the middle of generate and verify, an output
// folder that is read-only or on a full disk, a workbook another LibreOffice holds open.
#include "cli/fault_support.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <thread>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path examples = std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// After vnplan exited: neither its office nor its throwaway profile is left.
void check_nothing_left(const OfficeInfo& office) {
    CHECK(office_gone(office, 10));
}

// Every file in `dir` is a finished document: both formats of a commune, each whole.
void check_only_whole_documents(const std::filesystem::path& dir) {
    const auto names = entries(dir);
    INFO("left in the folder: " << names.size());
    for (const auto& name : names) {
        CAPTURE(name);
        const std::filesystem::path file = dir / name;
        const auto ext = file.extension().string();
        REQUIRE((ext == ".odt" || ext == ".pdf"));
        CHECK(contains(name, "Xã số "));
        auto twin = file;
        twin.replace_extension(ext == ".odt" ? ".pdf" : ".odt");
        CHECK(std::filesystem::exists(twin));
        CHECK(whole_document(file));
    }
}

// Runs vnplan, kills its office once `ready` holds, returns vnplan's result.
RunResult kill_office_when(const std::vector<std::string>& args, OfficeInfo& office,
                           const std::function<bool()>& ready) {
    RunResult result;
    {
        std::thread runner([&] { result = run_vnplan(args); });
        struct Join { // also when a REQUIRE below fails: vnplan then ends by itself
            std::thread& thread;
            ~Join() { thread.join(); }
        } join{runner};
        const unsigned long vnplan = child_running(VNPLAN_CLI, 30);
        REQUIRE(vnplan != 0);
        office = office_started_by(vnplan, 60);
        REQUIRE(office.pid != 0);
        REQUIRE(wait_for(ready, 120));
        kill_now(office.pid);
    }
    return result;
}

} // namespace

TEST_SUITE("cli.faults") {
    TEST_CASE("the office killed during generate, before the first document is finished") {
        const auto out = temp_dir() / "giet-som";
        std::filesystem::create_directories(out);
        OfficeInfo office;
        // Anything in the folder means the first document is being written.
        const RunResult r = kill_office_when({"generate", commune_batch(40).string(), "--each",
                                              "Danh sách", "--jobs", "1", "--format", "odt,pdf",
                                              "--out", out.string(), "--lang", "en"},
                                             office, [&] { return !entries(out).empty(); });
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "LibreOffice stopped unexpectedly (killed or crashed)"));
        CHECK(entries(out).empty());
        check_nothing_left(office);
    }

    TEST_CASE("the office killed during generate, after some documents: only whole ones stay") {
        const auto out = temp_dir() / "giet-muon";
        OfficeInfo office;
        const RunResult r =
            kill_office_when({"generate", commune_batch(40).string(), "--each", "Danh sách",
                              "--jobs", "1", "--format", "odt,pdf", "--out", out.string()},
                             office, [&] { return std::filesystem::exists(out / "Xã số 2.pdf"); });
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "LibreOffice đã dừng đột ngột (bị tắt hoặc bị lỗi)"));
        CHECK_FALSE(contains(r.out, "Đã tạo")); // the run did not finish: no success claimed
        check_only_whole_documents(out);
        CHECK(entries(out).size() < 80);
        check_nothing_left(office);
    }

    TEST_CASE("the office killed during verify of many workbooks") {
        const auto dir = temp_dir() / "kiem-tra-nhieu";
        std::filesystem::create_directories(dir);
        std::vector<std::string> args{"verify"};
        for (int i = 0; i < 40; ++i) {
            const auto copy = dir / ("khen-thuong-" + std::to_string(i) + ".ods");
            std::filesystem::copy_file(examples / "khen-thuong-143.ods", copy,
                                       std::filesystem::copy_options::overwrite_existing);
            args.push_back(copy.string());
        }
        args.insert(args.end(), {"--lang", "en"});
        OfficeInfo office;
        // Killed while it reads a workbook (40 take far longer than the first).
        const RunResult r =
            kill_office_when(args, office, [&] { return has_open_file_in(office.pid, dir); });
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "LibreOffice stopped unexpectedly (killed or crashed)"));
        CHECK(entries(dir).size() == 40); // no lock or temporary file beside the workbooks
        check_nothing_left(office);
    }
}
