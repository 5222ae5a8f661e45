#!/usr/bin/env bash
# Installs whatever the build and the tests need that this Debian 12 machine
# lacks, then configures and builds into build/. Idempotent: a second run
# installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libicu-dev libgtest-dev libgmock-dev libbenchmark-dev
  libquazip1-qt6-dev libxml2-dev libpoppler-qt6-dev
  fonts-noto-cjk xvfb xauth
  clang libclang-rt-14-dev
  # LibreOffice opens every exported DOCX/XLSX in the tests (round trips, no repair prompt)
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
  libxlsxwriter-dev
  # Qt's own dialogs (buttons of message boxes, file dialogs) in Chinese
  qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_type="${NIANBAO_BUILD_TYPE:-RelWithDebInfo}"
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi
cmake --build build --parallel "$(nproc)"
