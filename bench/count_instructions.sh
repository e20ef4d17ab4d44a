#!/bin/sh
# Instructions of tagging the bench stories and the wide pages (bench/count_instructions.py), under callgrind.
# Run from the repository's root: [SETS="bench pages"] sh bench/count_instructions.sh [PYTHON] [OUT_DIR]
# Prints, per set, the instructions collected (Ir) and per story; leaves callgrind.out.<set> in OUT_DIR.
set -eu
PYTHON=${1:-python}
OUT=${2:-/tmp/count_instructions}
mkdir -p "$OUT"
for set in ${SETS:-bench pages}; do
    ready="$OUT/ready.$set"
    rm -f "$ready" "$ready.go"
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \
        --toggle-collect=functools_reduce --callgrind-out-file="$OUT/callgrind.out.$set" \
        "$PYTHON" bench/count_instructions.py "$set" --ready "$ready" >"$OUT/log.$set" 2>&1 &
    job=$!
    while [ ! -s "$ready" ]; do
        if ! kill -0 "$job" 2>/dev/null; then cat "$OUT/log.$set"; exit 1; fi
        sleep 1
    done
    callgrind_control -i on "$(cat "$ready")" >/dev/null
    touch "$ready.go"
    wait "$job"
    stories=$(sed -n "s/^$set: \([0-9]*\) stories tagged/\1/p" "$OUT/log.$set")
    total=$(sed -n 's/^summary: //p' "$OUT/callgrind.out.$set")
    echo "$set: $total instructions, $stories stories, $((total / stories)) a story"
done
