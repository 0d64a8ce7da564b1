#!/usr/bin/env bash
# Regenerates the committed hostile-input corpus under tests/data/hostile/: every gen_*.py here
# writes its own subfolder (small files only; cases of gigabytes are made at test time, sparse).
# weights/ and images/ are not generated: they hold files the fuzzers found (tests/fuzz), kept as
# found.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../data/hostile"
mkdir -p "$out"
for g in "$here"/gen_*.py; do
    [[ -e "$g" ]] || continue
    python3 "$g" "$out"
done
