#include "support/ui_driver.hpp"

#include "office/common/ustring.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleEditableText.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/accessibility/XAccessibleTable.hpp>
#include <com/sun/star/accessibility/XAccessibleText.hpp>
#include <com/sun/star/accessibility/XAccessibleValue.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/MouseEvent.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XToolkitRobot.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <mutex>

namespace vnplan::test {

namespace a11y = css::accessibility;
using office::to_ou;
using office::to_utf8;
using Context = Reference<a11y::XAccessibleContext>;

namespace {

constexpr auto poll = std::chrono::milliseconds(100);

// Depth-first over a window's accessible tree (a dialog is three levels deep at most, a
// frame's menu bar a few more); `visit` returns true to stop.
bool walk(const Context& context, const std::function<bool(const Context&)>& visit, int depth = 0) {
    if (!context.is()) return false;
    if (visit(context)) return true;
    const auto count = static_cast<sal_Int32>(context->getAccessibleChildCount());
    // Never into a document view: a sheet lists every visible cell, one call each.
    if (depth > 6 || count > 200) return false;
    for (sal_Int32 i = 0; i < count; ++i) {
        auto child = context->getAccessibleChild(i);
        if (child.is() && walk(child->getAccessibleContext(), visit, depth + 1)) return true;
    }
    return false;
}

// The office's top windows that are dialogs or message boxes. XExtendedToolkit's listing is
// deprecated but is the only API that reaches a window no document owns.
struct OpenDialog {
    Context context;
    Reference<css::awt::XWindow> window;
};
std::vector<OpenDialog> open_dialogs() {
    Reference<css::awt::XExtendedToolkit> toolkit(css::awt::Toolkit::create(office().context()),
                                                  UNO_QUERY_THROW);
    std::vector<OpenDialog> found;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const sal_Int32 count = toolkit->getTopWindowCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        Reference<css::awt::XWindow> window(toolkit->getTopWindow(i), UNO_QUERY);
#pragma GCC diagnostic pop
        Reference<a11y::XAccessible> accessible(window, UNO_QUERY);
        if (!accessible.is()) continue;
        auto context = accessible->getAccessibleContext();
        if (!context.is()) continue;
        const auto role = context->getAccessibleRole();
        // A dialog still being built (no controls yet, on a loaded machine) is not yet found.
        if ((role == a11y::AccessibleRole::DIALOG || role == a11y::AccessibleRole::ALERT) &&
            context->getAccessibleChildCount() > 0)
            found.push_back({context, window});
    }
    return found;
}

} // namespace

DialogSession::DialogSession(CalcDocument& doc, const std::string& command,
                             std::chrono::seconds timeout)
    : DialogSession(doc, command, {}, timeout) {}

DialogSession::DialogSession(CalcDocument& doc, const std::string& command,
                             const Sequence<css::beans::PropertyValue>& arguments,
                             std::chrono::seconds timeout)
    : command_(command), deadline_(std::chrono::steady_clock::now() + timeout) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(),
                                                   UNO_QUERY_THROW);
    css::util::URL url;
    url.Complete = to_ou(command);
    css::util::URLTransformer::create(office().context())->parseStrict(url);
    // The command must be handled: the menu entry of a command nobody handles does nothing.
    auto dispatch = frame->queryDispatch(url, "", 0);
    REQUIRE_MESSAGE(dispatch.is(), "nothing handles " << command);
    if (!open_dialogs().empty()) FAIL("a dialog is already open before " << command);

    watchdog_ = std::thread([this] {
        while (!over_ && std::chrono::steady_clock::now() < deadline_)
            std::this_thread::sleep_for(poll);
        if (over_) return;
        std::cerr << command_ << ": no answer within the timeout; ending the office\n";
        kill_office();
    });
    thread_ = std::thread([this, dispatch, url, arguments] {
        try {
            dispatch->dispatch(url, arguments);
        } catch (const css::uno::Exception& e) {
            failure_ = to_utf8(e.Message);
        }
        returned_ = true;
    });
    while (std::chrono::steady_clock::now() < deadline_) {
        const auto dialogs = open_dialogs();
        if (!dialogs.empty()) {
            window_ = dialogs.back().context;
            peer_ = dialogs.back().window;
            return;
        }
        // A command that returns without showing anything has no working dialog.
        if (returned_) break;
        std::this_thread::sleep_for(poll);
    }
    const bool returned = returned_;
    finish();
    FAIL(command << (returned ? " returned without showing a dialog " + failure_
                              : " showed no dialog in time"));
}

