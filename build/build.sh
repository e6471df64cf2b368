#!/bin/sh
# Installs the dependencies (Debian 12, as root), configures and builds everything into out/.
set -eu
cd "$(dirname "$0")/.."
sh build/install-deps.sh
# Always with the office parts: the README test command must run the office tests too.
cmake -S . -B out -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVNPLAN_WITH_OFFICE=ON
cmake --build out -j"$(nproc 2>/dev/null || echo 2)"
