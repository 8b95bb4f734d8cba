"""The organization ranker's trainer reads the candidates the pipeline hands the ranker
(``pipelines/extraction/ranker_view.py``), not a call of ``find_organizations`` of its own: the same
organizations, the same feature rows, and the names the pipeline withdraws as people marked."""

from __future__ import annotations

from pipelines.extraction.entities.ranker import ranker_in_use
from pipelines.extraction.entities.ranker_features import feature_rows
from pipelines.extraction.evaluate import Article
from pipelines.extraction.extract import facts_from_entities
from pipelines.extraction.ranker_view import RankerView, ranker_view
from tests.conftest import load_script

# A results table breaking sales down by division: its rows are units only in the pipeline's call,
# which hands find_organizations the unit rows (a pipe line is page chrome otherwise).
_UNIT_TABLE = (
    "Velorix Systems reported its results on Tuesday.\n\nSales by division\n\n"
    "Lattice Systems | 1,041 | 1,038\nQuill Care | 1,922 | 2,010\nTotal | 2,963 | 3,048\n"
)
_UNIT_SPANS = [(0, 15, "ORG")]


class RecordingRanker:
    """Stands in for the ranker inside the pipeline: records what it is handed, withdraws nothing."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.rows: list[list[float]] = []

    def rank(self, text, result, ner_spans, gaz):
        self.names = [org.name for org in result.organizations]
        self.rows = [list(row) for row in feature_rows(text, result.organizations, ner_spans, gaz)]
        return result


def test_the_view_is_what_the_ranker_is_handed_in_the_pipeline() -> None:
    recorder = RecordingRanker()
    with ranker_in_use(recorder):
        facts_from_entities(_UNIT_TABLE, None, list(_UNIT_SPANS))
    view = ranker_view(_UNIT_TABLE, list(_UNIT_SPANS))
    assert [org.name for org in view.candidates] == recorder.names
    assert view.rows == recorder.rows and view.judged


def test_units_a_table_names_are_among_the_candidates() -> None:
    names = [org.name for org in ranker_view(_UNIT_TABLE, list(_UNIT_SPANS)).candidates]
    assert {"Lattice Systems", "Quill Care"} <= set(names)


def test_a_name_the_pipeline_reads_as_a_titled_person_is_marked_withdrawn() -> None:
    text = "Olivia Park, chief executive of Quarva Holdings, said sales rose. Quarva Holdings makes pumps."
    first, last = text.index("Quarva"), text.rindex("Quarva")
    spans = [(0, 11, "ORG"), (first, first + 15, "ORG"), (last, last + 15, "ORG")]
    view = ranker_view(text, spans)
    assert "Olivia Park" in [org.name for org in view.candidates]
    assert view.withdrawn_as_people == {"olivia park"}


def test_without_model_spans_the_ranker_is_not_asked() -> None:
    view = ranker_view(_UNIT_TABLE, [])
    assert view.candidates and not view.judged and view.rows == []


def _article(text: str) -> Article:
    return Article("invented", text, None, {"organizations": [{"name": "Quarva Holdings"}]})


def test_training_examples_leave_out_names_withdrawn_as_people() -> None:
    text = "Olivia Park, chief executive of Quarva Holdings, said sales rose. Quarva Holdings makes pumps."
    first, last = text.index("Quarva"), text.rindex("Quarva")
    view = ranker_view(text, [(0, 11, "ORG"), (first, first + 15, "ORG"), (last, last + 15, "ORG")])
    example = load_script("train_org_ranker")._pipeline_example("invented", _article(text), view)
    assert [org.name for org in example.organizations] == ["Quarva Holdings"]
    assert example.rows.shape[0] == 1 and example.labels.tolist() == [1.0]
    assert (example.rules_count.tp, example.rules_count.fp) == (1, 0)


def test_an_article_the_ranker_does_not_judge_keeps_its_organizations_in_both_arms() -> None:
    view = RankerView(ranker_view(_UNIT_TABLE, []).candidates, [], frozenset(), judged=False)
    script = load_script("train_org_ranker")
    example = script._pipeline_example("invented", _article(_UNIT_TABLE), view)
    assert example.organizations == [] and example.rows.shape[0] == 0
    assert [org.name for org in example.fixed] == [org.name for org in view.candidates]
    refused = script.org_count([example], _refuse_all())
    assert refused.tp + refused.fp == len(view.candidates)


def _refuse_all():
    from pipelines.extraction.entities.ranker import OrgRanker
    from pipelines.extraction.entities.ranker_features import FEATURE_NAMES

    return OrgRanker((-50.0,) + (0.0,) * (len(FEATURE_NAMES) - 1), 0.5)
