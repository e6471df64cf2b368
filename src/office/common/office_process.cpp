#include "office/common/office_process.hpp"

#include "office/common/documents.hpp"
#include "office/common/office_paths.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/process.h>
#include <osl/time.h>
#include <rtl/bootstrap.hxx>
#include <rtl/ref.hxx>

#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

#ifndef _WIN32
#include <sys/types.h>
#include <unistd.h>
#endif

namespace vnplan::office {

struct OfficeProcess::Handle {
    oslProcess process = nullptr;
};

namespace {

// One local UNO environment per process, bootstrapped from the office's own ini.
Reference<css::uno::XComponentContext> local_context() {
    static std::mutex mutex;
    static Reference<css::uno::XComponentContext> context;
    std::lock_guard<std::mutex> lock(mutex);
    if (!context.is()) {
        // As the office itself does: URE_BOOTSTRAP names fundamentalrc, which finds the rest.
        const char* ini = std::getenv("VNPLAN_BOOTSTRAP_INI");
        const std::filesystem::path path = ini ? ini : VNPLAN_OFFICE_BOOTSTRAP_INI;
        rtl::Bootstrap::set("URE_BOOTSTRAP", to_ou("vnd.sun.star.pathname:" + path.string()));
        context = cppu::defaultBootstrap_InitialComponentContext();
    }
    return context;
}

std::string random_token() {
    std::random_device random;
    std::mt19937_64 engine((static_cast<std::uint64_t>(random()) << 32) ^ random());
    return std::to_string(engine() % 1000000000000ULL);
}

// The offices started here and not yet stopped, for the interrupt handler: lock-free slots
// (a handler may only touch atomics), 0 when free. More offices than slots are not remembered.
std::array<std::atomic<long>, 64> running_offices{};

void remember_running(long pid) noexcept {
    for (auto& slot : running_offices) {
        long free = 0;
        if (slot.compare_exchange_strong(free, pid)) return;
    }
}

void forget_running(long pid) noexcept {
    for (auto& slot : running_offices) {
        long expected = pid;
        if (pid != 0 && slot.compare_exchange_strong(expected, 0)) return;
    }
}

std::atomic<int> interrupt_signal{0};

#ifndef _WIN32
extern "C" void kill_offices(int signal_number) {
    bool any = false;
    for (auto& slot : running_offices)
        if (const long pid = slot.load(); pid > 0) {
            kill(static_cast<pid_t>(pid), SIGKILL);
            any = true;
        }
    std::signal(signal_number, SIG_DFL); // a second one ends vnplan at once
    if (any)
        interrupt_signal = signal_number;
    else // none of ours runs (the warm office is not ours): nothing to unwind, end now
        std::raise(signal_number);
}
#endif

bool exited(oslProcess process) {
    TimeValue zero{0, 0};
    return osl_joinProcessWithTimeout(process, &zero) == osl_Process_E_None;
}

// Answers every question of the extension manager with "approve" (licence, updates).
class ApprovingEnvironment
    : public WeakImplHelper<css::ucb::XCommandEnvironment, css::task::XInteractionHandler,
                            css::ucb::XProgressHandler> {
public:
    Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override {
        return this;
    }
    Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return this; }
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        css::uno::Exception problem;
        if (request->getRequest() >>= problem) messages.push_back(to_utf8(problem.Message));
        for (const auto& continuation : request->getContinuations()) {
            Reference<css::task::XInteractionApprove> approve(continuation, css::uno::UNO_QUERY);
            if (approve.is()) {
                approve->select();
                return;
            }
        }
    }
    void SAL_CALL push(const css::uno::Any&) override {}
    void SAL_CALL update(const css::uno::Any&) override {}
    void SAL_CALL pop() override {}

    std::vector<std::string> messages;
};

// On Unix "soffice" is a script that runs oosplash, which runs soffice.bin; on Windows
// soffice.exe is a launcher that runs soffice.bin: start soffice.bin itself so that the process
// we hold is the office (and can be stopped if it hangs).
std::filesystem::path office_binary(const std::filesystem::path& soffice) {
    std::filesystem::path bin = soffice;
    bin.replace_extension(".bin"); // soffice -> soffice.bin, soffice.exe -> soffice.bin
    std::error_code ec;
    return std::filesystem::is_regular_file(bin, ec) ? bin : soffice;
}

// A clean profile saved after a first start: copying it (about 0.5 MB) into a new throwaway
// profile spares the office its first-start restart (about 0.5 s). One per office build.
std::filesystem::path profile_template(const std::filesystem::path& soffice) {
    std::error_code ec;
    const auto stamp = std::filesystem::last_write_time(soffice, ec).time_since_epoch().count();
    return std::filesystem::temp_directory_path() /
           ("vnplan-profile-template-" + std::to_string(std::hash<std::string>{}(
                                             soffice.string() + "@" + std::to_string(stamp))));
}

