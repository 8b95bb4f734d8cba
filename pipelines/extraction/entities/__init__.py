"""Organizations: candidates, resolution to one record per organization, kinds, parents, aliases.

Candidates come from four independent paths so that no single one is load-bearing:
statistical NER spans (passed in as plain tuples, so this package needs no spaCy), name
patterns (capitalized words ending in Bank/Group/University/...), descriptor appositions
("research firm Canalys", "Mynt, a payments unit of ...") and a curated gazetteer. The
NER model is wrong in known ways (possessives and leading "the" inside spans, companies
tagged PERSON or GPE), so its spans are cleaned and re-checked rather than trusted.

The stages, one module each, in the order ``find_organizations`` runs them:
``products`` (names that are products, not organizations), ``candidates`` (every span that may
name one, checked by ``plausible``), ``filtering`` (people, places, chrome, overlaps), ``merging``
and ``acronyms`` (one record per organization), ``parents`` (kinds and owners), ``descriptors``
("the company", "the lender"), ``records`` (the result) and ``ranker`` (a learned keep/drop of each
organization, over ``ranker_features``; see docs/ranker.md). ``keys`` holds the cross-article key and
the surface cleaning; ``vocabulary`` the word lists the stages share.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.extraction.chrome import TICKER, boilerplate_spans, inside_any
from pipelines.extraction.entities.acronyms import add_acronyms_and_defined_terms
from pipelines.extraction.entities.candidates import collect_candidates
from pipelines.extraction.entities.descriptors import _EarlierMentions, descriptor_mentions
from pipelines.extraction.entities.filtering import filter_candidates, resolve_overlaps, split_at_listed_items
from pipelines.extraction.entities.keys import (
    clean_surface,
    display_name,
    normalize_surface,
    organization_key,
)
from pipelines.extraction.entities.later_short_forms import fold_short_forms_written_later
from pipelines.extraction.entities.merging import (
    add_short_forms,
    fold_document_names,
    group_surfaces,
    merge_in_article_aliases,
    merge_renamed_and_brands,
    name_possessive_units,
    scan_mentions,
)
from pipelines.extraction.entities.parents import assign_kinds, assign_parents, assign_unit_parents
from pipelines.extraction.entities.products import product_names
from pipelines.extraction.entities.ranker import current_ranker
from pipelines.extraction.entities.records import NerSpan, OrganizationResult, build_result
from pipelines.extraction.entities.vocabulary import GENERIC_WORDS, HEADS, LEADING_NOISE
from pipelines.extraction.gazetteer import Gazetteer, default_gazetteer
from pipelines.extraction.org_affiliations import cut_person_affiliations
from pipelines.extraction.org_joins import join_at_and
from pipelines.extraction.org_law_titles import outside_law_titles
from pipelines.extraction.org_model_places import places_read_by_the_model
from pipelines.extraction.org_public_bodies import extend_public_bodies
from pipelines.extraction.org_title_remits import outside_title_remits
from pipelines.extraction.sentences import Sentence, split_sentences

# The names people/ has always imported from here (the package's word lists, under their old names).
_HEADS, _LEADING_NOISE = HEADS, LEADING_NOISE

__all__ = [
    "GENERIC_WORDS",
    "TICKER",
    "NerSpan",
    "OrganizationResult",
    "_EarlierMentions",
    "_HEADS",
    "_LEADING_NOISE",
    "boilerplate_spans",
    "clean_surface",
    "display_name",
    "find_organizations",
    "inside_any",
    "normalize_surface",
    "organization_key",
]


def find_organizations(
    text: str,
    ner_spans: Sequence[NerSpan] = (),
    boilerplate: Sequence[tuple[int, int]] | None = None,
    sentences: Sequence[Sentence] | None = None,
    gazetteer: Gazetteer | None = None,
    syntax_names: Sequence[tuple[int, int]] = (),
    unit_names: Sequence[tuple[int, int]] = (),
) -> OrganizationResult:
    """Every organization the article names, one record each, with every mention resolved to one.
    ``syntax_names`` are spans the grammar makes organizations (org_syntax.py), read as cue names;
    ``unit_names`` the business units a layout names (org_segment_tables.py)."""
    gaz = gazetteer or default_gazetteer()
    chrome = list(boilerplate) if boilerplate is not None else boilerplate_spans(text)
    sentences = list(sentences) if sentences is not None else split_sentences(text)
    products = product_names(text, gaz)
    candidates = collect_candidates(text, ner_spans, gaz, products, syntax_names, unit_names)
    candidates = filter_candidates(text, candidates, ner_spans, chrome, gaz, products)
    # "Mara Velin of Quarva Securities" is the firm; "Roads and Motorways" one name cut at its "and"
    candidates = cut_person_affiliations(text, candidates, ner_spans, gaz)
    candidates = places_read_by_the_model(text, candidates, ner_spans)  # tagged GPE as often as ORG
    candidates = outside_law_titles(text, candidates)  # "the QSEB (LODR) Regulations" names a law
    candidates = outside_title_remits(text, candidates)  # "Head of Cloud and Digital Platforms at Velorix"
    candidates = join_at_and(text, candidates, gaz)
    candidates = extend_public_bodies(text, candidates, gaz)  # "Ministry of Energy" + "and Mineral Resources"
    candidates = resolve_overlaps(split_at_listed_items(candidates))
    orgs, surface_to_key = group_surfaces(text, candidates, gaz)
    add_acronyms_and_defined_terms(text, candidates, orgs, surface_to_key, gaz)
    name_possessive_units(text, candidates, orgs, surface_to_key)
    merge_in_article_aliases(orgs, surface_to_key)
    merge_renamed_and_brands(text, candidates, orgs, surface_to_key)
    add_short_forms(text, orgs, surface_to_key, gaz)
    fold_document_names(orgs, surface_to_key, text)
    # "Velorix Software ... Velorix": a one-word name written after the longer name it opens
    fold_short_forms_written_later(orgs, surface_to_key, text, gaz)
    mentions = scan_mentions(text, surface_to_key, chrome)
    assign_kinds(text, orgs, surface_to_key)
    assign_parents(text, mentions, orgs, surface_to_key, gaz)
    assign_unit_parents(text, mentions, orgs)
    for org in orgs.values():  # a named "... Group" that belongs to a parent is a business unit
        if org.parent and org.kind == "company" and org.name.endswith("Group") and not org.known_name:
            org.kind = "other"
    mentions += descriptor_mentions(text, sentences, mentions, orgs, chrome)
    mentions.sort(key=lambda m: (m[0], m[1]))
    result = build_result(text, orgs, mentions)
    ranker = current_ranker()  # the learned last filter (ranker.py); without weights the rules decide
    result = ranker.rank(text, result, ner_spans, gaz) if ranker else result
    result.products = frozenset(products)
    return result
