#include "cli/cli.hpp"

#include <iostream>

namespace vnplan::cli {

void complain(const Context& context, const Message& message) {
    std::cerr << "vnplan: " << message.in(context.lang) << '\n';
}

namespace {
std::unique_ptr<office::OfficeProcess> running;
}

void stop_office() noexcept {
    running.reset();
}

office::OfficeProcess& office(const Context& context) {
    if (!running) {
        office::OfficeOptions options;
        options.soffice = context.soffice;
        running = office::OfficeProcess::start(options);
    }
    return *running;
}

} // namespace vnplan::cli
