#!/bin/sh
# Installs every build, test and run dependency from Debian 12 packages (run as root).
# Idempotent: packages already present are skipped by apt-get.
set -eu

PACKAGES="
  cmake g++ make pkg-config zip unzip dpkg-dev
  libreoffice-calc libreoffice-writer libreoffice-dev libreoffice-l10n-vi
  libreoffice-help-common
  libboost1.81-dev libboost-json1.81-dev libboost-program-options1.81-dev
  libicu-dev doctest-dev
  xvfb
  fonts-liberation2 poppler-utils
  clang-14 libclang-rt-14-dev clang-format
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages:$missing" >&2
  echo "install-deps: run as root (or install them with apt-get)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
echo "install-deps: installed$missing"
