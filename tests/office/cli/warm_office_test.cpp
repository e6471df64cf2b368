// vnplan office start/status/stop: a warm office later commands use, a stale state file, the
// idle timeout, and two users who never share one. Every case runs under its own runtime
// folder (XDG_RUNTIME_DIR) so that no other vnplan on the machine sees its office, and stops
// what it started. Linux only (/proc, kill, setpriv).
#include "cli/fault_support.hpp"
#include "office/common/office_process.hpp"
#include "office/common/warm_office.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace vnplan;
using namespace vnplan::test;
namespace fs = std::filesystem;

namespace {

const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";
const std::string plan = std::string(VNPLAN_SOURCE_DIR) + "/examples/ke-hoach-143.ods";
const std::string stale_en = "has stopped; its old state file was removed";

// Dead, or a zombie nobody reaped yet.
bool gone(unsigned long pid) {
    return !office::warm::process_alive(pid);
}

bool wait_gone(unsigned long pid, int seconds = 60) {
    for (int i = 0; i < seconds * 10; ++i) {
        if (gone(pid)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

// One user's runtime folder, set as XDG_RUNTIME_DIR while it lives (and for the vnplan runs,
// which inherit it). At the end: vnplan office stop, and any office of its left killed.
class Runtime {
public:
    explicit Runtime(const std::string& name) : dir_(temp_dir() / ("warm-" + name)) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        fs::permissions(dir_, fs::perms::owner_all);
        use();
    }
    ~Runtime() {
        use();
        const auto s = state();
        run_vnplan({"office", "stop"});
        for (const auto pid : {s.count("office_pid") ? std::stoul(s.at("office_pid")) : 0UL,
                               s.count("watcher_pid") ? std::stoul(s.at("watcher_pid")) : 0UL})
            if (pid && !gone(pid) && pid != static_cast<unsigned long>(::getpid())) try {
                    kill_now(pid);
                } catch (...) {
                }
        ::unsetenv("XDG_RUNTIME_DIR");
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    void use() const { ::setenv("XDG_RUNTIME_DIR", dir_.c_str(), 1); }
    fs::path dir() const { return dir_; }
    fs::path state_dir() const { return dir_ / "vnplan"; }
    // The state file's fields (empty when there is none).
    std::map<std::string, std::string> state() const {
        std::map<std::string, std::string> values;
        std::ifstream in(state_dir() / "state");
        for (std::string line; std::getline(in, line);)
            if (const auto eq = line.find('='); eq != std::string::npos)
                values[line.substr(0, eq)] = line.substr(eq + 1);
        return values;
    }
    unsigned long office_pid() const { return std::stoul(state().at("office_pid")); }
    long long last_used() const {
        std::ifstream in(state_dir() / "last-used");
        long long ms = 0;
        in >> ms;
        return ms;
    }

private:
    fs::path dir_;
};

// Runs vnplan with an office that cannot start: it succeeds only through the warm office.
RunResult run_without_own_office(const std::vector<std::string>& args) {
    ::setenv("VNPLAN_SOFFICE", "/nonexistent/soffice", 1);
    RunResult r = run_vnplan(args);
    ::unsetenv("VNPLAN_SOFFICE");
    return r;
}

// Documents open in the warm office (connecting as a command does).
int open_documents(const Runtime& runtime) {
    const auto s = runtime.state();
    auto office = office::OfficeProcess::attach(s.at("pipe"), std::stoul(s.at("office_pid")));
    REQUIRE(office);
    auto all = office->desktop()->getComponents()->createEnumeration();
    int n = 0;
    while (all->hasMoreElements()) {
        all->nextElement();
        ++n;
    }
    return n;
}

bool busy_files_left(const Runtime& runtime) {
    for (const auto& e : fs::directory_iterator(runtime.state_dir()))
        if (e.path().filename().string().rfind("busy-", 0) == 0) return true;
    return false;
}

} // namespace

TEST_SUITE("cli.warm_office") {
    TEST_CASE("start, status, commands that use it and leave it clean, stop") {
        Runtime user("one");
        const RunResult none = run_vnplan({"office", "status", "--lang", "en"});
        CHECK(none.exit_code == 1);
        CHECK(none.out.find("No warm LibreOffice is running.") != std::string::npos);

        const RunResult started = run_vnplan({"office", "start", "--lang", "en"});
        REQUIRE(started.exit_code == 0);
        CHECK(started.out.find("Started a warm LibreOffice") != std::string::npos);
        const unsigned long pid = user.office_pid();
        CHECK_FALSE(gone(pid));
        CHECK(fs::status(user.state_dir()).permissions() == fs::perms::owner_all);

        const RunResult status = run_vnplan({"office", "status", "--lang", "en"});
        CHECK(status.exit_code == 0);
        CHECK(status.out.find("pid: " + std::to_string(pid)) != std::string::npos);
        CHECK(status.out.find("pipe: " + user.state().at("pipe")) != std::string::npos);
        CHECK(status.out.find("stops itself after 30 min 0 s idle") != std::string::npos);
        const RunResult again = run_vnplan({"office", "start", "--lang", "en"});
        CHECK(again.exit_code == 0);
        CHECK(again.out.find("already running") != std::string::npos);
        CHECK(user.office_pid() == pid);

        // With no office of its own to start, verify can only have used the warm one.
        const long long before = user.last_used();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const RunResult verified = run_without_own_office({"verify", example});
        CHECK(verified.exit_code == 0);
        CHECK(verified.out.find("Tổng cộng: 33 tập thể, 44 cá nhân - khớp") != std::string::npos);
        CHECK(user.last_used() > before);
        const RunResult generated = run_without_own_office(
            {"generate", plan, "--out", (user.dir() / "plan").string(), "--format", "odt,pdf"});
        CHECK(generated.exit_code == 0);
        CHECK(fs::is_regular_file(user.dir() / "plan" / "ke-hoach-143.pdf"));
        // A command that fails (not a spreadsheet) leaves nothing open either.
        const RunResult failed = run_without_own_office(
            {"verify", (user.dir() / "plan" / "ke-hoach-143.odt").string(), "--lang", "en"});
        CHECK(failed.exit_code == 2);
        CHECK(failed.err.find("is not a spreadsheet") != std::string::npos);
        CHECK(open_documents(user) == 0);
        CHECK_FALSE(busy_files_left(user));
        CHECK(user.office_pid() == pid); // never terminated by a command

        const RunResult stopped = run_vnplan({"office", "stop", "--lang", "en"});
        CHECK(stopped.exit_code == 0);
        CHECK(stopped.out.find("Stopped the warm LibreOffice.") != std::string::npos);
        CHECK(user.state().empty());
        CHECK(wait_gone(pid));
        const RunResult stop_none = run_vnplan({"office", "stop", "--lang", "en"});
        CHECK(stop_none.exit_code == 0);
        CHECK(stop_none.out.find("No warm LibreOffice is running.") != std::string::npos);
        CHECK(run_vnplan({"office", "status"}).exit_code == 1);
        // And without it the same command needs its own office again.
        CHECK(run_without_own_office({"verify", example}).exit_code == 2);
    }

    TEST_CASE("a stale state file (office killed, id reused) is said once, removed, and the "
              "command starts its own office") {
        Runtime user("stale");
        REQUIRE(run_vnplan({"office", "start"}).exit_code == 0);
        const auto s = user.state();
        const unsigned long office = std::stoul(s.at("office_pid"));
        // As a crash or a reboot would: watcher and office gone, the state file left.
        kill_now(std::stoul(s.at("watcher_pid")));
        kill_now(office);
        REQUIRE(wait_gone(office));
        REQUIRE_FALSE(user.state().empty());

        const RunResult first = run_vnplan({"verify", example, "--lang", "en"});
        CHECK(first.exit_code == 0);
        CHECK(first.out.find(" - agrees") != std::string::npos);
        CHECK(count(first.err, stale_en) == 1);
        CHECK(user.state().empty());
        CHECK_FALSE(fs::exists(s.at("profile"))); // the dead office's profile goes too
        const RunResult second = run_vnplan({"verify", example, "--lang", "en"});
        CHECK(second.exit_code == 0);
        CHECK(second.err.find(stale_en) == std::string::npos);

        // The office's id now belongs to another process (this test): nothing answers on the
        // pipe, so the state is stale, and that process is left alone.
        const auto self = std::to_string(::getpid());
        fs::create_directories(user.state_dir());
        std::ofstream(user.state_dir() / "state")
            << "pipe=vnplan_000000000000\noffice_pid=" << self << "\nwatcher_pid=" << self
            << "\nprofile=" << (user.dir() / "profile").string()
            << "\nsoffice=/usr/bin/soffice\nversion=0\nstarted=0\nidle_seconds=60\n";
        const RunResult reused = run_vnplan({"office", "status", "--lang", "en"});
        CHECK(reused.exit_code == 1);
        CHECK(count(reused.err, stale_en) == 1);
        CHECK(user.state().empty());
    }

    TEST_CASE("an office that cannot start: said, exit 2, nothing left running") {
        Runtime user("broken");
        const RunResult r =
            run_vnplan({"office", "start", "--office", "/nonexistent/soffice", "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("Could not start a warm LibreOffice. cannot start LibreOffice: "
                         "/nonexistent/soffice") != std::string::npos);
        CHECK(user.state().empty());
        CHECK(run_vnplan({"office", "status"}).exit_code == 1);
    }

    TEST_CASE("the office stops itself when idle") {
        Runtime user("idle");
        REQUIRE(run_vnplan({"office", "start", "--idle-seconds", "2"}).exit_code == 0);
        const unsigned long pid = user.office_pid();
        const unsigned long watcher = std::stoul(user.state().at("watcher_pid"));
        const fs::path profile = user.state().at("profile");
        CHECK(fs::is_directory(profile));
        int status = 0;
        for (int i = 0; i < 120 && status == 0; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            status = run_vnplan({"office", "status", "--lang", "en"}).exit_code;
        }
        CHECK(status == 1);
        CHECK(user.state().empty()); // stopped cleanly, not found stale
        CHECK(wait_gone(pid));
        CHECK(wait_gone(watcher)); // it removes the profile once the office has exited
        CHECK_FALSE(fs::exists(profile));
    }

    TEST_CASE("two starts at once: both succeed, one warm office is left, stop ends it") {
        Runtime user("twice");
        RunResult first, second;
        std::thread other([&] { second = run_vnplan({"office", "start", "--lang", "en"}); });
        first = run_vnplan({"office", "start", "--lang", "en"});
        other.join();
        INFO(first.out << first.err << second.out << second.err);
        CHECK(first.exit_code == 0);
        CHECK(second.exit_code == 0);
        const unsigned long pid = user.office_pid();
        CHECK(run_without_own_office({"verify", example}).exit_code == 0);
        // Both name the same office: the one of the state file.
        const std::string named = "pid: " + std::to_string(pid) + " ";
        CHECK(first.out.find(named) != std::string::npos);
        CHECK(second.out.find(named) != std::string::npos);
        CHECK(run_vnplan({"office", "stop"}).exit_code == 0);
        CHECK(wait_gone(pid));
        CHECK(run_vnplan({"office", "status"}).exit_code == 1);
    }

    TEST_CASE("two users: each their own warm office; one cannot reach the other's") {
        Runtime a("user-a");
        REQUIRE(run_vnplan({"office", "start"}).exit_code == 0);
        const auto state_a = a.state();
        {
            Runtime b("user-b");
            CHECK(run_vnplan({"office", "status"}).exit_code == 1);
            REQUIRE(run_vnplan({"office", "start"}).exit_code == 0);
            const auto state_b = b.state();
            CHECK(state_b.at("pipe") != state_a.at("pipe"));
            CHECK(state_b.at("office_pid") != state_a.at("office_pid"));
            CHECK(run_without_own_office({"verify", example}).exit_code == 0);
            CHECK(run_vnplan({"office", "stop"}).exit_code == 0);
            CHECK(wait_gone(std::stoul(state_b.at("office_pid"))));
        }
        a.use();
        CHECK(run_vnplan({"office", "status"}).exit_code == 0); // b's stop left a's alone

        // Another uid, handed a's state file: its pipe lives under a's uid, so the other user
        // finds nothing there (stale for them) and a's office runs on.
        if (::geteuid() == 0 && fs::exists("/usr/bin/setpriv")) {
            const fs::path other = temp_dir() / "warm-nobody";
            fs::remove_all(other);
            fs::create_directories(other / "vnplan");
            fs::copy_file(a.state_dir() / "state", other / "vnplan" / "state");
            for (const auto& p : {other, other / "vnplan", other / "vnplan" / "state"})
                REQUIRE(::chown(p.c_str(), 65534, 65534) == 0);
            fs::permissions(other, fs::perms::owner_all);
            fs::permissions(other / "vnplan", fs::perms::owner_all);
            const RunResult r =
                run("/usr/bin/setpriv",
                    {"--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/env",
                     "XDG_RUNTIME_DIR=" + other.string(), "HOME=" + other.string(), VNPLAN_CLI,
                     "office", "status", "--lang", "en"});
            CHECK(r.exit_code == 1);
            CHECK(count(r.err, stale_en) == 1);
            CHECK_FALSE(fs::exists(other / "vnplan" / "state"));
            a.use();
            CHECK(run_vnplan({"office", "status"}).exit_code == 0);
            fs::remove_all(other);
        } else {
            MESSAGE("not root or no setpriv: the second uid was not tried");
        }
        CHECK(run_vnplan({"office", "stop"}).exit_code == 0);
        CHECK(wait_gone(std::stoul(state_a.at("office_pid"))));
    }
}
