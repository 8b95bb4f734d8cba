"""Vocabularies are declared once, in pipelines/extraction/model.py; dbt's copy must not drift."""

from pathlib import Path

import yaml

from pipelines.extraction.model import DEAL_TYPES

DBT_PROJECT = Path(__file__).resolve().parents[2] / "dbt_project"


def test_dbt_deal_types_are_the_extraction_vocabulary() -> None:
    project = yaml.safe_load((DBT_PROJECT / "dbt_project.yml").read_text())
    assert tuple(project["vars"]["deal_types"]) == DEAL_TYPES


def test_no_dbt_file_spells_the_deal_types_out_again() -> None:
    spelled = ", ".join(DEAL_TYPES[:3])
    for path in (DBT_PROJECT / "models").rglob("*"):
        if path.suffix in (".sql", ".yml"):
            text = path.read_text()
            assert spelled not in text and "'joint_venture'" not in text, f"{path} lists deal types itself"