DialogSession::~DialogSession() {
    const bool hung = !finish();
    if (hung && std::uncaught_exceptions() == 0)
        FAIL_CHECK(command_ << " hung: its window did not close; the office was ended");
}

bool DialogSession::finish() noexcept {
    if (!thread_.joinable()) return true;
    try {
        // Shown again after a range selection: the command has returned, the dialog is open.
        const bool reopened = hidden_once_ && visible();
        if ((!returned_ || reopened) && window_.is()) {
            for (const char* close : {"Close", "Đóng", "OK"})
                if (auto button = find(close, a11y::AccessibleRole::PUSH_BUTTON); button.is()) {
                    Reference<a11y::XAccessibleAction>(button, UNO_QUERY_THROW)
                        ->doAccessibleAction(0);
                    break;
                }
        }
    } catch (...) {
    }
    while (!returned_ && std::chrono::steady_clock::now() < deadline_)
        std::this_thread::sleep_for(poll);
    if (hidden_once_)
        while (visible() && std::chrono::steady_clock::now() < deadline_)
            std::this_thread::sleep_for(poll);
    const bool closed = returned_ && !(hidden_once_ && visible());
    if (!closed) kill_office(); // the thread's call then fails and returns
    for (auto& press : presses_)
        press.join();
    presses_.clear();
    thread_.join();
    over_ = true;
    watchdog_.join();
    return closed;
}

std::string DialogSession::title() const {
    return to_utf8(window_->getAccessibleName());
}

std::vector<std::string> DialogSession::texts() const {
    std::vector<std::string> out;
    walk(window_, [&](const Context& c) {
        const auto name = to_utf8(c->getAccessibleName());
        if (!name.empty()) out.push_back(name);
        Reference<a11y::XAccessibleText> text(c, UNO_QUERY);
        if (text.is() && !text->getText().isEmpty() && text->getText() != c->getAccessibleName())
            out.push_back(to_utf8(text->getText()));
        return false;
    });
    return out;
}

bool DialogSession::shows(const std::string& text) const {
    // A pressed button's action runs in the office's main loop after the press returns.
    const auto until =
        std::min(deadline_, std::chrono::steady_clock::now() + std::chrono::seconds(20));
    std::vector<std::string> shown;
    for (;;) {
        shown = texts();
        for (const auto& t : shown)
            if (t.find(text) != std::string::npos) return true;
        if (std::chrono::steady_clock::now() >= until) break;
        std::this_thread::sleep_for(poll);
    }
    std::string all;
    for (const auto& t : shown)
        all += "\n  [" + t + "]";
    MESSAGE(title() << " shows:" << all);
    return false;
}

Context DialogSession::find(const std::string& name, short role) const {
    Context found;
    walk(window_, [&](const Context& c) {
        if (c->getAccessibleRole() != role || to_utf8(c->getAccessibleName()) != name) return false;
        found = c;
        return true;
    });
    return found;
}

void DialogSession::type(const std::string& field, const std::string& text) {
    Reference<a11y::XAccessibleEditableText> edit(find(field, a11y::AccessibleRole::TEXT),
                                                  UNO_QUERY);
    REQUIRE_MESSAGE(edit.is(), "no text field labelled \"" << field << "\"");
    REQUIRE(edit->setText(to_ou(text)));
}

void DialogSession::set_number(const std::string& field, double value) {
    auto spin = find(field, a11y::AccessibleRole::SPIN_BOX);
    REQUIRE_MESSAGE(spin.is(), "no number field labelled \"" << field << "\"");
    Reference<a11y::XAccessibleValue> number(spin, UNO_QUERY);
    REQUIRE_MESSAGE(number.is(), "the field \"" << field << "\" takes no value");
    // Setting the value shows it without telling the dialog (its model keeps the old value);
    // one step up with the arrow key, as a clerk would, makes the field report the change.
    REQUIRE(number->setCurrentValue(Any(value - 1)));
    Reference<a11y::XAccessibleComponent>(spin, UNO_QUERY_THROW)->grabFocus();
    Reference<css::awt::XToolkitRobot> robot(css::awt::Toolkit::create(office().context()),
                                             UNO_QUERY_THROW);
    css::awt::KeyEvent key;
    key.Source = peer_;
    key.KeyCode = css::awt::Key::UP;
    robot->keyPress(key);
    robot->keyRelease(key);
    double shown = value - 1;
    while (shown != value && std::chrono::steady_clock::now() < deadline_) {
        std::this_thread::sleep_for(poll);
        number->getCurrentValue() >>= shown;
    }
    REQUIRE_MESSAGE(shown == value, "the field \"" << field << "\" did not take " << value);
}

