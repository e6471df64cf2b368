// Runs a vnplan menu command in a windowed office and works its dialog as a clerk does: the
// controls are found by the labels a screen reader announces (LibreOffice's accessibility
// tree), filled and pressed there. LibreOffice 7.4's UI-test service cannot do it: controls
// of dialogs loaded from .xdl get no UI-test id. A dialog that hangs fails the test: after
// the timeout the office is ended, and every call into it fails.
#pragma once

#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <atomic>
#include <chrono>
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

private:
    css::uno::Reference<css::accessibility::XAccessibleContext> find(const std::string& name,
                                                                     short role) const;
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
};

// The titles of the items of the menu `menu` in `doc`'s menu bar, as shown.
std::vector<std::string> menu_items(CalcDocument& doc, const std::string& menu);

} // namespace vnplan::test
