#include "office/common/processes.hpp"

#include "office/common/ustring.hpp"

#include <mutex>

namespace vnplan::office {

ProcessArguments::ProcessArguments(const std::vector<std::string>& args) {
    for (const auto& a : args)
        strings_.push_back(to_ou(a));
    for (auto& s : strings_) // after the last push_back: the handles stay valid
        handles_.push_back(s.pData);
}

oslProcessError execute_process(const rtl::OUString& image, ProcessArguments& arguments,
                                oslProcessOption options, oslProcess* process, oslFileHandle* in,
                                oslFileHandle* out, oslFileHandle* err) {
    static std::mutex starting;
    const std::lock_guard<std::mutex> lock(starting);
    return osl_executeProcess_WithRedirectedIO(image.pData, arguments.data(), arguments.size(),
                                               options & ~osl_Process_WAIT, nullptr, nullptr,
                                               nullptr, 0, process, in, out, err);
}

} // namespace vnplan::office
