// The pictures of docs/huong-dan-su-dung.md and docs/user-guide.md, taken in a real windowed
// LibreOffice (Xvfb) with the freshly built vnplan.oxt: the menu, the toolbar, every dialog
// and what it produces. Run by docs/take-screenshots.sh:
//   VNPLAN_SHOTS_LANG=vi|en  the interface language (default vi); files start "vi-"/"en-"
//   VNPLAN_SHOTS_DIR=DIR     where the PNG files go (default docs/images/guide)
// Each test case takes one group of pictures; --test-case=NAME retakes one.
#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "office/vntext/legacy_workbook.hpp"
#include "screenshots/capture.hpp"
#include "support/calc.hpp"
#include "support/dialogs.hpp"
#include "support/office_fixture.hpp"
#include "support/ui_driver.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XLayoutManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewPane.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/ui/DockingArea.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <com/sun/star/view/DocumentZoomType.hpp>
#include <doctest/doctest.h>
#include <rtl/uri.hxx>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <thread>

using namespace vnplan;
using namespace vnplan::test;
namespace fs = std::filesystem;
namespace a11y = css::accessibility;
using office::to_ou;
using office::to_utf8;
using shots::Window;

namespace {

const std::string examples = std::string(VNPLAN_SOURCE_DIR) + "/examples/";

std::string env(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

const std::string lang = env("VNPLAN_SHOTS_LANG", "vi") == "en" ? "en" : "vi";
const bool vi = lang == "vi";

// A text of the interface in the language of the pictures.
const char* say(const char* vietnamese, const char* english) {
    return vi ? vietnamese : english;
}

fs::path picture(const std::string& name) {
    return fs::path(
               env("VNPLAN_SHOTS_DIR", std::string(VNPLAN_SOURCE_DIR) + "/docs/images/guide")) /
           (lang + "-" + name + ".png");
}

void shot(const Window& window, const std::string& name) {
    REQUIRE_MESSAGE(window.is(), "no window for " << name);
    const auto file = picture(name);
    const auto size = shots::save_png(window, file);
    CHECK_MESSAGE(shots::shows_something(file), file << " shows nothing");
    MESSAGE(file.string() << ": " << size.Width << "x" << size.Height);
}

Reference<css::frame::XFrame> frame_of(CalcDocument& doc) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    return model->getCurrentController()->getFrame();
}

// The vnplan toolbar (View > Toolbars > vnplan), shown and docked under the standard ones
// in every picture, as a clerk who uses it has it.
Reference<css::ui::XUIElement> vnplan_toolbar(CalcDocument& doc) {
    Reference<css::frame::XLayoutManager> layout;
    Reference<css::beans::XPropertySet>(frame_of(doc), UNO_QUERY_THROW)
        ->getPropertyValue("LayoutManager") >>= layout;
    REQUIRE(layout.is());
    const rtl::OUString toolbar = "private:resource/toolbar/addon_org.vnplan.toolbar";
    if (!layout->getElement(toolbar).is()) layout->createElement(toolbar);
    layout->showElement(toolbar);
    layout->dockWindow(toolbar, css::ui::DockingArea_DOCKINGAREA_TOP, css::awt::Point(0, 2));
    shots::settle();
    const auto element = layout->getElement(toolbar);
    REQUIRE(element.is());
    return element;
}

// The view's zoom in percent (Calc keeps the last one for the next document).
void zoom(CalcDocument& doc, sal_Int16 percent) {
    Reference<css::beans::XPropertySet> view(
        Reference<css::frame::XModel>(doc.component(), UNO_QUERY_THROW)->getCurrentController(),
        UNO_QUERY_THROW);
    view->setPropertyValue("ZoomType", Any(css::view::DocumentZoomType::BY_VALUE));
    view->setPropertyValue("ZoomValue", Any(percent));
}

// Widths that show the columns' text.
void fit_columns(CalcDocument& doc, sal_Int32 count) {
    Reference<css::table::XColumnRowRange> lines(doc.sheet(), UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> columns(lines->getColumns(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < count; ++i)
        Reference<css::beans::XPropertySet>(columns->getByIndex(i), UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", Any(true));
}

// Calc's window, placed at the top left corner of the screen with a fixed size.
struct Calc {
    Window window;
    css::awt::Rectangle screen;
};
Calc show(CalcDocument& doc, int width = 1100, int height = 720) {
    vnplan_toolbar(doc);
    zoom(doc, 100);
    return {shots::frame_window(doc, width, height), {0, 0, width, height}};
}

// The whole window as the screen shows it (menu bar and an open menu included), else what
// the window itself draws.
void shot(const Calc& calc, const std::string& name) {
    const auto file = picture(name);
    if (!shots::save_screen_png(calc.screen, file)) shots::save_png(calc.window, file);
    CHECK_MESSAGE(shots::shows_something(file), file << " shows nothing");
    MESSAGE(file.string());
}

void windowed() {
    use_windowed_office(vi ? "vi" : "en-US");
}

// The menu-bar entry `title` of `doc`'s window, as the accessibility tree names it.
Reference<a11y::XAccessibleContext> menu_entry(CalcDocument& doc, const std::string& title) {
    Reference<a11y::XAccessible> root(frame_of(doc)->getContainerWindow(), UNO_QUERY_THROW);
    std::function<Reference<a11y::XAccessibleContext>(const Reference<a11y::XAccessibleContext>&,
                                                      int)>
        find = [&](const Reference<a11y::XAccessibleContext>& c,
                   int depth) -> Reference<a11y::XAccessibleContext> {
        if (!c.is()) return {};
        if (c->getAccessibleRole() == a11y::AccessibleRole::MENU &&
            to_utf8(c->getAccessibleName()) == title)
            return c;
        const auto count = c->getAccessibleChildCount();
        if (depth > 4 || count > 200) return {};
        for (sal_Int32 i = 0; i < count; ++i)
            if (auto child = c->getAccessibleChild(i); child.is())
                if (auto hit = find(child->getAccessibleContext(), depth + 1); hit.is()) return hit;
        return {};
    };
    return find(root->getAccessibleContext(), 0);
}

Reference<css::container::XNameAccess> configuration(const std::string& path) {
    const auto provider = css::configuration::theDefaultProvider::get(test::office().context());
    Sequence<Any> args(1);
    css::beans::PropertyValue node;
    node.Name = "nodepath";
    node.Value <<= to_ou(path);
    args[0] <<= node;
    return Reference<css::container::XNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              args),
        UNO_QUERY_THROW);
}

// Whether the installed vnplan has `url` in its menu (the appendix export may be missing).
bool in_menu(const std::string& url) {
    const auto menu = configuration("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/"
                                    "org.vnplan.menu/Submenu");
    for (const auto& name : menu->getElementNames()) {
        Reference<css::container::XNameAccess> item(menu->getByName(name), UNO_QUERY);
        rtl::OUString value;
        if (item.is() && item->hasByName("URL") && (item->getByName("URL") >>= value) &&
            to_utf8(value) == url)
            return true;
    }
    return false;
}

// A workbook stored in the test folder and opened in a window.
fs::path stored(const std::string& name, const std::function<void(CalcDocument&)>& fill) {
    const auto file = temp_dir() / name;
    CalcDocument doc;
    fill(doc);
    doc.store(file);
    return file;
}

// Scrolls `doc`'s view so that the first drawing (chart) of the active sheet is at the top
// left: its position (1/100 mm) turned into a column and a row by the sheet's sizes.
void scroll_to_first_chart(CalcDocument& doc) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY_THROW);
    const auto sheet = view->getActiveSheet();
    // A sheet's XDrawPageSupplier is deprecated, still the way to its drawings.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    Reference<css::container::XIndexAccess> shapes(
        Reference<css::drawing::XDrawPageSupplier>(sheet, UNO_QUERY_THROW)->getDrawPage(),
        UNO_QUERY_THROW);
