#!/usr/bin/env bash
# Tendik: run every test. Installs what is missing first (scripts/setup.sh), then in order,
# stopping at the first failure:
#   cargo fmt --check, cargo clippy (-D warnings), cargo test (native, rustup's toolchain),
#   scripts/build.sh (the wasm app into dist/), Playwright in headless Chromium (tests/e2e).
# Ends with one line: "tendik: N passed, M failed" (cargo test + Playwright), and exits
# non-zero if anything failed. Logs and screenshots: tests/output/.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/tests/output"
mkdir -p "$out"

passed=0
failed=0
started=$SECONDS

finish() {
    local rc="$1"
    echo
    if [ "$rc" -eq 0 ]; then
        echo "test.sh: all steps passed in $((SECONDS - started)) s"
    else
        echo "test.sh: stopped after a failure ($((SECONDS - started)) s; logs in tests/output/)"
    fi
    echo "tendik: $passed passed, $failed failed"
    exit "$rc"
}

# A failed step that counted no failed test still counts as one failure.
step_failed() {
    echo "test.sh: FAILED: $1" >&2
    [ "$2" -gt 0 ] || failed=$((failed + 1))
    finish 1
}

banner() { printf '\n== %s\n' "$*"; }

banner "setup"
# shellcheck source=scripts/setup.sh
source "$root/scripts/setup.sh" </dev/null || step_failed "setup (scripts/setup.sh)" 0
cd "$root" || exit 1

banner "cargo fmt --all --check"
cargo fmt --all --check || step_failed "cargo fmt --all --check (run: cargo fmt --all)" 0

banner "cargo clippy --workspace --all-targets --all-features -- -D warnings"
cargo clippy --workspace --all-targets --all-features -- -D warnings || step_failed "cargo clippy" 0

banner "cargo test --workspace --all-features"
cargo test --workspace --all-features 2>&1 | tee "$out/cargo-test.log"
rc=${PIPESTATUS[0]}
read -r cargo_passed cargo_failed < <(
    awk '/^test result:/ {
            for (i = 1; i <= NF; i++) {
                if ($(i) ~ /^passed;?$/) p += $(i - 1)
                if ($(i) ~ /^failed;?$/) f += $(i - 1)
            }
         }
         END { print p + 0, f + 0 }' "$out/cargo-test.log"
)
passed=$((passed + cargo_passed))
failed=$((failed + cargo_failed))
[ "$rc" -eq 0 ] || step_failed "cargo test" "$cargo_failed"

banner "scripts/build.sh"
bash "$root/scripts/build.sh" </dev/null || step_failed "scripts/build.sh (trunk build)" 0

# The size budget (issues 8 and 17), per language, brotli:
# - an article with the three named charts (main module + their chunks): at most 150 KB
#   (153,600 bytes), enforced; issue 17's 90 KB target for it and 70 KB for one widget are
#   printed, not enforced, until they are met;
# - everything an article loads before a click, every widget and the newsroom-data parser:
#   a ceiling against unnoticed growth. It was 150 KB; grammar, hardening and the split's
#   own stubs took it to 166-170 KB (docs/performance.md), so 150 KB for an article with
#   all ten widgets is not met today, and this ceiling says so rather than hiding it;
#   raised from 176,000 to 180,000 for issue 18's notes and legend (+1.9 KB in Russian), and
#   to 184,000 for its newsroom theme (the accent's contrast and colour-difference check,
#   +4.2 KB in the main module) and JSON writers (+2.3 KB), and to 185,000 for issue 13's
#   swap from the static figure to the live chart without layout shift (+1.1 KB in Kazakh:
#   the loader +0.5 KB, the wasm's localised placeholder +0.6 KB), and to 188,500 for
#   issue 15's newsroom data in the institutions chart (its reader, writer and sentences:
#   +3.2 KB in Kazakh, 184,590 → 187,757 B), and to 190,000 for the researchers chart's
#   (+1.2 KB, 187,360 → 188,607 B), to 204,000 for the other five widgets' (+13.3 KB), and
#   to 211,000 for the eleventh widget, business (+7.9 KB in Kazakh, 202,096 → 209,984 B),
#   and to 214,000 for the image-size choice beside the downloads (+2.8 KB, → 212,806 B);
# - the app page, which also carries the Sources view and its document reader in three
#   languages (Trunk cannot split it), under a ceiling too; raised from 264,000 to 272,000
#   when the app linked every chart and figure to its own page (issue 14, +1.7 KB), and to
#   276,000 for issue 18's newsroom theme and JSON downloads (+3.6 KB), and to 284,000 for
#   issue 13's embed code (the static figure in the script snippet, newsletter and AMP
#   snippets, each page's figures list: +6.2 KB, 275,770 → 281,996 B), and to 286,000 for
#   issue 15's newsroom data in the institutions chart (+2.2 KB, 283,196 → 285,437 B), and
#   to 288,000 for the researchers chart's (+1.3 KB, 285,418 → 286,688 B), and to 301,000
#   for the other five widgets' (+12.7 KB, 286,803 → 299,523 B), and to 308,000 for the
#   business widget (+7.4 KB, 299,523 → 306,883 B), and to 311,000 for the image-size
#   choice (+2.6 KB, → 309,444 B).
# Where std cannot be built from source (rustup without rust-src) the wasm keeps panic
# messages: 16 KB of allowance.
three_budget=153600
embed_ceiling=214000
app_ceiling=311000
if [ "$TENDIK_PANIC" != immediate-abort ]; then
    three_budget=$((three_budget + 16384))
    embed_ceiling=$((embed_ceiling + 16384))
    app_ceiling=$((app_ceiling + 16384))
    echo "test: std is not built from source here (no rust-src): size budgets raised by 16 KB" >&2
fi
banner "size budget (brotli): three charts $three_budget bytes, every widget $embed_ceiling, app page $app_ceiling"
if node "$root/tests/size-budget.mjs" --three-budget "$three_budget" --budget "$embed_ceiling" --app-budget "$app_ceiling"; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    step_failed "size budget (tests/size-budget.mjs)" 1
fi

banner "playwright test (headless Chromium: $CHROMIUM_PATH)"
results="$out/results.json"
rm -f "$results"
(cd "$root/tests" && npx --no-install playwright test --config playwright.config.mjs) </dev/null
rc=$?
read -r pw_passed pw_failed < <(
    node -e '
        const fs = require("fs");
        let s = {};
        try { s = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).stats ?? {}; } catch {}
        console.log((s.expected ?? 0) + (s.flaky ?? 0), s.unexpected ?? 0);
    ' "$results"
)
passed=$((passed + pw_passed))
failed=$((failed + pw_failed))
[ "$rc" -eq 0 ] || step_failed "playwright test (report: tests/output/results.json)" "$pw_failed"
[ "$pw_passed" -gt 0 ] || step_failed "playwright ran no test" 0

finish 0
