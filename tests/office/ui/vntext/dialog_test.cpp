// "Chuyển mã sang Unicode" from the menu: the command is in the vnplan menu, the dialog loads
// with its strings in both languages, and in a real window it converts a legacy workbook.
#include "office/common/ustring.hpp"
#include "office/vntext/legacy_workbook.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace lw = vnplan::test::legacy;

namespace {

// A value of the merged configuration (the installed extension's Addons.xcu included).
std::string addon_value(const std::string& path) {
    const auto provider = css::configuration::theDefaultProvider::get(test::office().context());
    Sequence<Any> args(1);
    css::beans::PropertyValue node;
    node.Name = "nodepath";
    node.Value <<=
        office::to_ou("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/org.vnplan.menu/"
                      "Submenu/m50ConvertUnicode");
    args[0] <<= node;
    const Reference<css::container::XHierarchicalNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              args),
        UNO_QUERY_THROW);
    rtl::OUString value;
    access->getByHierarchicalName(office::to_ou(path)) >>= value;
    return office::to_utf8(value);
}

} // namespace

TEST_SUITE("ui.vntext") {
    TEST_CASE("the command is in the vnplan menu") {
        CHECK(addon_value("URL") == "vnd.vnplan:ConvertUnicode");
        CHECK(addon_value("Title") == "Convert to Unicode...");
    }

    TEST_CASE("the dialog loads with its strings in both languages") {
        const auto labels = labels_of("ConvertUnicode", {"Run", "Workbook"});
        CHECK(labels.at("Run") == "Convert");
        CHECK(labels.at("Workbook") == "The whole workbook (every sheet, comment and sheet name)");
        CHECK(resolve("ConvertUnicode", "vi", "VN", "ConvertUnicode.Title") ==
              "Chuyển mã sang Unicode");
        CHECK(resolve("ConvertUnicode", "vi", "VN", "ConvertUnicode.Run") == "Chuyển mã");
        CHECK(resolve("ConvertUnicode", "de", "DE", "ConvertUnicode.Run") == "Convert");
    }

    TEST_CASE("in a window: the whole workbook converted from the dialog, one Undo restores it") {
        use_windowed_office();
        const auto file = temp_dir() / "legacy-ui.ods";
        {
            CalcDocument legacy;
            lw::fill(legacy);
            legacy.store(file);
        }
        CalcDocument doc(file, CalcDocument::Shown{});
        select(doc, 0, "A1:A4");
        {
            DialogSession dialog(doc, "vnd.vnplan:ConvertUnicode");
            CHECK(dialog.title() == "Convert to Unicode");
            dialog.press("The whole workbook (every sheet, comment and sheet name)");
            dialog.press("Convert");
            CHECK(dialog.shows("Converted "));
            CHECK(dialog.shows("2 sheet names to Unicode, legacy fonts to Times New Roman"));
            dialog.press("Close");
            dialog.wait_closed();
        }
        lw::check_unicode(doc); // every text, comment and sheet name exact; numbers untouched
        CHECK(doc.value("B8") == 19);
    }
}
