#include "support/run.hpp"

#include "office/common/documents.hpp"
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

RunResult run(const std::string& program, const std::vector<std::string>& args) {
    std::vector<rtl::OUString> strings;
    for (const auto& a : args)
        strings.push_back(office::to_ou(a));
    std::vector<rtl_uString*> handles;
    for (auto& s : strings)
        handles.push_back(s.pData);
    const rtl::OUString image = office::to_ou(office::file_url(program));
    oslProcess process = nullptr;
    oslFileHandle in = nullptr, out = nullptr, err = nullptr;
    if (osl_executeProcess_WithRedirectedIO(image.pData, handles.data(),
                                            static_cast<sal_uInt32>(handles.size()),
                                            osl_Process_NORMAL, nullptr, nullptr, nullptr, 0,
                                            &process, &in, &out, &err) != osl_Process_E_None)
        throw std::runtime_error("cannot run " + program);
    if (in) osl_closeFile(in);
    RunResult result;
    std::thread errors([&] { result.err = err ? drain(err) : std::string(); });
    result.out = out ? drain(out) : std::string();
    errors.join();
    osl_joinProcess(process);
    oslProcessInfo info;
    info.Size = sizeof info;
    osl_getProcessInfo(process, osl_Process_EXITCODE, &info);
    result.exit_code = static_cast<int>(info.Code);
    osl_freeProcessHandle(process);
    return result;
}

} // namespace vnplan::test
