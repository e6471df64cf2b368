#include "support/run.hpp"

#include "office/common/documents.hpp"
#include "office/common/processes.hpp"
#include "office/common/ustring.hpp"

#include <osl/file.h>
#include <osl/process.h>

#include <stdexcept>
#include <thread>

namespace vnplan::test {

namespace {

std::string drain(oslFileHandle handle) {
    std::string text;
    char buffer[4096];
    for (;;) {
        sal_uInt64 got = 0;
        if (osl_readFile(handle, buffer, sizeof buffer, &got) != osl_File_E_None || got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
    }
    osl_closeFile(handle);
    return text;
}

} // namespace

RunResult run(const std::string& program, const std::vector<std::string>& args,
              int timeout_seconds) {
    office::ProcessArguments arguments(args);
    oslProcess process = nullptr;
    oslFileHandle in = nullptr, out = nullptr, err = nullptr;
    if (office::execute_process(office::to_ou(office::file_url(program)), arguments,
                                osl_Process_NORMAL, &process, &in, &out,
                                &err) != osl_Process_E_None)
        throw std::runtime_error("cannot run " + program);
    if (in) osl_closeFile(in);
    RunResult result;
    std::thread errors([&] { result.err = err ? drain(err) : std::string(); });
    std::thread output([&] { result.out = out ? drain(out) : std::string(); });
    // A hung run ends here as a failure that says so, not in ctest's timeout of the whole suite.
    TimeValue wait{static_cast<sal_uInt32>(timeout_seconds), 0};
    const bool timed_out = osl_joinProcessWithTimeout(process, &wait) != osl_Process_E_None;
    if (timed_out) {
        osl_terminateProcess(process);
        osl_joinProcess(process);
    }
    output.join();
    errors.join();
    oslProcessInfo info;
    info.Size = sizeof info;
    osl_getProcessInfo(process, osl_Process_EXITCODE, &info);
    result.exit_code = timed_out ? -2 : static_cast<int>(info.Code);
    if (timed_out)
        result.err += "\n[test] " + program + " did not end within " +
                      std::to_string(timeout_seconds) + " s: killed\n";
    osl_freeProcessHandle(process);
    return result;
}

} // namespace vnplan::test
