// A headless LibreOffice started for batch work and tests, with its own throwaway profile,
// reached over a named pipe. Client side only (the CLI and the office tests).
#pragma once

#include "office/common/processes.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

struct OfficeOptions {
    std::filesystem::path soffice; // empty: VNPLAN_SOFFICE or the office found at build time
    std::filesystem::path profile; // empty: a fresh temporary profile, removed at stop()
    int connect_timeout_seconds = 60;
    bool headless = true; // false: windows on $DISPLAY (screenshots of dialogs under Xvfb)
};

class OfficeProcess {
public:
    // Starts the office and connects to it; throws std::runtime_error with the reason.
    static std::unique_ptr<OfficeProcess> start(const OfficeOptions& options = {});
    // Connects to an office another process started (vnplan office start) and listening on
    // `pipe`; nullptr when nothing answers there. stop() then only drops the connection:
    // the office is not ours to terminate.
    static std::unique_ptr<OfficeProcess> attach(const std::string& pipe, unsigned long pid);
    ~OfficeProcess();
    OfficeProcess(const OfficeProcess&) = delete;
    OfficeProcess& operator=(const OfficeProcess&) = delete;

    // Closes the office, waits for it and removes a temporary profile; never throws.
    void stop() noexcept;

    css::uno::Reference<css::uno::XComponentContext> context() const { return context_; }
    css::uno::Reference<css::frame::XDesktop2> desktop() const;

    // Installs an .oxt into this office's profile (approving the usual questions), then
    // restarts the office on the same profile: LibreOffice 7.4 lists the new add-in at once
    // but cannot call through its new UNO types until it starts again.
    void install_extension(const std::filesystem::path& oxt);

    // Stops and starts the office again with the same profile.
    void restart();

    // False when the office no longer answers over its connection (killed, crashed or going
    // down): a failed UNO call asks this to tell "the office died" from an ordinary error.
    bool responds() const noexcept;

    // The office's process id (0 when not running): benchmarks read its memory use.
    unsigned long pid() const noexcept;
    // True while the office process this object started runs (false for an attached one).
    bool running() const noexcept;
    bool attached() const noexcept { return attached_; }
    const std::string& pipe() const noexcept { return pipe_; }
    const std::filesystem::path& profile() const noexcept { return profile_; }
    const std::filesystem::path& soffice() const noexcept { return soffice_; }

private:
    OfficeProcess() = default;
    void launch_and_connect();
    void shutdown(bool remove_profile) noexcept;
    OfficeOptions options_;
    std::filesystem::path soffice_;
    std::string pipe_;
    struct Handle;
    std::unique_ptr<Handle> handle_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::filesystem::path profile_;
    bool own_profile_ = false;
    bool profile_changed_ = false; // an extension was installed: not a clean template
    bool attached_ = false;        // started by another process: never terminated from here
    unsigned long attached_pid_ = 0;
};

std::filesystem::path default_soffice();

// Makes a first interrupt (Ctrl+C, SIGTERM, SIGHUP) kill the offices this process started and
// has not stopped, and start none after: every call to them fails at once, so the command
// unwinds as after a crash (no half-written file, profiles removed) and ends soon;
// interruption() then says why (the signal's number, 0 without one). Without an office of its
// own running (none yet, or only the warm one) and at a second interrupt, the process ends as
// the signal would. POSIX only: on Windows a console control handler would do the same
// (not built: untested here).
void stop_offices_on_interrupt() noexcept;
int interruption() noexcept;

} // namespace vnplan::office
