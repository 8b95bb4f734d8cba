"""Parse requests the rules skip: only where the parse could not change a fact (speed13a)."""

from __future__ import annotations

from pipelines.extraction.deal_named_parties import _may_head_a_name
from pipelines.extraction.entities import OrganizationResult
from pipelines.extraction.model import OrganizationFact, OrgMention
from pipelines.extraction.sentences import split_sentences
from pipelines.extraction.syntax import Syntax


def _known(text: str, *names: str) -> OrganizationResult:
    """Every occurrence of each name a known organization's mention."""
    mentions = [OrgMention(name.lower(), name, name, at, at + len(name))
                for name in names for at in range(len(text)) if text.startswith(name, at)]
    return OrganizationResult([OrganizationFact(key=n.lower(), name=n, kind="company") for n in names],
                              sorted(mentions, key=lambda m: m.start))


def test_a_deal_sentence_names_a_possible_party_only_with_a_capital_outside_its_known_names():
    text = ("Lupin and Contoso signed a deal. it was signed with Zenith. the deal with 3M closed. "
            "it went to Émile.")
    first, second, third, fourth = split_sentences(text)
    known = _known(text, "Lupin", "Contoso")
    assert not _may_head_a_name(first, known)  # every capital is a known name's: no name to propose
    assert _may_head_a_name(second, known)  # "Zenith" may be one
    assert _may_head_a_name(third, known)  # "3M" may be one
    assert _may_head_a_name(fourth, known)  # a capital beyond ASCII
    assert not _may_head_a_name(second, _known(text, "Zenith"))


def test_a_sentence_added_alone_is_parsed_only_when_asked():
    text = "Maria Gonzalez heads the group. Sales rose."
    first, second = split_sentences(text)
    syntax = Syntax()
    syntax.add([first, second], alone=True)
    assert syntax.sentence_at(text.index("heads")) is not None
    assert len(syntax.sentences) == 1  # the other one did not ride along
    assert syntax.sentence_at(text.index("rose")) is not None and len(syntax.sentences) == 2