void DialogSession::press(const std::string& button) {
    auto control = find(button, a11y::AccessibleRole::PUSH_BUTTON);
    if (!control.is()) control = find(button, a11y::AccessibleRole::CHECK_BOX);
    if (!control.is()) control = find(button, a11y::AccessibleRole::RADIO_BUTTON);
    REQUIRE_MESSAGE(control.is(),
                    "no button, check box or option button labelled \"" << button << "\"");
    REQUIRE(Reference<a11y::XAccessibleAction>(control, UNO_QUERY_THROW)->doAccessibleAction(0));
}

void DialogSession::set_checked(const std::string& box, bool checked) {
    auto control = find(box, a11y::AccessibleRole::CHECK_BOX);
    REQUIRE_MESSAGE(control.is(), "no check box labelled \"" << box << "\"");
    const auto is_checked = [&] {
        return control->getAccessibleStateSet()->contains(a11y::AccessibleStateType::CHECKED);
    };
    if (is_checked() != checked)
        Reference<a11y::XAccessibleAction>(control, UNO_QUERY_THROW)->doAccessibleAction(0);
    const auto until =
        std::min(deadline_, std::chrono::steady_clock::now() + std::chrono::seconds(20));
    while (is_checked() != checked && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(poll);
    REQUIRE_MESSAGE(is_checked() == checked, "the check box \"" << box << "\" did not change");
}

void DialogSession::wait_closed() {
    while (!returned_ && std::chrono::steady_clock::now() < deadline_)
        std::this_thread::sleep_for(poll);
    REQUIRE_MESSAGE(returned_, command_ << " did not return after its dialog closed");
    // A dialog shown again after a range selection closes in the office's own time.
    while (!open_dialogs().empty() && std::chrono::steady_clock::now() < deadline_)
        std::this_thread::sleep_for(poll);
    CHECK(open_dialogs().empty());
}

bool DialogSession::visible() const {
    try {
        Reference<css::awt::XWindow2> window(peer_, UNO_QUERY);
        return window.is() && window->isVisible();
    } catch (...) {
        return false; // disposed
    }
}

void DialogSession::press_later(const std::string& button) {
    auto control = find(button, a11y::AccessibleRole::PUSH_BUTTON);
    REQUIRE_MESSAGE(control.is(), "no button labelled \"" << button << "\"");
    presses_.emplace_back([control] {
        try {
            Reference<a11y::XAccessibleAction>(control, UNO_QUERY_THROW)->doAccessibleAction(0);
        } catch (...) {
        }
    });
}

void DialogSession::press_beside(const std::string& field, bool later) {
    Reference<a11y::XAccessibleComponent> edit(find(field, a11y::AccessibleRole::TEXT), UNO_QUERY);
    REQUIRE_MESSAGE(edit.is(), "no text field labelled \"" << field << "\"");
    const auto at = edit->getLocationOnScreen();
    const auto size = edit->getSize();
    Context button;
    int nearest = 0;
    walk(window_, [&](const Context& c) {
        if (c->getAccessibleRole() != a11y::AccessibleRole::PUSH_BUTTON) return false;
        Reference<a11y::XAccessibleComponent> b(c, UNO_QUERY);
        if (!b.is()) return false;
        const auto p = b->getLocationOnScreen();
        const int gap = p.X - (at.X + size.Width);
        // On the field's line, right of it.
        if (gap < 0 || std::abs(p.Y - at.Y) > size.Height / 2) return false;
        if (!button.is() || gap < nearest) {
            button = c;
            nearest = gap;
        }
        return false;
    });
    REQUIRE_MESSAGE(button.is(), "no button beside the field \"" << field << "\"");
    if (later) {
        presses_.emplace_back([button] {
            try {
                Reference<a11y::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0);
            } catch (...) {
            }
        });
        return;
    }
    REQUIRE(Reference<a11y::XAccessibleAction>(button, UNO_QUERY_THROW)->doAccessibleAction(0));
}

std::string DialogSession::field_text(const std::string& field) const {
    Reference<a11y::XAccessibleText> text(find(field, a11y::AccessibleRole::TEXT), UNO_QUERY);
    REQUIRE_MESSAGE(text.is(), "no text field labelled \"" << field << "\"");
    return to_utf8(text->getText());
}

