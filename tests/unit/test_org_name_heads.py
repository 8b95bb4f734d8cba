"""A name's first word that no capital opens ("Quarvo+Lind", "U+ Ventures", "velorix Data Systems AG")
is read back into the name a capital started (entities/name_heads.py, used by entities/candidates.py)."""

from __future__ import annotations

from pipelines.extraction.entities.name_heads import read_as_capitalised, with_name_head


def _grown(text: str, name: str) -> str:
    start = text.index(name)
    begin, end = with_name_head(text, start, start + len(name))
    return text[begin:end]


def test_a_word_glued_by_a_plus_opens_the_name() -> None:
    text = "The order went to Quarvo+Lind, the Munich card maker."
    assert _grown(text, "Lind") == "Quarvo+Lind"


def test_a_word_ending_in_a_plus_opens_the_name() -> None:
    text = "Backers included Tessel Capital and Q+ Ventures Fund I."
    assert _grown(text, "Ventures Fund I") == "Q+ Ventures Fund I"


def test_a_plus_after_a_name_stays_out() -> None:
    """ "Velar+" after the company "Velar" is most often its product, a streaming or software tier."""
    text = "Velar+ subscribers rose."
    assert with_name_head(text, 0, len("Velar")) == (0, len("Velar"))


def test_a_lower_case_brand_the_article_opens_a_sentence_with_opens_the_name() -> None:
    text = "velorix grows on defence demand\n\nThe specialist velorix Data Systems AG closed the year."
    assert _grown(text, "Data Systems AG") == "velorix Data Systems AG"


def test_a_lower_case_word_no_sentence_opens_with_stays_out() -> None:
    text = "The Essen-based specialist Data Systems AG closed the year. Revenue rose."
    assert _grown(text, "Data Systems AG") == "Data Systems AG"


def test_a_word_opening_a_wrapped_line_is_no_name() -> None:
    """A hard wrap opens a line mid-sentence: the line before ends no sentence."""
    text = "Revenue at the German\nmaker rose, and the German maker Quarvo GmbH said so."
    assert _grown(text, "Quarvo GmbH") == "Quarvo GmbH"


def test_a_word_after_a_colon_is_no_name() -> None:
    text = "Outlook: group revenue will rise. The Hungarian group Tessel took the lot."
    assert _grown(text, "Tessel") == "Tessel"


def test_a_lower_case_name_is_judged_as_if_capitalised() -> None:
    assert read_as_capitalised("velorix Data Systems") == "Velorix Data Systems"


def test_candidates_keep_the_lower_case_brand_whole() -> None:
    from pipelines.extraction.entities.candidates import collect_candidates
    from pipelines.extraction.gazetteer import default_gazetteer

    text = "velorix grows on defence demand\n\nThe specialist velorix Data Systems AG closed the year."
    found = {text[c.start : c.end] for c in collect_candidates(text, [], default_gazetteer(), set())}
    assert any(name.startswith("velorix Data Systems") for name in found)
    assert not any(name.startswith("Data Systems") for name in found)


def test_a_word_after_an_abbreviation_opens_no_sentence() -> None:
    text = "Its U.S. subsidiary Tessel runs the machines. Its U.S. subsidiary Tessel grew."
    assert _grown(text, "Tessel") == "Tessel"


def test_a_function_word_opening_a_sentence_is_no_name() -> None:
    text = "It rose.\n\nfrom Quarvo Holdings came the offer. It bought a stake from Quarvo Holdings."
    assert _grown(text, "Quarvo Holdings") == "Quarvo Holdings"
