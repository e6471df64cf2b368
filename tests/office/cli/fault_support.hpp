// What the fault tests need beyond running vnplan: running it in the background, finding the
// office it started (by its parent and its own profile, never "every soffice": other offices
// run on the machine), killing it, and small file systems that are read-only or full.
// Linux only (/proc, mount(2)): the tests run on the project's Debian machines.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vnplan::test {

// The process running `program` that this test program started (a child of ours), found
// within `seconds`; 0 when none.
unsigned long child_running(const std::string& program, int seconds);

// The office a process started: soffice.bin whose parent is `parent`.
struct OfficeInfo {
    unsigned long pid = 0;
    std::string profile; // its -env:UserInstallation URL
};
// Waits up to `seconds` for the office; pid 0 when none appeared.
OfficeInfo office_started_by(unsigned long parent, int seconds);

// Every office `parent` runs now (a pool of them for vnplan generate --jobs N).
std::vector<OfficeInfo> offices_of(unsigned long parent);

// Waits up to `seconds` until no process runs with the office's profile and the profile
// folder is removed; whether that happened.
bool office_gone(const OfficeInfo& office, int seconds);

// True when process `pid` has a file below `dir` open (/proc/PID/fd): the office is reading it.
bool has_open_file_in(unsigned long pid, const std::filesystem::path& dir);

// Processes whose command line contains `part` (e.g. an office's profile URL).
std::vector<unsigned long> processes_with(const std::string& part);

void kill_now(unsigned long pid); // SIGKILL: as a crash or a clerk ending the task does

// A tmpfs of `kib` KiB mounted at `where` (created), read-only when asked; unmounted at the
// end. ok() is false when this machine cannot mount (no CAP_SYS_ADMIN): why() says so.
class SmallDisk {
public:
    SmallDisk(const std::filesystem::path& where, long kib, bool read_only);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;
    bool ok() const { return ok_; }
    const std::string& why() const { return why_; }

private:
    std::filesystem::path where_;
    bool ok_ = false;
    std::string why_;
};

// Every entry below `dir` (files and folders, hidden ones too), as paths relative to it.
std::vector<std::string> entries(const std::filesystem::path& dir);

// The example plan (examples/ke-hoach-143.ods) with a sheet "Danh sách" of `rows` communes
// "Xã số N" (columns Tên xã, Điểm 60+N) and an abstract that names the commune and its score:
// one distinct document each for --each "Danh sách". Made once per size.
std::filesystem::path commune_batch(int rows);

// A generated document that is whole: a .pdf poppler's pdfinfo reads, an .odt or .docx
// whose zip checks (unzip -t).
bool whole_document(const std::filesystem::path& file);

// Polls `condition` every 20 ms for up to `seconds`; whether it held.
bool wait_for(const std::function<bool()>& condition, int seconds);

// A file's bytes.
std::string bytes_of(const std::filesystem::path& file);

} // namespace vnplan::test
