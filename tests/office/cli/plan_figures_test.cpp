// The plan's text against its tables in vnplan verify and vnplan generate: copies of
// examples/ke-hoach-143.ods (appendix II adds up to 33 tập thể, 44 cá nhân) with one sentence
// or one appendix cell changed in the test, stored and checked by the built CLI.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/run.hpp"
#include "support/warm_office.hpp"
#include "support/writer_doc.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <functional>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path examples = std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples";
constexpr int body_sheet = 1, award_sheet = 3; // Thông tin, Nội dung, tham luận, khen thưởng
constexpr int text_column = 3;                 // "Nội dung" column D

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// 0-based row of `sheet` whose cell in `column` starts with `start`.
int row_starting(CalcDocument& doc, int sheet, int column, const std::string& start) {
    for (int r = 0; r < 300; ++r) {
        const auto text =
            office::to_utf8(doc.sheet(sheet)->getCellByPosition(column, r)->getFormula());
        if (text.rfind(start, 0) == 0) return r;
    }
    FAIL("no row starting with " << start);
    return -1;
}

// A copy of Kế hoạch 143 changed by `edit`, stored in the test's folder as `name`.ods.
std::filesystem::path planted(const std::string& name,
                              const std::function<void(CalcDocument&)>& edit) {
    const auto copy = temp_dir() / (name + "-source.ods");
    std::filesystem::copy_file(examples / "ke-hoach-143.ods", copy,
                               std::filesystem::copy_options::overwrite_existing);
    const auto out = temp_dir() / (name + ".ods");
    CalcDocument doc(copy);
    edit(doc);
    doc.store(out);
    return out;
}

// The body's "Lập danh sách ..." paragraph made to state `sentence`; its cell ("D74").
std::string state(CalcDocument& doc, const std::string& sentence) {
    const int row = row_starting(doc, body_sheet, text_column, "Lập danh sách tập thể");
    doc.sheet(body_sheet)->getCellByPosition(text_column, row)->setFormula(office::to_ou(sentence));
    return "D" + std::to_string(row + 1);
}

} // namespace

