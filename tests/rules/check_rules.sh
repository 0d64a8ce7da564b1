#!/usr/bin/env bash
# The repository's own rules, checked on the tree under ROOT (default: this checkout):
#   layers   model/ includes no Qt header; views/ includes no LibTorch header (torch, ATen, c10)
#   format   every C++ file of app, model, views, tests, benchmarks is clang-formatted (.clang-format)
#   size     no source file passes 800 lines
# Usage: check_rules.sh [--only layers|format|size] [ROOT]. Prints each violation, exits 1 on any.
# CLANG_FORMAT names the binary (default clang-format, the one Debian 12 ships: 14).
set -uo pipefail

only=""
if [ "${1:-}" = "--only" ]; then only=$2; shift 2; fi
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
cd "$root" || exit 2
max_lines=800
failed=0
fail() { echo "rule broken: $*"; failed=1; }
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }

# C++ files of a folder (tests/data holds reference files, not sources).
cxx_files() {
    [ -d "$1" ] || return 0
    find "$1" -path tests/data -prune -o -type f \
        \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name '*.cc' \) -print | sort
}

if want layers; then
    # Qt headers: <QString>, <QtCore/...>, <qglobal.h>; quoted or angled.
    while IFS= read -r hit; do
        fail "model/ must not include Qt: $hit"
    done < <(cxx_files model | xargs -r grep -HnE \
        '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](Q[A-Za-z]|q[a-z0-9_]+\.h[>"])')
    while IFS= read -r hit; do
        fail "views/ must not include LibTorch: $hit"
    done < <(cxx_files views | xargs -r grep -HnE \
        '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](torch|ATen|c10)/')
fi

if want format; then
    clang_format=${CLANG_FORMAT:-clang-format}
    if ! command -v "$clang_format" >/dev/null; then
        fail "format: $clang_format not found (packaging/install-deps.sh installs clang-format)"
    else
        files=$(for d in app model views tests benchmarks; do cxx_files "$d"; done)
        if [ -n "$files" ]; then
            # --dry-run -Werror reports each file that clang-format would change.
            out=$(echo "$files" | xargs "$clang_format" --dry-run -Werror 2>&1)
            status=$?
            bad=$(echo "$out" | sort -u |
                  sed -nE 's/^([^:]+):[0-9]+:[0-9]+: error: code should be clang-formatted.*/\1/p' |
                  sort -u)
            for f in $bad; do fail "format: $f is not clang-formatted (clang-format -i $f)"; done
            if [ "$status" -ne 0 ] && [ -z "$bad" ]; then
                fail "format: $clang_format failed: $(echo "$out" | head -3)"
            fi
        fi
    fi
fi

if want size; then
    while IFS= read -r f; do
        n=$(wc -l < "$f")
        [ "$n" -gt "$max_lines" ] && fail "size: $f has $n lines (at most $max_lines)"
    done < <(find app model views tests benchmarks packaging translations .ci -path tests/data -prune \
             -o -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name '*.cc' \
             -o -name '*.sh' -o -name '*.bash' -o -name '*.py' -o -name '*.cmake' \
             -o -name CMakeLists.txt \) -print 2>/dev/null | sort)
fi

[ "$failed" -eq 0 ] && echo "rules kept${only:+ ($only)}"
exit "$failed"
