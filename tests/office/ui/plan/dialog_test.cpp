// "Tạo kế hoạch": the dialog loads with its strings, the template ships in the installed
// extension, and the menu command runs end to end (headless: the dialog returns at once).
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <doctest/doctest.h>
#include <osl/file.hxx>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {
const std::string examples = std::string(VNPLAN_SOURCE_DIR) + "/examples/";

std::string resolved_label(const Reference<css::awt::XDialog>& dialog, const char* control) {
    auto c = Reference<css::awt::XControlContainer>(dialog, UNO_QUERY_THROW)
                 ->getControl(rtl::OUString::createFromAscii(control));
    REQUIRE(c.is());
    rtl::OUString label;
    Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW)
        ->getPropertyValue("Label") >>= label;
    Reference<css::resource::XStringResourceResolver> resolver;
    Reference<css::beans::XPropertySet>(
        Reference<css::awt::XControl>(dialog, UNO_QUERY_THROW)->getModel(), UNO_QUERY_THROW)
        ->getPropertyValue("ResourceResolver") >>= resolver;
    REQUIRE(resolver.is());
    return office::to_utf8(resolver->resolveString(label.copy(1)));
}

void dispatch(CalcDocument& doc, const char* command) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> provider(model->getCurrentController()->getFrame(),
                                                      UNO_QUERY_THROW);
    css::frame::DispatchHelper::create(test::office().context())
        ->executeDispatch(provider, rtl::OUString::createFromAscii(command), "", 0, {});
}
} // namespace

TEST_SUITE("ui.plan") {
    TEST_CASE("the dialog loads with its strings") {
        auto dialog = css::awt::DialogProvider2::create(test::office().context())
                          ->createDialog("vnd.sun.star.extension://org.vnplan.extension/dialogs/"
                                         "PlanGenerate.xdl");
        REQUIRE(dialog.is());
        CHECK(resolved_label(dialog, "Run") == "Create");
        CHECK(resolved_label(dialog, "OutLabel") == "Write to folder:");
        Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
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
