# shellcheck shell=bash
# Tendik: install what the build and the tests need, if it is missing.
#
#   source scripts/setup.sh     (what build.sh, serve.sh and test.sh do)
#   bash scripts/setup.sh       (just install / check)
#
# Idempotent: when everything is present it prints nothing and takes about a second.
# It prints one line per thing it installs. Long installs log to $TENDIK_LOG_DIR.
#
# What it provides to the scripts that source it:
#   TENDIK_ROOT                 the repository root
#   PATH                        rustup's cargo bin first (native builds use rustup's toolchain)
#   TENDIK_NATIVE_PATH          that PATH, for native steps run from inside wasm_env (the
#                               static renders in Trunk's post-build hook)
#   CHROMIUM_PATH               the Chromium that Playwright drives
#   PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
#   TENDIK_WASM_MODE            "rustup" (rustup's wasm32 target) or "debian" (Debian's
#                               rustc-web + build-std, for machines where rustup cannot download)
#   TENDIK_PANIC                "immediate-abort" when wasm builds rebuild std from source for
#                               size, else "abort" (rustup without rust-src: a bigger wasm)
#   wasm_env CMD ARGS...        runs CMD in the environment for wasm builds (Trunk's cargo)
#
# Overrides: CHROMIUM_PATH=/path/to/chromium (skips the Debian browser packages),
#            TENDIK_WASM_MODE=rustup|debian (skips the detection).

_tendik_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TENDIK_ROOT="$(cd "$_tendik_here/.." && pwd)"
export TENDIK_ROOT
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TENDIK_LOG_DIR="${TENDIK_LOG_DIR:-${TMPDIR:-/tmp}/tendik-setup}"

TENDIK_TRUNK_VERSION=0.21.14
# rust-web-llvm provides /usr/bin/rust-lld (the wasm linker); it is only a Recommends of
# rustc-web, and apt runs here with --no-install-recommends.
TENDIK_WASM_DEBS=(rustc-web cargo-web rust-web-src rust-web-llvm lld-22)
TENDIK_BROWSER_DEBS=(chromium chromium-driver)
# The faces of the live charts (Chromium's system-ui is Noto Sans here, with DejaVu Sans as
# its fallback) and of the static renders, which load these files by path.
TENDIK_FONT_DEBS=(fonts-noto-core fonts-dejavu-core)

_tendik_say() { printf 'setup: %s\n' "$*" >&2; }
_tendik_die() {
    printf 'setup: error: %s\n' "$*" >&2
    return 1
}

# Run a long command with its output in a log file; on failure show the log's tail.
_tendik_logged() {
    local name="$1"
    shift
    mkdir -p "$TENDIK_LOG_DIR"
    local log="$TENDIK_LOG_DIR/$name.log"
    if "$@" >"$log" 2>&1 </dev/null; then
        return 0
    fi
    printf 'setup: error: `%s` failed; last lines of %s:\n' "$*" "$log" >&2
    tail -n 30 "$log" >&2
    return 1
}

_tendik_is_root() { [ "$(id -u)" = 0 ]; }
_tendik_has_apt() { command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; }

# Prints the packages among "$@" that are not installed.
_tendik_missing_debs() {
    local p status
    for p in "$@"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)"
        [ "$status" = installed ] || printf '%s\n' "$p"
    done
}

_tendik_apt_install() {
    [ $# -gt 0 ] || return 0
    _tendik_is_root || _tendik_die "Debian packages missing: $*; run as root or install them: apt-get install $*" || return 1
    _tendik_say "installing $# Debian packages with apt-get (a few minutes, log in $TENDIK_LOG_DIR/apt-install.log): $*"
    export DEBIAN_FRONTEND=noninteractive
    _tendik_logged apt-update apt-get update -q || return 1
    _tendik_logged apt-install apt-get install -y -q --no-install-recommends "$@" || return 1
}

_tendik_rustup_sysroot() { rustc --print sysroot 2>/dev/null; }
_tendik_rustup_std_src() { printf '%s/lib/rustlib/src/rust/library' "$(_tendik_rustup_sysroot)"; }

# The standard library for wasm is built from source where the toolchain has its sources
# (Debian's rust-web-src; rustup's rust-src component) so that panics abort at once: no
# panic messages or formatting code in the wasm (about 12 KB brotli less). A panic was
# already fatal (panic = "abort"); now it is also silent.
_tendik_immediate_abort_flags="-Zunstable-options -Cpanic=immediate-abort"

_tendik_setup_path() {
    local cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
    if [ -d "$cargo_bin" ]; then
        case ":$PATH:" in
            ":$cargo_bin:"*) ;;
            *) PATH="$cargo_bin:$PATH" ;;
        esac
    fi
    export PATH
    export TENDIK_NATIVE_PATH="$PATH"
    command -v cargo >/dev/null 2>&1 || _tendik_die "cargo not found: install Rust with rustup (https://rustup.rs)" || return 1
}