#pragma GCC diagnostic pop
    REQUIRE(shapes->getCount() > 0);
    const auto top_left =
        Reference<css::drawing::XShape>(shapes->getByIndex(0), UNO_QUERY_THROW)->getPosition();
    const auto index_at = [](const Reference<css::container::XIndexAccess>& lines, sal_Int32 at,
                             const char* size) {
        sal_Int32 index = 0, end = 0;
        for (; index < lines->getCount(); ++index) {
            sal_Int32 length = 0;
            Reference<css::beans::XPropertySet>(lines->getByIndex(index), UNO_QUERY_THROW)
                ->getPropertyValue(rtl::OUString::createFromAscii(size)) >>= length;
            if ((end += length) > at) break;
        }
        return index;
    };
    Reference<css::table::XColumnRowRange> lines(sheet, UNO_QUERY_THROW);
    Reference<css::sheet::XViewPane> pane(view, UNO_QUERY_THROW);
    pane->setFirstVisibleColumn(std::max(
        0, index_at(Reference<css::container::XIndexAccess>(lines->getColumns(), UNO_QUERY_THROW),
                    top_left.X, "Width") -
               1));
    pane->setFirstVisibleRow(std::max(
        0, index_at(Reference<css::container::XIndexAccess>(lines->getRows(), UNO_QUERY_THROW),
                    top_left.Y, "Height") -
               1));
}

