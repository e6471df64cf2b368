#include "support/office_fixture.hpp"

#include <cstdlib>
#include <iostream>
#include <memory>

namespace vnplan::test {

namespace {
std::unique_ptr<office::OfficeProcess> running;
}

office::OfficeProcess& office() {
    if (!running) {
        running = office::OfficeProcess::start();
        running->install_extension(VNPLAN_TEST_OXT);
    }
    return *running;
}

void stop_office() noexcept {
    running.reset();
}

} // namespace vnplan::test
