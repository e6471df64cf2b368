// Runs a vnplan menu command in a windowed office and works its dialog as a clerk does: the
// controls are found by the labels a screen reader announces (LibreOffice's accessibility
// tree), filled and pressed there. LibreOffice 7.4's UI-test service cannot do it: controls
// of dialogs loaded from .xdl get no UI-test id. A dialog that hangs fails the test: after
// the timeout the office is ended, and every call into it fails.
#pragma once

#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace vnplan::test {

// Makes the office a windowed one (English interface unless told) for the dialog tests.
inline void use_windowed_office(const std::string& ui_locale = "en-US") {
    office(OfficeSettings{true, ui_locale});
}

class DialogSession {
public:
    // Dispatches `command` ("vnd.vnplan:Allocate") in `doc`'s frame on its own thread (a
    // modal dialog blocks the dispatch) and waits for the dialog or message box it shows.
    DialogSession(CalcDocument& doc, const std::string& command,
                  std::chrono::seconds timeout = std::chrono::seconds(60));
    // The same with the command's arguments (".uno:OptionsTreeDialog" and its page).
    DialogSession(CalcDocument& doc, const std::string& command,
                  const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                  std::chrono::seconds timeout = std::chrono::seconds(60));
    ~DialogSession(); // presses "Close" if the dialog is still open, waits for the command
    DialogSession(const DialogSession&) = delete;
    DialogSession& operator=(const DialogSession&) = delete;

    std::string title() const;
    // Every text the window shows: labels, message text, list entries, field contents.
    std::vector<std::string> texts() const;
    // Whether some text of texts() contains `text` (waiting up to 20 s for it to appear).
    bool shows(const std::string& text) const;

    void type(const std::string& field, const std::string& text); // field by its label
    void set_number(const std::string& field, double value);      // a numeric field
    void press(const std::string& button); // a button, check box or option button by its label
    void set_checked(const std::string& box, bool checked); // a check box by its label
    // Waits (within the timeout) until the window is gone and the command has returned.
    void wait_closed();

    // A button whose action opens another modal window (a picker): pressed from a thread of
    // its own, since the press may only return when that window closes.
    void press_later(const std::string& button);
    // The push button right beside the text field labelled `field` ("..." or a range button).
    void press_beside(const std::string& field, bool later = false);
    // The text a text field labelled `field` shows.
    std::string field_text(const std::string& field) const;
    // The entry selected in the list box labelled `list`.
    std::string selected(const std::string& list) const;
    // Where the dialog is on the screen.
    css::awt::Rectangle bounds() const;

    // Another window shown over or instead of the dialog (a picker, Calc's range selection):
    // waits for it and returns its title; then it can be pressed and waited for.
    std::string wait_other();
    void press_in_other(const std::string& button);
    void wait_other_closed();
    // Brings it to the front (Xvfb has no window manager to keep a tool window on top).
    void raise_other();
    css::awt::Rectangle other_bounds() const;

    // The dialog hidden for a range selection (the menu command has then returned), and
    // shown again after it; closing it still ends the session.
    void wait_hidden();
    void wait_shown();
    // True once the dialog is shown again, false when `seconds` pass first.
    bool shown_within(int seconds) const;

private:
    css::uno::Reference<css::accessibility::XAccessibleContext> find(const std::string& name,
                                                                     short role) const;
    bool visible() const;
    // Closes what is open and joins the threads; false when the office had to be ended.
    bool finish() noexcept;
    std::string command_;
    std::chrono::steady_clock::time_point deadline_;
    std::atomic<bool> returned_{false};
    std::string failure_;
    std::thread thread_;
    std::thread watchdog_;
    std::atomic<bool> over_{false};
    css::uno::Reference<css::accessibility::XAccessibleContext> window_;
    css::uno::Reference<css::awt::XWindow> peer_;
    css::uno::Reference<css::accessibility::XAccessibleContext> other_;
    bool hidden_once_ = false; // shown again after a range selection, outside the command
    std::vector<std::thread> presses_;
};

// Drags the mouse over `doc`'s cells from `from` to `to` ("B2", "B4") on the active sheet,
// as a clerk does: VCL mouse events posted to the document's window at the cells' places on
// screen (from the sheet's accessible table). Without `release` the button stays down.
void drag_cells(CalcDocument& doc, const std::string& from, const std::string& to,
                bool release = true);
// Lets the mouse button go where the last drag_cells (without release) ended.
void release_mouse();
// A copy of examples/<example> in this test program's folder, named `name`: a visible
// document leaves a lock file beside it, and the tests store what they change.
std::filesystem::path example_copy(const std::string& example, const std::string& name);
// A stored workbook `name` with `weights` in B2 down.
std::filesystem::path weights_workbook(const std::string& name,
                                       std::initializer_list<double> weights);

// Puts `doc`'s window over the whole screen.
void fill_screen(CalcDocument& doc);

// The titles of the items of the menu `menu` in `doc`'s menu bar, as shown.
std::vector<std::string> menu_items(CalcDocument& doc, const std::string& menu);

} // namespace vnplan::test
