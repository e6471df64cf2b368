// Starting programs (offices, pdfunite, vnplan's own watcher) from any thread, safely.
#pragma once

#include <osl/file.h>
#include <osl/process.h>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace vnplan::office {

// A program's arguments as osl_executeProcess takes them (the strings and their handles).
class ProcessArguments {
public:
    explicit ProcessArguments(const std::vector<std::string>& args);
    rtl_uString** data() { return handles_.data(); }
    sal_uInt32 size() const { return static_cast<sal_uInt32>(handles_.size()); }

private:
    std::vector<rtl::OUString> strings_;
    std::vector<rtl_uString*> handles_;
};

// osl_executeProcess_WithRedirectedIO (in, out, err may be null), one start at a time in this
// process: LibreOffice's sal makes its status socket close-on-exec only after creating it, so
// a program another thread starts meanwhile inherits it, and this start then waits until that
// program (an office) exits: two offices started at once could wait for each other forever.
// Without osl_Process_WAIT (join the process after): a long run would hold up other starts.
oslProcessError execute_process(const rtl::OUString& image, ProcessArguments& arguments,
                                oslProcessOption options, oslProcess* process,
                                oslFileHandle* in = nullptr, oslFileHandle* out = nullptr,
                                oslFileHandle* err = nullptr);

} // namespace vnplan::office
