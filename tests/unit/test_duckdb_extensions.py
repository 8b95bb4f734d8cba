"""The ducklake and postgres extensions load offline from their wheels (pipelines/warehouse/extensions.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse import extensions
from pipelines.warehouse.extensions import ExtensionMissing, extension_file, load_extensions


def _fresh_connection(extension_dir: Path) -> duckdb.DuckDBPyConnection:
    # An empty extension directory: the extensions must come from the wheels, nothing is there before.
    return duckdb.connect(config={"extension_directory": str(extension_dir),
                                  "autoinstall_known_extensions": False})


def test_extensions_install_from_the_wheels_into_an_empty_directory(tmp_path: Path) -> None:
    con = _fresh_connection(tmp_path / "ext")
    load_extensions(con)
    rows = dict(con.execute(
        "SELECT extension_name, install_path FROM duckdb_extensions() "
        "WHERE loaded AND extension_name IN ('ducklake', 'postgres_scanner')").fetchall())
    assert set(rows) == {"ducklake", "postgres_scanner"}
    assert all(path.startswith(str(tmp_path / "ext")) for path in rows.values())


def test_a_ducklake_table_is_created_and_read_offline(tmp_path: Path) -> None:
    con = _fresh_connection(tmp_path / "ext")
    load_extensions(con, ("ducklake",))
    catalog, data = tmp_path / "catalog.ducklake", tmp_path / "data"
    con.execute(f"ATTACH 'ducklake:{catalog}' AS lake (DATA_PATH '{data}')")
    con.execute("CREATE TABLE lake.t (article_id VARCHAR NOT NULL, n INTEGER)")
    con.execute("INSERT INTO lake.t VALUES ('a', 1), ('b', 2)")
    con.close()
    # A second connection (a second process would do the same) reads what the first committed.
    again = _fresh_connection(tmp_path / "ext")
    load_extensions(again, ("ducklake",))
    again.execute(f"ATTACH 'ducklake:{tmp_path / 'catalog.ducklake'}' AS lake")
    assert again.execute("SELECT article_id, n FROM lake.t ORDER BY 1").fetchall() == [("a", 1), ("b", 2)]


def test_loading_twice_installs_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = _fresh_connection(tmp_path / "ext")
    load_extensions(con)
    installs: list[str] = []
    real_file = extensions.extension_file
    monkeypatch.setattr(extensions, "extension_file", lambda name: installs.append(name) or real_file(name))
    load_extensions(_fresh_connection(tmp_path / "ext"))
    assert installs == []


def test_an_extension_built_for_another_duckdb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duckdb, "__version__", "0.0.1")
    with pytest.raises(ExtensionMissing, match="duckdb-extension-ducklake has no v0.0.1/ducklake"):
        extension_file("ducklake")
