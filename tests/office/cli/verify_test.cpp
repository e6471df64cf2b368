// vnplan verify on good, broken and unreadable workbooks: output, JSON and exit codes.
#include "common/tsv.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"

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
        const RunResult r = run_vnplan({"verify", example});
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("Tổng cộng: 33 tập thể, 44 cá nhân - khớp") != std::string::npos);
        CHECK(r.out.find("I. Chỉ số cải cách hành chính (PAR Index): 6 tập thể, 10 cá nhân") !=
              std::string::npos);
        CHECK(r.out.find("Cảnh báo A17: số thứ tự nhảy từ 1 lên 3 (thiếu 2).") !=
              std::string::npos);
    }

    TEST_CASE("--json prints one object with the sections, totals and findings") {
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
        CHECK(std::string(warnings[0].as_object().at("message").as_string().c_str()).find(
                  "skip") != std::string::npos);
    }

    TEST_CASE("a broken workbook: errors with their cells, exit 1") {
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
        RunResult r = run_vnplan({"verify", example, "--sheet", "Phân bổ khen thưởng", "--range",
                              "A4:E23", "--json"});
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

    TEST_CASE("unreadable input: exit 2 with a clear message") {
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
