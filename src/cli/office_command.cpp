// vnplan office start [--idle-minutes N] | stop | status: the warm office (see
// office/common/warm_office.hpp), and the hidden `office serve-idle`, its watcher.
#include "cli/cli.hpp"
#include "office/common/ustring.hpp"
#include "office/common/warm_office.hpp"

#include <boost/program_options.hpp>
#include <osl/process.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace vnplan::cli {

namespace po = boost::program_options;
namespace warm = office::warm;
namespace fs = std::filesystem;

namespace {

constexpr long long default_idle_minutes = 30;

volatile std::sig_atomic_t stop_signal = 0;
extern "C" void on_stop_signal(int) {
    stop_signal = 1;
}

std::string duration(long long seconds, Lang lang) {
    const bool vi = lang == Lang::vi;
    std::ostringstream out;
    if (seconds >= 3600) out << seconds / 3600 << (vi ? " giờ " : " h ");
    if (seconds >= 60) out << seconds % 3600 / 60 << (vi ? " phút " : " min ");
    out << seconds % 60 << (vi ? " giây" : " s");
    return out.str();
}

fs::path state_file(const char* name) {
    return warm::state_dir() / name;
}

// The warm office when one runs and answers; a stale state file is removed (said once).
std::unique_ptr<office::OfficeProcess> reach(const Context& context,
                                             const std::optional<warm::State>& state) {
    if (!state) return nullptr;
    auto office = state->pipe.empty()
                      ? nullptr
                      : office::OfficeProcess::attach(state->pipe, state->office_pid);
    if (!office) {
        warm::forget(*state);
        complain(context, warm::stale_message());
    }
    return office;
}

void print_status(const warm::State& s, Lang lang) {
    const bool vi = lang == Lang::vi;
    const long long now = warm::now_seconds();
    const long long used = warm::last_used() / 1000;
    std::cout << (vi ? "LibreOffice chạy sẵn đang chạy.\n" : "The warm LibreOffice is running.\n")
              << "  pipe: " << s.pipe << '\n'
              << "  pid: " << s.office_pid << (vi ? " (tiến trình theo dõi " : " (watcher ")
              << s.watcher_pid << ")\n"
              << (vi ? "  đã chạy: " : "  uptime: ") << duration(now - s.started, lang) << '\n'
              << (vi ? "  không dùng: " : "  idle: ") << duration(used ? now - used : 0, lang)
              << (vi ? " (tự dừng sau " : " (stops itself after ") << duration(s.idle_seconds, lang)
              << (vi ? " không dùng)\n" : " idle)\n") << (vi ? "  hồ sơ: " : "  profile: ")
              << s.profile.string() << '\n'
              << "  vnplan: " << s.version << '\n';
}

// The program's own path, to start the watcher with.
rtl::OUString own_executable() {
    rtl::OUString url;
    if (osl_getExecutableFile(&url.pData) != osl_Process_E_None)
        throw std::runtime_error("cannot tell where vnplan is");
    return url;
}

int start(const Context& context, long long idle_seconds) {
    const bool vi = context.lang == Lang::vi;
    warm::StartLock lock;
    if (!lock.acquire(180)) {
        complain(context, {"Một lệnh vnplan office start khác đang chạy quá lâu; hãy thử lại sau.",
                           "Another `vnplan office start` has been running too long; try again "
                           "later."});
        return unreadable;
    }
    if (auto running = reach(context, warm::read_state())) {
        std::cout << (vi ? "LibreOffice chạy sẵn đã có từ trước.\n"
                         : "A warm LibreOffice was already running.\n");
        print_status(*warm::read_state(), context.lang);
        return ok;
    }
    std::error_code ec;
    fs::remove(state_file("start-error"), ec);
    fs::remove(state_file("stop"), ec);

    std::vector<std::string> args{"office",         "serve-idle",
                                  "--idle-seconds", std::to_string(idle_seconds),
                                  "--lang",         vi ? "vi" : "en"};
    if (!context.soffice.empty()) {
        args.push_back("--office");
        args.push_back(context.soffice.string());
    }
    office::ProcessArguments arguments(args);
    const rtl::OUString image = own_executable();
    oslProcess watcher = nullptr;
    oslFileHandle in = nullptr, out = nullptr, err = nullptr;
    // Its own pipes, closed at once: the watcher must not hold our caller's output open.
    if (office::execute_process(image, arguments, osl_Process_DETACHED, &watcher, &in, &out,
                                &err) != osl_Process_E_None)
        throw std::runtime_error("cannot start the watcher process");
    for (oslFileHandle h : {in, out, err})
        if (h) osl_closeFile(h);
    oslProcessInfo info;
    info.Size = sizeof info;
    osl_getProcessInfo(watcher, osl_Process_IDENTIFIER, &info);
    const unsigned long watcher_pid = info.Ident;

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(150);
    for (;;) {
        const auto state = warm::read_state();
        if (state && state->watcher_pid == watcher_pid) {
            osl_freeProcessHandle(watcher);
            std::cout << (vi ? "Đã khởi động LibreOffice chạy sẵn; các lệnh vnplan sau sẽ dùng "
                               "nó.\n"
                             : "Started a warm LibreOffice; later vnplan commands use it.\n");
            print_status(*state, context.lang);
            return ok;
        }
        TimeValue zero{0, 0};
        if (osl_joinProcessWithTimeout(watcher, &zero) == osl_Process_E_None ||
            std::chrono::steady_clock::now() > deadline) {
            osl_freeProcessHandle(watcher);
            // Two starts at once: the watcher whose state was overwritten stops its office
            // and exits; the other command's office is the one later commands use.
            if (auto other = warm::read_state(); other && reach(context, other)) {
                std::cout << (vi ? "LibreOffice chạy sẵn đã có từ trước.\n"
                                 : "A warm LibreOffice was already running.\n");
                print_status(*other, context.lang);
                return ok;
            }
            std::ifstream why(state_file("start-error"));
            std::string reason((std::istreambuf_iterator<char>(why)),
                               std::istreambuf_iterator<char>());
            complain(context, {"Không khởi động được LibreOffice chạy sẵn. " + reason,
                               "Could not start a warm LibreOffice. " + reason});
            return unreadable;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

// Until the state file is gone and the watcher has exited (the office stopped before it).
bool wait_until_gone(const std::string& pipe, unsigned long watcher, int seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        const auto state = warm::read_state();
        if ((!state || state->pipe != pipe) && !warm::process_alive(watcher)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

int stop(const Context& context) {
    const bool vi = context.lang == Lang::vi;
    const auto state = warm::read_state();
    if (!state) {
        std::cout << (vi ? "Không có LibreOffice chạy sẵn nào.\n"
                         : "No warm LibreOffice is running.\n");
        return ok;
    }
    if (warm::process_alive(state->watcher_pid)) {
        // Its watcher stops it (closing documents, removing the profile) and the state file.
        std::ofstream(state_file("stop")) << warm::own_pid();
        if (wait_until_gone(state->pipe, state->watcher_pid, 60)) {
            std::cout << (vi ? "Đã dừng LibreOffice chạy sẵn.\n"
                             : "Stopped the warm LibreOffice.\n");
            return ok;
        }
    }
    // No watcher (killed): end the office over its pipe, never by its id (maybe reused).
    if (auto office = reach(context, state)) {
        warm::close_all_documents(*office);
        try {
            office->desktop()->terminate();
        } catch (...) { // the bridge goes down while the office exits: expected
        }
        office.reset();
        for (int i = 0; i < 300 && warm::process_alive(state->office_pid); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        warm::forget(*state);
        std::cout << (vi ? "Đã dừng LibreOffice chạy sẵn.\n" : "Stopped the warm LibreOffice.\n");
    }
    return ok;
}

int status(const Context& context) {
    const auto state = warm::read_state();
    if (!reach(context, state)) {
        std::cout << (context.lang == Lang::vi ? "Không có LibreOffice chạy sẵn nào.\n"
                                               : "No warm LibreOffice is running.\n");
        return found_errors;
    }
    print_status(*state, context.lang);
    return ok;
}

// Detached from the terminal and from the output of the command that started it.
void detach() {
#ifndef _WIN32
    ::setsid();
    (void)std::freopen("/dev/null", "r", stdin);
    (void)std::freopen("/dev/null", "w", stdout);
    (void)std::freopen("/dev/null", "w", stderr);
#else
    (void)std::freopen("NUL", "r", stdin);
    (void)std::freopen("NUL", "w", stdout);
    (void)std::freopen("NUL", "w", stderr);
#endif
    std::signal(SIGINT, on_stop_signal);
    std::signal(SIGTERM, on_stop_signal);
#ifdef SIGHUP
    std::signal(SIGHUP, SIG_IGN);
#endif
}

// Owns the warm office: starts it, publishes the state file, and stops it when asked (stop
// file, SIGTERM), when it has been idle long enough, or when it died.
int serve_idle(const Context& context, long long idle_seconds) {
    detach();
    const unsigned long self = warm::own_pid();
    std::unique_ptr<office::OfficeProcess> office;
    try {
        office::OfficeOptions options;
        options.soffice = context.soffice;
        office = office::OfficeProcess::start(options);
    } catch (const std::exception& e) {
        std::ofstream(state_file("start-error")) << e.what();
        return unreadable;
    }
    warm::State state;
    state.pipe = office->pipe();
    state.office_pid = office->pid();
    state.watcher_pid = self;
    state.profile = office->profile();
    state.soffice = context.soffice.empty() ? office::default_soffice() : context.soffice;
    state.version = VNPLAN_VERSION;
    state.started = warm::now_seconds();
    state.idle_seconds = idle_seconds;
    warm::touch_last_used();
    warm::write_state(state);

    const auto ours = [&] {
        const auto now = warm::read_state();
        return now && now->watcher_pid == self && now->pipe == state.pipe;
    };
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        std::error_code ec;
        if (stop_signal || fs::exists(state_file("stop"), ec) || !office->running() || !ours())
            break;
        const long long idle = warm::now_seconds() - warm::last_used() / 1000;
        if (idle < idle_seconds || warm::other_users(self) > 0) continue;
        // Remove the state, then look for users again: a command marks itself busy before it
        // reads the state, so it either sees no state or is seen here.
        warm::remove_state();
        if (warm::other_users(self) == 0) break;
        warm::write_state(state);
    }
    if (ours()) warm::remove_state();
    if (office->running()) warm::close_all_documents(*office);
    office->stop(); // terminates it and removes its profile
    std::error_code ec;
    fs::remove(state_file("stop"), ec);
    return ok;
}

} // namespace

int office_command(const Context& context, const std::vector<std::string>& args) {
    std::string action;
    long long idle_minutes = default_idle_minutes, idle_seconds = 0;
    po::options_description options;
    options.add_options()("action", po::value(&action))("idle-minutes", po::value(&idle_minutes))(
        "idle-seconds", po::value(&idle_seconds)); // hidden: tests
    po::positional_options_description positional;
    positional.add("action", 1);
    parse_arguments(args, options, positional);
    if (idle_seconds <= 0) idle_seconds = idle_minutes * 60;
    if (idle_seconds <= 0)
        throw InputError({"--idle-minutes phải là số dương.", "--idle-minutes must be positive."});
    if (action == "start") return start(context, idle_seconds);
    if (action == "stop") return stop(context);
    if (action == "status") return status(context);
    if (action == "serve-idle") return serve_idle(context, idle_seconds);
    throw InputError({"Cách dùng: vnplan office start [--idle-minutes N] | stop | status",
                      "Usage: vnplan office start [--idle-minutes N] | stop | status"});
}

} // namespace vnplan::cli
