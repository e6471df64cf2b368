// A virtual X display (Debian's Xvfb) for the tests that need a windowed office: dialogs only
// run their logic when execute() really shows them, which a headless office never does.
#pragma once

#include <memory>
#include <string>

namespace vnplan::test {

class VirtualDisplay {
public:
    // Starts Xvfb on the first free display number from 90; throws std::runtime_error with
    // the reason (Xvfb missing: build/install-deps.sh installs it).
    static std::unique_ptr<VirtualDisplay> start();
    ~VirtualDisplay(); // stops the server it started
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

    const std::string& name() const { return name_; } // ":93"

private:
    VirtualDisplay() = default;
    struct Process;
    std::unique_ptr<Process> process_;
    std::string name_;
};

} // namespace vnplan::test
