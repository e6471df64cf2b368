#include "support/dialogs.hpp"

#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/resource/XStringResourceResolver.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <doctest/doctest.h>

namespace vnplan::test {

const std::string dialogs_url = "vnd.sun.star.extension://org.vnplan.extension/dialogs/";

namespace {
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
} // namespace

std::map<std::string, std::string> labels_of(const std::string& name,
                                             std::initializer_list<const char*> controls) {
    auto dialog = css::awt::DialogProvider2::create(office().context())
                      ->createDialog(office::to_ou(dialogs_url + name + ".xdl"));
    REQUIRE(dialog.is());
    std::map<std::string, std::string> labels;
    for (const char* control : controls)
        labels[control] = label_of(dialog, control);
    Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)->dispose();
    return labels;
}

std::string resolve(const std::string& base, const char* language, const char* country,
                    const char* key) {
    auto context = office().context();
    css::lang::Locale locale;
    locale.Language = rtl::OUString::createFromAscii(language);
    locale.Country = rtl::OUString::createFromAscii(country);
    Sequence<Any> args(6);
    args[0] <<= office::to_ou(dialogs_url);
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

void select(CalcDocument& doc, int sheet, const char* range) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<css::view::XSelectionSupplier>(model->getCurrentController(), UNO_QUERY_THROW)
        ->select(Any(doc.sheet(sheet)->getCellRangeByName(rtl::OUString::createFromAscii(range))));
}

} // namespace vnplan::test
