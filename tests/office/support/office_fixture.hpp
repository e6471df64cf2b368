// One real LibreOffice per test program: a throwaway profile with the freshly built
// vnplan.oxt installed and its interface language pinned, started on first use and stopped
// when the program ends. Headless unless a test asks for windows (the ui suites: dialogs
// only run when they are really shown), then on a virtual display (Xvfb) started here.
#pragma once

#include "office/common/office_process.hpp"

#include <string>

namespace vnplan::test {

struct OfficeSettings {
    bool windowed = false;
    std::string ui_locale = "en-US"; // the interface language ("vi" for Vietnamese)
    bool operator==(const OfficeSettings&) const = default;
};

// The running office, else a headless one in English.
office::OfficeProcess& office();
// An office with `settings`: the running one if it has them, else a new one replacing it.
office::OfficeProcess& office(const OfficeSettings& settings);
void stop_office() noexcept;

// Ends the running office at once (a hung dialog): every call into it then fails.
void kill_office() noexcept;

} // namespace vnplan::test
