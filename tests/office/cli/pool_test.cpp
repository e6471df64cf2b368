// vnplan generate --each ... --jobs N: a batch shared by several offices gives the documents
// one office gives, and survives a worker's office being killed in the middle of a document.
#include "cli/fault_support.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/writer_doc.hpp"

#include <doctest/doctest.h>
#include <osl/process.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <map>
#include <thread>

#include <sys/types.h>

using namespace vnplan;
using namespace vnplan::test;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::vector<std::string> batch_args(int rows, const std::filesystem::path& out,
                                    const std::string& jobs) {
    return {"generate", commune_batch(rows).string(),
            "--each",   "Danh sách",
            "--format", "odt,pdf",
            "--out",    out.string(),
            "--jobs",   jobs,
            "--lang",   "en"};
}

// SIGKILL, for a process that may have ended meanwhile.
void kill_if_running(unsigned long pid) {
    try {
        kill_now(pid);
    } catch (const std::exception&) {
    }
}

// vnplan run in the background while `watch` sees its offices and may act on them (it is
// told whether vnplan has finished); `seen` gets every office vnplan ever ran, restarted ones
// too. vnplan's result.
RunResult run_watching(
    const std::vector<std::string>& args, std::map<unsigned long, OfficeInfo>& seen,
    const std::function<void(unsigned long vnplan, const std::atomic<bool>& finished)>& watch) {
    RunResult result;
    std::atomic<bool> finished{false}, recording{true};
    std::atomic<unsigned long> vnplan{0};
    {
        std::thread runner([&] {
            result = run_vnplan(args);
            finished = true;
        });
        std::thread recorder([&] {
            while (recording) {
                if (const unsigned long parent = vnplan)
                    for (const auto& o : offices_of(parent))
                        seen.emplace(o.pid, o);
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
        struct Join { // also when a REQUIRE in `watch` fails: vnplan then ends by itself
            std::thread &runner, &recorder;
            std::atomic<bool>& recording;
            ~Join() {
                runner.join();
                recording = false;
                recorder.join();
            }
        } join{runner, recorder, recording};
        const unsigned long found = child_running(VNPLAN_CLI, 30);
        REQUIRE(found != 0);
        vnplan = found;
        watch(found, finished);
    }
    return result;
}

// Every document of a batch of `rows` communes is in `out`, whole, and nothing else is.
void check_all_whole(const std::filesystem::path& out, int rows) {
    const auto names = entries(out);
    CHECK(names.size() == static_cast<std::size_t>(2 * rows)); // no staging folder left
    for (int i = 1; i <= rows; ++i)
        for (const char* ext : {".odt", ".pdf"}) {
            const auto file = out / ("Xã số " + std::to_string(i) + ext);
            CAPTURE(file);
            CHECK(whole_document(file));
        }
}

} // namespace

TEST_SUITE("cli.pool") {
    TEST_CASE("--jobs 2 writes the same documents as --jobs 1, listed in batch order") {
        const int rows = 6;
        const auto one = temp_dir() / "mot-van-phong", two = temp_dir() / "hai-van-phong";
        RunResult r = run_vnplan(batch_args(rows, one, "1"));
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        r = run_vnplan(batch_args(rows, two, "2"));
        REQUIRE(r.exit_code == 0);
        CHECK(entries(one) == entries(two));
        check_all_whole(two, rows);
        // The files are listed in the order of the rows, however the offices shared them.
        std::size_t at = 0;
        for (int i = 1; i <= rows; ++i) {
            const auto line = "Wrote " + (two / ("Xã số " + std::to_string(i) + ".odt")).string();
            const auto found = r.out.find(line, at);
            CHECK(found != std::string::npos);
            at = found == std::string::npos ? at : found;
        }
        for (const int i : {1, 4, 6}) {
            const std::string name = "Xã số " + std::to_string(i);
            CAPTURE(name);
            const std::string text = WriterDoc(two / (name + ".odt")).text();
            CHECK(text == WriterDoc(one / (name + ".odt")).text());
            // The row's own values: this commune's document, not another's.
            CHECK(contains(text, "của " + name + " (" + std::to_string(60 + i) + " điểm)"));
            const int pages = pdf_pages(two / (name + ".pdf"));
            CHECK(pages == pdf_pages(one / (name + ".pdf")));
            for (int page = 1; page <= pages; ++page)
                CHECK(pdf_page_text(two / (name + ".pdf"), page) ==
                      pdf_page_text(one / (name + ".pdf"), page));
        }
    }

    TEST_CASE("a worker's office killed while it stores a document: redone, none half-written") {
        const int rows = 16;
        const auto out = temp_dir() / "giet-mot-van-phong";
        std::map<unsigned long, OfficeInfo> seen;
        std::size_t done_before_kill = 0;
        bool killed_while_storing = false;
        const RunResult r = run_watching(
            batch_args(rows, out, "2"), seen, [&](unsigned long vnplan, const std::atomic<bool>&) {
                // Either office (both start at once): the command's own, which read the book, is
                // then left alone by the pool, the other is replaced.
                REQUIRE(wait_for([&] { return offices_of(vnplan).size() >= 2; }, 120));
                OfficeInfo victim;
                for (const auto& o : offices_of(vnplan))
                    if (o.pid > victim.pid) victim = o;
                // Killed while a file of its document is open in the staging folder.
                killed_while_storing =
                    wait_for([&] { return has_open_file_in(victim.pid, out); }, 120);
                done_before_kill = entries(out).size();
                kill_if_running(victim.pid);
            });
        INFO(r.err);
        CHECK(killed_while_storing);
        CHECK(done_before_kill < 2 * rows + 1); // the batch was not over (+1: staging folder)
        CHECK(r.exit_code == 0);
        check_all_whole(out, rows);
        CHECK(seen.size() >= 2);
        for (const auto& [pid, office] : seen)
            CHECK(office_gone(office, 15));
    }

    TEST_CASE("every office killed again and again: exit 2, a clear message, only whole files") {
        const int rows = 16;
        const auto out = temp_dir() / "giet-het";
        std::map<unsigned long, OfficeInfo> seen;
        const RunResult r =
            run_watching(batch_args(rows, out, "2"), seen,
                         [&](unsigned long vnplan, const std::atomic<bool>& finished) {
                             // Once the documents are being written, every office of vnplan dies as
                             // it appears.
                             REQUIRE(wait_for([&] { return !entries(out).empty(); }, 120));
                             const auto deadline =
                                 std::chrono::steady_clock::now() + std::chrono::seconds(120);
                             while (!finished && std::chrono::steady_clock::now() < deadline) {
                                 for (const auto& o : offices_of(vnplan))
                                     kill_if_running(o.pid);
                                 std::this_thread::sleep_for(std::chrono::milliseconds(20));
                             }
                         });
        INFO(r.err);
        CHECK(r.exit_code == 2);
        const bool said_why = contains(r.err, "stopped unexpectedly (killed or crashed)") ||
                              contains(r.err, "kept stopping unexpectedly (killed or crashed)");
        CHECK(said_why);
        CHECK(contains(r.err, "no half-written file"));
        CHECK_FALSE(contains(r.out, "Wrote"));
        for (const auto& name : entries(out)) {
            CAPTURE(name);
            CHECK(whole_document(out / name));
        }
        for (const auto& [pid, office] : seen)
            CHECK(office_gone(office, 15));
    }

    TEST_CASE("Ctrl+C in the middle of a batch: vnplan ends and its offices with it") {
        const int rows = 16;
        const auto out = temp_dir() / "ctrl-c";
        std::map<unsigned long, OfficeInfo> seen;
        const RunResult r = run_watching(
            batch_args(rows, out, "2"), seen, [&](unsigned long vnplan, const std::atomic<bool>&) {
                REQUIRE(wait_for([&] { return offices_of(vnplan).size() >= 2; }, 120));
                REQUIRE(wait_for([&] { return !entries(out).empty(); }, 120));
                ::kill(static_cast<pid_t>(vnplan), SIGINT);
            });
        INFO(r.err);
        CHECK(r.exit_code == 128 + SIGINT); // as a shell reports a command ended by Ctrl+C
        CHECK(contains(r.err, "Stopped on request (Ctrl+C)"));
        CHECK(seen.size() >= 2);
        for (const auto& [pid, office] : seen)
            CHECK(office_gone(office, 15)); // no office runs on, no profile is left
        for (const auto& name : entries(out)) {
            CAPTURE(name); // finished documents only: no staging folder left
            CHECK(whole_document(out / name));
        }
    }

    TEST_CASE("offices started at once by several threads never wait for each other") {
        // Without one start at a time, LibreOffice's osl_executeProcess lets an office started
        // by one thread inherit the status socket of another thread's start, which then waits
        // until that office exits: the command hung (it did in CI). The preloaded library
        // widens that window from microseconds to 300 ms.
        const auto in = temp_dir() / "khoi-dong-cung-luc";
        std::filesystem::create_directories(in);
        std::vector<std::string> args{"generate"};
        for (const char* name : {"a", "b", "c"}) {
            const auto book = in / (std::string(name) + ".ods");
            std::filesystem::copy_file(std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples" /
                                           "ke-hoach-143.ods",
                                       book, std::filesystem::copy_options::overwrite_existing);
            args.push_back(book.string());
        }
        const auto out = temp_dir() / "khoi-dong-cung-luc-ra";
        args.insert(args.end(), {"--format", "odt", "--out", out.string(), "--jobs", "2"});
        const rtl::OUString preload = "LD_PRELOAD";
        osl_setEnvironment(preload.pData, office::to_ou(VNPLAN_SLOW_SOCKETPAIR).pData);
        const RunResult r = run(VNPLAN_CLI, args, 180);
        osl_clearEnvironment(preload.pData);
        INFO(r.out << r.err);
        CHECK(r.exit_code == 0);
        CHECK(entries(out) == std::vector<std::string>{"a.odt", "b.odt", "c.odt"});
    }

    TEST_CASE("several workbooks without --each are shared by the offices too: each workbook's "
              "documents, reported in order, as one office writes them; a killed office's "
              "workbook is redone") {
        const auto in = temp_dir() / "nhieu-so-tinh";
        std::filesystem::create_directories(in);
        std::vector<std::string> books;
        for (int i = 1; i <= 5; ++i) {
            const auto book = in / ("ke-hoach-" + std::to_string(i) + ".ods");
            std::filesystem::copy_file(std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples" /
                                           "ke-hoach-143.ods",
                                       book, std::filesystem::copy_options::overwrite_existing);
            books.push_back(book.string());
        }
        const auto args = [&](const std::filesystem::path& out, const char* jobs) {
            std::vector<std::string> a{"generate"};
            a.insert(a.end(), books.begin(), books.end());
            a.insert(a.end(), {"--format", "odt,pdf", "--out", out.string(), "--jobs", jobs});
            return a;
        };
        const auto one = temp_dir() / "so-tinh-1", two = temp_dir() / "so-tinh-2";
        RunResult r = run_vnplan(args(one, "1"));
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
        std::map<unsigned long, OfficeInfo> seen;
        bool killed = false;
        r = run_watching(args(two, "2"), seen, [&](unsigned long vnplan, const std::atomic<bool>&) {
            REQUIRE(wait_for([&] { return offices_of(vnplan).size() >= 2; }, 120));
            // Once the first workbook is written, one of the two offices dies.
            REQUIRE(wait_for(
                [&] {
                    return std::filesystem::exists(two / "ke-hoach-1.pdf") ||
                           std::filesystem::exists(two / "ke-hoach-2.pdf");
                },
                120));
            const auto offices = offices_of(vnplan);
            killed = !offices.empty();
            if (killed) kill_if_running(offices.back().pid);
        });
        INFO(r.out << r.err);
        CHECK(killed);
        CHECK(r.exit_code == 0);
        CHECK(seen.size() >= 2);
        CHECK(contains(r.out, "Đã tạo văn bản từ 5/5 sổ tính."));
        CHECK(entries(one) == entries(two));
        CHECK(entries(two).size() == 10); // no staging folder left
        // Each workbook's block in the order given, holding its own files.
        std::size_t at = 0;
        for (int i = 1; i <= 5; ++i) {
            const std::string name = "ke-hoach-" + std::to_string(i);
            CAPTURE(name);
            const auto block = r.out.find("=== " + books[i - 1] + " ===\nĐã tạo " +
                                              (two / (name + ".odt")).string() + "\nĐã tạo " +
                                              (two / (name + ".pdf")).string() + "\n\n",
                                          at);
            CHECK(block != std::string::npos);
            at = block == std::string::npos ? at : block;
            CHECK(whole_document(two / (name + ".pdf")));
            CHECK(WriterDoc(two / (name + ".odt")).text() ==
                  WriterDoc(one / (name + ".odt")).text());
            CHECK(pdf_pages(two / (name + ".pdf")) == pdf_pages(one / (name + ".pdf")));
        }
        for (const auto& [pid, office] : seen)
            CHECK(office_gone(office, 15));
    }
}