std::string DialogSession::selected(const std::string& list) const {
    auto box = find(list, a11y::AccessibleRole::COMBO_BOX);
    if (!box.is()) box = find(list, a11y::AccessibleRole::LIST);
    REQUIRE_MESSAGE(box.is(), "no list labelled \"" << list << "\"");
    std::string found;
    walk(box, [&](const Context& c) {
        if (c->getAccessibleRole() != a11y::AccessibleRole::LIST_ITEM) return false;
        if (!c->getAccessibleStateSet()->contains(a11y::AccessibleStateType::SELECTED))
            return false;
        found = to_utf8(c->getAccessibleName());
        return true;
    });
    return found;
}

namespace {
css::awt::Rectangle screen_bounds(const Context& context) {
    Reference<a11y::XAccessibleComponent> component(context, UNO_QUERY_THROW);
    const auto at = component->getLocationOnScreen();
    const auto size = component->getSize();
    return {at.X, at.Y, size.Width, size.Height};
}

bool shown(const OpenDialog& dialog) {
    Reference<css::awt::XWindow2> window(dialog.window, UNO_QUERY);
    return window.is() && window->isVisible();
}
} // namespace

css::awt::Rectangle DialogSession::bounds() const {
    return screen_bounds(window_);
}

std::string DialogSession::wait_other() {
    other_.clear();
    while (std::chrono::steady_clock::now() < deadline_) {
        for (const auto& dialog : open_dialogs())
            if (dialog.context != window_ && shown(dialog)) {
                other_ = dialog.context;
                return to_utf8(other_->getAccessibleName());
            }
        std::this_thread::sleep_for(poll);
    }
    FAIL("no other window appeared over " << title());
    return {};
}

void DialogSession::press_in_other(const std::string& button) {
    REQUIRE(other_.is());
    Context found;
    walk(other_, [&](const Context& c) {
        if (c->getAccessibleRole() != a11y::AccessibleRole::PUSH_BUTTON ||
            to_utf8(c->getAccessibleName()) != button)
            return false;
        found = c;
        return true;
    });
    REQUIRE_MESSAGE(found.is(), "no button \"" << button << "\" in the other window");
    REQUIRE(Reference<a11y::XAccessibleAction>(found, UNO_QUERY_THROW)->doAccessibleAction(0));
}

void DialogSession::raise_other() {
    REQUIRE(other_.is());
    for (const auto& dialog : open_dialogs())
        if (dialog.context == other_)
            Reference<css::awt::XTopWindow>(dialog.window, UNO_QUERY_THROW)->toFront();
}

void DialogSession::wait_other_closed() {
    REQUIRE(other_.is());
    const auto still_open = [&] {
        for (const auto& dialog : open_dialogs())
            if (dialog.context == other_ && shown(dialog)) return true;
        return false;
    };
    while (still_open() && std::chrono::steady_clock::now() < deadline_)
        std::this_thread::sleep_for(poll);
    REQUIRE_MESSAGE(!still_open(), "the other window did not close");
    other_.clear();
}

css::awt::Rectangle DialogSession::other_bounds() const {
    REQUIRE(other_.is());
    return screen_bounds(other_);
}

void DialogSession::wait_hidden() {
    while (visible() && std::chrono::steady_clock::now() < deadline_)
        std::this_thread::sleep_for(poll);
    REQUIRE_MESSAGE(!visible(), title() << " stayed on screen");
    hidden_once_ = true;
}

