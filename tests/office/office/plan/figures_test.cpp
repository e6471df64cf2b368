// generate_plans, as the "Tạo kế hoạch" dialog calls it on the open workbook: a sentence whose
// count disagrees with the award appendix stops it as a wrong subtotal does, and the same
// override (the dialog's "Override" box) lets it go on.
#include "office/common/ustring.hpp"
#include "office/plan/generate.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;

namespace {

const std::filesystem::path source_dir = VNPLAN_SOURCE_DIR;

// Kế hoạch 143 opened from a copy, its "Lập danh sách ..." paragraph (sheet "Nội dung", column
// D) made to say `sentence`; the cell is returned in `cell`.
std::filesystem::path copy_saying(const std::string& sentence, std::string& cell) {
    const auto copy = temp_dir() / "ke-hoach-143-figures.ods";
    std::filesystem::copy_file(source_dir / "examples" / "ke-hoach-143.ods", copy,
                               std::filesystem::copy_options::overwrite_existing);
    CalcDocument doc(copy);
    auto body = doc.sheet(1);
    for (int r = 0; r < 300; ++r) {
        auto c = body->getCellByPosition(3, r);
        if (office::to_utf8(c->getFormula()).rfind("Lập danh sách tập thể", 0) == 0) {
            c->setFormula(office::to_ou(sentence));
            cell = "D" + std::to_string(r + 1);
        }
    }
    doc.store(copy);
    return copy;
}

} // namespace

TEST_SUITE("office.plan") {
    TEST_CASE("a stated count that disagrees stops generate_plans; the override goes on") {
        std::string cell;
        const auto book = copy_saying("Khen thưởng 33 tập thể, 45 cá nhân.", cell);
        REQUIRE_FALSE(cell.empty());
        CalcDocument doc(book);
        const Reference<css::sheet::XSpreadsheetDocument> workbook(doc.component(),
                                                                   UNO_QUERY_THROW);
        office::GenerateOptions options;
        options.template_file = source_dir / "extension" / "templates" / "ke-hoach.ott";
        options.out_dir = temp_dir() / "figures-out";
        options.stem = "ke-hoach";
        options.formats = {"odt"};
        auto result = office::generate_plans(test::office().context(), workbook, options);
        CHECK(result.stopped);
        CHECK(result.files.empty());
        REQUIRE(result.problems.size() == 1);
        const auto& p = result.problems[0];
        CHECK(p.from_text);
        CHECK(p.overridable);
        CHECK(p.sheet == "Nội dung");
        REQUIRE(p.lines.size() == 1);
        CHECK(p.lines[0].rfind("Nội dung!" + cell + ": văn bản ghi \"45 cá nhân\"", 0) == 0);
        CHECK(p.lines[0].find("cộng các dòng được 44.") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(options.out_dir / "ke-hoach.odt"));

        options.override_totals = true;
        result = office::generate_plans(test::office().context(), workbook, options);
        CHECK_FALSE(result.stopped);
        REQUIRE(result.files.size() == 1);
        CHECK(std::filesystem::file_size(result.files[0]) > 0);
    }
}
