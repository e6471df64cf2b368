#!/bin/sh
# Retakes the pictures of the clerks' guide (docs/huong-dan-su-dung.md, docs/user-guide.md)
# into docs/images/guide/: builds vnplan.oxt and the program vnplan_screenshots
# (tests/office/screenshots/), which starts a virtual display (Xvfb) and a windowed
# LibreOffice with the extension installed, opens the examples and pictures the menu, the
# toolbar, each dialog and its results, in Vietnamese and then in English.
#   sh docs/take-screenshots.sh [BUILD_DIR] [vi|en|all] [--test-case=NAME]
# BUILD_DIR (default out) must be configured with -DVNPLAN_WITH_OFFICE=ON.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/out"}
langs=${2:-all}
shift $(( $# > 2 ? 2 : $# ))
[ "$langs" = all ] && langs="vi en"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVNPLAN_WITH_OFFICE=ON
fi
cmake --build "$build" -j2 --target vnplan_screenshots

for lang in $langs; do
  echo "take-screenshots: $lang"
  VNPLAN_SHOTS_LANG=$lang VNPLAN_SHOTS_DIR="$here/docs/images/guide" \
    "$build/bin/vnplan_screenshots" --test-suite=screenshots "$@"
done
ls -l "$here/docs/images/guide"
