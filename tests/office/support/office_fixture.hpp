// One real headless LibreOffice per test program: a throwaway profile with the freshly
// built vnplan.oxt installed, started on first use and stopped when the program ends.
#pragma once

#include "office/common/office_process.hpp"

namespace vnplan::test {

office::OfficeProcess& office();
void stop_office() noexcept;

} // namespace vnplan::test
