// What the Extension Manager shows of the installed vnplan.oxt: publisher, licence, icons,
// description with the release notes, version, and no update feed unless one was built in.
#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/XExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/graphic/XGraphic.hpp>
#include <doctest/doctest.h>

#include <string>

using namespace vnplan;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::deployment::XPackage> installed_vnplan() {
    auto context = test::office().context();
    Reference<css::deployment::XExtensionManager> manager(
        context->getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"),
        UNO_QUERY_THROW);
    return manager->getDeployedExtension("user", "org.vnplan.extension", "", {});
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

css::awt::Size pixels(const Reference<css::graphic::XGraphic>& graphic) {
    css::awt::Size size{};
    REQUIRE(graphic.is());
    REQUIRE((Reference<css::beans::XPropertySet>(graphic, UNO_QUERY_THROW)
                 ->getPropertyValue("SizePixel") >>= size));
    return size;
}

} // namespace

TEST_SUITE("extension.identity") {
    TEST_CASE("publisher, licence, icons, version and release notes as the manager shows them") {
        const auto package = installed_vnplan();
        REQUIRE(package.is());
        CHECK(office::to_utf8(package->getVersion()) == VNPLAN_VERSION);

        const std::string publisher = office::to_utf8(package->getPublisherInfo().First);
        CHECK((publisher == "The vnplan developers" || publisher == "Nhóm phát triển vnplan"));

        // MPL-2.0, LibreOffice's own licence, shown at install.
        const std::string licence = office::to_utf8(package->getLicenseText());
        CHECK(contains(licence, "Mozilla Public License Version 2.0"));
        CHECK(contains(licence, "Exhibit A - Source Code Form License Notice"));

        for (const bool high_contrast : {false, true}) {
            INFO("high contrast: ", high_contrast);
            const auto size = pixels(package->getIcon(high_contrast));
            CHECK(size.Width == 42);
            CHECK(size.Height == 42);
        }

        const std::string description = office::to_utf8(package->getDescription());
        CHECK((contains(description, "What is new in vnplan " VNPLAN_VERSION) ||
               contains(description, "Điểm mới của vnplan " VNPLAN_VERSION)));
        // Empty by default: no update check against an address nobody serves.
        CHECK(package->getUpdateInformationURLs().getLength() == 0);
    }
}
