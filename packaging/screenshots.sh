#!/usr/bin/env bash
# Screenshots of the inspector window, one per stage, on the embedded demo model and image,
# taken under Xvfb (docs/screenshots holds the committed set):
#   packaging/screenshots.sh [OUT_DIR]      # default docs/screenshots
# BUILD_DIR as in demo.sh; SKIP_BUILD=1 uses the inspector already built there.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${1:-docs/screenshots}
bash packaging/install-deps.sh  # xvfb and xauth are in the list
# optipng recompresses the PNGs losslessly (a third smaller), so the committed files stay small.
if ! command -v optipng > /dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends optipng
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build "$BUILD_DIR" --target mrcnn-inspector
fi
# A private settings folder: no saved language or window layout of this user's inspector, and
# English whatever the machine's locale.
SETTINGS=$(mktemp -d)
trap 'rm -rf "$SETTINGS"' EXIT
mkdir -p "$OUT"
XDG_CONFIG_HOME="$SETTINGS" XDG_RUNTIME_DIR="$SETTINGS" LC_ALL=C.UTF-8 LANGUAGE=en \
  QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1400x900x24" \
  "$BUILD_DIR"/app/mrcnn-inspector --screenshots "$OUT"
optipng -quiet -o2 "$OUT"/[0-9][0-9]_*.png
ls -l "$OUT"/[0-9][0-9]_*.png
