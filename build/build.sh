#!/bin/sh
# Installs the dependencies (Debian 12, as root), configures and builds everything into out/.
set -eu
cd "$(dirname "$0")/.."
sh build/install-deps.sh
cmake -S . -B out -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build out -j"$(nproc 2>/dev/null || echo 2)"
