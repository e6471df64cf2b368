#!/bin/sh
# The checks after build/build.sh (which installs the packages): formatting, the core and its
# unit tests under AddressSanitizer + UndefinedBehaviorSanitizer, then every libFuzzer target of
# tests/fuzz for FUZZ_SECONDS each (default 10), on all cores; one build (out-fuzz/, clang 14).
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
seconds=${FUZZ_SECONDS:-10}
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# The ctest run before this one must have been the full build's: a build of out/ without the
# office has no office tests, and its passing ctest would prove nothing.
if ! grep -q '^VNPLAN_WITH_OFFICE:BOOL=ON$' out/CMakeCache.txt 2>/dev/null ||
  ! grep -q '^add_test("office: ' out/tests/office/office_suites.cmake 2>/dev/null; then
  echo "check: out/ is not a build with the office tests (run sh build/build.sh)" >&2
  exit 1
fi

# Formatting: every tracked C++ file as .clang-format says (clang-format 14, Debian's).
files=$(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find src tests bench examples -name '*.[ch]pp')
if ! echo "$files" | xargs clang-format --dry-run -Werror >/dev/null 2>&1; then
  echo "$files" | xargs clang-format --dry-run -Werror 2>&1 | grep "error:" | cut -d: -f1 | sort -u >&2
  echo "check: these files differ from .clang-format (run clang-format -i on them)" >&2
  exit 1
fi

# Pictures: every image README.md and docs/*.md show is in the tree (a guide once linked two
# that had never been taken).
missing=$(for md in README.md docs/*.md; do
  dir=$(dirname "$md")
  grep -o '!\[[^]]*\]([^)]*)' "$md" | sed 's/.*](//; s/)$//; s/ .*//' | grep -v '^https\?:' |
    while read -r picture; do [ -f "$dir/$picture" ] || echo "$md: $picture"; done
done)
if [ -n "$missing" ]; then
  echo "$missing" >&2
  echo "check: these pictures are missing (sh docs/take-screenshots.sh retakes the guide's)" >&2
  exit 1
fi

# One sanitizer build serves both: clang with AddressSanitizer + UndefinedBehaviorSanitizer
# everywhere (VNPLAN_FUZZ), -O1 without NDEBUG so that assertions stay on; the unit tests run
# under it, then each fuzz target. Line tables are all the sanitizers' reports need.
cmake -S . -B out-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DVNPLAN_WITH_OFFICE=OFF -DVNPLAN_FUZZ=ON >/dev/null
cmake --build out-fuzz -j"$jobs" --target vnplan_unit_tests vnplan_fuzz_targets
out-fuzz/bin/vnplan_unit_tests
ls tests/fuzz/fuzz_*.cpp | sed 's|.*/fuzz_||; s|\.cpp$||' |
  xargs -P "$jobs" -I{} sh tests/fuzz/run.sh {} "$seconds"
echo "check: sanitizers and fuzzing passed"
