#include "cli/fault_support.hpp"
#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <sys/mount.h>
#include <thread>
#include <unistd.h>

namespace vnplan::test {

namespace {

// "" when it cannot be read: a /proc file of a process that ends meanwhile fails with ESRCH,
// which libstdc++'s filebuf throws.
std::string read_all(const std::filesystem::path& file) {
    try {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    } catch (const std::exception&) {
        return {};
    }
}

// /proc/PID/cmdline with its NULs as spaces.
std::string command_line(const std::string& pid) {
    std::string line = read_all("/proc/" + pid + "/cmdline");
    for (auto& c : line)
        if (c == '\0') c = ' ';
    return line;
}

unsigned long parent_of(const std::string& pid) {
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so from the last ')'.
    const std::string stat = read_all("/proc/" + pid + "/stat");
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream rest(stat.substr(close + 1));
    std::string state;
    unsigned long ppid = 0;
    rest >> state >> ppid;
    return ppid;
}

std::vector<std::string> all_pids() {
    std::vector<std::string> pids;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos)
            pids.push_back(name);
    }
    return pids;
}

} // namespace

unsigned long child_running(const std::string& program, int seconds) {
    const unsigned long self = static_cast<unsigned long>(::getpid());
    for (int tries = 0; tries < seconds * 100; ++tries) {
        for (const auto& pid : all_pids())
            if (parent_of(pid) == self && command_line(pid).rfind(program, 0) == 0)
                return std::stoul(pid);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return 0;
}

std::vector<OfficeInfo> offices_of(unsigned long parent) {
    std::vector<OfficeInfo> out;
    for (const auto& pid : all_pids()) {
        if (parent_of(pid) != parent) continue;
        const std::string line = command_line(pid);
        const auto at = line.find("-env:UserInstallation=");
        if (line.find("soffice.bin") == std::string::npos || at == std::string::npos) continue;
        const auto start = at + std::strlen("-env:UserInstallation=");
        out.push_back({std::stoul(pid), line.substr(start, line.find(' ', start) - start)});
    }
    return out;
}

OfficeInfo office_started_by(unsigned long parent, int seconds) {
    for (int tries = 0; tries < seconds * 20; ++tries) {
        if (const auto found = offices_of(parent); !found.empty()) return found.front();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return {};
}

bool office_gone(const OfficeInfo& office, int seconds) {
    // The profile URL "file:///tmp/vnplan-office-N" as a path.
    const std::filesystem::path folder = office.profile.substr(std::string("file://").size());
    return wait_for(
        [&] { return processes_with(office.profile).empty() && !std::filesystem::exists(folder); },
        seconds);
}

bool has_open_file_in(unsigned long pid, const std::filesystem::path& dir) {
    std::error_code ec;
    const std::string prefix = std::filesystem::canonical(dir, ec).string() + "/";
    if (ec) return false; // no folder yet (its prefix would be "/": any open file)
    for (const auto& fd :
         std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
        std::error_code link_ec;
        const auto target = std::filesystem::read_symlink(fd.path(), link_ec).string();
        if (!link_ec && target.rfind(prefix, 0) == 0) return true;
    }
    return false;
}

std::vector<unsigned long> processes_with(const std::string& part) {
    std::vector<unsigned long> found;
    for (const auto& pid : all_pids())
        if (command_line(pid).find(part) != std::string::npos) found.push_back(std::stoul(pid));
    return found;
}

void kill_now(unsigned long pid) {
    if (pid == 0 || ::kill(static_cast<pid_t>(pid), SIGKILL) != 0)
        throw std::runtime_error("cannot kill process " + std::to_string(pid));
}

SmallDisk::SmallDisk(const std::filesystem::path& where, long kib, bool read_only) : where_(where) {
    std::filesystem::create_directories(where);
    const std::string options = "size=" + std::to_string(kib) + "k";
    if (::mount("tmpfs", where.c_str(), "tmpfs", read_only ? MS_RDONLY : 0, options.c_str()) == 0)
        ok_ = true;
    else
        why_ = "cannot mount a tmpfs at " + where.string() + ": " + std::strerror(errno);
}

SmallDisk::~SmallDisk() {
    if (ok_) ::umount2(where_.c_str(), MNT_DETACH);
    std::error_code ec;
    std::filesystem::remove(where_, ec);
}

std::vector<std::string> entries(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec))
        out.push_back(std::filesystem::relative(entry.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string bytes_of(const std::filesystem::path& file) {
    return read_all(file);
}

bool wait_for(const std::function<bool()>& condition, int seconds) {
    for (int i = 0; i < seconds * 50; ++i) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

bool whole_document(const std::filesystem::path& file) {
    const std::string check = file.extension() == ".pdf"
                                  ? "pdfinfo '" + file.string() + "' >/dev/null 2>&1"
                                  : "unzip -tq '" + file.string() + "' >/dev/null 2>&1";
    return std::system(check.c_str()) == 0;
}

std::filesystem::path commune_batch(int rows) {
    const auto book = temp_dir() / ("theo-xa-" + std::to_string(rows) + ".ods");
    if (std::filesystem::exists(book)) return book;
    const auto copy = temp_dir() / "theo-xa-ke-hoach-143.ods";
    std::filesystem::copy_file(std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples" /
                                   "ke-hoach-143.ods",
                               copy, std::filesystem::copy_options::overwrite_existing);
    CalcDocument doc(copy);
    const auto info = doc.sheet(0);
    for (int r = 0; r < 200; ++r)
        if (office::to_utf8(info->getCellByPosition(0, r)->getFormula()) == "Trích yếu") {
            info->getCellByPosition(1, r)->setFormula(
                office::to_ou("Kế hoạch khen thưởng của {{Tên xã}} ({{Điểm}} điểm)"));
            break;
        }
    Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW)
        ->getSheets()
        ->insertNewByName(office::to_ou("Danh sách"), 4);
    std::string tsv = "Tên xã\tĐiểm\n";
    for (int i = 1; i <= rows; ++i)
        tsv += "Xã số " + std::to_string(i) + "\t" + std::to_string(60 + i) + "\n";
    doc.put("A1", grid_from_tsv(tsv), 4);
    doc.store(book);
    return book;
}

} // namespace vnplan::test
