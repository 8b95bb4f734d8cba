"""Legal-form and holding words, shared by ingestion and extraction.

Extraction strips them from a name's key and tells a company by them (extraction/entities/vocabulary.py,
as LEGAL_SUFFIXES); ingestion keeps a letterhead that ends in one (ingest/text_cleaning.py). Written once
here, below both, so ingestion need not import the organization stages to read a word list.
"""

from __future__ import annotations

# Legal-form and holding words that do not distinguish one organization from another.
LEGAL_FORMS = {
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "holdings",
    "holding",
    "group",
    "plc",
    "llc",
    "llp",
    "lp",
    "ag",
    "sa",
    "se",
    "nv",
    "bv",
    "gmbh",
    "kk",
    "pte",
    "pty",
    "spa",
    "oyj",
    "bhd",
    "sdn",
    "berhad",
    "jsc",
    "pjsc",
    "ab",
    "asa",
    "tbk",
    # the Gulf's, Asia's and Latin America's forms: "Bank Velorix SAOG", "Velorix QPSC", "Velorix PCL"
    "saog",
    "saoc",
    "qpsc",
    "qsc",
    "psc",
    "pcl",
    "ltda",
    "sab",
    "cv",
    "srl",
    "kgaa",
    "oy",
    # written with dots, kept inside one token by the key's split: "Bancolombia S.A.", "Yandex N.V."
    "s.a", "n.v", "b.v", "s.p.a", "s.a.b", "k.k", "c.v", "s.r.l", "s.a.s", "a.s",
    # Peru's, Spain's, Turkey's and South Asia's: "Quarvo S.A.A.", "Quarvo S.L.", "Quarvo A.Ş.", "Quarvo Pvt"
    "s.a.a", "s.l", "a.ş", "pvt",
}
# The holding words among them name a group, not a registration: "Quarvo Group" is displayed as written.
HOLDING_WORDS = frozenset(("group", "holding", "holdings", "company"))
# Registered legal forms: a display name drops them ("Quarvo Technology AB" is shown as "Quarvo Technology").
REGISTERED_FORMS = frozenset(LEGAL_FORMS - HOLDING_WORDS)