void save_profile_template(const std::filesystem::path& profile,
                           const std::filesystem::path& soffice) noexcept {
    std::error_code ec;
    const auto target = profile_template(soffice);
    if (std::filesystem::exists(target, ec)) return;
    auto temp = target;
    temp += "-" + random_token();
    std::filesystem::copy(profile, temp, std::filesystem::copy_options::recursive, ec);
    if (!ec) std::filesystem::rename(temp, target, ec); // another process may have won: fine
    if (ec) std::filesystem::remove_all(temp, ec);
}

} // namespace

void stop_offices_on_interrupt() noexcept {
#ifndef _WIN32
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signal_number, kill_offices);
#endif
}

int interruption() noexcept {
    return interrupt_signal;
}

std::filesystem::path default_soffice() {
    if (const char* env = std::getenv("VNPLAN_SOFFICE")) return env;
    return VNPLAN_OFFICE_SOFFICE;
}

std::unique_ptr<OfficeProcess> OfficeProcess::start(const OfficeOptions& options) {
    if (interruption() != 0) throw std::runtime_error("interrupted: no office started");
    std::unique_ptr<OfficeProcess> office(new OfficeProcess());
    office->handle_ = std::make_unique<Handle>();
    office->options_ = options;
    const std::string token = random_token();
    office->own_profile_ = options.profile.empty();
    office->profile_ = office->own_profile_
                           ? std::filesystem::temp_directory_path() / ("vnplan-office-" + token)
                           : options.profile;
    office->soffice_ = office_binary(options.soffice.empty() ? default_soffice() : options.soffice);
    std::error_code ec;
    if (office->own_profile_ &&
        std::filesystem::is_directory(profile_template(office->soffice_), ec))
        std::filesystem::copy(profile_template(office->soffice_), office->profile_,
                              std::filesystem::copy_options::recursive, ec);
    std::filesystem::create_directories(office->profile_);
    office->pipe_ = "vnplan_" + token;
    office->launch_and_connect();
    return office;
}

