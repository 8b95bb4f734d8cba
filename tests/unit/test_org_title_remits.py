"""A post's remit ("Head of Cloud and Digital Platforms at Velorix", "Minister of Energy and Natural
Resources") is no organization; an employer named after a post is one. Every sentence is invented."""

from __future__ import annotations

import pytest

from pipelines.extraction.chrome import boilerplate_spans
from pipelines.extraction.entities import find_organizations
from pipelines.extraction.org_title_remits import COMPANY_POST_HEADS, OFFICE_POST_HEADS, in_a_title_remit

_EXAMPLES = COMPANY_POST_HEADS + OFFICE_POST_HEADS


@pytest.mark.parametrize(("head", "text", "remit"), _EXAMPLES, ids=[h for h, _t, _r in _EXAMPLES])
def test_a_remit_item_after_a_post_is_no_organization(head, text, remit):
    assert head in text
    start = text.index(remit)
    assert in_a_title_remit(text, start, start + len(remit))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the employer after the post's "of": no "at" follows
        ("Ana Velt, Director of Quandra Bank, said so.", "Quandra Bank"),
        ("Ana Velt, Chief Executive Officer of Velorix Systems at the time, said so.", "Velorix Systems"),
        # a governor's bank is an organization
        ("Ana Velt, Governor of the Central Bank of Quarva, said so.", "Central Bank of Quarva"),
        # the employer after "at"
        ("Ana Velt, Head of Cloud at Velorix Systems, said so.", "Velorix Systems"),
    ],
)
def test_an_employer_after_a_post_is_kept(text, name):
    start = text.index(name)
    assert not in_a_title_remit(text, start, start + len(name))


@pytest.mark.parametrize(("head", "text", "remit"), _EXAMPLES, ids=[h for h, _t, _r in _EXAMPLES])
def test_a_remit_the_model_tags_is_not_found(head, text, remit):
    start = text.index(remit)
    ner = [(start, start + len(remit), "ORG")]
    found = {o.name for o in find_organizations(text, ner, boilerplate_spans(text)).organizations}
    assert remit not in found
