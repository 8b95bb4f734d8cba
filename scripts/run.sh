#!/usr/bin/env bash
# Set everything up, then materialize every asset on the raw folder into the warehouse.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
export DAGSTER_HOME="${DAGSTER_HOME:-$ROOT/.dagster_home}"
exec .venv/bin/dealwire run
