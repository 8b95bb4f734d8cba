#!/usr/bin/env bash
# The cluster mode on this machine: throwaway Postgres + Redis, N Celery workers (default 2), then
# ingest -> extraction shards -> dbt -> publish into DEALWIRE_WAREHOUSE; everything started is stopped
# by pid at the end, on failure and on Ctrl-C. Needs Debian's postgresql and redis-server (installed
# here with apt-get when missing). Options: --workers N, --parallel N, --keep (docs/scale-out.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
"$ROOT/scripts/cluster_packages.sh"
exec .venv/bin/python -m pipelines.cluster "$@"
