#!/usr/bin/env bash
# Tendik: the performance benchmark against a Chart.js page drawing the same three charts.
# Not part of scripts/test.sh (timings depend on the machine); see docs/performance.md.
#
#   bash scripts/bench.sh [--no-build] [--reps N] [--cycles N] [--widths N] [--nice N]
#                         [--only bytes,load,slow4g,resize,twenty,memory]
#
# 1. builds the release bundle (scripts/build.sh; skipped with --no-build), waiting first for
#    any other Trunk build on this machine to finish;
# 2. copies dist/ to a temporary directory, so a rebuild during the run cannot mix two builds;
# 3. runs tests/bench/bench.mjs against the copy in headless Chromium (a few minutes) and
#    prints the table of medians (also in tests/output/bench/results.md, every sample in
#    results.json);
# 4. prints the size budget check (tests/size-budget.mjs) for the same copy, and where the
#    wasm's bytes go (tests/bench/wasm-size.mjs).
# Exits non-zero only when something could not be built or measured, not on a missed target.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=1
args=()
for arg in "$@"; do
    if [ "$arg" = --no-build ]; then build=0; else args+=("$arg"); fi
done

# shellcheck source=scripts/setup.sh
source "$root/scripts/setup.sh" </dev/null
cd "$root"

if [ "$build" = 1 ]; then
    waited=0
    while pgrep -x trunk >/dev/null 2>&1; do
        [ "$waited" = 0 ] && echo "bench: another Trunk build is running; waiting for it to finish" >&2
        waited=$((waited + 5))
        if [ "$waited" -gt 1800 ]; then
            echo "bench: error: a Trunk build has been running for 30 minutes; giving up" >&2
            exit 1
        fi
        sleep 5
    done
    bash "$root/scripts/build.sh" </dev/null
fi
[ -f "$root/dist/tendik.js" ] || {
    echo "bench: error: dist/tendik.js is missing: run without --no-build" >&2
    exit 1
}

snapshot="$(mktemp -d "${TMPDIR:-/tmp}/tendik-bench.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
cp -a "$root/dist/." "$snapshot/"
rm -rf "$snapshot/.stage"

echo "bench: measuring the build in dist/ ($(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?'), copied to $snapshot)" >&2
node "$root/tests/bench/bench.mjs" --dist "$snapshot" ${args[@]+"${args[@]}"}
echo
node "$root/tests/size-budget.mjs" --dist "$snapshot" || true
# Where the wasm's bytes go (needs the linker output Trunk left in target/; says so when
# that is from another build than the one measured).
echo
node "$root/tests/bench/wasm-size.mjs" --dist "$snapshot" || true
