// "Tạo kế hoạch": the dialog loads with its strings, the template ships in the installed
// extension, and the menu command runs end to end (headless: the dialog returns at once).
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <doctest/doctest.h>
#include <osl/file.hxx>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string examples = std::string(VNPLAN_SOURCE_DIR) + "/examples/";
} // namespace

TEST_SUITE("ui.plan") {
    TEST_CASE("the dialog loads with its strings") {
        const auto labels = labels_of("PlanGenerate", {"Run", "OutLabel"});
        CHECK(labels.at("Run") == "Create");
        CHECK(labels.at("OutLabel") == "Write to folder:");
    }

    TEST_CASE("the default template ships in the installed extension") {
        const rtl::OUString location =
            css::deployment::PackageInformationProvider::get(test::office().context())
                ->getPackageLocation("org.vnplan.extension");
        REQUIRE(!location.isEmpty());
        rtl::OUString path;
        REQUIRE(osl::FileBase::getSystemPathFromFileURL(location, path) == osl::FileBase::E_None);
        CHECK(std::filesystem::is_regular_file(std::filesystem::path(office::to_utf8(path)) /
                                               "templates" / "ke-hoach.ott"));
    }

    TEST_CASE("the menu command runs on a plan workbook and on a workbook that is not one") {
        CalcDocument plan(examples + "ke-hoach-143.ods");
        dispatch(plan, "vnd.vnplan:PlanGenerate");
        CalcDocument other(examples + "khen-thuong-143.ods");
        dispatch(other, "vnd.vnplan:PlanGenerate"); // reported in a message box, nothing breaks
        CHECK(other.value("C53") == 33);
    }
}
