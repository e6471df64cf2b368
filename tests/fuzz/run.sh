#!/bin/sh
# Runs one libFuzzer target of out-fuzz/ (build/check.sh builds them) for SECONDS:
#   sh tests/fuzz/run.sh TARGET SECONDS     e.g. awards 600; 0 only replays the seeds
# Seeds: tests/fuzz/corpus/TARGET (fixed crashes are kept there and replayed on every run) and
# the test data the target reads; new inputs go to out-fuzz/corpus/TARGET. Fuzzing goes on
# after a crash, leak or timeout (fork mode); each one found is then replayed alone, and the
# run fails unless tests/fuzz/known_crashes.txt names the crash (reported, not yet fixed).
set -eu
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: $0 TARGET SECONDS" >&2; exit 2; }
target=$1 seconds=$2
bin=out-fuzz/bin/fuzz_$target log=out-fuzz/fuzz_$target.log
[ -x "$bin" ] || { echo "run.sh: no $bin (build/check.sh builds it)" >&2; exit 2; }

seeds=tests/fuzz/corpus/$target
case $target in
  awards) seeds="$seeds tests/data/awards examples/data" ;;
  scores) seeds="$seeds tests/data/scores examples/data" ;;
esac
# Only the folders that exist (git keeps no empty folder: a target may have no own seeds).
existing=
for dir in $seeds; do [ -d "$dir" ] && existing="$existing $dir"; done
seeds=$existing
work=out-fuzz/corpus/$target crashes=out-fuzz/crashes/$target
mkdir -p "$work" "$crashes"
touch "$work/.start"
dict=
[ -f "tests/fuzz/$target.dict" ] && dict="-dict=tests/fuzz/$target.dict"
limits="-timeout=10 -rss_limit_mb=2048"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [ "$seconds" -eq 0 ]; then
  set -- -runs=0
else
  set -- -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$seconds"
fi
# shellcheck disable=SC2086
"$bin" "$@" $limits $dict -artifact_prefix="$crashes/" "$work" $seeds >"$log" 2>&1 &&
  status=0 || status=$?
echo "fuzz_$target: ${seconds}s: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"

# The first frame in src/core of each crash found, known or not.
known=$(grep -v '^#' tests/fuzz/known_crashes.txt | awk -F'\t' -v t="$target" '$1 == t {print $2}')
for input in $(find "$crashes" -type f ! -name "*.log" -newer "$work/.start"); do
  # shellcheck disable=SC2086
  "$bin" $limits "$input" >"$input.log" 2>&1 && continue
  frame=$(grep -m 1 -E '^ *#[0-9]+ .* in .*src/core/' "$input.log" | sed 's/.* in //' || true)
  if [ -n "$known" ] && [ -n "$frame" ] && printf '%s\n' "$frame" | grep -qF "$known"; then
    echo "fuzz_$target: known crash, reported: $frame ($input)"
  else
    sed -n '/ERROR\|runtime error\|terminate called/,$p' "$input.log" | head -n 40 >&2
    echo "fuzz_$target: NEW CRASH: $input (log $input.log)" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] || echo "fuzz_$target: FAILED; fuzzer log $log" >&2
exit "$status"
