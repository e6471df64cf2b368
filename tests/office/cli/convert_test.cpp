// vnplan convert on workbooks built in the test (office/vntext/legacy_workbook.hpp) and stored
// as .ods, .xlsx and .xls: the copies are exact, the inputs untouched, nothing is overwritten
// without --force, and the exit codes say what happened.
#include "office/vntext/legacy_workbook.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/warm_office.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace vnplan;
using namespace vnplan::test;
namespace lw = vnplan::test::legacy;
namespace fs = std::filesystem;

namespace {

// The legacy workbook stored in each format, in a fresh folder.
fs::path legacy_files() {
    static int count = 0;
    const fs::path dir = temp_dir() / ("convert-" + std::to_string(++count));
    fs::create_directories(dir);
    CalcDocument doc;
    lw::fill(doc);
    doc.store(dir / "so-cu.ods", "calc8");
    doc.store(dir / "so-cu.xlsx", "Calc MS Excel 2007 XML");
    doc.store(dir / "so-cu.xls", "MS Excel 97");
    return dir;
}

void check_converted(const fs::path& file) {
    INFO(file.string());
    CalcDocument doc(file);
    lw::check_unicode(doc);
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_SUITE("cli.convert") {
    TEST_CASE(".ods, .xlsx and .xls: exact Unicode copies in the same format, exit 0") {
        use_warm_office();
        const fs::path dir = legacy_files();
        const fs::path out = dir / "ra";
        const RunResult r =
            run_vnplan({"convert", (dir / "so-cu.ods").string(), (dir / "so-cu.xlsx").string(),
                        (dir / "so-cu.xls").string(), "--out", out.string()});
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("so-cu.xls: TCVN3: 6 ô chữ; VNI: 4 ô chữ;") != std::string::npos);
        for (const char* name : {"so-cu-unicode.ods", "so-cu-unicode.xlsx", "so-cu-unicode.xls"})
            check_converted(out / name);
        // The inputs are untouched.
        CalcDocument input(dir / "so-cu.xls");
        CHECK(input.string("A2") == lw::slogan_tcvn3);
        CHECK(lw::font_of(input, "A2") == ".VnTime");
    }

    TEST_CASE("an existing copy is kept without --force (exit 2), replaced with it") {
        use_warm_office();
        const fs::path dir = legacy_files();
        const fs::path input = dir / "so-cu.ods", copy = dir / "so-cu-unicode.ods";
        { std::ofstream(copy) << "keep me"; }
        RunResult r = run_vnplan({"convert", input.string(), "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("exists") != std::string::npos);
        CHECK(contents(copy) == "keep me");
        r = run_vnplan({"convert", input.string(), "--force", "--font", "Liberation Serif"});
        CHECK(r.exit_code == 0);
        CalcDocument doc(copy);
        lw::check_unicode(doc, "Liberation Serif");
        CHECK(fs::remove_all(dir) > 0);
    }

    TEST_CASE("nothing to convert gives 1 and no file; bad inputs give 2") {
        use_warm_office();
        const fs::path dir = temp_dir() / "convert-unicode";
        fs::create_directories(dir);
        {
            CalcDocument doc;
            doc.text("A1", lw::tai_chinh);
            doc.formula("B1", "12");
            doc.store(dir / "moi.ods");
        }
        RunResult r = run_vnplan({"convert", (dir / "moi.ods").string()});
        CHECK(r.exit_code == 1);
        CHECK(r.out.find("Không có gì cần chuyển") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "moi-unicode.ods"));
        r = run_vnplan({"convert", (dir / "khong-co.ods").string()});
        CHECK(r.exit_code == 2);
        { std::ofstream(dir / "bang.csv") << "a,b\n"; }
        r = run_vnplan({"convert", (dir / "bang.csv").string(), "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(".ods, .xlsx and .xls") != std::string::npos);
        r = run_vnplan({"convert"});
        CHECK(r.exit_code == 2);
        // The worst of several: one to convert, one missing.
        const fs::path legacy = legacy_files();
        r = run_vnplan(
            {"convert", (legacy / "so-cu.ods").string(), (dir / "khong-co.ods").string()});
        CHECK(r.exit_code == 2);
        CHECK(fs::exists(legacy / "so-cu-unicode.ods"));
    }
}
