"""The full extractor (NER model plus rules) on self-written texts with invented companies:
people and their titles."""

from __future__ import annotations

from datetime import date


def test_people_title_list_and_place_list(extractor):
    facts = extractor.extract(
        "Founder, chairman and chief executive Arun Velkar said Korvana Ltd would expand. The tours go "
        "beyond Bangkok, Phuket and Chiang Mai.",
        date(2024, 5, 20),
    )
    people = {p.name: p.title for p in facts.people}
    assert people.get("Arun Velkar") == "Founder, chairman and chief executive"
    assert "Chiang Mai" not in people


def test_president_director_and_single_initial_names(extractor):
    facts = extractor.extract(
        "The agreement was signed by Bambang Sutrisno, President Director of Sinar Makmur Bank. "
        "R Venkataraman, chairman of Korvana Technologies, attended.",
        date(2024, 5, 20),
    )
    people = {p.name: p.title for p in facts.people}
    assert people.get("Bambang Sutrisno") == "President Director"
    assert people.get("R Venkataraman") == "chairman"
