"""`python -m pipelines.cluster` (./scripts/cluster.sh): the cluster mode on this machine.

Starts a throwaway Postgres (Dagster's instance and the DuckLake catalog) and Redis (Celery's broker),
N Celery workers, runs ingest -> extraction shards -> dbt -> publish into DEALWIRE_WAREHOUSE as the
local mode does, prints the summary, and stops everything it started by pid, also on failure,
Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from pipelines.cluster.refresh import StageFailed, refresh
from pipelines.cluster.servers import ServerError
from pipelines.cluster.session import cluster_session


def _sigterm_as_exit(signum: int, _frame: object) -> None:
    # SystemExit unwinds through the session's `finally`, which stops every server by its pid.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/cluster.sh", description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="Celery workers to start (default 2)")
    parser.add_argument("--parallel", type=int, default=None,
                        help="shard runs in flight at once (default: the number of workers)")
    parser.add_argument("--shards-per-run", type=int, default=1,
                        help="shards each extraction run takes (a partition range); default 1, a run "
                        "per partition")
    parser.add_argument("--keep", action="store_true",
                        help="keep the session folder (server logs, lake files) and print where it is")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _sigterm_as_exit)
    settings = {name: value for name, value in os.environ.items() if name.startswith("DEALWIRE_")}
    try:
        with cluster_session(args.workers, settings, keep_root=args.keep) as session:
            print(f"cluster: Postgres on port {session.servers.postgres.port}, Redis on port "
                  f"{session.servers.redis.port}, {len(session.workers)} Celery worker(s); "
                  f"session folder {session.root}", flush=True)
            refresh(session, args.parallel, args.shards_per_run, report=lambda line: print(line, flush=True))
    except (StageFailed, ServerError) as error:
        print(f"cluster: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cluster: interrupted; every server started was stopped", file=sys.stderr)
        return 130
    from pipelines.cli import cmd_summary

    return cmd_summary(argparse.Namespace())


if __name__ == "__main__":
    sys.exit(main())
