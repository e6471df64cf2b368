// vnplan allocate on a workbook built in the test: staff numbers 30, 20, 25, 15, 10 (sum 100)
// of five units in B2:B6, names in A2:A6. Expected seats worked out by hand from docs/allocate.md:
//   total 20, Hamilton: quotas 6, 4, 5, 3, 2 exactly -> 6, 4, 5, 3, 2, no tie.
//   total 10, Hamilton: quotas 3, 2, 2.5, 1.5, 1 -> 3, 2, 2, 1, 1 and one seat left for the
//     equal remainders 0.5 of Chi Lăng and Đình Lập: the larger weight (Chi Lăng) -> a tie.
//   total 10, D'Hondt: priorities 30, 25, 20, 15, 15, 12.5, 10, 10, 10, 8.33 -> 3, 2, 3, 1, 1.
//   total 20, maximum 5 for every unit, Hamilton: Bắc Sơn (30) and Chi Lăng (25) held at 5, the
//     other 10 by 20:15:10 -> quotas 4.44, 3.33, 2.22 -> 4, 3, 2 and the last seat to Cao Lộc
//     (0.44) -> 5, 5, 5, 3, 2.
#include "common/tsv.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/warm_office.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace vnplan;
using namespace vnplan::test;

namespace {

std::filesystem::path staff_file() {
    const auto file = temp_dir() / "allocate-staff.ods";
    if (!std::filesystem::exists(file)) {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv("Đơn vị\tBiên chế\nBắc Sơn\t30\nCao Lộc\t20\nChi Lăng\t25\n"
                                    "Đình Lập\t15\nVăn Quan\t10\n"));
        doc.store(file);
    }
    return file;
}

RunResult allocate(std::vector<std::string> more) {
    std::vector<std::string> args{"allocate", staff_file().string(), "--weights", "B2:B6"};
    args.insert(args.end(), more.begin(), more.end());
    return run_vnplan(args);
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::vector<double> column(CalcDocument& doc, const char* range) {
    std::vector<double> out;
    for (const auto& row :
         office::read_grid(doc.sheet()->getCellRangeByName(office::to_ou(range))).rows)
        out.push_back(row[0].is_number() ? row[0].number : -1);
    return out;
}

} // namespace

TEST_SUITE("cli.allocate") {
    TEST_CASE("Hamilton without a tie: each unit by name, exit 0, no file without --out") {
        use_warm_office();
        const RunResult r = allocate({"--total", "20"});
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "Phương pháp: Phần dư lớn nhất (Hamilton); tổng 20\n"));
        CHECK(has(r.out, "  Bắc Sơn: 6 (tỷ lệ 6,00)\n  Cao Lộc: 4 (tỷ lệ 4,00)\n"
                         "  Chi Lăng: 5 (tỷ lệ 5,00)\n  Đình Lập: 3 (tỷ lệ 3,00)\n"
                         "  Văn Quan: 2 (tỷ lệ 2,00)\n"));
        CHECK_FALSE(std::filesystem::exists(temp_dir() / "allocate-staff-phan-bo.ods"));
    }

    TEST_CASE("a tie the rule decided: said, exit 1") {
        use_warm_office();
        const RunResult r = allocate({"--total", "10"});
        CHECK(r.exit_code == 1);
        CHECK(has(r.out, "  Chi Lăng: 3 (tỷ lệ 2,50)\n  Đình Lập: 1 (tỷ lệ 1,50)\n"));
        CHECK(has(r.out, "Hòa giữa Chi Lăng và Đình Lập khi chia chỉ tiêu cuối cùng; theo quy "
                         "tắc hòa (trọng số lớn hơn trước, rồi hàng trên trước), chỉ tiêu thuộc "
                         "về Chi Lăng."));
        const RunResult en = allocate({"--total", "10", "--lang", "en"});
        CHECK(en.exit_code == 1);
        CHECK(has(en.out, "Tie between Chi Lăng and Đình Lập for the last seat"));
    }

    TEST_CASE("--method and --out: the result column in a copy, read back") {
        use_warm_office();
        const auto out = temp_dir() / "allocate-dhondt.ods";
        std::filesystem::remove(out);
        const RunResult r =
            allocate({"--total", "10", "--method", "D'Hondt", "--out", out.string()});
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "Đã ghi cột kết quả vào " + out.string()));
        CalcDocument copy(out);
        CHECK(column(copy, "C2:C6") == std::vector<double>{3, 2, 3, 1, 1});
        CalcDocument original(staff_file());
        CHECK(column(original, "C2:C6") == std::vector<double>{-1, -1, -1, -1, -1});
    }

    TEST_CASE("--maximum and --into - .xlsx out") {
        use_warm_office();
        const auto out = temp_dir() / "allocate-max.xlsx";
        std::filesystem::remove(out);
        const RunResult r =
            allocate({"--total", "20", "--maximum", "5", "--into", "E2", "--out", out.string()});
        CHECK(r.exit_code == 0);
        CalcDocument copy(out);
        CHECK(column(copy, "E2:E6") == std::vector<double>{5, 5, 5, 3, 2});
    }

    TEST_CASE("never over a file without --force") {
        use_warm_office();
        const auto out = temp_dir() / "allocate-exists.ods";
        {
            std::ofstream f(out);
            f << "cũ";
        }
        RunResult r = allocate({"--total", "20", "--out", out.string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "đã có; không ghi đè"));
        std::ifstream in(out);
        std::stringstream text;
        text << in.rdbuf();
        CHECK(text.str() == "cũ");
        r = allocate({"--total", "20", "--out", out.string(), "--force"});
        CHECK(r.exit_code == 0);
        CalcDocument copy(out);
        CHECK(column(copy, "C2:C6") == std::vector<double>{6, 4, 5, 3, 2});
    }

    TEST_CASE("bad ranges and options: exit 2 with a clear message") {
        use_warm_office();
        const std::string file = staff_file().string();
        RunResult r = run_vnplan({"allocate", file, "--weights", "B2:B6x", "--total", "10"});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Vùng trọng số \"B2:B6x\" không phải địa chỉ vùng ô hợp lệ."));
        r = run_vnplan({"allocate", file, "--weights", "Không có!B2:B6", "--total", "10"});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Không có trang tính \"Không có\""));
        r = run_vnplan({"allocate", file, "--weights", "A2:A6", "--total", "10"}); // names
        CHECK(r.exit_code == 2);
        r = run_vnplan({"allocate", file, "--weights", "A2:B6", "--total", "10"});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Trọng số phải nằm trên một cột hoặc một hàng."));
        r = run_vnplan({"allocate", file, "--weights", "B2:B6", "--total", "10.5"});
        CHECK(r.exit_code == 2);
        r = run_vnplan(
            {"allocate", file, "--weights", "B2:B6", "--total", "10", "--method", "xyz"});
        CHECK(r.exit_code == 2);
        r = run_vnplan({"allocate", file, "--weights", "B2:B6"});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "vnplan allocate SỔ_TÍNH --weights VÙNG --total SỐ"));
        r = run_vnplan(
            {"allocate", file, "--weights", "B2:B6", "--total", "10", "--minimum", "C2:C9"});
        CHECK(r.exit_code == 2);
    }
}
