#!/usr/bin/env bash
# Proves that check_rules.sh fires: a small clean tree passes, and each kind of violation,
# added to a copy of it, makes the check fail naming the rule and the file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
check="$here/check_rules.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

clean="$tmp/clean"
mkdir -p "$clean"/{model/core,views/canvas,app,tests}
cp "$here/../../.clang-format" "$clean/"
printf '#include <vector>\n\nint twice(int x) {\n    return 2 * x;\n}\n' > "$clean/model/core/a.cpp"
printf '#include <QString>\n\nQString name() {\n    return "a";\n}\n' > "$clean/views/canvas/b.cpp"
bash "$check" "$clean" >/dev/null || { echo "FAIL: the clean tree is refused"; bash "$check" "$clean"; exit 1; }

# expect_failure NAME RULE-TEXT: runs the check on $tmp/NAME and wants RULE-TEXT in its output.
expect_failure() {
    local out
    if out=$(bash "$check" "$tmp/$1" 2>&1); then
        echo "FAIL: $1 passed the check"; exit 1
    fi
    grep -qF -- "$2" <<<"$out" || { echo "FAIL: $1: no '$2' in:"; echo "$out"; exit 1; }
    echo "ok: $1 -> $(grep -F -- "$2" <<<"$out" | head -1)"
}
variant() { rm -rf "$tmp/$1"; cp -r "$clean" "$tmp/$1"; }

variant qt_in_model
printf '#include <QString>\n' > "$tmp/qt_in_model/model/core/q.h"
expect_failure qt_in_model "model/ must not include Qt: model/core/q.h:1"

variant qtcore_in_model
printf '#pragma once\n#include "QtCore/qglobal.h"\n' > "$tmp/qtcore_in_model/model/q.h"
expect_failure qtcore_in_model "model/ must not include Qt: model/q.h:2"

variant torch_in_views
printf '#pragma once\n#include <torch/torch.h>\n' > "$tmp/torch_in_views/views/canvas/t.h"
expect_failure torch_in_views "views/ must not include LibTorch: views/canvas/t.h:2"

variant aten_in_views
printf '#pragma once\n#  include <ATen/Tensor.h>\n' > "$tmp/aten_in_views/views/t.h"
expect_failure aten_in_views "views/ must not include LibTorch: views/t.h:2"

variant unformatted
printf 'int  f( int x ){return x;}\n' > "$tmp/unformatted/tests/f_test.cpp"
expect_failure unformatted "format: tests/f_test.cpp is not clang-formatted"

variant too_long
seq 1 801 | sed 's/^/\/\/ line /' > "$tmp/too_long/app/long.h"
expect_failure too_long "size: app/long.h has 801 lines"

# 800 lines is still allowed.
variant at_limit
seq 1 800 | sed 's/^/\/\/ line /' > "$tmp/at_limit/app/long.h"
bash "$check" "$tmp/at_limit" >/dev/null || { echo "FAIL: 800 lines refused"; exit 1; }
echo "every rule fires"
