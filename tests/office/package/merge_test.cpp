// One .oxt for several platforms (build/cmake/merge_oxt.cmake): merged from this build's
// vnplan.oxt and a stand-in for another platform's (the same files, its own platform string
// and component library), it must carry one component entry per platform, list both in
// description.xml, install in this office and answer; inputs that differ must stop the merge.
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/common/ustring.hpp"
#include "package/package_support.hpp"
#include "support/run.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace vnplan;
namespace fs = std::filesystem;
using namespace vnplan::test::package;

namespace {

const std::string here = VNPLAN_PLATFORM;          // this build's, e.g. linux_x86_64
const std::string library = VNPLAN_COMPONENT_FILE; // e.g. vnplan.so
const TempDir work_dir;                            // removed when the program ends
const fs::path& work = work_dir.path;

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1))
        text.replace(at, from.size(), to);
}

int cmake(const std::vector<std::string>& args, const fs::path& dir = fs::current_path()) {
    std::vector<std::string> all{"-E", "chdir", dir.string(), VNPLAN_CMAKE};
    all.insert(all.end(), args.begin(), args.end());
    const test::RunResult r = test::run(VNPLAN_CMAKE, all);
    MESSAGE(r.out << r.err);
    return r.exit_code;
}

int merge(const std::vector<fs::path>& inputs, const fs::path& output) {
    std::string list;
    for (const auto& input : inputs)
        list += (list.empty() ? "" : "|") + input.string();
    return cmake({"-DOXTS=" + list, "-DOUTPUT=" + output.string(), "-P",
                  VNPLAN_SOURCE_DIR "/build/cmake/merge_oxt.cmake"});
}

// This build's .oxt rewritten as if built on Windows: its manifest, description.xml and
// component file name windows_x86_64 and vnplan.dll (a stand-in file: never loaded here).
fs::path other_platform(const std::string& extra_change = "") {
    const fs::path dir = work / ("windows" + extra_change);
    fs::create_directories(dir);
    REQUIRE(cmake({"-E", "tar", "xf", VNPLAN_TEST_OXT}, dir) == 0);
    for (const char* name : {"META-INF/manifest.xml", "description.xml", "vnplan.components"}) {
        std::string text = read(dir / name);
        replace_all(text, here, "windows_x86_64");
        replace_all(text, "lib/" + library, "lib/vnplan.dll");
        write(dir / name, text);
    }
    fs::remove(dir / "lib" / library);
    write(dir / "lib/vnplan.dll", "MZ stand-in for the Windows build");
    if (!extra_change.empty()) write(dir / "registry/Addons.xcu", extra_change);
    const fs::path oxt = work / ("windows" + extra_change + ".oxt");
    std::vector<std::string> entries;
    for (const auto& entry : fs::directory_iterator(dir))
        entries.push_back(entry.path().filename().string());
    std::vector<std::string> args{"-E", "tar", "cf", oxt.string(), "--format=zip", "--"};
    args.insert(args.end(), entries.begin(), entries.end());
    REQUIRE(cmake(args, dir) == 0);
    return oxt;
}

} // namespace

TEST_SUITE("package.merge") {
    TEST_CASE("two platforms' .oxt merge into one that installs and answers here") {
        const fs::path merged = work / "vnplan-all.oxt";
        REQUIRE(merge({VNPLAN_TEST_OXT, other_platform()}, merged) == 0);

        const fs::path unpacked = work / "merged";
        fs::create_directories(unpacked);
        REQUIRE(cmake({"-E", "tar", "xf", merged.string()}, unpacked) == 0);
        const std::string manifest = read(unpacked / "META-INF/manifest.xml");
        CHECK(contains(manifest, "uno-components;platform=" + here +
                                     "\"\n                       manifest:full-path=\"platform/" +
                                     here + "/vnplan.components\""));
        CHECK(contains(manifest, "uno-components;platform=windows_x86_64\"\n"
                                 "                       manifest:full-path=\"platform/"
                                 "windows_x86_64/vnplan.components\""));
        CHECK(contains(manifest, "uno-typelibrary;type=RDB"));
        CHECK(contains(read(unpacked / "description.xml"),
                       "<platform value=\"" + here + ",windows_x86_64\"/>"));
        CHECK(fs::is_regular_file(unpacked / "platform" / here / "lib" / library));
        CHECK(fs::is_regular_file(unpacked / "platform/windows_x86_64/lib/vnplan.dll"));
        CHECK_FALSE(fs::exists(unpacked / "lib"));

        auto soffice = office::OfficeProcess::start();
        soffice->install_extension(merged);
        const auto calc = office::new_document(soffice->desktop(), "scalc");
        CHECK(text_of(computed(calc, "=VNWORDS(1000005)")) == "một triệu không trăm linh năm");
        office::close_document(calc);
        soffice->stop();
    }

    TEST_CASE("inputs that differ beyond their platform part stop the merge") {
        const fs::path merged = work / "stale.oxt";
        CHECK(merge({VNPLAN_TEST_OXT, other_platform("stale")}, merged) != 0);
        CHECK_FALSE(fs::exists(merged));
        CHECK(merge({VNPLAN_TEST_OXT, VNPLAN_TEST_OXT}, merged) != 0); // the same platform twice
    }
}
