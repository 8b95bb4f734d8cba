"""A place in brackets inside a registered name is the name's own: "Quarvo Finance (HK) Limited" is one
company, not "Quarvo Finance" (entities/candidates.py NAME_PATTERN, _PLACE_IN_BRACKETS)."""

from __future__ import annotations

from pipelines.extraction.entities.candidates import NAME_PATTERN


def _names(text: str) -> list[str]:
    return [match.group() for match in NAME_PATTERN.finditer(text)]


def test_a_place_in_brackets_before_a_legal_form_stays_in_the_name() -> None:
    assert _names("The unit Quarvo Finance (HK) Limited, our trade arm, grew.") == [
        "Quarvo Finance (HK) Limited"
    ]


def test_a_place_in_brackets_before_co_ltd_stays_in_the_name() -> None:
    text = "It was found by Velorix Pharmaceutical (Shanghai) Co., Ltd., the subsidiary."
    assert _names(text) == ["Velorix Pharmaceutical (Shanghai) Co., Ltd."]


def test_an_acronym_in_brackets_without_a_legal_form_stays_out() -> None:
    assert _names("the Tessel Energy Finance Corporation (TEFC) and others") == [
        "Tessel Energy Finance Corporation"
    ]
