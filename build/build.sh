#!/bin/sh
# Installs the dependencies (Debian 12, as root), configures and builds everything into out/.
set -eu
cd "$(dirname "$0")/.."
sh build/install-deps.sh
# Always with the office parts: the README test command must run the office tests too.
# -g1 (functions and line tables: enough for a backtrace) instead of -g: full debug info made
# the UNO-heavy files compile about 45 % longer.
cmake -S . -B out -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DVNPLAN_WITH_OFFICE=ON
cmake --build out -j"$(nproc 2>/dev/null || echo 2)"
