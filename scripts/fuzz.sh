#!/usr/bin/env bash
# Tendik: fuzz newsrooms' JSON (the parser, every widget's reader, and the drawing of
# whatever is accepted) with cargo-fuzz / libFuzzer.
#
#   bash scripts/fuzz.sh [seconds]     (default 600; the corpus is kept between runs)
#
# The corpus (fuzz/corpus/userdata/, not committed) is seeded on every run from the JSON
# examples in docs/user-data.md and from the property tests' generators
# (crates/tendik-core/tests/userdata.rs); libFuzzer adds what it finds there. A crash is
# saved in fuzz/artifacts/userdata/ and reproduced with
#   bash scripts/fuzz.sh --repro fuzz/artifacts/userdata/crash-…
#
# cargo-fuzz needs nightly compiler features. Debian's rustc-web (/usr/bin/rustc, which
# setup.sh installs) gives them with RUSTC_BOOTSTRAP=1; elsewhere rustup's nightly is used.
# Without the address sanitizer's runtime (Debian's toolchain has none) it runs with
# `-s none`: Tendik's core has no unsafe code, so panics are what there is to find.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

seconds=600
repro=""
case "${1:-}" in
    --repro) repro="${2:?--repro needs a crash file}" ;;
    "") ;;
    *) seconds="$1" ;;
esac

say() { printf 'fuzz: %s\n' "$*" >&2; }

cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$cargo_bin:"*) ;; *) PATH="$cargo_bin:$PATH" ;; esac
export PATH

CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo install; a few minutes)"
    cargo install --locked --force cargo-fuzz --version "$CARGO_FUZZ_VERSION" >/dev/null 2>&1 ||
        cargo install --locked --force cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

# The toolchain: Debian's with RUSTC_BOOTSTRAP, or rustup's nightly.
toolchain=()
if [ -x /usr/bin/rustc ] && /usr/bin/rustc --version | grep -qv nightly; then
    fuzz_env=(env -u RUSTUP_TOOLCHAIN -u RUSTC_WRAPPER PATH="/usr/bin:$PATH"
        RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO=/usr/bin/cargo)
    sysroot="$(/usr/bin/rustc --print sysroot)"
    cargo_cmd=/usr/bin/cargo
else
    fuzz_env=(env)
    toolchain=(+nightly)
    sysroot="$(rustc +nightly --print sysroot)"
    cargo_cmd=cargo
fi
sanitizer=()
if ! ls "$sysroot"/lib/rustlib/x86_64-unknown-linux-gnu/lib/librustc-*_rt.asan.a >/dev/null 2>&1; then
    say "no address sanitizer runtime in $sysroot: running with -s none"
    sanitizer=(-s none)
fi

run_fuzz() {
    # -a: debug assertions, so an integer overflow (a silent wrap in the wasm) is a crash.
    "${fuzz_env[@]}" "$cargo_cmd" ${toolchain[@]+"${toolchain[@]}"} fuzz "$@"
}

if [ -n "$repro" ]; then
    run_fuzz run ${sanitizer[@]+"${sanitizer[@]}"} -a --fuzz-dir fuzz userdata "$repro"
    exit
fi

corpus=fuzz/corpus/userdata
mkdir -p "$corpus" fuzz/artifacts/userdata

# Seeds 1: every ```json block of docs/user-data.md, one file each.
awk -v dir="$corpus" '
    /^```json[[:space:]]*$/ { n++; file = sprintf("%s/doc-%02d.json", dir, n); printf "" > file; inside = 1; next }
    inside && /^```/ { close(file); inside = 0; next }
    inside { print >> file }
' docs/user-data.md
docs="$(find "$corpus" -name 'doc-*.json' | wc -l)"
[ "$docs" -gt 0 ] || { say "no json examples found in docs/user-data.md"; exit 1; }

# Seeds 2: the property tests' generators, sampled by an ignored test.
TENDIK_FUZZ_SEEDS="$root/$corpus" cargo test -q -p tendik-core --test userdata \
    -- --ignored --exact write_fuzz_seeds >/dev/null

# A dictionary: JSON's punctuation and words, and every field name the examples use.
{
    printf '"{"\n"}"\n"["\n"]"\n":"\n","\n"\\""\n"null"\n"true"\n"false"\n"\\\\u"\n"1e999"\n'
    grep -ho '"[a-z_]*":' docs/user-data.md | sort -u | sed 's/"/\\"/g; s/^/"/; s/$/"/'
} >fuzz/userdata.dict

say "corpus: $(find "$corpus" -type f | wc -l) files ($docs from docs/user-data.md); running ${seconds}s"
# One job (the CPU is shared); inputs up to a little over the 64 KiB limit.
run_fuzz run ${sanitizer[@]+"${sanitizer[@]}"} -a --fuzz-dir fuzz userdata "$corpus" -- \
    -max_total_time="$seconds" -max_len=66000 -dict=fuzz/userdata.dict \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
say "corpus now: $(find "$corpus" -type f | wc -l) files; no crash in ${seconds}s"
