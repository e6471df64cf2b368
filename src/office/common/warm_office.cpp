#include "office/common/warm_office.hpp"

#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>
#include <vector>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace vnplan::office::warm {

namespace fs = std::filesystem;

namespace {

fs::path file(const char* name) {
    return state_dir() / name;
}

// Writes through a temporary file and a rename: a reader never sees half a file.
void write_file(const fs::path& path, const std::string& text) {
    const fs::path temp = path.string() + ".tmp" + std::to_string(own_pid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) throw std::runtime_error("cannot write " + temp.string());
    }
    fs::rename(temp, path);
}

std::string utf8(const fs::path& path) {
    const auto text = path.u8string();
    return std::string(text.begin(), text.end());
}

fs::path from_utf8(const std::string& text) {
    return fs::path(std::u8string(text.begin(), text.end()));
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

#ifndef _WIN32
// A folder only this user can use: ours, not a link, no access for others.
void make_private(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    struct stat info {};
    if (::lstat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid())
        throw std::runtime_error(dir.string() + " is not a folder of this user");
    if ((info.st_mode & 077) != 0 && ::chmod(dir.c_str(), 0700) != 0)
        throw std::runtime_error("cannot make " + dir.string() + " private");
}
#endif

} // namespace

fs::path state_dir() {
#ifdef _WIN32
    const char* local = std::getenv("LOCALAPPDATA");
    const fs::path dir = (local ? fs::path(local) / "Temp" : fs::temp_directory_path()) / "vnplan";
    fs::create_directories(dir);
    return dir;
#else
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code ec;
    const fs::path dir =
        runtime && *runtime && fs::is_directory(runtime, ec)
            ? fs::path(runtime) / "vnplan"
            : fs::temp_directory_path() / ("vnplan-" + std::to_string(::geteuid()));
    make_private(dir);
    return dir;
#endif
}

unsigned long own_pid() noexcept {
#ifdef _WIN32
    return GetCurrentProcessId();
#else
    return static_cast<unsigned long>(::getpid());
#endif
}

bool process_alive(unsigned long pid) noexcept {
    if (pid == 0) return false;
#ifdef _WIN32
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process) return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) return false;
#ifdef __linux__
    // A zombie (dead, not yet reaped by its new parent) counts as dead.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const auto paren = line.rfind(')');
    if (paren != std::string::npos && paren + 2 < line.size() && line[paren + 2] == 'Z')
        return false;
#endif
    return true;
#endif
}

long long now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<State> read_state() {
    const auto text = read_file(file("state"));
    if (!text) return std::nullopt;
    std::map<std::string, std::string> values;
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    State s;
    try {
        s.pipe = values.at("pipe");
        s.office_pid = std::stoul(values.at("office_pid"));
        s.watcher_pid = std::stoul(values.at("watcher_pid"));
        s.profile = from_utf8(values.at("profile"));
        s.soffice = from_utf8(values.at("soffice"));
        s.version = values.at("version");
        s.started = std::stoll(values.at("started"));
        s.idle_seconds = std::stoll(values.at("idle_seconds"));
    } catch (const std::exception&) {
        return State{}; // unreadable: stale (empty pipe)
    }
    return s;
}

void write_state(const State& s) {
    std::ostringstream text;
    text << "pipe=" << s.pipe << "\noffice_pid=" << s.office_pid
         << "\nwatcher_pid=" << s.watcher_pid << "\nprofile=" << utf8(s.profile)
         << "\nsoffice=" << utf8(s.soffice) << "\nversion=" << s.version
         << "\nstarted=" << s.started << "\nidle_seconds=" << s.idle_seconds << '\n';
    write_file(file("state"), text.str());
}

void remove_state() noexcept {
    std::error_code ec;
    fs::remove(state_dir() / "state", ec);
}

void forget(const State& state) noexcept {
    remove_state();
    // The profile too when its watcher is gone, and only one vnplan made (the state file is
    // the user's own, but never trust a path enough to remove a folder it does not name).
    if (!process_alive(state.watcher_pid) &&
        state.profile.filename().string().rfind("vnplan-office-", 0) == 0) {
        std::error_code ec;
        fs::remove_all(state.profile, ec);
    }
}

