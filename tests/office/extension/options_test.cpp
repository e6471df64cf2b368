// vnplan's options page as LibreOffice's Options dialog drives it (the page created from
// Options.xdl with the extension's handler, then "initialize" and "ok"), and the functions'
// defaults following what was chosen while explicit arguments still win.
#include "common/tsv.hpp"
#include "extension/configuration.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XContainerWindowProvider.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <vector>

using namespace vnplan;
namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using office::to_ou;
using office::to_utf8;

namespace {

// The page as the Options dialog makes it: the .xdl in a container window, with the handler.
class OptionsPage {
public:
    explicit OptionsPage(test::CalcDocument& doc) {
        auto context = test::office().context();
        auto manager = context->getServiceManager();
        handler_.set(manager->createInstanceWithContext("org.vnplan.OptionsPage", context),
                     UNO_QUERY_THROW);
        Reference<css::awt::XContainerWindowProvider> provider(
            manager->createInstanceWithContext("com.sun.star.awt.ContainerWindowProvider", context),
            UNO_QUERY_THROW);
        Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
        Reference<css::awt::XWindowPeer> parent(
            model->getCurrentController()->getFrame()->getContainerWindow(), UNO_QUERY_THROW);
        window_ = provider->createContainerWindow(
            "vnd.sun.star.extension://org.vnplan.extension/dialogs/Options.xdl", "", parent,
            handler_);
        REQUIRE(window_.is());
    }
    ~OptionsPage() {
        try {
            Reference<css::lang::XComponent>(window_, UNO_QUERY_THROW)->dispose();
        } catch (...) {
        }
    }
    OptionsPage(const OptionsPage&) = delete;
    OptionsPage& operator=(const OptionsPage&) = delete;

    void event(const char* what) {
        REQUIRE(handler_->callHandlerMethod(window_, Any(rtl::OUString::createFromAscii(what)),
                                            "external_event"));
    }
    Reference<css::beans::XPropertySet> model(const char* control) const {
        Reference<css::awt::XControl> c(
            Reference<css::awt::XControlContainer>(window_, UNO_QUERY_THROW)
                ->getControl(rtl::OUString::createFromAscii(control)),
            UNO_QUERY_THROW);
        return Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW);
    }
    std::vector<std::string> items(const char* list) const {
        Sequence<rtl::OUString> names;
        REQUIRE((model(list)->getPropertyValue("StringItemList") >>= names));
        std::vector<std::string> out;
        for (const auto& n : names)
            out.push_back(to_utf8(n));
        return out;
    }
    std::string selected(const char* list) const {
        Sequence<sal_Int16> chosen;
        REQUIRE((model(list)->getPropertyValue("SelectedItems") >>= chosen));
        REQUIRE(chosen.getLength() == 1);
        return items(list).at(static_cast<std::size_t>(chosen[0]));
    }
    // Selects the item containing one of `parts` (vi or en, as the interface is).
    void select(const char* list, std::initializer_list<const char*> parts) {
        const auto all = items(list);
        for (std::size_t i = 0; i < all.size(); ++i)
            for (const char* part : parts) {
                if (all[i].find(part) == std::string::npos) continue;
                Sequence<sal_Int16> chosen(1);
                chosen[0] = static_cast<sal_Int16>(i);
                model(list)->setPropertyValue("SelectedItems", Any(chosen));
                return;
            }
        FAIL("no such item in " << std::string(list));
    }
    void tick(const char* box, bool on) {
        model(box)->setPropertyValue("State", Any(sal_Int16(on ? 1 : 0)));
    }

private:
    Reference<css::awt::XContainerWindowEventHandler> handler_;
    Reference<css::awt::XWindow> window_;
};

} // namespace

TEST_SUITE("extension.options") {
    TEST_CASE("the page is under Tools > Options > LibreOffice Calc, with vnplan's handler") {
        const auto leaf = test::configuration(
            "/org.openoffice.Office.OptionsDialog/Nodes/Calc/Leaves/org.vnplan.options");
        CHECK(test::string_at(leaf, "Id") == "org.vnplan.extension");
        CHECK(test::string_at(leaf, "EventHandlerService") == "org.vnplan.OptionsPage");
        const std::string page = test::string_at(leaf, "OptionsPage");
        CHECK(page.size() > 20);
        CHECK(page.substr(page.size() - 20) == "/dialogs/Options.xdl");
        CHECK(!test::string_at(leaf, "Label").empty());
    }

    TEST_CASE("the options page shows the defaults, stores the clerk's choice, functions follow") {
        test::CalcDocument doc;
        {
            OptionsPage page(doc);
            page.event("initialize");
            // Built-in defaults (docs/allocate.md, docs/indices.md, docs/vntext.md).
            CHECK(page.selected("Method").find("Hamilton") != std::string::npos);
            CHECK(page.items("Ties").size() == 4);
            CHECK(page.items("Language").size() == 3);
            page.select("Method", {"D'Hondt"});
            page.select("Ties", {"Liên tục", "Dense"});
            page.tick("WordsNgan", true);
            page.tick("WordsLe", true);
            page.event("ok");
        }
        {
            OptionsPage again(doc); // a new page reads back what was stored
            again.event("initialize");
            CHECK(again.selected("Method").find("D'Hondt") != std::string::npos);
            CHECK((again.selected("Ties").rfind("Liên tục", 0) == 0 ||
                   again.selected("Ties").rfind("Dense", 0) == 0));
        }

        // Weights of six units, 25 to share: D'Hondt gives 13 4 4 3 1 0, Hamilton 12 4 4 3 1 1
        // (quotas 11.75 4 3.95 3 1.525 0.775; worked out in tests/office/addin/awards_test.cpp).
        doc.put("A1", test::grid_from_tsv("47\n16\n15.8\n12\n6.1\n3.1\n"));
        doc.array_formula("B1:B6", "=ALLOCATE(A1:A6;25)");
        doc.array_formula("C1:C6", "=ALLOCATE(A1:A6;25;\"hamilton\")");
        doc.formula("D1", "=VNWORDS(1005)");
        doc.formula("D2", "=VNWORDS(1005;\"linh nghìn\")");
        doc.put("E1", test::grid_from_tsv("90\n80\n80\n70\n"));
        doc.formula("F1", "=INDEXRANK(E4;E1:E4)");
        doc.formula("F2", "=INDEXRANK(E4;E1:E4;0;\"competition\")");
        doc.recalculate();
        const double dhondt[] = {13, 4, 4, 3, 1, 0}, hamilton[] = {12, 4, 4, 3, 1, 1};
        for (int i = 0; i < 6; ++i) {
            CAPTURE(i);
            CHECK(doc.value("B" + std::to_string(i + 1)) == dhondt[i]);
            CHECK(doc.value("C" + std::to_string(i + 1)) == hamilton[i]);
        }
        CHECK(doc.string("D1") == "một ngàn không trăm lẻ năm");
        CHECK(doc.string("D2") == "một nghìn không trăm linh năm");
        CHECK(doc.value("F1") == 3); // dense: 90 80 80 70 -> 1 2 2 3
        CHECK(doc.value("F2") == 4); // competition, as written: 1 2 2 4

        OptionsPage reset(doc); // leave the profile as it was
        reset.event("initialize");
        reset.select("Method", {"Hamilton"});
        reset.select("Ties", {"Cạnh tranh", "Competition"});
        reset.tick("WordsNgan", false);
        reset.tick("WordsLe", false);
        reset.event("ok");
    }
}