bool DialogSession::shown_within(int seconds) const {
    const auto until =
        std::min(deadline_, std::chrono::steady_clock::now() + std::chrono::seconds(seconds));
    while (!visible() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(poll);
    return visible();
}

void DialogSession::wait_shown() {
    while (!visible() && std::chrono::steady_clock::now() < deadline_)
        std::this_thread::sleep_for(poll);
    REQUIRE_MESSAGE(visible(), command_ << "'s dialog did not come back");
}

namespace {
// "B4" -> column 1, row 3.
std::pair<sal_Int32, sal_Int32> cell_position(const std::string& cell) {
    sal_Int32 column = 0;
    std::size_t i = 0;
    for (; i < cell.size() && std::isalpha(static_cast<unsigned char>(cell[i])); ++i)
        column = column * 26 + (std::toupper(static_cast<unsigned char>(cell[i])) - 'A' + 1);
    return {column - 1, std::stoi(cell.substr(i)) - 1};
}

Reference<css::awt::XWindow> frame_window(CalcDocument& doc) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    return model->getCurrentController()->getFrame()->getContainerWindow();
}

// Where the cell's centre is in the document window, and that window.
std::pair<css::awt::Point, Reference<css::awt::XWindow>> cell_point(CalcDocument& doc,
                                                                    const std::string& cell) {
    const auto window = frame_window(doc);
    const Context frame =
        Reference<a11y::XAccessible>(window, UNO_QUERY_THROW)->getAccessibleContext();
    Context sheet;
    walk(frame, [&](const Context& c) {
        if (c->getAccessibleRole() != a11y::AccessibleRole::TABLE) return false;
        sheet = c;
        return true;
    });
    Reference<a11y::XAccessibleTable> table(sheet, UNO_QUERY);
    REQUIRE_MESSAGE(table.is(), "no sheet on screen");
    // Events go to the document's own window (below the menu bar, which the frame window's
    // accessible bounds include but VCL's event positions do not).
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    const auto view = model->getCurrentController()->getFrame()->getComponentWindow();
    const auto origin =
        Reference<a11y::XAccessibleComponent>(
            Reference<a11y::XAccessible>(view, UNO_QUERY_THROW)->getAccessibleContext(),
            UNO_QUERY_THROW)
            ->getLocationOnScreen();
    const auto [column, row] = cell_position(cell);
    const auto bounds =
        screen_bounds(table->getAccessibleCellAt(row, column)->getAccessibleContext());
    return {css::awt::Point{bounds.X + bounds.Width / 2 - origin.X,
                            bounds.Y + bounds.Height / 2 - origin.Y},
            view};
}

css::awt::MouseEvent left_button(const Reference<css::awt::XWindow>& window) {
    css::awt::MouseEvent event;
    event.Source = window;
    event.Buttons = css::awt::MouseButton::LEFT;
    event.ClickCount = 1;
    return event;
}

Reference<css::awt::XToolkitRobot> robot() {
    return Reference<css::awt::XToolkitRobot>(css::awt::Toolkit::create(office().context()),
                                              UNO_QUERY_THROW);
}
} // namespace

namespace {
css::awt::MouseEvent last_drag_end;
}

void drag_cells(CalcDocument& doc, const std::string& from, const std::string& to, bool release) {
    const auto [start, window] = cell_point(doc, from);
    const auto end = cell_point(doc, to).first;
    const auto robot = vnplan::test::robot();
    css::awt::MouseEvent event = left_button(window);
    {}
    const auto at = [&](const css::awt::Point& p) {
        event.X = p.X;
        event.Y = p.Y;
        return event;
    };
    robot->mouseMove(at(start));
    robot->mousePress(at(start));
    const int steps = 4; // through the cells between, as a hand moves
    for (int i = 1; i <= steps; ++i)
        robot->mouseMove(
            at({start.X + (end.X - start.X) * i / steps, start.Y + (end.Y - start.Y) * i / steps}));
    last_drag_end = at(end);
    if (!release) return;
    robot->mouseRelease(last_drag_end);
    last_drag_end = {};
}

void release_mouse() {
    // Where the last drag ended: nothing is asked of the office while the button is down.
    robot()->mouseMove(last_drag_end);
    robot()->mouseRelease(last_drag_end);
    last_drag_end = {}; // no office object may outlive the test program's bridge
}

std::filesystem::path example_copy(const std::string& example, const std::string& name) {
    const auto file = temp_dir() / name;
    std::filesystem::copy_file(std::filesystem::path(VNPLAN_SOURCE_DIR) / "examples" / example,
                               file, std::filesystem::copy_options::overwrite_existing);
    return file;
}

std::filesystem::path weights_workbook(const std::string& name,
                                       std::initializer_list<double> weights) {
    CalcDocument doc;
    int row = 2;
    for (double w : weights)
        doc.formula("B" + std::to_string(row++), std::to_string(w));
    const auto file = temp_dir() / name;
    doc.store(file);
    return file;
}

void fill_screen(CalcDocument& doc) {
    frame_window(doc)->setPosSize(0, 0, 1280, 1024, css::awt::PosSize::POSSIZE);
}

std::vector<std::string> menu_items(CalcDocument& doc, const std::string& menu) {
    Reference<css::frame::XModel> model(doc.component(), UNO_QUERY_THROW);
    Reference<a11y::XAccessible> window(
        model->getCurrentController()->getFrame()->getContainerWindow(), UNO_QUERY_THROW);
    std::vector<std::string> items;
    walk(window->getAccessibleContext(), [&](const Context& c) {
        if (c->getAccessibleRole() != a11y::AccessibleRole::MENU ||
            to_utf8(c->getAccessibleName()) != menu)
            return false;
        walk(c, [&](const Context& item) {
            if (item->getAccessibleRole() == a11y::AccessibleRole::MENU_ITEM)
                items.push_back(to_utf8(item->getAccessibleName()));
            return false;
        });
        return true;
    });
    return items;
}

} // namespace vnplan::test
