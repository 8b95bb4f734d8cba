"""DuckDB extensions installed offline from the PyPI wheels that carry them.

DuckDB fetches an extension from its own repository on first use, which fails on a machine without
internet. The wheels `duckdb-extension-<name>` (pinned with duckdb itself in requirements.lock) ship the
`.duckdb_extension` file built for that duckdb version; `INSTALL '<file>'` copies it into DuckDB's
extension directory and `LOAD <name>` loads it, with no network. Once installed, other processes of the
same user (dbt, the SQL shell) load it by name too.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import duckdb

# Extension name -> the distribution that carries its file.
EXTENSION_PACKAGES = {
    "ducklake": "duckdb-extension-ducklake",
    "postgres": "duckdb-extension-postgres",
}

# DuckDB's name for an extension whose file (and LOAD alias) has another one.
_INSTALLED_AS = {"postgres": "postgres_scanner"}


class ExtensionMissing(RuntimeError):
    """The wheel carrying an extension is not installed, or carries no file for this duckdb."""


def extension_file(name: str) -> Path:
    """The `.duckdb_extension` file of ``name`` inside its installed wheel, for the running duckdb."""
    package = EXTENSION_PACKAGES[name]
    try:
        files = importlib.metadata.distribution(package).files or []
    except importlib.metadata.PackageNotFoundError:
        raise ExtensionMissing(f"{package} is not installed (it is in requirements.lock)") from None
    wanted = f"v{duckdb.__version__}/{name}.duckdb_extension"
    for file in files:
        if str(file).endswith(wanted):
            return Path(str(file.locate()))
    raise ExtensionMissing(
        f"{package} has no {wanted}: its version must equal duckdb's ({duckdb.__version__})")


def load_extensions(
    con: duckdb.DuckDBPyConnection, names: tuple[str, ...] = ("ducklake", "postgres")
) -> None:
    """Install (from the wheel's file, once per user) and load each extension on ``con``, offline."""
    installed = {name for (name,) in con.execute(
        "SELECT extension_name FROM duckdb_extensions() WHERE installed").fetchall()}
    for name in names:
        if _INSTALLED_AS.get(name, name) not in installed:
            path = str(extension_file(name)).replace("'", "''")
            con.execute(f"INSTALL '{path}'")
        con.execute(f"LOAD {name}")
