// "Tạo kế hoạch": the dialog loads with its strings, the template ships in the installed
// extension, and opened from the menu in a windowed office (Xvfb) it writes the plan files.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"
#include "support/writer_doc.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <doctest/doctest.h>
#include <osl/file.hxx>

#include <algorithm>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string examples = std::string(VNPLAN_SOURCE_DIR) + "/examples/";
} // namespace

TEST_SUITE("ui.plan") {
    TEST_CASE("the dialog loads with its strings") {
        use_windowed_office();
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

    TEST_CASE("Create plan document writes the plan into the folder typed") {
        use_windowed_office();
        CalcDocument plan(examples + "ke-hoach-143.ods", CalcDocument::Shown{});
        const auto folder = temp_dir() / "plan-from-dialog";
        {
            DialogSession dialog(plan, "vnd.vnplan:PlanGenerate");
            CHECK(dialog.title() == "Create plan document");
            dialog.type("Write to folder:", folder.string());
            dialog.set_checked(".odt", true);
            dialog.set_checked(".docx", false);
            dialog.set_checked(".pdf", true);
            dialog.press("Create");
            CHECK(dialog.shows("Created "));
            dialog.press("Close");
            dialog.wait_closed();
        }
        // The plan (no appendix in this workbook) in the two formats ticked; the .odt is open
        // in Writer (its lock file beside it).
        std::vector<std::string> written;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            written.push_back(entry.path().filename().string());
        std::sort(written.begin(), written.end());
        CHECK(written ==
              std::vector<std::string>{".~lock.ke-hoach.odt#", "ke-hoach.odt", "ke-hoach.pdf"});
        // The PDF read back by content: the decree's header block and the document type.
        const auto pdf = folder / "ke-hoach.pdf";
        REQUIRE(pdf_pages(pdf) >= 1);
        const std::string first = pdf_page_text(pdf, 1);
        CHECK(first.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
        CHECK(first.find("KẾ HOẠCH") != std::string::npos);
    }

    TEST_CASE("a workbook that is not a plan gets a message, not the dialog") {
        use_windowed_office();
        CalcDocument other(examples + "khen-thuong-143.ods", CalcDocument::Shown{});
        {
            DialogSession message(other, "vnd.vnplan:PlanGenerate");
            CHECK(message.title() != "Create plan document");
        }
        CHECK(other.value("C53") == 33);
    }
}
