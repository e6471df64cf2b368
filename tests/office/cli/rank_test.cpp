// vnplan rank on three years built in the test (office/indices/three_years.hpp: the expected
// ranks worked out by hand there), one year, and inputs it must refuse: output read back from
// the files written, exit codes as verify's.
#include "office/indices/three_years.hpp"

#include "office/common/sheet_reader.hpp"
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

std::filesystem::path sheet_per_year_file() {
    const auto file = temp_dir() / "rank-sheets.ods";
    if (!std::filesystem::exists(file)) {
        CalcDocument doc;
        three_years::put_sheet_per_year(doc);
        doc.store(file);
    }
    return file;
}

Reference<css::sheet::XSpreadsheet> sheet_of(CalcDocument& doc, const std::string& name) {
    auto sheet = office::sheet_named(
        Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW), name);
    REQUIRE(sheet.is());
    return sheet;
}

std::string content(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string cell_text(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return office::to_utf8(
        s->getCellRangeByName(office::to_ou(address))->getCellByPosition(0, 0)->getFormula());
}

double cell_value(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return s->getCellRangeByName(office::to_ou(address))->getCellByPosition(0, 0)->getValue();
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE("cli.rank") {
    TEST_CASE("one sheet per year: the ranking over the years in a copy, chart and all") {
        use_warm_office();
        const auto out = temp_dir() / "rank-sheets-result.ods";
        const std::string before = content(sheet_per_year_file());
        const RunResult r =
            run_vnplan({"rank", sheet_per_year_file().string(), "--sheet", "PAR INDEX 2024",
                        "--unit", "Cao Lộc", "--out", out.string()});
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "Đã đọc 3 năm: 2022 (\"PAR INDEX 2022\", 4 đơn vị)"));
        CHECK(has(r.out, "  BẮC SƠN: 3 2 1 (tăng 02 bậc so với năm 2022)\n"));
        CHECK(has(r.out, "  Đình Lập: 4 - 3 (tăng 01 bậc so với năm 2022)\n"));
        CHECK(has(r.out, "  Sự hài lòng của người dân: 3,5 điểm (16 so với 19,5)\n"));
        CHECK(has(r.out, "Lưu ý: Đơn vị \"Văn Quan\" không có điểm năm 2022"));
        REQUIRE(std::filesystem::exists(out));
        // The workbook itself is untouched, and no lock file is left beside it.
        CHECK(content(sheet_per_year_file()) == before);
        for (const auto& entry : std::filesystem::directory_iterator(temp_dir()))
            CHECK(entry.path().filename().string().rfind(".~lock.", 0) != 0);

        CalcDocument copy(out);
        const auto s = sheet_of(copy, "Xếp hạng qua các năm");
        CHECK(cell_text(s, "A5") == "Cao Lộc");
        CHECK(cell_value(s, "B5") == 1);
        CHECK(cell_value(s, "D5") == 3);
        CHECK(cell_value(s, "D12") == 3.5);
        const auto chart =
            three_years::chart_facts(s, "Thứ hạng qua các năm - Xếp hạng qua các năm");
        CHECK(chart.categories == std::vector<std::string>{"2022", "2023", "2024"});
        CHECK(chart.reversed);
        CHECK(chart.years_below);
        CHECK(chart.series == 5);
        // The scores themselves are untouched in the copy.
        CHECK(cell_value(sheet_of(copy, "PAR INDEX 2023"), "E6") == 15);
    }

    TEST_CASE("a year column in an .xlsx - the default output name beside the workbook") {
        use_warm_office();
        const auto file = temp_dir() / "rank-column.xlsx";
        {
            CalcDocument doc;
            three_years::put_year_column(doc);
            doc.store(file, "Calc Office Open XML");
        }
        const auto expected_out = temp_dir() / "rank-column-xep-hang.xlsx";
        std::filesystem::remove(expected_out);
        const RunResult r = run_vnplan({"rank", file.string(), "--lang", "en"});
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "Read 3 years: 2022 (\"Sheet1\" A11:G14, 4 units)"));
        CHECK(has(r.out, "Points lost most in 2024, Văn Quan against the best unit BẮC SƠN:"));
        REQUIRE(std::filesystem::exists(expected_out));
        CalcDocument copy(expected_out);
        const auto s = sheet_of(copy, "Xếp hạng qua các năm");
        CHECK(cell_value(s, "C7") == 4);
        CHECK(cell_text(s, "K4") == "giảm 01 bậc so với năm 2022");
    }

    TEST_CASE("a sheet named with a year that is no score table: said, exit 1") {
        use_warm_office();
        const auto out = temp_dir() / "rank-notes.ods";
        std::filesystem::remove(out);
        const RunResult r =
            run_vnplan({"rank", sheet_per_year_file().string(), "--out", out.string()});
        CHECK(r.exit_code == 1);
        CHECK(has(r.err, "Bỏ qua trang \"Ghi chú 2023\": "));
        CHECK(std::filesystem::exists(out)); // the three readable years are ranked
    }

    TEST_CASE("one year: the dialog's ranked sheet") {
        use_warm_office();
        const auto out = temp_dir() / "rank-one-year.ods";
        std::filesystem::remove(out);
        const RunResult r = run_vnplan(
            {"rank", std::string(VNPLAN_SOURCE_DIR) + "/examples/chi-so-bac-son-2022.ods", "--out",
             out.string()});
        CHECK(r.exit_code == 0);
        CHECK(has(r.out, "  2. Bắc Sơn: 87,06 điểm, 87,50%\n"));
        CalcDocument copy(out);
        const auto s = sheet_of(copy, "Xếp hạng PAR INDEX");
        CHECK(cell_text(s, "B3") == "Bắc Sơn");
    }

    TEST_CASE("never over a file without --force") {
        use_warm_office();
        const auto out = temp_dir() / "rank-exists.ods";
        {
            std::ofstream f(out);
            f << "giữ nguyên";
        }
        RunResult r = run_vnplan({"rank", sheet_per_year_file().string(), "--sheet",
                                  "PAR INDEX 2022", "--out", out.string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "đã có; không ghi đè (dùng --force để ghi đè)"));
        CHECK(content(out) == "giữ nguyên");
        r = run_vnplan({"rank", sheet_per_year_file().string(), "--sheet", "PAR INDEX 2022",
                        "--out", out.string(), "--force"});
        CHECK(r.exit_code == 0);
        CHECK(content(out) != "giữ nguyên");
    }

    TEST_CASE("unreadable input, bad options: exit 2 with a clear message, nothing written") {
        use_warm_office();
        const auto out = temp_dir() / "rank-never.ods";
        RunResult r =
            run_vnplan({"rank", (temp_dir() / "none.ods").string(), "--out", out.string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Không tìm thấy tệp"));
        const auto text = temp_dir() / "not-a-workbook.ods";
        {
            std::ofstream f(text);
            f << "không phải sổ tính";
        }
        r = run_vnplan({"rank", text.string(), "--out", out.string()});
        CHECK(r.exit_code == 2);
        const auto empty = temp_dir() / "rank-no-table.ods";
        {
            CalcDocument doc;
            doc.text("A1", "Không có bảng điểm");
            doc.store(empty);
        }
        r = run_vnplan({"rank", empty.string(), "--out", out.string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Không tìm thấy bảng điểm"));
        r = run_vnplan(
            {"rank", sheet_per_year_file().string(), "--sheet", "Không có", "--out", out.string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Không có trang tính \"Không có\""));
        r = run_vnplan(
            {"rank", sheet_per_year_file().string(), "--out", (temp_dir() / "rank.txt").string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "phải là .ods, .xlsx hoặc .xls"));
        r = run_vnplan({"rank", sheet_per_year_file().string(), "--sheet", "PAR INDEX 2024",
                        "--unit", "Lộc Bình", "--out", out.string()});
        CHECK(r.exit_code == 2);
        CHECK(has(r.err, "Không có đơn vị \"Lộc Bình\""));
        CHECK_FALSE(std::filesystem::exists(out));
    }
}
