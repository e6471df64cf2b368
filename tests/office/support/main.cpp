#define DOCTEST_CONFIG_IMPLEMENT
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <exception>
#include <iostream>

namespace {
// doctest returns 0 when a filter matches no test case; a ctest entry whose suite was renamed
// away must fail instead, so this listener counts the test cases that were run.
int cases_run = -1; // -1: no test run (--list-test-suites, --help)

struct RunCounter : doctest::IReporter {
    explicit RunCounter(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats& stats) override {
        cases_run = static_cast<int>(stats.numTestCasesPassingFilters);
    }
    void test_case_start(const doctest::TestCaseData&) override {}
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("run_counter", 1, RunCounter);
} // namespace

int main(int argc, char** argv) {
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN); // an office killed by a test must not take the runner with it
#endif
    doctest::Context context(argc, argv);
    int result = 1;
    try {
        result = context.run();
    } catch (const std::exception& e) {
        std::cerr << "office tests: " << e.what() << '\n';
    }
    if (result == 0 && cases_run == 0 && !context.shouldExit()) {
        std::cerr << "office tests: no test case matches the filters given\n";
        result = 1;
    }
    vnplan::test::stop_office();
    std::error_code ec;
    std::filesystem::remove_all(vnplan::test::temp_dir(), ec);
    return result;
}

#include "office/common/ustring.hpp"

#include <com/sun/star/uno/Exception.hpp>

REGISTER_EXCEPTION_TRANSLATOR(const com::sun::star::uno::Exception& e) {
    return doctest::String(("UNO exception: " + vnplan::office::to_utf8(e.Message)).c_str());
}
