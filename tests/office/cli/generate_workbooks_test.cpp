// vnplan generate with several workbooks in one command: each workbook's documents, in the
// one warm office (the runs cannot start an office of their own), a bad workbook among good
// ones, totals that disagree, and names two workbooks share refused without overwriting.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/warm_office.hpp"
#include "support/writer_doc.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

using namespace vnplan;
using namespace vnplan::test;
namespace fs = std::filesystem;

namespace {

const fs::path example = fs::path(VNPLAN_SOURCE_DIR) / "examples" / "ke-hoach-143.ods";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The row of `sheet` whose column `column` reads `label` (0-based); REQUIREd to exist.
int row_of(const Reference<css::sheet::XSpreadsheet>& sheet, int column, const std::string& label) {
    for (int r = 0; r < 200; ++r)
        if (office::to_utf8(sheet->getCellByPosition(column, r)->getFormula()) == label) return r;
    FAIL("no row \"" << label << "\"");
    return -1;
}

void set_text(const Reference<css::sheet::XSpreadsheet>& sheet, int column, int row,
              const std::string& text) {
    sheet->getCellByPosition(column, row)->setFormula(office::to_ou(text));
}

struct Plan {
    fs::path file;
    int number;         // "Số" on its "Thông tin" sheet
    std::string signer; // "Người ký"
};

// One commune's copy of the example plan, told apart by the plan's number and the signer on
// its "Thông tin" sheet, with a sheet "Danh sách xã" of one row per commune (for --each).
Plan plan_copy(const fs::path& file, int number, const std::string& signer,
               const std::vector<std::string>& communes) {
    fs::create_directories(file.parent_path());
    const fs::path copy = temp_dir() / "editable.ods"; // the office locks what it edits
    fs::copy_file(example, copy, fs::copy_options::overwrite_existing);
    CalcDocument doc(copy);
    auto info = doc.sheet(0);
    info->getCellByPosition(1, row_of(info, 0, "Số"))->setValue(number);
    set_text(info, 1, row_of(info, 0, "Người ký"), signer);
    auto list = doc.sheet(doc.add_sheet("Danh sách xã"));
    set_text(list, 0, 0, "Tên xã");
    for (std::size_t i = 0; i < communes.size(); ++i)
        set_text(list, 0, static_cast<int>(i) + 1, communes[i]);
    doc.store(file);
    return {file, number, signer};
}

// Three communes' plans, made once for the tests (each copies them under the names it needs).
const std::vector<Plan>& plans() {
    static const std::vector<Plan> made = {
        plan_copy(temp_dir() / "xa" / "xa-mot.ods", 151, "Nguyễn Văn Một", {"Xã Một", "Xã Hai"}),
        plan_copy(temp_dir() / "xa" / "xa-hai.ods", 152, "Trần Thị Hai", {"Xã Ba"}),
        plan_copy(temp_dir() / "xa" / "xa-ba.ods", 153, "Lê Văn Ba", {"Xã Bốn", "Xã hai"})};
    return made;
}

// Plan `i` copied to `file` (a plain file copy: the same workbook under another name).
fs::path copy_of(std::size_t i, const fs::path& file) {
    fs::create_directories(file.parent_path());
    fs::copy_file(plans().at(i).file, file, fs::copy_options::overwrite_existing);
    return file;
}

void set_env(const char* name, const char* value) {
#ifdef _WIN32
    _putenv_s(name, value ? value : "");
#else
    if (value)
        ::setenv(name, value, 1);
    else
        ::unsetenv(name);
#endif
}

// vnplan with the shared warm office and no office of its own to start: whatever it makes for
// all its workbooks, the one warm office made.
RunResult run_in_warm_office(std::vector<std::string> args) {
    use_warm_office();
    set_env("VNPLAN_SOFFICE", "/nonexistent/soffice");
    args.insert(args.begin(), "generate");
    RunResult r = run_vnplan(args);
    set_env("VNPLAN_SOFFICE", nullptr);
    return r;
}

// The plan's number line as Nghị định 30/2020 writes it under the agency's name.
std::string number_line(int number) {
    return "Số: " + std::to_string(number) + "/KH-UBND";
}

void check_plan_text(const std::string& text, int number, const std::string& signer,
                     int other_number) {
    CHECK(contains(text, number_line(number)));
    CHECK(contains(text, signer));
    CHECK_FALSE(contains(text, number_line(other_number)));
}

} // namespace

