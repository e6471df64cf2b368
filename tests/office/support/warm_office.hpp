// One warm office (`vnplan office start`) shared by every vnplan run of a suite that runs the
// CLI many times: the runs then cost their work, not a LibreOffice start each (about 5 s on
// the CI machine). Its runtime folder is private to this test program, so no other vnplan on
// the machine finds it; it is stopped when the program exits. The cold path (each command
// with its own office) keeps its own suites: cli.generate, cli.faults, cli.files, cli.pool.
#pragma once

namespace vnplan::test {

// Starts the shared warm office on the first call (later calls only make sure the runs will
// find it); REQUIREs that it started.
void use_warm_office();

} // namespace vnplan::test
