# Run after every build of vnplan_office_tests (cmake -P): asks the binary for its doctest
# suites and writes one ctest entry per suite into SUITES_FILE, which ctest includes. So
# every TEST_SUITE(...) in tests/office gets its own test (and its own office): none can be
# left out of a hand-kept list. Suites run side by side (ctest -j): each has its own office,
# profile, temporary folder, X display and runtime folder, and none installs anything on the
# machine (the package suite unpacks into a temporary root).
#   -D TEST_BINARY=... -D SUITES_FILE=...
execute_process(COMMAND "${TEST_BINARY}" --list-test-suites
  OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${TEST_BINARY} --list-test-suites failed (${rc}):\n${listing}")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(out "# Written by tests/office/register_suites.cmake; do not edit.\n")
set(count 0)
foreach(line IN LISTS lines)
  string(STRIP "${line}" suite)
  if(suite STREQUAL "" OR suite MATCHES "^\\[doctest\\]" OR suite MATCHES "^===")
    continue()
  endif()
  if(NOT suite MATCHES "^[A-Za-z0-9_.-]+$")
    message(FATAL_ERROR "office test suite name '${suite}': use letters, digits, '.', '_', '-'")
  endif()
  string(APPEND out "add_test(\"office: ${suite}\" \"${TEST_BINARY}\" \"--test-suite=${suite}\")\n"
    "set_tests_properties(\"office: ${suite}\" PROPERTIES TIMEOUT 600)\n")
  math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "${TEST_BINARY} lists no test suite:\n${listing}")
endif()
file(WRITE "${SUITES_FILE}.tmp" "${out}")
file(COPY_FILE "${SUITES_FILE}.tmp" "${SUITES_FILE}" ONLY_IF_DIFFERENT)
file(REMOVE "${SUITES_FILE}.tmp")
