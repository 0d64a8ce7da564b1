# The Debian package: `cpack -G DEB` into a scratch folder, then what a desktop user gets from
# it — both programs, their man pages, the desktop entry, icon and AppStream metainfo, each
# checked by its own validator — and a sensible control file.
# bash deb_package.sh BUILD_DIR WITH_GUI(ON|OFF)
set -euo pipefail
BUILD="$1"
GUI="$2"
ID="io.github.mrcnn_inspector.Inspector"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "$tool is missing (packaging/install-deps.sh installs it)"
done

cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$OUT" >"$OUT/cpack.log" 2>&1 ||
  { cat "$OUT/cpack.log" >&2; fail "cpack -G DEB failed"; }
DEBS=("$OUT"/*.deb)
[ ${#DEBS[@]} -eq 1 ] && [ -f "${DEBS[0]}" ] || fail "cpack made no single .deb: ${DEBS[*]}"
DEB="${DEBS[0]}"

# Contents.
CONTENTS="$(dpkg-deb -c "$DEB" | awk '{print $NF}')"
expect_file() { grep -qx "./usr/$1" <<<"$CONTENTS" || fail "the package lacks /usr/$1"; }
expect_file bin/mrcnn
expect_file share/man/man1/mrcnn.1.gz
if [ "$GUI" = ON ]; then
  expect_file bin/mrcnn-inspector
  expect_file share/man/man1/mrcnn-inspector.1.gz
  expect_file "share/applications/$ID.desktop"
  expect_file "share/icons/hicolor/scalable/apps/$ID.svg"
  expect_file "share/metainfo/$ID.metainfo.xml"
fi
# Nothing from the build tree (tests, benchmarks, static libraries) leaks in.
if grep -E '\.a$|_tests?$|benchmark' <<<"$CONTENTS"; then fail "build-tree files in the package"; fi

# Control file.
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = mrcnn-inspector ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = 0.1.0 ] || fail "Version is '$(field Version)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
DEPENDS="$(field Depends)"
# The shared libraries' packages (dpkg-shlibdeps) and the BLAS LibTorch loads at run time.
for dep in libc6 libstdc++6 libhdf5 libopencv-imgcodecs libzip libopenblas0-pthread; do
  grep -q "$dep" <<<"$DEPENDS" || fail "Depends lacks $dep: $DEPENDS"
done
if [ "$GUI" = ON ]; then
  for dep in libqt6widgets6 qt6-qpa-plugins; do
    grep -q "$dep" <<<"$DEPENDS" || fail "Depends lacks $dep: $DEPENDS"
  done
fi
grep -qE '(^|, )lib[a-z0-9.+-]+-dev\b' <<<"$DEPENDS" && fail "Depends names a -dev package: $DEPENDS"

# The installed files, unpacked, as a desktop would read them.
ROOT="$OUT/root"
dpkg-deb -x "$DEB" "$ROOT"
PAGES=(mrcnn)
[ "$GUI" = ON ] && PAGES+=(mrcnn-inspector)
for page in "${PAGES[@]}"; do
  TEXT="$(zcat "$ROOT/usr/share/man/man1/$page.1.gz")"
  grep -q "^\.TH ${page^^} \"1\"" <<<"$TEXT" || fail "$page.1 has no .TH ${page^^} 1 header"
  grep -q '^\.SH NAME' <<<"$TEXT" || fail "$page.1 has no NAME section"
  grep -q '^\.SH "SEE ALSO"' <<<"$TEXT" || fail "$page.1 has no SEE ALSO section"
  # help2man read the real --help: the commands of mrcnn, the options of the inspector.
  MUST=weights
  [ "$page" = mrcnn ] && MUST=detect
  grep -q "$MUST" <<<"$TEXT" || fail "$page.1 does not mention $MUST"
  if grep -qF "$(cd "$BUILD" && pwd)" <<<"$TEXT"; then fail "$page.1 shows the build folder"; fi
  WARN="$(zcat "$ROOT/usr/share/man/man1/$page.1.gz" | groff -k -man -Tutf8 -ww -z 2>&1)"
  [ -z "$WARN" ] || fail "$page.1: groff warns: $WARN"
done
if [ "$GUI" = ON ]; then
  APPS="$ROOT/usr/share/applications"
  desktop-file-validate "$APPS/$ID.desktop" || fail "desktop-file-validate rejects $ID.desktop"
  [ -z "$(desktop-file-validate "$APPS/$ID.desktop")" ] || fail "desktop-file-validate warns"
  for mime in image/png image/jpeg image/tiff image/bmp application/x-hdf5 application/x-hdf; do
    grep -q "^MimeType=.*$mime;" "$APPS/$ID.desktop" || fail "$ID.desktop does not open $mime"
  done
  grep -qx "Exec=mrcnn-inspector %f" "$APPS/$ID.desktop" || fail "$ID.desktop: Exec"
  grep -qx "Icon=$ID" "$APPS/$ID.desktop" || fail "$ID.desktop: Icon is not $ID"
  grep -q '<svg' "$ROOT/usr/share/icons/hicolor/scalable/apps/$ID.svg" || fail "the icon is no SVG"
  appstreamcli validate --no-net --explain "$ROOT/usr/share/metainfo/$ID.metainfo.xml" ||
    fail "appstreamcli rejects $ID.metainfo.xml"
  # The metainfo, its desktop entry and the icon fit together as installed.
  appstreamcli validate-tree --no-net "$ROOT" || fail "appstreamcli validate-tree rejects the tree"
fi
echo "OK: $(basename "$DEB") $(du -h "$DEB" | cut -f1)"