TEST_SUITE("cli.plan_figures") {
    TEST_CASE("the example plans as they are pass vnplan verify, exit 0") {
        use_warm_office();
        RunResult r = run_vnplan({"verify", (examples / "ke-hoach-143.ods").string(),
                                  (examples / "ke-hoach-3563.ods").string()});
        INFO(r.out);
        INFO(r.err);
        CHECK(r.exit_code == 0);
        // Neither body states a figure about its appendix: nothing compared, and it says so.
        CHECK(has(r.out, "Số liệu nêu trong trang \"Nội dung\": không có số liệu nào về phụ lục "
                         "hay kèm bằng chữ để đối chiếu."));
        r = run_vnplan({"verify", (examples / "ke-hoach-143.ods").string(), "--json"});
        const auto o = boost::json::parse(r.out).as_object();
        CHECK(o.at("plan").as_object().at("figures").as_array().empty());
        CHECK(o.at("plan").as_object().at("checked").as_int64() == 0);
        CHECK(o.at("total").as_object().at("computed").as_array()[0].as_int64() == 33);
    }

    TEST_CASE("a sentence saying 34 tập thể: verify exit 1 naming paragraph and cell") {
        use_warm_office();
        std::string cell, total;
        const auto book = planted("noi-dung-34", [&](CalcDocument& doc) {
            cell = state(doc, "Phân bổ chỉ tiêu khen thưởng cho 34 tập thể, 44 cá nhân (chi tiết "
                              "tại Phụ lục II).");
            total = std::to_string(row_starting(doc, award_sheet, 1, "Tổng cộng") + 1);
        });
        RunResult r = run_vnplan({"verify", book.string()});
        INFO(r.out);
        INFO(r.err);
        CHECK(r.exit_code == 1);
        CHECK(has(r.out, "Tổng cộng: 33 tập thể, 44 cá nhân - khớp"));
        CHECK(has(r.out, "Số liệu nêu trong trang \"Nội dung\": 2 số liệu đã đối chiếu, 1 KHÔNG "
                         "KHỚP."));
        CHECK(has(r.out, "Lỗi Nội dung!" + cell +
                             ": văn bản ghi \"34 tập thể\" nhưng phụ lục II (trang \"Phụ lục "
                             "khen thưởng\", ô C" +
                             total + ") cộng các dòng được 33."));

        r = run_vnplan({"verify", book.string(), "--json", "--lang", "en"});
        CHECK(r.exit_code == 1);
        const auto figures =
            boost::json::parse(r.out).as_object().at("plan").as_object().at("figures").as_array();
        REQUIRE(figures.size() == 1);
        const auto& f = figures[0].as_object();
        CHECK(f.at("cell").as_string() == "Nội dung!" + cell);
        CHECK(f.at("stated").as_string() == "34 tập thể");
        CHECK(f.at("appendix_sheet").as_string() == "Phụ lục khen thưởng");
        CHECK(f.at("appendix_cell").as_string() == "C" + total);
        CHECK(has(std::string(f.at("message").as_string()), "adds up to 33"));
    }

    TEST_CASE("generate stops on the sentence; --override-totals issues it as written") {
        use_warm_office();
        std::string cell;
        const auto book = planted("ke-hoach-34", [&](CalcDocument& doc) {
            cell = state(doc, "Khen thưởng 34 tập thể, 44 cá nhân.");
        });
        const auto out = temp_dir() / "ke-hoach-34-out";
        RunResult r = run_vnplan({"generate", book.string(), "--out", out.string()});
        INFO(r.out);
        INFO(r.err);
        CHECK(r.exit_code == 1);
        CHECK(has(r.out, "Số liệu nêu trong trang \"Nội dung\" không khớp:"));
        CHECK(has(r.out, "  Nội dung!" + cell + ": văn bản ghi \"34 tập thể\""));
        CHECK(has(r.err, "--override-totals"));
        CHECK_FALSE(std::filesystem::exists(out / "ke-hoach-34.odt"));

        r = run_vnplan({"generate", book.string(), "--out", out.string(), "--format", "odt",
                        "--override-totals"});
        REQUIRE(r.exit_code == 0);
        WriterDoc doc(out / "ke-hoach-34.odt");
        CHECK(has(doc.text(), "Khen thưởng 34 tập thể, 44 cá nhân."));
    }

    TEST_CASE("an appendix cell changed under a correct sentence is caught") {
        use_warm_office();
        std::string total;
        const auto book = planted("phu-luc-34", [&](CalcDocument& doc) {
            (void)state(doc, "Khen thưởng 33 tập thể, 44 cá nhân.");
            // One more tập thể for Phòng Nội vụ, its section and the total kept consistent:
            // only the text is now wrong.
            auto award = doc.sheet(award_sheet);
            const int item = row_starting(doc, award_sheet, 1, "Phòng Nội vụ");
            const int section = row_starting(doc, award_sheet, 0, "I.");
            const int sum = row_starting(doc, award_sheet, 1, "Tổng cộng");
            award->getCellByPosition(2, item)->setValue(2);
            award->getCellByPosition(2, section)->setValue(7);
            award->getCellByPosition(2, sum)->setValue(34);
            total = std::to_string(sum + 1);
        });
        RunResult r = run_vnplan({"verify", book.string()});
        INFO(r.out);
        INFO(r.err);
        CHECK(r.exit_code == 1);
        CHECK(has(r.out, "Tổng cộng: 34 tập thể, 44 cá nhân - khớp"));
        CHECK(has(r.out, "văn bản ghi \"33 tập thể\" nhưng phụ lục II (trang \"Phụ lục khen "
                         "thưởng\", ô C" +
                             total + ") cộng các dòng được 34."));
        r = run_vnplan({"generate", book.string(), "--out", (temp_dir() / "phu-luc-34").string()});
        CHECK(r.exit_code == 1);
    }

    TEST_CASE("a plan that cannot be read: its award table is still verified, exit 2") {
        use_warm_office();
        const auto book = planted("khong-ky-hieu", [&](CalcDocument& doc) {
            const int row = row_starting(doc, 0, 0, "Ký hiệu");
            doc.sheet(0)->getCellByPosition(1, row)->setFormula(office::to_ou(""));
        });
        RunResult r = run_vnplan({"verify", book.string()});
        INFO(r.out);
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(has(r.out, "Tổng cộng: 33 tập thể, 44 cá nhân - khớp"));
        CHECK(has(r.out, "Không đọc được kế hoạch (chưa đối chiếu số liệu nêu trong văn bản): "
                         "Trang \"Thông tin\" thiếu dòng \"Ký hiệu\"."));
        r = run_vnplan({"verify", book.string(), "--json"});
        CHECK(r.exit_code == 2);
        CHECK(boost::json::parse(r.out).as_object().at("plan").as_object().contains("error"));
    }

    TEST_CASE("an amount whose words say another number: exit 1") {
        use_warm_office();
        const auto book = planted("bang-chu", [&](CalcDocument& doc) {
            (void)state(doc, "Kinh phí khen thưởng: 33.500.000 đồng (Ba mươi ba triệu đồng).");
        });
        const RunResult r = run_vnplan({"verify", book.string(), "--lang", "en"});
        INFO(r.out);
        INFO(r.err);
        CHECK(r.exit_code == 1);
        CHECK(has(r.out, "\"33.500.000 đồng\" but its words \"Ba mươi ba triệu đồng\" say "
                         "33.000.000."));
    }
}
