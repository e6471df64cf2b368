// The menu and dialogs in a real (headless) office: dialogs load with their strings in both
// languages, and the menu commands run end to end without harming the document.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {
const std::string extension_url = "vnd.sun.star.extension://org.vnplan.extension/dialogs/";
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";

// The text a control shows: its model holds "&key", resolved through the dialog's resolver.
std::string label_of(const Reference<css::awt::XDialog>& dialog, const char* control) {
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY_THROW);
    auto c = container->getControl(rtl::OUString::createFromAscii(control));
    REQUIRE(c.is());
    rtl::OUString label;
    Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW)
        ->getPropertyValue("Label") >>= label;
    Reference<css::resource::XStringResourceResolver> resolver;
    Reference<css::beans::XPropertySet>(
        Reference<css::awt::XControl>(dialog, UNO_QUERY_THROW)->getModel(), UNO_QUERY_THROW)
        ->getPropertyValue("ResourceResolver") >>= resolver;
    REQUIRE(resolver.is());
    REQUIRE(label.startsWith("&"));
    return office::to_utf8(resolver->resolveString(label.copy(1)));
}

std::string resolve(const std::string& base, const char* language, const char* country,
                    const char* key) {
    auto context = test::office().context();
    css::lang::Locale locale;
    locale.Language = rtl::OUString::createFromAscii(language);
    locale.Country = rtl::OUString::createFromAscii(country);
    css::uno::Sequence<Any> args(6);
    args[0] <<= office::to_ou(extension_url);
    args[1] <<= true;
    args[2] <<= locale;
    args[3] <<= office::to_ou(base);
    args[4] <<= rtl::OUString();
    args[5] <<= Reference<css::uno::XInterface>();
    Reference<css::resource::XStringResourceResolver> resolver(
        context->getServiceManager()->createInstanceWithArgumentsAndContext(
            "com.sun.star.resource.StringResourceWithLocation", args, context),
        UNO_QUERY_THROW);
    return office::to_utf8(resolver->resolveString(rtl::OUString::createFromAscii(key)));
}

void dispatch(CalcDocument& doc, const char* command) {
    auto context = test::office().context();
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> provider(model->getCurrentController()->getFrame(),
                                                      UNO_QUERY_THROW);
    css::frame::DispatchHelper::create(context)->executeDispatch(
        provider, rtl::OUString::createFromAscii(command), "", 0, {});
}
} // namespace

TEST_SUITE("ui.awards") {
    TEST_CASE("the dialogs load with their English strings") {
        auto provider = css::awt::DialogProvider2::create(test::office().context());
        auto check = provider->createDialog(office::to_ou(extension_url + "AwardCheck.xdl"));
        REQUIRE(check.is());
        CHECK(label_of(check, "Mark") == "Mark the cells");
        CHECK(label_of(check, "Close") == "Close");
        Reference<css::lang::XComponent>(check, UNO_QUERY_THROW)->dispose();
        auto allocate = provider->createDialog(office::to_ou(extension_url + "Allocate.xdl"));
        REQUIRE(allocate.is());
        CHECK(label_of(allocate, "Run") == "Allocate");
        CHECK(label_of(allocate, "TotalLabel") == "Total to share:");
        Reference<css::lang::XComponent>(allocate, UNO_QUERY_THROW)->dispose();
    }

    TEST_CASE("the dialogs' Vietnamese strings resolve") {
        CHECK(resolve("AwardCheck", "vi", "VN", "AwardCheck.Title") == "Kiểm tra bảng khen thưởng");
        CHECK(resolve("Allocate", "vi", "VN", "Allocate.Method") == "Phương pháp:");
        CHECK(resolve("Allocate", "en", "US", "Allocate.Method") == "Method:");
        // A language without strings falls back to English.
        CHECK(resolve("Allocate", "de", "DE", "Allocate.Run") == "Allocate");
    }

    TEST_CASE("the menu commands run end to end and leave the document as it was") {
        CalcDocument doc(example);
        Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
        Reference<css::view::XSelectionSupplier>(model->getCurrentController(), UNO_QUERY_THROW)
            ->select(Any(doc.sheet()->getCellRangeByName("C10")));
        // Headless, a dialog's execute() returns at once (cancelled): the whole path runs.
        dispatch(doc, "vnd.vnplan:AwardCheck");
        dispatch(doc, "vnd.vnplan:Allocate");
        dispatch(doc, "vnd.vnplan:NoSuchCommand");
        CHECK(doc.value("C6") == 6);
        CHECK(doc.string("F6").empty()); // nothing written beside the table
        // Selecting an empty cell: the command reports the problem, nothing breaks.
        Reference<css::view::XSelectionSupplier>(model->getCurrentController(), UNO_QUERY_THROW)
            ->select(Any(doc.sheet()->getCellRangeByName("Z200")));
        dispatch(doc, "vnd.vnplan:AwardCheck");
        CHECK(doc.value("D53") == 44);
    }
}