# Decide how wasm32 gets its standard library; collect the Debian packages that needs.
_tendik_wasm_plan() {
    if [ -n "${TENDIK_WASM_MODE:-}" ]; then
        :
    elif [ -d "$(_tendik_rustup_sysroot)/lib/rustlib/wasm32-unknown-unknown" ]; then
        TENDIK_WASM_MODE=rustup
    elif _tendik_has_apt && { _tendik_is_root || [ -z "$(_tendik_missing_debs "${TENDIK_WASM_DEBS[@]}")" ]; }; then
        TENDIK_WASM_MODE=debian
    else
        TENDIK_WASM_MODE=rustup
        _tendik_say "installing rustup target wasm32-unknown-unknown (about a minute)"
        _tendik_logged rustup-target rustup target add wasm32-unknown-unknown || return 1
    fi
    export TENDIK_WASM_MODE
    TENDIK_PANIC=immediate-abort
    if [ "$TENDIK_WASM_MODE" = rustup ]; then
        if [ ! -d "$(_tendik_rustup_std_src)" ]; then
            # Optional: without it the embed bundles keep panic messages (about 12 KB more).
            _tendik_say "installing rustup component rust-src (to build std for size)"
            _tendik_logged rustup-src timeout 300 rustup component add rust-src ||
                _tendik_say "warning: no rust-src: the wasm keeps panic messages (bigger bundles)"
        fi
        # rustup's toolchain builds std for size when it has the sources and knows the flag.
        if ! { [ -d "$(_tendik_rustup_std_src)" ] &&
            RUSTC_BOOTSTRAP=1 rustc $_tendik_immediate_abort_flags --print cfg \
                --target wasm32-unknown-unknown >/dev/null 2>&1; }; then
            TENDIK_PANIC=abort
        fi
    fi
    export TENDIK_PANIC
    if [ "$TENDIK_WASM_MODE" = debian ]; then
        mapfile -t -O "${#_tendik_debs[@]}" _tendik_debs < <(_tendik_missing_debs "${TENDIK_WASM_DEBS[@]}")
    fi
}

_tendik_browser_plan() {
    if [ -n "${CHROMIUM_PATH:-}" ]; then
        [ -x "$CHROMIUM_PATH" ] || _tendik_die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" || return 1
        return 0
    fi
    if _tendik_has_apt && { _tendik_is_root || [ -x /usr/bin/chromium ]; }; then
        mapfile -t -O "${#_tendik_debs[@]}" _tendik_debs < <(_tendik_missing_debs "${TENDIK_BROWSER_DEBS[@]}")
        CHROMIUM_PATH=/usr/bin/chromium
    else
        local c
        for c in chromium chromium-browser google-chrome google-chrome-stable; do
            if command -v "$c" >/dev/null 2>&1; then
                CHROMIUM_PATH="$(command -v "$c")"
                break
            fi
        done
        [ -n "${CHROMIUM_PATH:-}" ] || _tendik_die "no Chromium found: install it or set CHROMIUM_PATH" || return 1
    fi
    export CHROMIUM_PATH
}

