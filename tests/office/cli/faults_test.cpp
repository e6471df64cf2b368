// vnplan under faults: its office killed in the middle of generate and verify, an output
// folder that is read-only or on a full disk, a workbook another LibreOffice holds open.
#include "cli/fault_support.hpp"
#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
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

// The example plan with a sheet "Danh sách" of `rows` communes "Xã số N": one document each.
std::filesystem::path batch_workbook(int rows) {
    const auto book = temp_dir() / ("theo-xa-" + std::to_string(rows) + ".ods");
    if (std::filesystem::exists(book)) return book;
    const auto copy = temp_dir() / "faults-ke-hoach-143.ods";
    std::filesystem::copy_file(examples / "ke-hoach-143.ods", copy,
                               std::filesystem::copy_options::overwrite_existing);
    CalcDocument doc(copy);
    Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW)
        ->getSheets()
        ->insertNewByName(office::to_ou("Danh sách"), 4);
    std::string tsv = "Tên xã\tĐiểm\n";
    for (int i = 1; i <= rows; ++i)
        tsv += "Xã số " + std::to_string(i) + "\t" + std::to_string(60 + i) + "\n";
    doc.put("A1", grid_from_tsv(tsv), 4);
    doc.store(book);
    return book;
}

bool wait_for(const std::function<bool()>& condition, int seconds) {
    for (int i = 0; i < seconds * 50; ++i) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

// A profile URL "file:///tmp/vnplan-office-N" as a path.
std::filesystem::path profile_path(const std::string& url) {
    return url.substr(std::string("file://").size());
}

// After vnplan exited: neither its office nor its throwaway profile is left.
void check_nothing_left(const OfficeInfo& office) {
    CHECK(wait_for([&] { return processes_with(office.profile).empty(); }, 10));
    CHECK_FALSE(std::filesystem::exists(profile_path(office.profile)));
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
        const std::string check = ext == ".pdf" ? "pdfinfo '" + file.string() + "' >/dev/null"
                                                : "unzip -tq '" + file.string() + "' >/dev/null";
        CHECK(std::system(check.c_str()) == 0);
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
        const RunResult r =
            kill_office_when({"generate", batch_workbook(40).string(), "--each", "Danh sách",
                              "--format", "odt,pdf", "--out", out.string(), "--lang", "en"},
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
            kill_office_when({"generate", batch_workbook(40).string(), "--each", "Danh sách",
                              "--format", "odt,pdf", "--out", out.string()},
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
