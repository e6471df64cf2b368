// vnplan and the files around it: an output folder on a read-only or full file system (a real
// small tmpfs: the tests run as root, so chmod would not stop a write), and a workbook that
// another LibreOffice holds open (its lock file beside it).
#include "cli/fault_support.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path examples = std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples";
const std::filesystem::path plan = examples / "ke-hoach-143.ods";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Mounts the small disk or says loudly why this machine cannot (the test then checks nothing).
bool mounted(const SmallDisk& disk) {
    if (!disk.ok()) MESSAGE("SKIPPED, this machine cannot make the file system: " << disk.why());
    return disk.ok();
}

// A workbook copy with a lock file as another LibreOffice writes it while editing.
struct LockedWorkbook {
    std::filesystem::path file, lock;
    std::string bytes, lock_bytes;
    std::filesystem::file_time_type time, lock_time;

    LockedWorkbook(const std::filesystem::path& source, const std::string& folder) {
        const auto dir = temp_dir() / folder;
        std::filesystem::create_directories(dir);
        file = dir / source.filename();
        std::filesystem::copy_file(source, file, std::filesystem::copy_options::overwrite_existing);
        lock = dir / (".~lock." + source.filename().string() + "#");
        std::ofstream(lock, std::ios::binary)
            << "Nguyễn Văn A,clerk,MAY-VAN-THU,02.12.2026 07:05,file:///C:/Users/clerk/AppData/"
               "Roaming/LibreOffice/4;";
        // An hour ago: a rewrite by vnplan would show as a new time.
        const auto hour_ago = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
        std::filesystem::last_write_time(file, hour_ago);
        std::filesystem::last_write_time(lock, hour_ago);
        bytes = bytes_of(file);
        lock_bytes = bytes_of(lock);
        time = std::filesystem::last_write_time(file);
        lock_time = std::filesystem::last_write_time(lock);
    }
    void check_untouched() const {
        CHECK(bytes_of(file) == bytes);
        CHECK(std::filesystem::last_write_time(file) == time);
        REQUIRE(std::filesystem::exists(lock));
        CHECK(bytes_of(lock) == lock_bytes);
        CHECK(std::filesystem::last_write_time(lock) == lock_time);
        CHECK(entries(file.parent_path()).size() == 2); // no lock or temporary file of ours
    }
};

} // namespace

TEST_SUITE("cli.files") {
    TEST_CASE("an output folder on a read-only file system: a clear message, nothing written") {
        const auto where = temp_dir() / "chi-doc";
        SmallDisk disk(where, 4096, true);
        if (!mounted(disk)) return;
        RunResult r = run_vnplan({"generate", plan.string(), "--out", where.string()});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "vnplan: Không ghi được vào thư mục " + where.string() +
                                  " (Read-only file system): thư mục chỉ đọc"));
        CHECK(entries(where).empty());
        // A folder still to be made there: the same.
        r = run_vnplan(
            {"generate", plan.string(), "--out", (where / "moi").string(), "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "Cannot write into the folder " + (where / "moi").string()));
        CHECK(contains(r.err, "No file was written."));
        CHECK(entries(where).empty());
    }

    TEST_CASE("a disk that fills up during the export: a clear message, nothing half-written") {
        // 100 KiB: less than the three files need (about 50, 15 and 80 KB).
        const auto where = temp_dir() / "day";
        SmallDisk disk(where, 100, false);
        if (!mounted(disk)) return;
        const RunResult r =
            run_vnplan({"generate", plan.string(), "--out", where.string(), "--lang", "en"});
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "vnplan: Cannot write " + (where / "ke-hoach-143.").string()));
        CHECK(contains(r.err, ": the disk is full. No half-written file was left."));
        CHECK_FALSE(contains(r.out, "Wrote"));
        CHECK(entries(where).empty());
    }

    TEST_CASE("verify reads a workbook open in another LibreOffice and never modifies it") {
        const LockedWorkbook book(examples / "khen-thuong-143.ods", "khoa-verify");
        const RunResult r = run_vnplan({"verify", book.file.string(), "--lang", "en"});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        // Kế hoạch 143/KH-UBND: 33 collectives, 44 individuals.
        CHECK(contains(r.out, "Grand total: 33 tập thể, 44 cá nhân - agrees"));
        book.check_untouched();
    }

    TEST_CASE("generate reads a workbook open in another LibreOffice and never modifies it") {
        const LockedWorkbook book(plan, "khoa-generate");
        const auto out = temp_dir() / "khoa-generate-ra";
        const RunResult r =
            run_vnplan({"generate", book.file.string(), "--out", out.string(), "--format", "odt"});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        CHECK(std::filesystem::is_regular_file(out / "ke-hoach-143.odt"));
        book.check_untouched();
    }
}
