"""A company whose name opens with a function word keeps it where the text shows the whole name
(entities/function_word_openings.py): "acquired Over the Wire Holdings", "Bengaluru-based Even Healthcare".
Invented names throughout."""

from __future__ import annotations

from pipelines.extraction.entities.function_word_openings import names_shown_whole
from pipelines.extraction.extract import rule_stages
from tests.unit.org_rows import found, spans


def test_a_name_shown_inside_a_sentence_keeps_its_opening_word():
    text = "Quarvo Group agreed to buy Over the Wire Holdings for $50 million."
    assert "Over the Wire Holdings" in found(text, spans(text, "ORG", "Quarvo Group", "the Wire Holdings"))


def test_the_model_span_without_the_word_grows_back_over_it():
    text = "Velmont-based Even Kestrel raised $20 million. Even Kestrel runs two clinics."
    orgs = found(text, spans(text, "ORG", "Kestrel"))
    assert "Even Kestrel" in orgs and "Kestrel" not in orgs


def test_the_sentence_opening_mention_of_a_name_shown_whole_keeps_it_too():
    text = "Over the Wire Holdings reported revenue of $12m. The deal values Over the Wire Holdings at $80m."
    assert list(found(text)) == ["Over the Wire Holdings"]


def test_a_function_word_opening_a_sentence_before_a_name_is_no_part_of_it():
    text = "After Quarvo Networks said sales fell, its shares fell. Over the past year Quarvo Networks grew."
    assert list(found(text, spans(text, "ORG", "Quarvo Networks"))) == ["Quarvo Networks"]


def test_an_article_or_a_name_after_a_capital_word_shows_nothing():
    # "The" is the keys' to read; a title-case headline capitalises every word, so it shows no name whole
    assert names_shown_whole("Shares of The Quarvo Company rose.") == ()
    assert names_shown_whole("Quarvo Buys Over The Wire Holdings") == ()
    assert names_shown_whole("The deal closed, After Quarvo said so.") == ()


def test_a_deal_naming_the_whole_name_names_the_company():
    text = "Quarvo Group has agreed to acquire Over the Wire Holdings for $50 million in cash."
    facts = rule_stages(text, None, spans(text, "ORG", "Quarvo Group", "the Wire Holdings"))
    parties = {p.organization_name for deal in facts.deals for p in deal.participants}
    assert "Over the Wire Holdings" in parties and "Wire Holdings" not in parties
