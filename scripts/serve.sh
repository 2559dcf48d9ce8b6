#!/usr/bin/env bash
# Tendik: build the app, then serve dist/ on http://127.0.0.1:${PORT:-8080} (it prints the URL).
# Extra arguments go to tests/serve.mjs, e.g. --csp to send the strict Content-Security-Policy.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build.sh"
exec node "$root/tests/serve.mjs" --root "$root/dist" --port "${PORT:-8080}" "$@"
