#!/usr/bin/env bash
# lupdate run on the tree must leave translations/*.ts unchanged: every user-visible string is
# in the .ts files, under the context it is looked up in, and nothing else is.
# Usage: translations_up_to_date.sh LUPDATE ROOT [LUPDATE_OPTIONS...]
# The options are the build's (MRCNN_LUPDATE_OPTIONS); lupdate writes into temporary copies.
set -euo pipefail
lupdate=$1
root=$(cd "$2" && pwd)
shift 2
options=("$@")
[ ${#options[@]} -gt 0 ] || options=(-no-obsolete -locations none)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
ts_files=(translations/*.ts)
copies=()
for ts in "${ts_files[@]}"; do
    cp "$ts" "$tmp/"
    copies+=("$tmp/$(basename "$ts")")
done
# The folders with user-visible strings, as the update_translations target scans them.
"$lupdate" -silent -I app -I views app views -ts "${copies[@]}" "${options[@]}" 2>&1 |
    grep -v "Qualifying with unknown namespace/class" || true

status=0
for ts in "${ts_files[@]}"; do
    if ! diff -u "$ts" "$tmp/$(basename "$ts")"; then
        echo "$ts is not what lupdate makes of the sources: run lupdate (translations/README.md)"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "lupdate leaves ${ts_files[*]} unchanged"
exit "$status"
