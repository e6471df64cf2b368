// Running a program (the vnplan CLI) and capturing its exit code and output, portably.
#pragma once

#include <string>
#include <vector>

namespace vnplan::test {

struct RunResult {
    int exit_code = -1;
    std::string out, err;
};

// exit_code -2 (and a line in err) when the program had not ended after `timeout_seconds`
// and was killed.
RunResult run(const std::string& program, const std::vector<std::string>& args,
              int timeout_seconds = 300);

// The freshly built vnplan.
inline RunResult run_vnplan(const std::vector<std::string>& args) {
    return run(VNPLAN_CLI, args);
}

} // namespace vnplan::test
