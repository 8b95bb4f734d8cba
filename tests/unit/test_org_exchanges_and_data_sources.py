"""An exchange where a company's shares moved ("closed 1.3 per cent higher at Rs 486 on the QSE") and a
provider of market data ("according to Datavane data", "analysts polled by Datavane") are organizations
named in the body, though the entity model rarely proposes a short all-caps exchange name. Every
sentence here is invented. Removing the two cue rows in org_cues.ORGANIZATION_CUES fails the positive
tests below (checked once by deleting them)."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.org_evidence import cue_name_spans


def organizations(text: str) -> set[str]:
    return {o.name for o in find_organizations(text, (), boilerplate_spans(text)).organizations}


def cue_names(text: str) -> set[str]:
    return {text[s:e] for s, e in cue_name_spans(text)}


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        ("Shares of Velmora closed 1.3 per cent higher at Rs 486.75 on the QSE ahead of the results.", "QSE"),
        ("The stock fell 2.1% to Rs 1,679.90 on the QSE.", "QSE"),
        ("Quarvo shares (QRV3) rose 3.4% on B7 on Monday.", "B7"),
        ("Shares of Tellbridge rose 3.6% on Lumdaq in New York on Tuesday afternoon.", "Lumdaq"),
        ("Shares of the company were up nearly 5% on the QSE after the numbers.", "QSE"),
    ],
)
def test_the_exchange_where_shares_moved_is_an_organization(text, exchange):
    assert exchange in cue_names(text)


def test_the_exchange_is_kept_through_the_whole_path():
    text = "Velmora reported revenue of Rs 100 crore. Shares of Velmora rose 2% on the QSE on Friday."
    assert {"Velmora", "QSE"} <= organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares closed 2% higher at P148.50 on Tuesday.",  # a weekday, not an exchange
        "Its shares fell 3% on the June results.",  # a month
        "Its share price rose 3% on Lumora Quest sales.",  # what drove the move is a product
        "Quarvo lifts profit 14% on Lumora Quest 3 as sales top ¥80 billion.",  # no shares moved
    ],
)
def test_what_moved_the_shares_is_not_an_exchange(text):
    assert not ({"June", "Tuesday", "Lumora Quest", "Lumora Quest 3", "Lumora"} & cue_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Analysts had expected about $520 million, according to Datavane data.",
        "Analysts polled by Datavane had expected $150.1 million in revenue.",
    ],
)
def test_a_market_data_provider_is_an_organization(text):
    assert "Datavane" in cue_names(text)


# --- "the company" after an exchange or a data provider is the story's company (entities/descriptors.py),
# so the figures after them stay the company's ----------------------------------------------------------


def _the_company(text: str) -> set[str]:
    result = find_organizations(text, (), boilerplate_spans(text))
    return {m.name for m in result.mentions if m.text.lower().startswith("the company")}


def test_the_company_after_a_data_provider_is_the_story_company():
    text = (
        "Velmora Systems said revenue rose 20% to $548.4 million in 2023. Analysts on average had expected "
        "about $520 million, according to Datavane data.\n\n"
        "The company narrowed its loss from operations to $18.6 million in 2023."
    )
    assert _the_company(text) == {"Velmora Systems"}


def test_the_company_after_an_exchange_is_the_story_company():
    text = (
        "Velmora Systems said revenue rose 20% to $548.4 million in 2023. Its shares rose 2% on the QSE on "
        "Friday.\n\nThe company narrowed its loss from operations to $18.6 million in 2023."
    )
    assert _the_company(text) == {"Velmora Systems"}