std::unique_ptr<OfficeProcess> OfficeProcess::attach(const std::string& pipe, unsigned long pid) {
    std::unique_ptr<OfficeProcess> office(new OfficeProcess());
    office->attached_ = true;
    office->attached_pid_ = pid;
    office->pipe_ = pipe;
    Reference<css::bridge::XUnoUrlResolver> resolver =
        css::bridge::UnoUrlResolver::create(local_context());
    try {
        // No pipe: NoConnectException at once. The pipe is below the user's own id (osl puts
        // the uid in its path), so another user's office cannot be reached this way.
        office->context_.set(
            resolver->resolve(to_ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")),
            UNO_QUERY_THROW);
        if (!office->context_->getServiceManager().is()) return nullptr;
    } catch (const css::uno::Exception&) {
        return nullptr;
    }
    return office;
}

void OfficeProcess::launch_and_connect() {
    Reference<css::uno::XComponentContext> local = local_context();
    // --invisible even with windows: no start centre or first-start dialogs; documents
    // loaded with Hidden=false still show.
    std::vector<std::string> args{"--invisible",
                                  "--nologo",
                                  "--norestore",
                                  "--nodefault",
                                  "--nolockcheck",
                                  "--nofirststartwizard",
                                  "-env:UserInstallation=" + file_url(profile_),
                                  "--accept=pipe,name=" + pipe_ +
                                      ";urp;StarOffice.ComponentContext"};
    if (options_.headless) args.insert(args.begin(), "--headless");
    ProcessArguments arguments(args);
    const rtl::OUString image = to_ou(file_url(soffice_));

    // Like oosplash: a new profile makes the first start exit with 81 ("restart me").
    constexpr sal_uInt32 restart_requested = 81;
    auto launch = [&] {
        // Its own standard streams, closed at once (the office ignores SIGPIPE): an office
        // outliving a killed vnplan must not hold the caller's output open, and its warnings
        // are not the clerk's. VNPLAN_PROFILE keeps them: the add-in's timers print there.
        oslFileHandle in = nullptr, out = nullptr, err = nullptr;
        const bool quiet = std::getenv("VNPLAN_PROFILE") == nullptr;
        const auto started =
            execute_process(image, arguments, osl_Process_NORMAL, &handle_->process,
                            quiet ? &in : nullptr, quiet ? &out : nullptr, quiet ? &err : nullptr);
        for (oslFileHandle h : {in, out, err})
            if (h) osl_closeFile(h);
        if (started != osl_Process_E_None)
            throw std::runtime_error("cannot start LibreOffice: " + soffice_.string());
        remember_running(static_cast<long>(pid()));
        if (interruption() != 0) // the handler may have run before the office was remembered
            osl_terminateProcess(handle_->process);
    };
    launch();

    Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(local);
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(options_.connect_timeout_seconds);
    const rtl::OUString url = to_ou("uno:pipe,name=" + pipe_ + ";urp;StarOffice.ComponentContext");
    int restarts = 0;
    for (;;) {
        try {
            context_.set(resolver->resolve(url), UNO_QUERY_THROW);
            return;
        } catch (const css::connection::NoConnectException&) {
        }
        if (exited(handle_->process)) {
            oslProcessInfo info;
            info.Size = sizeof info;
            osl_getProcessInfo(handle_->process, osl_Process_EXITCODE, &info);
            forget_running(static_cast<long>(pid()));
            osl_freeProcessHandle(handle_->process);
            handle_->process = nullptr;
            if (info.Code != restart_requested || ++restarts > 2)
                throw std::runtime_error("LibreOffice stopped before it accepted a connection "
                                         "(exit code " +
                                         std::to_string(info.Code) + ")");
            launch();
        }
        if (std::chrono::steady_clock::now() > deadline) {
            shutdown(false);
            throw std::runtime_error("LibreOffice did not answer within " +
                                     std::to_string(options_.connect_timeout_seconds) + " s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

OfficeProcess::~OfficeProcess() {
    stop();
}

Reference<css::frame::XDesktop2> OfficeProcess::desktop() const {
    return css::frame::Desktop::create(context_);
}

void OfficeProcess::stop() noexcept {
    shutdown(own_profile_);
}

void OfficeProcess::restart() {
    if (attached_) throw std::logic_error("an attached office is not restarted from here");
    shutdown(false);
    launch_and_connect();
}

bool OfficeProcess::responds() const noexcept {
    try {
        // A round trip: a dead office's bridge throws DisposedException at once.
        return (attached_ || (handle_ && handle_->process)) && context_.is() &&
               context_->getServiceManager().is();
    } catch (...) {
        return false;
    }
}

unsigned long OfficeProcess::pid() const noexcept {
    if (attached_) return attached_pid_;
    if (!handle_ || !handle_->process) return 0;
    oslProcessInfo info;
    info.Size = sizeof info;
    if (osl_getProcessInfo(handle_->process, osl_Process_IDENTIFIER, &info) != osl_Process_E_None)
        return 0;
    return info.Ident;
}

bool OfficeProcess::running() const noexcept {
    return handle_ && handle_->process && !exited(handle_->process);
}

void OfficeProcess::shutdown(bool remove_profile) noexcept {
    if (attached_) { // not ours: only the connection goes
        context_.clear();
        return;
    }
    // Only a profile whose office answered terminate() and exited may become the template:
    // one left by a killed or hung office may be half-written.
    bool clean = false;
    if (handle_ && handle_->process) {
        // terminate() in a thread of its own, so that stopping never waits without bound: an
        // office that does not answer it is killed after the wait below, which ends the call.
        std::thread terminating;
        if (context_.is() && !exited(handle_->process)) try {
                terminating = std::thread([desktop = desktop()] {
                    try {
                        desktop->terminate();
                    } catch (...) { // the bridge goes down while the office exits: expected
                    }
                });
                clean = true;
            } catch (...) {
                clean = true; // no desktop: the office is going already
            }
        TimeValue wait{30, 0};
        if (osl_joinProcessWithTimeout(handle_->process, &wait) != osl_Process_E_None) {
            clean = false;
            osl_terminateProcess(handle_->process);
            TimeValue more{5, 0};
            osl_joinProcessWithTimeout(handle_->process, &more);
        }
        if (terminating.joinable()) terminating.join();
        forget_running(static_cast<long>(pid()));
        osl_freeProcessHandle(handle_->process);
        handle_->process = nullptr;
    }
    context_.clear();
    if (clean && remove_profile && own_profile_ && !profile_changed_ && !profile_.empty())
        save_profile_template(profile_, soffice_);
    if (remove_profile && !profile_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(profile_, ec);
    }
}

void OfficeProcess::install_extension(const std::filesystem::path& oxt) {
    if (attached_) throw std::logic_error("an attached office gets no extension from here");
    Reference<css::deployment::XExtensionManager> manager(
        context_->getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"),
        UNO_QUERY_THROW);
    rtl::Reference<ApprovingEnvironment> environment(new ApprovingEnvironment());
    Reference<css::deployment::XPackage> package =
        manager->addExtension(to_ou(file_url(oxt)), {}, "user", manager->createAbortChannel(),
                              Reference<css::ucb::XCommandEnvironment>(environment.get()));
    if (!package.is()) {
        std::string reason;
        for (const auto& m : environment->messages)
            reason += " " + m;
        throw std::runtime_error("the extension was not installed:" + reason);
    }
    profile_changed_ = true;
    restart();
}

} // namespace vnplan::office
