#!/usr/bin/env bash
# Installs the Debian 12 packages that build, test and run Mask R-CNN Inspector (clang-format and
# lupdate, from qt6-l10n-tools, for the rules.* tests).
# Does nothing when everything is present; uses sudo when not root.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  libtorch-dev libopenblas0-pthread
  libhdf5-dev libopencv-dev nlohmann-json3-dev libcli11-dev libzip-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk
  xvfb xauth
  help2man gzip dpkg-dev appstream desktop-file-utils groff-base
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
