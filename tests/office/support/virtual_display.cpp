#include "support/virtual_display.hpp"

#include "office/common/processes.hpp"
#include "office/common/ustring.hpp"
#include "office/common/warm_office.hpp"

#include <osl/process.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>
#include <vector>

#ifndef _WIN32
#include <csignal>
#include <sys/types.h>
#endif

namespace vnplan::test {

struct VirtualDisplay::Process {
    oslProcess handle = nullptr;
};

namespace {

constexpr const char* xvfb = "/usr/bin/Xvfb";

bool exited(oslProcess process) {
    TimeValue zero{0, 0};
    return osl_joinProcessWithTimeout(process, &zero) == osl_Process_E_None;
}

// X servers announce display N by a lock file (holding the server's pid) and a socket. A
// server killed outright leaves both behind: such a display is free again (as Xvfb itself
// decides), and its leftovers are removed so that the check below sees the new server's.
bool display_taken(int number) {
    std::error_code ec;
    const std::string n = std::to_string(number);
    const std::string lock = "/tmp/.X" + n + "-lock", socket = "/tmp/.X11-unix/X" + n;
    if (std::filesystem::exists(lock, ec)) {
        long pid = 0;
        std::ifstream(lock) >> pid;
        // pid 0: a lock being written
        if (pid == 0 || (pid > 0 && office::warm::process_alive(static_cast<unsigned long>(pid))))
            return true;
        std::filesystem::remove(lock, ec);
        std::filesystem::remove(socket, ec);
        return false;
    }
    return std::filesystem::exists(socket, ec);
}

// SIGTERM: Xvfb removes its lock and socket (osl_terminateProcess kills outright).
void stop_server(oslProcess process) {
#ifndef _WIN32
    oslProcessInfo info;
    info.Size = sizeof info;
    if (osl_getProcessInfo(process, osl_Process_IDENTIFIER, &info) == osl_Process_E_None)
        ::kill(static_cast<pid_t>(info.Ident), SIGTERM);
    TimeValue wait{5, 0};
    if (osl_joinProcessWithTimeout(process, &wait) == osl_Process_E_None) return;
#endif
    osl_terminateProcess(process);
    TimeValue more{10, 0};
    osl_joinProcessWithTimeout(process, &more);
}

oslProcess launch(int number) {
    office::ProcessArguments args(
        {":" + std::to_string(number), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"});
    const rtl::OUString image = "file://" + rtl::OUString::createFromAscii(xvfb);
    oslProcess process = nullptr;
    if (office::execute_process(image, args, osl_Process_NORMAL, &process) != osl_Process_E_None)
        throw std::runtime_error(std::string("cannot start ") + xvfb +
                                 " (install it: build/install-deps.sh)");
    return process;
}

} // namespace

std::unique_ptr<VirtualDisplay> VirtualDisplay::start() {
    std::unique_ptr<VirtualDisplay> display(new VirtualDisplay());
    display->process_ = std::make_unique<Process>();
    for (int number = 90; number < 190; ++number) {
        if (display_taken(number)) continue;
        oslProcess process = launch(number);
        // Ready when its socket appears; gone when another server won the number first.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!exited(process) && !display_taken(number) &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        // A server that lost the number to another one exits at once: give it the time to.
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (!exited(process) &&
            std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(number))) {
            display->process_->handle = process;
            display->name_ = ":" + std::to_string(number);
            return display;
        }
        stop_server(process);
        osl_freeProcessHandle(process);
    }
    throw std::runtime_error("no free X display for Xvfb between :90 and :189");
}

VirtualDisplay::~VirtualDisplay() {
    if (!process_ || !process_->handle) return;
    stop_server(process_->handle);
    osl_freeProcessHandle(process_->handle);
}

} // namespace vnplan::test
