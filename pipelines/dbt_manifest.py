"""The dbt project's manifest, which the Dagster definitions are built from.

Kept apart from pipelines/defs/dbt.py so that the CLI can prepare the manifest before anything loads
the definitions (loading them needs it and must not run dbt itself).
"""

from __future__ import annotations

import subprocess

from dagster_dbt import DbtProject

from pipelines.defs.resources import dbt_executable
from pipelines.settings import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def manifest_is_stale() -> bool:
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    sources = [DBT_PROJECT_DIR / "dbt_project.yml"]
    for folder in ("models", "macros", "seeds", "tests"):
        sources.extend((DBT_PROJECT_DIR / folder).rglob("*"))
    return any(path.is_file() and path.stat().st_mtime > built for path in sources)


def prepare_manifest() -> None:
    """`dbt parse` when the manifest is missing or older than the project's files (a checkout loaded
    without scripts/setup.sh, models edited since). Called by `dealwire run`/`ui` before Dagster starts."""
    if manifest_is_stale():
        subprocess.run(
            [dbt_executable(), "parse", "--quiet", "--project-dir", str(DBT_PROJECT_DIR),
             "--profiles-dir", str(DBT_PROJECT_DIR)],
            check=True,
        )
