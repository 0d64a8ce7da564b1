#!/usr/bin/env bash
# `mrcnn figure --describe/--list --long/--set`: the catalog's parameters on the command line —
# described with type, range and default, applied to what is drawn, and refused with a message
# naming the valid keys or range.
# bash figure_settings_cli.sh MRCNN_BINARY TEST_DATA_DIR
source "$(dirname "$0")/common.bash" "$@"
if ! "$MRCNN" figure --list > /dev/null 2>&1; then
    echo "e2e figure --set: skipped (no figure command)"
    exit 0
fi
IMG="$DATA/images/shapes_001.png"
RUN=(--config "$CFG" --weights "$W" --image "$IMG")

# --list keeps one name per line; --list --long and --describe add the parameters.
"$MRCNN" figure --list > "$OUT/list.txt"
grep -qx "feature_maps" "$OUT/list.txt" || fail "--list lacks feature_maps"
if grep -q " " "$OUT/list.txt"; then fail "--list prints more than names"; fi
"$MRCNN" figure --describe feature_maps > "$OUT/describe.txt"
for key in featureTensor channelOffset channelCount allChannels; do
    grep -q "^  $key " "$OUT/describe.txt" || fail "--describe lacks $key: $(cat "$OUT/describe.txt")"
done
grep -Eq "^  channelCount +int +default 16; 1\.\.65536 \(up to the feature map's channel count\)" \
    "$OUT/describe.txt" || fail "channelCount's type, default and range: $(cat "$OUT/describe.txt")"
"$MRCNN" figure --describe anchors_level | grep -Eq "^  anchorLevel +int +default 4; 0\.\.9" \
    || fail "--describe anchors_level"
"$MRCNN" figure --describe differences | grep -Eq "^  iouThreshold +float +default 0\.5; 0\.05\.\.1 \(step 0\.05\)" \
    || fail "--describe differences"
"$MRCNN" figure --describe input | grep -q "no parameters" || fail "--describe input"
"$MRCNN" figure --list --long > "$OUT/long.txt"
[ "$(grep -c "^[a-z]" "$OUT/long.txt")" = "$(wc -l < "$OUT/list.txt")" ] \
    || fail "--list --long does not describe every figure"
if "$MRCNN" figure --describe nonsense 2> "$OUT/err.txt"; then fail "--describe nonsense accepted"; fi
grep -q 'unknown figure "nonsense"' "$OUT/err.txt" || fail "no message: $(cat "$OUT/err.txt")"

# --set reaches what is drawn: channels 8..15 of fpn_p3.
"$MRCNN" figure --stage feature_maps "${RUN[@]}" --set featureTensor=fpn_p3 \
    --set channelOffset=8 --set channelCount=8 --out "$OUT/fmap.svg" > /dev/null
grep -q "fpn_p3, channels 8–15 of 32" "$OUT/fmap.svg" || fail "feature_maps title not fpn_p3 8–15"
for c in 8 15; do grep -q ">channel $c<" "$OUT/fmap.svg" || fail "channel $c not drawn"; done
if grep -q ">channel 7<\|>channel 16<" "$OUT/fmap.svg"; then fail "channels outside 8..15 drawn"; fi
# --tensor stays an alias, for feature maps too.
"$MRCNN" figure --stage feature_maps "${RUN[@]}" --tensor fpn_p4 --out "$OUT/p4.svg" > /dev/null
grep -q "fpn_p4, channels 0–15 of 32" "$OUT/p4.svg" || fail "--tensor fpn_p4 not drawn"
"$MRCNN" figure --stage anchors_level "${RUN[@]}" --set anchorLevel=2 --out "$OUT/a.svg" > /dev/null
grep -q "All anchors of level 2 (P4)" "$OUT/a.svg" || fail "anchorLevel=2 not drawn"

# Refusals: an unknown key names the valid ones; a bad value its range; exit status 2.
expect_error() {  # expect_error PATTERN ARGS...
    local pattern="$1"
    shift
    local rc=0
    "$MRCNN" figure "$@" --out "$OUT/x.png" > /dev/null 2> "$OUT/err.txt" || rc=$?
    [ "$rc" = 2 ] || fail "exit $rc (not 2) for: $*"
    grep -qF -- "$pattern" "$OUT/err.txt" || fail "for $*: expected '$pattern', got: $(cat "$OUT/err.txt")"
}
expect_error 'feature_maps has no parameter "level"; its parameters: featureTensor, channelOffset, channelCount, allChannels' \
    --stage feature_maps "${RUN[@]}" --set level=2
expect_error 'input has no parameter "seed"; it takes none' --stage input "${RUN[@]}" --set seed=1
expect_error 'anchors_level: anchorLevel must be an integer in 0..4, got 7' \
    --stage anchors_level "${RUN[@]}" --set anchorLevel=7
expect_error 'differences: iouThreshold must be a number in 0.05..1 (step 0.05), got "high"' \
    --stage differences "${RUN[@]}" --set iouThreshold=high
expect_error 'feature_maps: channelOffset must be an integer in 0..31, got 40' \
    --stage feature_maps "${RUN[@]}" --set featureTensor=fpn_p3 --set channelOffset=40
expect_error 'featureTensor "fpn_p9" is not a feature map of this run; choose one of: res2c_out' \
    --stage feature_maps "${RUN[@]}" --set featureTensor=fpn_p9
expect_error '--set expects KEY=VALUE, got "seed"' --stage anchors "${RUN[@]}" --set seed
expect_error 'no figure has a parameter "nope"' --stage all "${RUN[@]}" --set nope=1
"$MRCNN" figure --describe anchors | grep -Eq "^  seed +int +default 0; 0\.\.2147483647; shared by every figure" \
    || fail "--describe anchors: the seed"
echo "e2e figure --set: OK"
