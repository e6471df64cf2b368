#include "support/office_fixture.hpp"

#include "support/calc.hpp"
#include "support/virtual_display.hpp"

#include "office/common/documents.hpp"

#include <com/sun/star/uno/Exception.hpp>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>

#ifdef __linux__
#include <sys/types.h>
#include <unistd.h>
#endif

namespace vnplan::test {

namespace {

struct Running {
    OfficeSettings settings;
    bool killed = false;
    std::filesystem::path profile;
    std::unique_ptr<office::OfficeProcess> process;
};
std::optional<Running> running;
std::unique_ptr<VirtualDisplay> display;

// The interface language, and no first-start dialogs (tip of the day) in a windowed office.
// Setup/L10N/ooLocale is what the office reports as its language, Linguistic's UILocale what
// the clerk chose in Tools > Options: both, so that neither the machine's locale nor a
// first-start guess decides.
void write_settings(const std::filesystem::path& profile, const std::string& locale) {
    std::filesystem::create_directories(profile / "user");
    std::ofstream xcu(profile / "user" / "registrymodifications.xcu");
    const auto item = [&](const char* path, const char* name, const std::string& value) {
        xcu << "<item oor:path=\"" << path << "\"><prop oor:name=\"" << name
            << "\" oor:op=\"fuse\"><value>" << value << "</value></prop></item>\n";
    };
    xcu << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
    item("/org.openoffice.Setup/L10N", "ooLocale", locale);
    item("/org.openoffice.Office.Linguistic/General", "UILocale", locale);
    item("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false");
    item("/org.openoffice.Office.Common/Misc", "FirstRun", "false");
    xcu << "</oor:items>\n";
    if (!xcu) throw std::runtime_error("cannot write the test office's settings");
}

} // namespace

office::OfficeProcess& office() {
    return running ? *running->process : office(OfficeSettings{});
}

office::OfficeProcess& office(const OfficeSettings& settings) {
    if (running && running->settings == settings && !running->killed) {
        try {
            running->process->desktop(); // an office that crashed in an earlier test is replaced
            return *running->process;
        } catch (const css::uno::Exception&) {
            running->killed = true;
        }
    }
    stop_office();
    office::OfficeOptions options;
    options.headless = !settings.windowed;
#ifndef _WIN32 // Windows has its desktop; elsewhere an X display of our own
    if (settings.windowed) {
        if (!display) display = VirtualDisplay::start();
        // The office inherits these: its windows go to the virtual display, drawn by VCL's
        // plain X11 backend (as LibreOffice's own UI tests run).
        setenv("DISPLAY", display->name().c_str(), 1);
        setenv("SAL_USE_VCLPLUGIN", "gen", 1);
    }
#endif
    Running next{settings, false,
                 temp_dir() /
                     ("profile-" + settings.ui_locale + (settings.windowed ? "-windowed" : "")),
                 nullptr};
    write_settings(next.profile, settings.ui_locale);
    options.profile = next.profile;
    next.process = office::OfficeProcess::start(options);
    next.process->install_extension(VNPLAN_TEST_OXT);
    running = std::move(next);
    return *running->process;
}

void stop_office() noexcept {
    if (!running) return;
    running->process.reset();
    std::error_code ec;
    std::filesystem::remove_all(running->profile, ec);
    running.reset();
}

void kill_office() noexcept {
    static std::mutex mutex; // the watchdog and the test's own thread may both get here
    std::lock_guard<std::mutex> lock(mutex);
    if (!running || running->killed) return;
    running->killed = true; // the next test starts a new one
#ifdef __linux__
    // The office is the process whose command line names our throwaway profile.
    const std::string profile = "UserInstallation=" + office::file_url(running->profile);
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        std::ifstream in(entry.path() / "cmdline", std::ios::binary);
        const std::string cmdline((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
        if (cmdline.find(profile) == std::string::npos) continue;
        const int pid = std::atoi(entry.path().filename().c_str());
        if (pid > 0 && pid != getpid()) kill(pid, SIGKILL);
    }
#endif
}

} // namespace vnplan::test