// Presses the button named one of `names` in the window `window` (by its accessible tree).
bool press_button(const Window& window, std::initializer_list<const char*> names) {
    Reference<a11y::XAccessible> root(window, UNO_QUERY);
    if (!root.is()) return false;
    std::function<bool(const Reference<a11y::XAccessibleContext>&, int)> visit =
        [&](const Reference<a11y::XAccessibleContext>& c, int depth) {
            if (!c.is()) return false;
            if (c->getAccessibleRole() == a11y::AccessibleRole::PUSH_BUTTON)
                for (const char* name : names)
                    if (to_utf8(c->getAccessibleName()) == name)
                        return static_cast<bool>(
                            Reference<a11y::XAccessibleAction>(c, UNO_QUERY_THROW)
                                ->doAccessibleAction(0));
            const auto count = c->getAccessibleChildCount();
            if (depth > 6 || count > 200) return false;
            for (sal_Int32 i = 0; i < count; ++i)
                if (auto child = c->getAccessibleChild(i);
                    child.is() && visit(child->getAccessibleContext(), depth + 1))
                    return true;
            return false;
        };
    return visit(root->getAccessibleContext(), 0);
}

// A command (".uno:..." with its arguments) run in `doc`'s frame on a thread of its own: a
// modal dialog blocks the call until it closes.
class Command {
public:
    Command(CalcDocument& doc, const std::string& command,
            const Sequence<css::beans::PropertyValue>& args = {}) {
        css::util::URL url;
        url.Complete = to_ou(command);
        css::util::URLTransformer::create(test::office().context())->parseStrict(url);
        Reference<css::frame::XDispatchProvider> provider(frame_of(doc), UNO_QUERY_THROW);
        auto handler = provider->queryDispatch(url, "", 0);
        REQUIRE_MESSAGE(handler.is(), "nothing handles " << command);
        thread_ = std::thread([this, handler, url, args] {
            try {
                handler->dispatch(url, args);
            } catch (...) {
            }
            returned_ = true;
        });
    }
    // Closes `dialog` with its Cancel button (else the Escape key) and waits for the command.
    void close(const Window& dialog) {
        if (!press_button(dialog, {"Cancel", "Hủy bỏ", "Hủy", "Thôi", "Close", "Đóng"}))
            shots::press_key(dialog, css::awt::Key::ESCAPE);
        CHECK_MESSAGE(wait(), "the dialog did not close");
    }
    bool wait(std::chrono::seconds timeout = std::chrono::seconds(30)) {
        const auto until = std::chrono::steady_clock::now() + timeout;
        while (!returned_ && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return returned_;
    }
    // A command still blocked (a dialog that would not close) ends the office, which ends it.
    ~Command() {
        if (!wait()) kill_office();
        thread_.join();
    }
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

private:
    std::atomic<bool> returned_{false};
    std::thread thread_;
};

// Units and their staff numbers, the weights of a quota to share (illustrative figures).
void staff_table(CalcDocument& doc) {
    doc.text("A1", "Đơn vị");
    doc.text("B1", "Biên chế");
    doc.text("C1", "Chỉ tiêu được giao");
    const std::pair<const char*, int> units[] = {{"Phòng Nội vụ", 12},
                                                 {"Phòng Tài chính - Kế hoạch", 15},
                                                 {"Phòng Tư pháp", 6},
                                                 {"Phòng Văn hóa và Thông tin", 8},
                                                 {"Văn phòng HĐND và UBND", 19}};
    int row = 2;
    for (const auto& [unit, staff] : units) {
        doc.text("A" + std::to_string(row), unit);
        doc.formula("B" + std::to_string(row), std::to_string(staff));
        ++row;
    }
    fit_columns(doc, 3);
}

} // namespace

