#!/usr/bin/env bash
# Installs the Debian packages Newsline needs (only those missing), then configures and builds it.
# Usage: scripts/setup.sh BUILD_DIR [CMAKE_OPTION...]
set -euo pipefail

build_dir=${1:-build}
shift || true
build_type=RelWithDebInfo
for option in "$@"; do
  case "$option" in -DCMAKE_BUILD_TYPE=*) build_type=${option#-DCMAKE_BUILD_TYPE=} ;; esac
done
packages=(
  build-essential cmake ninja-build ccache clang-format git
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql postgresql libsqlite3-dev libgumbo-dev zlib1g-dev python3-icalendar
  xvfb xauth poppler-utils fonts-dejavu-core fonts-noto-cjk locales
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "newsline: installing missing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The test suite runs under French and Korean locales too; make sure they exist.
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$' || ! locale -a 2>/dev/null | grep -qi '^ko_KR\.utf-\?8$'; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  if [ -f /etc/locale.gen ]; then
    $sudo sed -i 's/^# *fr_FR.UTF-8 UTF-8/fr_FR.UTF-8 UTF-8/; s/^# *ko_KR.UTF-8 UTF-8/ko_KR.UTF-8 UTF-8/' /etc/locale.gen
    $sudo locale-gen >/dev/null
  fi
fi

if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