TEST_SUITE("cli.generate_workbooks") {
    TEST_CASE("three workbooks in one command: each one's documents with its own number and "
              "signer, all from the one warm office") {
        const fs::path out = temp_dir() / "ba-xa-out";
        std::vector<std::string> args;
        for (const auto& plan : plans())
            args.push_back(plan.file.string());
        args.insert(args.end(), {"--out", out.string(), "--format", "odt,docx,pdf"});
        const RunResult r = run_in_warm_office(args);
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(contains(r.out, "Đã tạo văn bản từ 3/3 sổ tính."));
        for (std::size_t i = 0; i < plans().size(); ++i) {
            const auto& [file, number, signer] = plans()[i];
            const int other = plans()[(i + 1) % plans().size()].number;
            const std::string stem = file.stem().string();
            CAPTURE(stem);
            CHECK(contains(r.out, "=== " + file.string() + " ==="));
            CHECK(contains(r.out, "Đã tạo " + (out / (stem + ".odt")).string()));
            for (const char* format : {".odt", ".docx"}) {
                const WriterDoc doc(out / (stem + format));
                check_plan_text(doc.text(), number, signer, other);
            }
            check_plan_text(poppler("pdftotext", {(out / (stem + ".pdf")).string(), "-"}), number,
                            signer, other);
        }
    }

    TEST_CASE("a workbook that cannot be read does not stop the others: they are written, exit 2, "
              "the message names it") {
        const fs::path in = temp_dir() / "hong";
        const fs::path first = copy_of(0, in / "dau.ods"), last = copy_of(1, in / "cuoi.ods");
        const fs::path garbage = in / "rac.ods";
        std::ofstream(garbage) << "\x01\x02 not a workbook";
        const fs::path not_plan = fs::path(VNPLAN_SOURCE_DIR) / "examples" / "khen-thuong-143.ods";
        const fs::path missing = in / "khong-co.ods";
        const fs::path out = temp_dir() / "hong-out";
        const RunResult r = run_in_warm_office({first.string(), garbage.string(), not_plan.string(),
                                                missing.string(), last.string(), "--out",
                                                out.string(), "--format", "odt", "--lang", "en"});
        INFO(r.out << r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.out, "Documents written from 2/5 workbooks."));
        for (const auto& bad : {garbage, not_plan, missing}) {
            CHECK(contains(r.err, "vnplan: " + bad.string() + ": "));
            CHECK_FALSE(fs::exists(out / (bad.stem().string() + ".odt")));
        }
        CHECK(contains(r.err, "The workbook has no sheet \"Thông tin\""));
        CHECK(contains(r.err, "File not found: " + missing.string()));
        check_plan_text(WriterDoc(out / "dau.odt").text(), 151, "Nguyễn Văn Một", 152);
        check_plan_text(WriterDoc(out / "cuoi.odt").text(), 152, "Trần Thị Hai", 151);
    }

    TEST_CASE("totals that disagree in one workbook: exit 1, the others written") {
        const fs::path good = copy_of(2, temp_dir() / "tong" / "dung.ods");
        const fs::path wrong = temp_dir() / "tong" / "sai.ods";
        {
            const fs::path copy = temp_dir() / "editable.ods";
            fs::copy_file(example, copy, fs::copy_options::overwrite_existing);
            CalcDocument doc(copy);
            auto award = doc.sheet(3);
            // The example's award items add up to 33 tập thể.
            award->getCellByPosition(2, row_of(award, 1, "Tổng cộng:"))->setValue(34);
            doc.store(wrong);
        }
        const fs::path out = temp_dir() / "tong-out";
        const RunResult r = run_in_warm_office(
            {wrong.string(), good.string(), "--out", out.string(), "--format", "odt"});
        INFO(r.out << r.err);
        CHECK(r.exit_code == 1);
        CHECK(contains(r.out, "tổng cộng, Tập thể ghi 34 nhưng cộng các dòng được 33."));
        CHECK_FALSE(fs::exists(out / "sai.odt"));
        check_plan_text(WriterDoc(out / "dung.odt").text(), 153, "Lê Văn Ba", 143);
    }

    TEST_CASE("two workbooks whose documents share a name: the later is refused, even with "
              "--force, and the earlier's documents stay") {
        // Same name in two folders, and one differing only in case (one file on Windows).
        const fs::path a = copy_of(0, temp_dir() / "trung-a" / "ke-hoach.ods");
        const fs::path b = copy_of(1, temp_dir() / "trung-b" / "ke-hoach.ods");
        const fs::path c = copy_of(2, temp_dir() / "trung-c" / "KE-HOACH.ods");
        const fs::path out = temp_dir() / "trung-out";
        const RunResult r = run_in_warm_office({a.string(), b.string(), c.string(), "--out",
                                                out.string(), "--format", "odt", "--force"});
        INFO(r.out << r.err);
        CHECK(r.exit_code == 2);
        for (const auto& later : {b, c})
            CHECK(contains(r.err, "vnplan: " + later.string() + ": Tên văn bản \"" +
                                      later.stem().string() + "\" trùng với văn bản của " +
                                      a.string() + " trong cùng lệnh"));
        CHECK_FALSE(fs::exists(out / "KE-HOACH.odt"));
        check_plan_text(WriterDoc(out / "ke-hoach.odt").text(), 151, "Nguyễn Văn Một", 152);
    }

    TEST_CASE("--each in several workbooks: each one's rows; a row name an earlier workbook "
              "wrote refuses the later workbook") {
        // Rows: Xã Một and Xã Hai; Xã Ba; Xã Bốn and Xã hai (the first one's Xã Hai).
        const fs::path &a = plans()[0].file, &b = plans()[1].file, &c = plans()[2].file;
        const fs::path out = temp_dir() / "moi-xa-out";
        const RunResult r =
            run_in_warm_office({a.string(), b.string(), c.string(), "--each", "Danh sách xã",
                                "--out", out.string(), "--format", "odt", "--jobs", "1"});
        INFO(r.out << r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "vnplan: " + c.string() +
                                  ": Tên văn bản \"Xã hai\" trùng với văn bản của " + a.string()));
        check_plan_text(WriterDoc(out / "Xã Hai.odt").text(), 151, "Nguyễn Văn Một", 153);
        check_plan_text(WriterDoc(out / "Xã Ba.odt").text(), 152, "Trần Thị Hai", 151);
        CHECK(fs::exists(out / "Xã Một.odt"));
        CHECK_FALSE(fs::exists(out / "Xã Bốn.odt")); // nothing of the refused workbook
    }

    TEST_CASE("--merge-pdf joins one workbook's documents: refused with several") {
        const RunResult r =
            run_vnplan({"generate", example.string(), example.string(), "--merge-pdf",
                        (temp_dir() / "ghep.pdf").string(), "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, "--merge-pdf takes one workbook"));
        CHECK_FALSE(fs::exists(temp_dir() / "ghep.pdf"));
    }
}