# The fonts come with apt wherever there is apt, whichever browser runs the tests: the
# static renders need them too. Elsewhere tendik-render says which files it needs
# (TENDIK_FONT_DIR points it at them).
_tendik_font_plan() {
    _tendik_has_apt || return 0
    local missing
    mapfile -t missing < <(_tendik_missing_debs "${TENDIK_FONT_DEBS[@]}")
    [ ${#missing[@]} -gt 0 ] || return 0
    _tendik_is_root || _tendik_die "Debian packages missing: ${missing[*]}; run as root or install them: apt-get install ${missing[*]}" || return 1
    _tendik_debs+=("${missing[@]}")
}

_tendik_cargo_tool() {
    local bin="$1" crate="$2" version="$3"
    shift 3
    local have
    have="$("$bin" --version 2>/dev/null | awk '{print $2}')" || true
    [ "$have" = "$version" ] && return 0
    _tendik_say "installing $crate $version (cargo install; a few minutes, log in $TENDIK_LOG_DIR/$crate.log)"
    _tendik_logged "$crate" cargo install --force "$crate" --version "$version" "$@" || return 1
    hash -r
}

_tendik_wasm_bindgen_version() {
    awk '
        $0 == "[[package]]" { name = "" }
        $1 == "name" && $3 == "\"wasm-bindgen\"" { name = "wasm-bindgen" }
        name == "wasm-bindgen" && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
    ' "$TENDIK_ROOT/Cargo.lock"
}

_tendik_npm() {
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
        _tendik_die "node and npm not found: install Node.js 20 or newer" || return 1
    local major
    major="$(node -p 'process.versions.node.split(".")[0]')"
    [ "$major" -ge 20 ] || _tendik_die "Node.js $(node --version) is too old: need 20 or newer" || return 1
    local tests="$TENDIK_ROOT/tests" stamp want have=""
    stamp="$tests/node_modules/.tendik-stamp"
    want="$(cat "$tests/package.json" "$tests/package-lock.json" | sha256sum | cut -d' ' -f1) node$major"
    [ -f "$stamp" ] && have="$(cat "$stamp")"
    [ "$have" = "$want" ] && [ -x "$tests/node_modules/.bin/wasm-opt" ] && return 0
    _tendik_say "installing the npm packages in tests/ (npm ci; about a minute, log in $TENDIK_LOG_DIR/npm-ci.log)"
    _tendik_logged npm-ci npm ci --prefix "$tests" --no-audit --no-fund --loglevel=error || return 1
    printf '%s\n' "$want" >"$stamp"
}

wasm_env() {
    local nm_bin="$TENDIK_ROOT/tests/node_modules/.bin"
    local size=()
    if [ "$TENDIK_PANIC" = immediate-abort ]; then
        size=(RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
            RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }$_tendik_immediate_abort_flags")
    fi
    if [ "$TENDIK_WASM_MODE" = debian ]; then
        # Debian's rustc-web builds std for wasm32 from its sources (build-std);
        # rustup's toolchain stays the default everywhere else.
        env -u RUSTUP_TOOLCHAIN -u CARGO -u RUSTC_WRAPPER \
            PATH="$nm_bin:/usr/bin:$PATH" \
            RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
            ${size[@]+"${size[@]}"} "$@"
    else
        env PATH="$nm_bin:$PATH" ${size[@]+"${size[@]}"} "$@"
    fi
}

tendik_setup() {
    local _tendik_debs=()
    _tendik_setup_path || return 1
    _tendik_wasm_plan || return 1
    _tendik_browser_plan || return 1
    _tendik_font_plan || return 1
    # One apt-get run for everything missing.
    if [ ${#_tendik_debs[@]} -gt 0 ]; then
        _tendik_apt_install "${_tendik_debs[@]}" || return 1
    fi
    [ -x "${CHROMIUM_PATH:-}" ] || _tendik_die "Chromium not found at ${CHROMIUM_PATH:-?}" || return 1

    local wbg
    wbg="$(_tendik_wasm_bindgen_version)"
    [ -n "$wbg" ] || _tendik_die "no wasm-bindgen in Cargo.lock" || return 1
    # No --locked for wasm-bindgen-cli: a locked dependency of 0.2.130 is missing from the registry.
    _tendik_cargo_tool wasm-bindgen wasm-bindgen-cli "$wbg" || return 1
    # trunk 0.21.14 only builds with --locked (lightningcss); 0.22 needs a newer rustc.
    _tendik_cargo_tool trunk trunk "$TENDIK_TRUNK_VERSION" --locked || return 1
    _tendik_npm || return 1
}

if (return 0 2>/dev/null); then
    tendik_setup || return 1
else
    set -euo pipefail
    tendik_setup
fi
