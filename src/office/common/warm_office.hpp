// The warm office (vnplan office start): a headless LibreOffice that outlives one command,
// owned by a detached watcher process (vnplan office serve-idle) and found by later commands
// through a state file in the user's own runtime folder. This module holds the files and the
// rules around them; src/cli/office_command.cpp holds the commands.
//
// Files in state_dir(): "state" (what the watcher started), "last-used" (time of the last
// command), "busy-PID" (a command using the office now), "stop" (a request to the watcher),
// "start-error" (why the watcher could not start the office), "start-lock" (a start running).
#pragma once

#include "core/common/message.hpp"
#include "office/common/office_process.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace vnplan::office::warm {

// The user's own folder for the state files, created private (0700) on first use: Linux
// $XDG_RUNTIME_DIR/vnplan, else <temp>/vnplan-<uid>; Windows %LOCALAPPDATA%\Temp\vnplan.
// std::runtime_error when it cannot be made private to the user (e.g. another user owns it).
std::filesystem::path state_dir();

struct State {
    std::string pipe;
    unsigned long office_pid = 0;
    unsigned long watcher_pid = 0;
    std::filesystem::path profile;
    std::filesystem::path soffice;
    std::string version;   // the vnplan that started it
    long long started = 0; // seconds since the epoch
    long long idle_seconds = 0;
};

std::optional<State> read_state();
void write_state(const State& state); // through a temporary file and a rename
void remove_state() noexcept;
// Removes the state file of an office that is gone, and the profile its watcher left.
void forget(const State& state) noexcept;

// Milliseconds since the epoch of the last command that used the warm office (0: never).
long long last_used();
void touch_last_used() noexcept;
long long now_seconds();

// True when another process with this id runs (it may be an unrelated one with a reused id).
bool process_alive(unsigned long pid) noexcept;
unsigned long own_pid() noexcept;

// Commands other than `self` using the warm office now (their busy-PID files, dead ones
// removed).
int other_users(unsigned long self) noexcept;

// A command's use of the warm office: marks it busy while held (the watcher does not stop an
// office in use), touches last-used, and at release closes documents left open when no other
// command uses the office. Never terminates the office.
class Use {
public:
    // The warm office when the state file names one that answers, else nullptr: a stale
    // state file is removed and `notice` called once with what to tell the user.
    // `soffice`: when not empty, only an office started from that program is used.
    static std::unique_ptr<Use> acquire(const std::filesystem::path& soffice,
                                        const std::function<void(const Message&)>& notice);
    ~Use();
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

    OfficeProcess& office() { return *office_; }
    std::unique_ptr<OfficeProcess>& office_ptr() { return office_; }

private:
    Use() = default;
    std::filesystem::path busy_;
    std::unique_ptr<OfficeProcess> office_;
};

// One `vnplan office start` at a time: two at once would start two offices, one of them only
// to stop again. A lock whose start was killed is taken over.
class StartLock {
public:
    StartLock();
    ~StartLock();
    StartLock(const StartLock&) = delete;
    StartLock& operator=(const StartLock&) = delete;
    // Waits up to `seconds` for another start to finish; false when it still holds the lock.
    bool acquire(int seconds);

private:
    std::filesystem::path path_;
    bool held_ = false;
};

// What stale state files are reported with.
Message stale_message();

// Closes every document open in the office (leftovers of a failed command); never throws.
void close_all_documents(OfficeProcess& office) noexcept;

} // namespace vnplan::office::warm
