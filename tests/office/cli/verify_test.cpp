// vnplan verify on good, broken and unreadable workbooks: output, JSON and exit codes.
#include "common/tsv.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/warm_office.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <fstream>

using namespace vnplan;
using namespace vnplan::test;

namespace {
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";
}

TEST_SUITE("cli.verify") {
    TEST_CASE("the example workbook adds up: 33 tập thể, 44 cá nhân, exit 0") {
        use_warm_office();
        const RunResult r = run_vnplan({"verify", example});
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("Tổng cộng: 33 tập thể, 44 cá nhân - khớp") != std::string::npos);
        CHECK(r.out.find("I. Chỉ số cải cách hành chính (PAR Index): 6 tập thể, 10 cá nhân") !=
              std::string::npos);
        CHECK(r.out.find("Cảnh báo A17: số thứ tự nhảy từ 1 lên 3 (thiếu 2).") !=
              std::string::npos);
    }

    TEST_CASE("--json prints one object with the sections, totals and findings") {
        use_warm_office();
        const RunResult r = run_vnplan({"verify", example, "--json", "--lang", "en"});
        CHECK(r.exit_code == 0);
        const boost::json::object o = boost::json::parse(r.out).as_object();
        CHECK(o.at("sheet").as_string() == "Phân bổ khen thưởng");
        CHECK(o.at("columns").as_array().size() == 2);
        CHECK(o.at("columns").as_array()[0].as_string() == "Tập thể");
        const auto& sections = o.at("sections").as_array();
        REQUIRE(sections.size() == 6);
        CHECK(sections[1].as_object().at("label").as_string() == "II");
        CHECK(sections[1].as_object().at("row").as_int64() == 15);
        CHECK(sections[1].as_object().at("computed").as_array()[1].as_int64() == 7);
        CHECK(o.at("total").as_object().at("computed").as_array()[0].as_int64() == 33);
        CHECK(o.at("total").as_object().at("declared").as_array()[1].as_int64() == 44);
        CHECK(o.at("errors").as_array().empty());
        const auto& warnings = o.at("warnings").as_array();
        REQUIRE(warnings.size() == 2);
        CHECK(warnings[0].as_object().at("cell").as_string() == "A17");
        CHECK(std::string(warnings[0].as_object().at("message").as_string().c_str()).find("skip") !=
              std::string::npos);
    }

    TEST_CASE("--json says what was read; the text says it too") {
        use_warm_office();
        const RunResult r = run_vnplan({"verify", example, "--json"});
        const boost::json::object o = boost::json::parse(r.out).as_object();
        CHECK(o.at("file").as_string() == example);
        CHECK(o.at("range").as_string() == "A1:E53");
        const auto& reading = o.at("reading").as_object();
        CHECK(boost::json::serialize(reading.at("header_rows")) == "[4,5]");
        CHECK(boost::json::serialize(reading.at("columns")) ==
              R"([{"name":"Tập thể","column":"C"},{"name":"Cá nhân","column":"D"}])");
        const auto& first = reading.at("sections").as_array().at(0).as_object();
        CHECK(first.at("label").as_string() == "I");
        CHECK(first.at("path").as_string() == "I");
        CHECK(first.at("first_row").as_int64() == 6);
        CHECK(first.at("last_row").as_int64() == 14);
        CHECK(first.at("heading_row").as_int64() == 6);
        CHECK(first.at("closing_row").is_null());
        CHECK(reading.at("sections").as_array().size() == o.at("sections").as_array().size());
        CHECK(reading.at("item_rows").as_int64() == 41);
        CHECK(reading.at("total_row").as_int64() == 53);
        CHECK(reading.at("hidden_rows").as_array().empty());
        CHECK(reading.at("unclear_rows").as_array().empty());
        CHECK(reading.at("encodings").as_array().empty());

        const RunResult text = run_vnplan({"verify", example});
        CHECK(text.out.find("Đã đọc: tiêu đề cột ở dòng 4-5; cột số lượng: Tập thể (C), Cá nhân "
                            "(D).") != std::string::npos);
        CHECK(text.out.find("Dòng tổng cộng: 53.") != std::string::npos);
    }

    TEST_CASE("a broken workbook: errors with their cells, exit 1") {
        use_warm_office();
        const auto broken = temp_dir() / "broken.ods";
        {
            CalcDocument doc(example);
            doc.formula("C6", "7");  // section I says 7 tập thể; rows give 6
            doc.formula("D8", "ba"); // a count written as text
            doc.store(broken);
        }
        const RunResult r = run_vnplan({"verify", broken.string(), "--json"});
        CHECK(r.exit_code == 1);
        const boost::json::object o = boost::json::parse(r.out).as_object();
        std::vector<std::string> cells;
        for (const auto& e : o.at("errors").as_array())
            cells.push_back(e.as_object().at("cell").as_string().c_str());
        CHECK(std::find(cells.begin(), cells.end(), "C6") != cells.end());
        CHECK(std::find(cells.begin(), cells.end(), "D8") != cells.end());
        CHECK(std::find(cells.begin(), cells.end(), "D6") != cells.end()); // cá nhân 10 vs 9
        const RunResult text = run_vnplan({"verify", broken.string()});
        CHECK(text.exit_code == 1);
        CHECK(text.out.find("Lỗi C6: mục I, Tập thể ghi 7 nhưng cộng các dòng được 6.") !=
              std::string::npos);
    }

    TEST_CASE("--sheet and --range choose where to look") {
        use_warm_office();
        RunResult r = run_vnplan(
            {"verify", example, "--sheet", "Phân bổ khen thưởng", "--range", "A4:E23", "--json"});
        CHECK(r.exit_code == 0);
        auto o = boost::json::parse(r.out).as_object();
        CHECK(o.at("sections").as_array().size() == 2);
        CHECK(o.at("total").as_object().at("declared").is_null());
        r = run_vnplan({"verify", example, "--sheet", "Không có"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("Không có trang tính") != std::string::npos);
        r = run_vnplan({"verify", example, "--range", "hai:ba"});
        CHECK(r.exit_code == 2);
    }

    TEST_CASE(".xlsx and .xls are read like .ods") {
        use_warm_office();
        CalcDocument doc(example);
        for (const auto& [name, filter] :
             {std::pair{"143.xlsx", "Calc Office Open XML"}, std::pair{"143.xls", "MS Excel 97"}}) {
            INFO(name);
            const auto file = temp_dir() / name;
            doc.store(file, filter);
            const RunResult r = run_vnplan({"verify", file.string(), "--json"});
            CHECK(r.exit_code == 0);
            const boost::json::object o = boost::json::parse(r.out).as_object();
            CHECK(o.at("sheet").as_string() == "Phân bổ khen thưởng");
            CHECK(boost::json::serialize(o.at("total").as_object().at("computed")) == "[33,44]");
            CHECK(o.at("warnings").as_array().size() == 2);
            CHECK(o.at("reading").as_object().at("total_row").as_int64() == 53);
        }
    }

    TEST_CASE("several workbooks in one call: a report each, the worst exit code") {
        use_warm_office();
        const auto broken = temp_dir() / "several-broken.ods";
        {
            CalcDocument doc(example);
            doc.formula("C6", "7");
            doc.store(broken);
        }
        const auto missing = (temp_dir() / "several-missing.ods").string();
        RunResult r = run_vnplan({"verify", example, broken.string()});
        CHECK(r.exit_code == 1);
        CHECK(r.out.find("=== " + example + " ===") != std::string::npos);
        CHECK(r.out.find("=== " + broken.string() + " ===") != std::string::npos);
        CHECK(r.out.find("Lỗi C6: ") != std::string::npos);

        r = run_vnplan({"verify", "--json", example, broken.string(), missing});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("Không tìm thấy tệp") != std::string::npos);
        const auto reports = boost::json::parse(r.out).as_array();
        REQUIRE(reports.size() == 3);
        CHECK(reports[0].as_object().at("errors").as_array().empty());
        CHECK(reports[1].as_object().at("file").as_string() == broken.string());
        CHECK(!reports[1].as_object().at("errors").as_array().empty());
        CHECK(reports[2].as_object().at("file").as_string() == missing);
        CHECK(reports[2].as_object().contains("error"));

        r = run_vnplan({"verify", example, example});
        CHECK(r.exit_code == 0);
    }

    TEST_CASE("--all checks the table of every sheet holding one") {
        use_warm_office();
        const auto file = temp_dir() / "two-tables.ods";
        {
            CalcDocument doc;
            doc.put("A1", grid_from_tsv("STT\tTên đơn vị\tTập thể\n1\tPhòng A\t2\n"
                                        "2\tPhòng B\t3\n\tTổng cộng\t5\n"));
            doc.add_sheet("Ghi chú");
            doc.put("A1", grid_from_tsv("Không có bảng ở đây\n"), 1);
            const int third = doc.add_sheet("Khối xã");
            doc.put("B2",
                    grid_from_tsv("STT\tTên đơn vị\tTập thể\n1\tXã A\t1\n"
                                  "2\tXã B\t1\n\tTổng cộng\t3\n"),
                    third);
            doc.store(file);
        }
        RunResult r = run_vnplan({"verify", file.string(), "--json"});
        CHECK(r.exit_code == 0); // the first table only
        CHECK(boost::json::parse(r.out).as_object().at("sheet").as_string() == "Sheet1");

        r = run_vnplan({"verify", file.string(), "--json", "--all"});
        CHECK(r.exit_code == 1); // the second table's total is wrong
        const auto o = boost::json::parse(r.out).as_object();
        const auto& tables = o.at("tables").as_array();
        REQUIRE(tables.size() == 2);
        CHECK(tables[1].as_object().at("sheet").as_string() == "Khối xã");
        CHECK(tables[1].as_object().at("range").as_string() == "B2:D5");
        CHECK(tables[1]
                  .as_object()
                  .at("errors")
                  .as_array()
                  .at(0)
                  .as_object()
                  .at("cell")
                  .as_string() == "D5");

        r = run_vnplan({"verify", file.string(), "--all"});
        CHECK(r.out.find("trang tính \"Sheet1\"") != std::string::npos);
        CHECK(r.out.find("trang tính \"Khối xã\"") != std::string::npos);
    }

    TEST_CASE("unreadable input: exit 2 with a clear message") {
        use_warm_office();
        RunResult r = run_vnplan({"verify", (temp_dir() / "missing.ods").string()});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("Không tìm thấy tệp") != std::string::npos);

        const auto garbage = temp_dir() / "garbage.ods";
        std::ofstream(garbage) << "this is not a spreadsheet";
        r = run_vnplan({"verify", garbage.string(), "--lang", "en"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("vnplan:") != std::string::npos);

        const auto empty = temp_dir() / "empty.ods";
        {
            CalcDocument doc;
            doc.text("A1", "Chỉ có một dòng chữ");
            doc.store(empty);
        }
        r = run_vnplan({"verify", empty.string()});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("Không tìm thấy bảng khen thưởng") != std::string::npos);

        r = run_vnplan({"verify"});
        CHECK(r.exit_code == 2);
        r = run_vnplan({"verify", example, "--bogus"});
        CHECK(r.exit_code == 2);
        r = run_vnplan({"frobnicate"});
        CHECK(r.exit_code == 2);
    }
}
