#!/usr/bin/env bash
# Set everything up, then lint and run the whole test suite (unit, asset, end-to-end, browser).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
# The browser test drives Debian's Chromium through Playwright: no browser download.
if ! command -v chromium >/dev/null 2>&1; then
  echo "test: installing Debian chromium for the browser test"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq chromium >/dev/null \
    || echo "test: could not install chromium; the browser test will fail"
fi
# The cluster tests start Debian's Postgres and Redis themselves (tests/cluster).
"$ROOT/scripts/cluster_packages.sh"
.venv/bin/ruff check .
exec .venv/bin/pytest "$@"
