// F1 in a vnplan dialog, in a real window: the help id the dialog carries (the lead's convention
// org.vnplan.help.dialog.<Name>, set as the dialog's HelpURL) opens LibreOffice's help viewer on
// vnplan's page, in the interface's language. With VNPLAN_HELP_SCREENSHOTS=DIR the screen is
// saved as DIR/help-<dialog>-<lang>.png (docs/images/ holds those of the guide).
#include "addin/function_help.hpp"
#include "office/common/ustring.hpp"
#include "support/dialogs.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XToolkitRobot.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/FrameSearchFlag.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

using namespace vnplan;
using namespace vnplan::addin;
using namespace std::chrono_literals;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

template <class Condition> bool wait_for(Condition condition) {
    for (int i = 0; i < 200; ++i) {
        if (condition()) return true;
        std::this_thread::sleep_for(100ms);
    }
    return false;
}

struct HelpShown {
    std::string url;
    std::string text;
};

// The help viewer's page, once it shows one (its frames are named by SfxHelp).
HelpShown help_viewer_page() {
    HelpShown shown;
    const auto desktop = test::office().desktop();
    wait_for([&] {
        const auto content = desktop->findFrame("OFFICE_HELP", css::frame::FrameSearchFlag::ALL);
        if (!content.is() || !content->getController().is()) return false;
        const auto model = content->getController()->getModel();
        Reference<css::text::XTextDocument> page(model, UNO_QUERY);
        if (!page.is()) return false;
        shown.url = office::to_utf8(model->getURL());
        shown.text = office::to_utf8(page->getText()->getString());
        return !shown.text.empty();
    });
    return shown;
}

void close_help_viewer() {
    const auto task =
        test::office().desktop()->findFrame("OFFICE_HELP_TASK", css::frame::FrameSearchFlag::ALL);
    if (task.is()) Reference<css::util::XCloseable>(task, UNO_QUERY_THROW)->close(true);
}

void screenshot(const std::string& name) {
    const char* folder = std::getenv("VNPLAN_HELP_SCREENSHOTS");
    const char* display = std::getenv("DISPLAY");
    if (!folder || !display) return;
    const std::string command =
        std::string("import -display ") + display + " -window root " + folder + "/" + name + ".png";
    CHECK(std::system(command.c_str()) == 0);
}

} // namespace

TEST_SUITE("extension.help_window") {
    TEST_CASE("F1 in a dialog opens its vnplan page in the help viewer, in each language") {
        for (const Lang lang : help_languages) {
            CAPTURE(help_language_folder(lang));
            test::use_windowed_office(lang == Lang::vi ? "vi" : "en-US");
            const auto& dialog = dialog_help_table().front(); // AwardCheck
            auto context = test::office().context();
            const auto shown_dialog = css::awt::DialogProvider2::create(context)->createDialog(
                office::to_ou(test::dialogs_url + std::string(dialog.name) + ".xdl"));
            REQUIRE(shown_dialog.is());
            Reference<css::beans::XPropertySet>(
                Reference<css::awt::XControl>(shown_dialog, UNO_QUERY_THROW)->getModel(),
                UNO_QUERY_THROW)
                ->setPropertyValue("HelpURL",
                                   css::uno::Any(office::to_ou(dialog_help_id(dialog.name))));
            std::thread modal([&] {
                try {
                    shown_dialog->execute();
                } catch (const css::uno::Exception&) {
                }
            });
            try {
                Reference<css::awt::XWindow2> window(shown_dialog, UNO_QUERY_THROW);
                CHECK(wait_for([&] { return window->isVisible(); }));
                window->setFocus();
                Reference<css::awt::XToolkitRobot> robot(css::awt::Toolkit::create(context),
                                                         UNO_QUERY_THROW);
                css::awt::KeyEvent f1;
                f1.Source = Reference<css::awt::XControl>(shown_dialog, UNO_QUERY_THROW)->getPeer();
                f1.KeyCode = css::awt::Key::F1;
                robot->keyPress(f1);
                robot->keyRelease(f1);
                const HelpShown shown = help_viewer_page();
                CHECK(shown.url.find(dialog_help_id(dialog.name)) != std::string::npos);
                CHECK(shown.text.find(dialog.title.in(lang)) != std::string::npos);
                screenshot("help-" + std::string(dialog.name) + "-" + help_language_folder(lang));
                close_help_viewer();
            } catch (const css::uno::Exception& e) {
                FAIL_CHECK(office::to_utf8(e.Message));
            }
            shown_dialog->endExecute();
            modal.join();
            Reference<css::lang::XComponent>(shown_dialog, UNO_QUERY_THROW)->dispose();
        }
    }
}
