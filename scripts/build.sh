#!/usr/bin/env bash
# Tendik: build the app (www/index.html, see Trunk.toml) into dist/ with Trunk.
# Installs what is missing first (scripts/setup.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$TENDIK_ROOT"
# One build at a time per work tree: two Trunk runs share dist/.stage and target/wasm-opt.
if command -v flock >/dev/null 2>&1; then
    mkdir -p target
    exec 9>target/.tendik-build.lock
    flock 9
fi
echo "build: trunk build --release: the app, three embed bundles and the static renders (wasm32 via $TENDIK_WASM_MODE toolchain; about 10 minutes the first time, 1–3 when warm)" >&2
# Trunk runs cargo with --offline: download the crates first. Quick and quiet when they are
# already in cargo's cache. Twice: Trunk's `cargo metadata` resolves every platform's
# dependencies (r-efi, windows-sys, ...), which only a plain fetch downloads; std built from
# source (build-std) needs its own dependencies (dlmalloc, ...), which only a fetch for the
# wasm target downloads.
wasm_env cargo fetch --quiet
wasm_env cargo fetch --quiet --target wasm32-unknown-unknown
# The post-build hook runs cargo again (the embed bundle): offline too.
wasm_env env CARGO_NET_OFFLINE=true trunk build --release --offline "$@"
