"""Deal causes of issue 11, one test per general cause, on invented names: the day a deal was
announced (the page's own date, the lead's news day, later sentences reporting the same news), names
listed with a known party, names opening a sentence, shares as a verb's object, a seller after a passive's
agent, contracts named with one side, a round opened with its money after an article."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipelines.extraction import deal_dates
from pipelines.extraction.deal_dates import (
    NEWS_REPORT_CUES,
    header_date,
    lead_of,
    news_day,
    reported_as_news,
)
from pipelines.extraction.deal_named_parties import with_deal_parties
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.entities.keys import organization_key
from pipelines.extraction.gazetteer import default_gazetteer
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import Sentence, split_sentences
from pipelines.extraction.syntax import Syntax
from tests.unit.extractor_cases import deal_rows
from tests.unit.test_deals import deals_of, roles

THURSDAY = date(2025, 10, 23)


# --- the page's own date -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a dateline under a masthead, before the byline
    ("LA GAZETTE - English edition\nSodexo holds its margin\nParis, 23 October 2025 - By A. Writer\nText.",
     date(2025, 10, 23)),
    # an issue line with its weekday
    ("WEEKLY\nIssue 1,362 - Thursday, 21 August 2025\nSection: Health\n\nText.", date(2025, 8, 21)),
])
def test_the_header_states_the_pages_date(text, expected):
    assert header_date(text) == expected


@pytest.mark.parametrize("text", [
    "Orion Group reports results for the quarter ended September 30, 2025\nText.",
    "Results for the year to 31 March 2025\nText.",
    "The deal was signed on March 3, 2024, and values it at $2 billion.\nText.",  # a sentence of the story
    "Headline\n\n" + "Body line.\n" * 12 + "Paris, 23 October 2025 - a date far below the header\n",
])
def test_a_periods_end_or_a_date_below_the_header_is_not_the_pages_date(text):
    assert header_date(text) is None


def test_a_deal_said_on_a_weekday_is_dated_by_the_header_when_no_publish_date_is_known():
    text = ("WIRE\n\nParis, 23 October 2025 - By A. Writer\n\n"
            "Orion Group said on Wednesday it had agreed to buy Kestrel Labs for $40 million.")
    assert [d.announced for d in deals_of(text)] == [date(2025, 10, 22)]


# --- the news day and the sentences that report it -----------------------------------------------------

@pytest.mark.parametrize(("texts", "expected"), [
    (["Orion Group sells its unit to Kestrel Labs", "The seller said on Wednesday it would buy back shares."],
     date(2025, 10, 22)),
    (["Announcing the results yesterday, the chief executive said the bank had a difficult year."],
     date(2025, 10, 22)),
    (["Thursday, October 23, 2025", "Orion Group posts a profit."], THURSDAY),  # the page's date line
    (["Orion Group posts a profit for the year ended June 30."], THURSDAY),  # a date in figures: a period
])
def test_the_news_day_is_the_first_day_the_top_of_the_story_names_in_words(texts, expected):
    assert news_day(texts, THURSDAY) == expected


def test_no_news_day_without_the_articles_date():
    assert news_day(["Orion Group said on Wednesday it had signed."], None) is None


def test_kickers_and_a_repeated_headline_fill_no_place_in_the_lead():
    texts = ["Orion lands $120 million in funding", "FUNDING", "Orion lands $120 million in funding",
             "Orion Group has raised $120 million, extending its Series C round.",
             "The second sentence of the story.", "The third sentence of the story."]
    story = [Sentence(t, i, i) for i, t in enumerate(texts)]
    assert [s.text for s in lead_of(story)][-1] == "The second sentence of the story."
    assert deal_dates.LEAD_SENTENCES == 3


@pytest.mark.parametrize("example", [example for _, example in NEWS_REPORT_CUES])
def test_each_news_report_cue_reads_its_example(example):
    assert reported_as_news(example)


def test_a_statement_set_apart_is_not_the_days_news():
    assert not reported_as_news("Separately, Orion Group said it had signed an agreement with Kestrel Labs.")


def test_a_later_sentence_reporting_the_news_gets_the_news_day():
    text = ("Orion Group profit rises 8% as lending grows.\n"
            "Orion Group reported a net profit of $25 million for 2024, the lender said on Wednesday.\n"
            "Total income rose 7 per cent to $74 million.\n"
            "The cost-to-income ratio fell to 46.9 per cent.\n"
            "The lender also said it had signed a partnership with Kestrel Labs.")
    deals = deals_of(text, THURSDAY)
    assert [(d.deal_type, d.announced) for d in deals] == [("partnership", date(2025, 10, 22))]


def test_the_seller_after_a_passive_deals_agent_is_a_party_not_context(extractor):
    text = ("Boralex grew. Boralex hired staff. In the United Kingdom, the Limekiln battery project is being "
            "acquired by Boralex from Zenobe Energy for £28 million.")
    assert ("acquisition", frozenset({"Boralex", "Zenobe Energy"})) in deal_rows(extractor, text)


# --- names the deal stage proposes ----------------------------------------------------------------------

def _with_parties(text: str, known: list[str]) -> list[str]:
    facts = [OrganizationFact(organization_key(name), name, "company") for name in known]
    mentions = sorted(
        (OrgMention(organization_key(name), name, name, m.start(), m.end())
         for name in known for m in re.finditer(re.escape(name), text)),
        key=lambda m: m.start,
    )
    result = with_deal_parties(text, split_sentences(text), [], OrganizationResult(facts, mentions), Syntax(),
                               default_gazetteer())
    return sorted(o.name for o in result.organizations if o.name not in known)


@pytest.mark.parametrize("text", [
    "Kestrel Labs closed a $29 million Series D led by Orion Capital, with Harbor Partners and Zorvane also "
    "taking part.",
    "Remittance company Kestrel Labs, payments network Zorvane and Accra-based Harbor Partners announced on "
    "Monday a partnership.",
    "Orion Capital said Harbor Partners and Zorvane also joined the round.",
])
def test_a_name_listed_with_a_known_party_is_proposed(text):
    assert _with_parties(text, ["Kestrel Labs", "Orion Capital", "Harbor Partners"]) == ["Zorvane"]


def test_a_name_cut_where_the_tokenizer_split_it_is_no_listed_name():
    # "Zorvane 'n Go" is one name, not "Zorvane"
    text = "Orion Capital, Harbor Partners and Zorvane 'n Go signed a memorandum of understanding."
    assert "Zorvane" not in _with_parties(text, ["Kestrel Labs", "Orion Capital", "Harbor Partners"])


def test_a_datelines_place_in_capitals_is_no_listed_name(extractor):
    text = ("KUALA LUMPUR, June 8, 2022 - Orion Banking Berhad (Orion) and e-wallet operator Touch 'n Go "
            "Digital signed a memorandum of understanding on Wednesday to let travellers pay by QR code.")
    assert "KUALA LUMPUR" not in [o.name for o in extractor.extract(text, None).organizations]


def test_a_list_that_modifies_a_noun_is_no_list_of_parties():
    text = ("The purchase of Kestrel Labs by Orion Group added the Harbor Partners, Zorvane and Velmont "
            "franchises in Spain.")
    assert _with_parties(text, ["Kestrel Labs", "Orion Group", "Harbor Partners", "Velmont"]) == []


def test_a_name_written_mid_sentence_elsewhere_may_open_a_sentence_as_a_party():
    text = ("Orion Group owns the lender Zorvane in Panama. Zorvane was bought from Harbor Holdings in 2013 "
            "for about $2.1 billion.")
    assert _with_parties(text, ["Orion Group", "Harbor Holdings"]) == ["Zorvane"]


# --- the parse: shares, a sale of a stake ---------------------------------------------------------------

def test_a_share_under_half_bought_is_an_investment_in_the_shares_company(extractor):
    text = "Orion Group acquired about 10% of Kestrel Labs's shares for roughly 50 billion yen in January."
    assert ("investment", frozenset({"Orion Group", "Kestrel Labs"})) in deal_rows(extractor, text)


def test_the_sale_of_its_stake_in_a_company_names_seller_target_and_buyer(extractor):
    # (the article is about the buyer: the seller is read from the sentence, not as the article's own)
    text = ("Harbor Holdings posted a profit. Harbor Holdings hired staff. Harbor Holdings grew. Orion Group "
            "said the sale of its 89.9% stake in Kestrel Labs to Harbor Holdings had closed.")
    assert ("acquisition", frozenset({"Orion Group", "Kestrel Labs", "Harbor Holdings"})) in deal_rows(
        extractor, text)


def test_a_holding_given_away_is_no_investment_of_the_speaker(extractor):
    text = ("Orion Group posted a profit. The group also concluded the transfer of its stake in Kestrel Labs "
            "to the government of Zorland, which took over the licence.")
    assert not any(t == "investment" for t, _ in deal_rows(extractor, text))


# --- a contract with one side, a round opened with its money - -------------------------------------------

def test_a_contract_named_with_one_side_is_the_articles_with_its_amount():
    text = ("Perth-based Orion Medical said revenue rose. Orion Medical grew. The largest win was a 10-year, "
            "$330 million contract with Kestrel Health, signed in February.")
    deals = deals_of(text)
    assert [(d.deal_type, roles(d), d.amount, d.currency) for d in deals] == [
        ("contract", {"Orion Medical": "partner", "Kestrel Health": "partner"}, 330e6, "USD")]


def test_a_round_opened_with_money_after_its_article_takes_the_investors_named_next(extractor):
    text = ("Kestrel Motors has secured a US$12 million injection. The round was led by Orion Ventures, with "
            "participation from Harbor Capital.")
    rows = deal_rows(extractor, text)
    assert ("funding", frozenset({"Kestrel Motors", "Orion Ventures", "Harbor Capital"})) in rows