TEST_SUITE("screenshots") {
    TEST_CASE("menu and toolbar") {
        windowed();
        CalcDocument doc(examples + "khen-thuong-143.ods", CalcDocument::Shown{});
        const auto calc = show(doc);

        // The toolbar (View > Toolbars > vnplan), shown if it is not.
        const auto element = vnplan_toolbar(doc);
        // The top of the window down to the toolbar: where a clerk finds it.
        Reference<a11y::XAccessible> bar(element->getRealInterface(), UNO_QUERY_THROW);
        Reference<a11y::XAccessibleComponent> box(bar->getAccessibleContext(), UNO_QUERY_THROW);
        const auto bottom = box->getLocationOnScreen().Y + box->getSize().Height + 4;
        REQUIRE(bottom < calc.screen.Height);
        shot(Calc{calc.window, {0, 0, calc.screen.Width, bottom}}, "toolbar");
        shot(calc, "calc");

        // The menu, opened as a click opens it.
        const auto entry = menu_entry(doc, say("Kế hoạch", "vnplan"));
        REQUIRE(entry.is());
        std::thread click([entry] {
            try {
                Reference<a11y::XAccessibleAction>(entry, UNO_QUERY_THROW)->doAccessibleAction(0);
            } catch (...) {
            }
        });
        struct Join {
            std::thread& thread;
            ~Join() { thread.join(); } // also when a check below fails
        } join{click};
        shots::settle(std::chrono::milliseconds(2000));
        shot(calc, "menu");
        shots::press_key(calc.window, css::awt::Key::ESCAPE);
        shots::press_key(calc.window, css::awt::Key::ESCAPE);
    }

    TEST_CASE("check award table") {
        windowed();
        CalcDocument doc(examples + "khen-thuong-143.ods", CalcDocument::Shown{});
        const auto calc = show(doc);
        select(doc, 0, "C10");
        {
            DialogSession dialog(doc, "vnd.vnplan:AwardCheck");
            CHECK(dialog.shows(
                say("tổng cộng 33 tập thể, 44 cá nhân", "grand total 33 tập thể, 44 cá nhân")));
            shot(shots::wait_dialog(), "award-check");
            dialog.press(say("Đánh dấu các ô", "Mark the cells"));
            CHECK(dialog.shows(say("Đã đánh dấu 2 ô", "Marked 2 cells")));
            dialog.press(say("Đóng", "Close"));
            dialog.wait_closed();
        }
        select(doc, 0, "A17");
        // The comment on A17 shown, as when the mouse rests on the cell.
        Reference<css::sheet::XSheetAnnotationAnchor>(
            doc.sheet(0)->getCellRangeByName("A17")->getCellByPosition(0, 0), UNO_QUERY_THROW)
            ->getAnnotation()
            ->setIsVisible(true);
        shots::settle();
        shot(calc, "award-check-marks");

        select(doc, 0, "Z200");
        {
            DialogSession message(doc, "vnd.vnplan:AwardCheck");
            shot(shots::wait_dialog(), "award-check-message");
        }
    }

    TEST_CASE("allocate quotas") {
        windowed();
        CalcDocument doc(stored("phan-bo.ods", staff_table), CalcDocument::Shown{});
        const auto calc = show(doc);
        select(doc, 0, "B2:B6");
        {
            DialogSession dialog(doc, "vnd.vnplan:Allocate");
            dialog.set_number(say("Tổng chỉ tiêu:", "Total to share:"), 10);
            shot(shots::wait_dialog(), "allocate");
            dialog.press(say("Phân bổ", "Allocate"));
            CHECK(dialog.shows(say("5 ", "5 ")));
            shots::settle();
            shot(shots::wait_dialog(), "allocate-done");
            dialog.press(say("Đóng", "Close"));
            dialog.wait_closed();
        }
        // Hamilton: quotas 2, 2.5, 1, 1.33, 3.17; the seat left goes to the largest remainder.
        CHECK(doc.value("C2") == 2);
        CHECK(doc.value("C3") == 3);
        CHECK(doc.value("C6") == 3);
        select(doc, 0, "C2:C6");
        shots::settle();
        shot(calc, "allocate-result");
    }

    TEST_CASE("rank index scores") {
        windowed();
        CalcDocument doc(examples + "chi-so-bac-son-2022.ods", CalcDocument::Shown{});
        const auto calc = show(doc, 1280, 800);
        select(doc, 0, "C8");
        {
            DialogSession dialog(doc, "vnd.vnplan:IndexRanking");
            shot(shots::wait_dialog(), "index-ranking");
            dialog.press(say("Xếp hạng", "Rank"));
            CHECK(dialog.shows(say("Đã tạo trang", "Created the sheet")));
            dialog.press(say("Đóng", "Close"));
            dialog.wait_closed();
        }
        shots::settle(std::chrono::milliseconds(3000));
        shot(calc, "index-ranking-result");
        scroll_to_first_chart(doc);
        zoom(doc, 80); // both charts side by side: 355 mm wide at 100 %
        shots::settle();
        shot(calc, "index-ranking-charts");
    }

    TEST_CASE("create plan document") {
        windowed();
        CalcDocument doc(examples + "ke-hoach-143.ods", CalcDocument::Shown{});
        show(doc);
        const auto folder = temp_dir() / "ke-hoach-143";
        fs::remove_all(folder);
        {
            DialogSession dialog(doc, "vnd.vnplan:PlanGenerate");
            dialog.type(say("Ghi vào thư mục:", "Write to folder:"), folder.string());
            shots::settle();
            shot(shots::wait_dialog(), "plan-generate");
            dialog.set_checked(".odt", false);
            dialog.set_checked(".docx", false);
            dialog.set_checked(".pdf", true);
            dialog.press(say("Tạo văn bản", "Create"));
            CHECK(dialog.shows(say("Đã tạo", "Created ")));
            shot(shots::wait_dialog(), "plan-generate-done");
            dialog.press(say("Đóng", "Close"));
            dialog.wait_closed();
        }
        // The first page of the plan as printed: poppler's pdftoppm at 70 dpi.
        const auto pdf = folder / "ke-hoach.pdf";
        REQUIRE(fs::is_regular_file(pdf));
        const auto prefix = picture("plan-page-1").replace_extension();
        const std::string command = "pdftoppm -png -r 70 -f 1 -l 1 -singlefile \"" + pdf.string() +
                                    "\" \"" + prefix.string() + "\"";
        REQUIRE(std::system(command.c_str()) == 0);
        CHECK(shots::shows_something(picture("plan-page-1")));
    }

    TEST_CASE("convert to unicode") {
        windowed();
        CalcDocument doc(stored("tcvn3.ods",
                                [](CalcDocument& d) {
                                    legacy::fill(d);
                                    fit_columns(d, 2);
                                }),
                         CalcDocument::Shown{});
        const auto calc = show(doc);
        shot(calc, "convert-unicode-before");
        select(doc, 0, "A1:A4");
        {
            DialogSession dialog(doc, "vnd.vnplan:ConvertUnicode");
            dialog.press(say("Cả sổ tính (mọi trang, ghi chú và tên trang)",
                             "The whole workbook (every sheet, comment and sheet name)"));
            shots::settle();
            shot(shots::wait_dialog(), "convert-unicode");
            dialog.press(say("Chuyển mã", "Convert"));
            CHECK(dialog.shows(say("Đã chuyển", "Converted ")));
            dialog.press(say("Đóng", "Close"));
            dialog.wait_closed();
        }
        select(doc, 0, "A3"); // the input line shows the converted text
        shots::settle();
        shot(calc, "convert-unicode-after");
    }

    TEST_CASE("export appendix") {
        windowed();
        if (!in_menu("vnd.vnplan:AppendixExport")) {
            MESSAGE("this build has no vnd.vnplan:AppendixExport: no picture of it");
            return;
        }
        CalcDocument doc(examples + "khen-thuong-143.ods", CalcDocument::Shown{});
        show(doc);
        select(doc, 0, "A1:E53");
        DialogSession dialog(doc, "vnd.vnplan:AppendixExport");
        shot(shots::wait_dialog(), "appendix-export");
    }

    TEST_CASE("options page") {
        windowed();
        CalcDocument doc(examples + "khen-thuong-143.ods", CalcDocument::Shown{});
        show(doc);
        // The page's address as the Options dialog knows it: the registered one, expanded.
        rtl::OUString page;
        configuration("/org.openoffice.Office.OptionsDialog/Nodes/Calc/Leaves/org.vnplan.options")
            ->getByName("OptionsPage") >>= page;
        const rtl::OUString expand = "vnd.sun.star.expand:";
        if (page.startsWith(expand))
            page = css::util::theMacroExpander::get(test::office().context())
                       ->expandMacros(rtl::Uri::decode(page.copy(expand.getLength()),
                                                       rtl_UriDecodeWithCharset,
                                                       RTL_TEXTENCODING_UTF8));
        Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "OptionsPageURL";
        args[0].Value <<= page;
        Command command(doc, ".uno:OptionsTreeDialog", args);
        const auto dialog = shots::wait_dialog();
        REQUIRE(dialog.is());
        shots::settle(std::chrono::milliseconds(2500));
        shot(dialog, "options");
        command.close(dialog);
    }

    TEST_CASE("a function in a cell and the Function Wizard") {
        windowed();
        CalcDocument doc(stored("ham.ods",
                                [](CalcDocument& d) {
                                    d.text("A1", say("Số tiền", "Amount"));
                                    d.formula("B1", "1250000");
                                    d.text("A2", say("Bằng chữ", "In words"));
                                    d.formula("B2", "=VNMONEY(B1)");
                                }),
                         CalcDocument::Shown{});
        const auto calc = show(doc);
        select(doc, 0, "B2");
        shots::settle();
        shot(calc, "function-cell");
        Command command(doc, ".uno:FunctionDialog");
        const auto wizard = shots::wait_dialog();
        REQUIRE(wizard.is());
        shots::settle(std::chrono::milliseconds(2500));
        shot(wizard, "function-wizard");
        // Cancel, not Escape: a key posted to the wizard ended the office.
        CHECK(press_button(wizard, {"Cancel", "Hủy bỏ", "Hủy", "Thôi"}));
        shots::settle();
    }
}