long long last_used() {
    const auto text = read_file(file("last-used"));
    try {
        return text ? std::stoll(*text) : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

void touch_last_used() noexcept {
    try {
        write_file(file("last-used"),
                   std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                      std::chrono::system_clock::now().time_since_epoch())
                                      .count()));
    } catch (...) {
    }
}

int other_users(unsigned long self) noexcept {
    int count = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(state_dir(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("busy-", 0) != 0) continue;
        unsigned long pid = 0;
        try {
            pid = std::stoul(name.substr(5));
        } catch (const std::exception&) {
        }
        if (pid == self) continue;
        if (process_alive(pid))
            ++count;
        else
            fs::remove(entry.path(), ec); // a command that was killed
    }
    return count;
}

StartLock::StartLock() : path_(file("start-lock")) {}

StartLock::~StartLock() {
    std::error_code ec;
    if (held_) fs::remove(path_, ec);
}

bool StartLock::acquire(int seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    do {
        // "x": created only when absent, atomically (C11; MSVC has it too).
        if (std::FILE* lock = std::fopen(path_.string().c_str(), "wx")) {
            std::fprintf(lock, "%lu\n", own_pid());
            std::fclose(lock);
            return held_ = true;
        }
        unsigned long holder = 0;
        if (const auto text = read_file(path_)) try {
                holder = std::stoul(*text);
            } catch (const std::exception&) {
            }
        std::error_code ec;
        // A start that was killed left it; an empty file is one being written, unless old.
        const auto age = fs::file_time_type::clock::now() - fs::last_write_time(path_, ec);
        if (!ec && (holder != 0 ? !process_alive(holder) : age > std::chrono::seconds(10)))
            fs::remove(path_, ec);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } while (std::chrono::steady_clock::now() < deadline);
    return false;
}

Message stale_message() {
    return {"LibreOffice chạy sẵn (vnplan office start) đã dừng; đã xoá tệp trạng thái cũ, lệnh "
            "này tự khởi động LibreOffice riêng.",
            "The LibreOffice started by `vnplan office start` has stopped; its old state file was "
            "removed and this command starts its own LibreOffice."};
}

std::unique_ptr<Use> Use::acquire(const fs::path& soffice,
                                  const std::function<void(const Message&)>& notice) {
    std::unique_ptr<Use> use(new Use());
    try {
        // Busy first, state second: a watcher stopping for idleness removes the state, then
        // looks for busy files, so one of the two always sees the other.
        use->busy_ = state_dir() / ("busy-" + std::to_string(own_pid()));
        write_file(use->busy_, "");
        const auto state = read_state();
        if (!state || (!soffice.empty() &&
                       fs::weakly_canonical(soffice) != fs::weakly_canonical(state->soffice)))
            return nullptr;
        if (!state->pipe.empty())
            use->office_ = OfficeProcess::attach(state->pipe, state->office_pid);
        if (!use->office_) {
            // The office is gone (killed, crashed, a reboot; its id may be another process's
            // now): forget it, never signal that id.
            const auto again = read_state();
            if (again && again->pipe == state->pipe) {
                forget(*state);
                notice(stale_message());
            }
            return nullptr;
        }
        touch_last_used();
        return use;
    } catch (const std::exception&) {
        return nullptr; // no usable state folder: the command starts its own office
    }
}

Use::~Use() {
    if (office_) {
        if (other_users(own_pid()) == 0) close_all_documents(*office_);
        office_->stop(); // drops the connection only
        touch_last_used();
    }
    std::error_code ec;
    if (!busy_.empty()) fs::remove(busy_, ec);
}

void close_all_documents(OfficeProcess& office) noexcept {
    try {
        css::uno::Reference<css::container::XEnumerationAccess> components =
            office.desktop()->getComponents();
        if (!components.is()) return;
        std::vector<css::uno::Reference<css::lang::XComponent>> open;
        const auto all = components->createEnumeration();
        while (all->hasMoreElements()) {
            css::uno::Reference<css::lang::XComponent> document(all->nextElement(),
                                                                css::uno::UNO_QUERY);
            if (document.is()) open.push_back(document);
        }
        for (const auto& document : open)
            close_document(document);
    } catch (...) {
    }
}

} // namespace vnplan::office::warm
