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
    "s.a",
    "n.v",
    "b.v",
    "s.p.a",
    "s.a.b",
    "k.k",
    "c.v",
    "s.r.l",
    "s.a.s",
    "a.s",
    # Peru's, Spain's, Turkey's and South Asia's: "Quarvo S.A.A.", "Quarvo S.L.", "Quarvo A.Ş.", "Quarvo Pvt"
    "s.a.a",
    "s.l",
    "a.ş",
    "pvt",
    # Peru's closed company, Japan's godo kaisha, Quebec's partnership: "Quarvo S.A.C.", "Quarvo GK",
    # "Quarvo S.E.N.C."
    "s.a.c",
    "gk",
    "s.e.n.c",
}
# The holding words among them name a group, not a registration: "Quarvo Group" is displayed as written.
HOLDING_WORDS = frozenset(("group", "holding", "holdings", "company"))
# Registered legal forms: a display name drops them ("Quarvo Technology AB" is shown as "Quarvo Technology").
REGISTERED_FORMS = frozenset(LEGAL_FORMS - HOLDING_WORDS)
# Words the key drops like legal forms that also end a unit's heading, a family's or a person's name
# ("Quarvo Holdings (Europe)", "Ana Ruiz & Co"): no registration of their own, so they neither make a
# letterhead a registered name (metrics/issuer.py) nor make the name before them a company's
# (people_checks.py).
NOT_A_LEGAL_FORM = frozenset(HOLDING_WORDS | {"co"})
# How the key's display name spells the registered forms besides capitals: forms written in mixed case
# ("KGaA" closes "SE & Co. KGaA", one name, and stays), and short forms whose capitalised spelling is an
# ordinary word ("Spa"), never written capitalised.
MIXED_CASE_FORMS = ("GmbH", "SpA", "S.p.A", "plc")
NOT_CAPITALISED_FORMS = frozenset(("spa", "asa", "sa", "se", "ab", "lp", "cv", "bv", "nv", "kk", "ag"))
# The forms as a name's last word is compared with them: lower case, without their full stop ("s.a").
LEGAL_FORM_WORDS = frozenset(form.rstrip(".") for form in LEGAL_FORMS)


# Legal forms written in more than one word, or whose lower-case spelling is an ordinary word ("AS",
# "KG"): matched as written, case-sensitive, at the end of a name. One example per form; every country's
# forms live here, and the organization key and display name drop them ("Quarvo, S.A.B. de C.V." is
# "Quarvo", the same company as "Quarvo" further down the article).
WRITTEN_FORMS: tuple[tuple[str, str], ...] = (
    ("S.A.B. de C.V.", "Quarvo, S.A.B. de C.V. (Mexico, listed)"),
    ("S.A. de C.V.", "Quarvo, S.A. de C.V. (Mexico)"),
    ("S. de R.L. de C.V.", "Quarvo, S. de R.L. de C.V. (Mexico)"),
    ("S.A.P.I. de C.V.", "Quarvo, S.A.P.I. de C.V. (Mexico)"),
    ("GmbH & Co. KGaA", "Quarvo GmbH & Co. KGaA (Germany)"),
    ("SE & Co. KGaA", "Quarvo SE & Co. KGaA (Germany)"),
    ("AG & Co. KGaA", "Quarvo AG & Co. KGaA (Germany)"),
    ("GmbH & Co. KG", "Quarvo GmbH & Co. KG (Germany)"),
    ("KG", "Quarvo KG (Germany)"),
    ("gGmbH", "Quarvo gGmbH (Germany, non-profit)"),
    ("e.V.", "Quarvo e.V. (Germany, association)"),
    ("Sp. z o.o.", "Quarvo Sp. z o.o. (Poland)"),
    ("S.A.", "Quarvo S.A. (Poland, Spain, France...)"),
    ("AB (publ)", "Quarvo AB (publ) (Sweden, listed)"),
    ("A/S", "Quarvo A/S (Denmark, Norway)"),
    ("ApS", "Quarvo ApS (Denmark)"),
    ("AS", "Quarvo AS (Norway, Estonia)"),
    ("S/A", "Quarvo S/A (Brazil)"),
    ("EIRELI", "Quarvo EIRELI (Brazil)"),
    ("SAS", "Quarvo SAS (France)"),
    ("S.A.S.", "Quarvo S.A.S. (France, Colombia)"),
    ("SARL", "Quarvo SARL (France, Luxembourg)"),
    ("S.à r.l.", "Quarvo S.à r.l. (Luxembourg)"),
    ("S.C.A.", "Quarvo S.C.A. (Luxembourg)"),
    ("S.L.U.", "Quarvo S.L.U. (Spain, one shareholder)"),
    ("SLU", "Quarvo SLU (Spain)"),
    ("S.L.", "Quarvo S.L. (Spain)"),
    ("OÜ", "Quarvo OÜ (Estonia)"),
    ("UAB", "Quarvo UAB (Lithuania)"),
    ("SIA", "Quarvo SIA (Latvia)"),
    ("AD", "Quarvo AD (Bulgaria, Serbia)"),
    ("d.o.o.", "Quarvo d.o.o. (Slovenia, Croatia, Serbia)"),
    ("d.d.", "Quarvo d.d. (Croatia, Slovenia)"),
    ("s.r.o.", "Quarvo s.r.o. (Czechia, Slovakia)"),
    ("a.s.", "Quarvo a.s. (Czechia, Slovakia)"),
    ("Kft.", "Quarvo Kft. (Hungary)"),
    ("Zrt.", "Quarvo Zrt. (Hungary)"),
    ("Nyrt.", "Quarvo Nyrt. (Hungary, listed)"),
    ("S.R.L.", "Quarvo S.R.L. (Romania, Italy)"),
    ("A.E.", "Quarvo A.E. (Greece)"),
    ("A.Ş.", "Quarvo A.Ş. (Turkey)"),
    ("Ltd. Şti.", "Quarvo Ltd. Şti. (Turkey)"),
    ("K.K.", "Quarvo K.K. (Japan)"),
    ("Co., Ltd.", "Quarvo Co., Ltd. (Japan, China, Korea, Thailand)"),
    ("Pvt. Ltd.", "Quarvo Pvt. Ltd. (India)"),
    ("Sdn. Bhd.", "Quarvo Sdn. Bhd. (Malaysia)"),
    ("Tbk", "PT Quarvo Tbk (Indonesia, listed)"),
    ("PJSC", "Quarvo PJSC (Gulf, Russia)"),
)
# Legal forms written before the name: "PT Quarvo Tbk" (Indonesia), "JSC Quarvo" (Russia, Kazakhstan).
LEADING_FORMS: tuple[tuple[str, str], ...] = (
    ("PT", "PT Quarvo Tbk (Indonesia)"),
    ("JSC", "JSC Quarvo (Kazakhstan, Russia)"),
    ("PJSC", "PJSC Quarvo (Russia)"),
    ("OJSC", "OJSC Quarvo (Russia)"),
    ("CJSC", "CJSC Quarvo (Russia)"),
    ("PAO", "PAO Quarvo (Russia)"),
    ("OAO", "OAO Quarvo (Russia)"),
    ("OOO", "OOO Quarvo (Russia)"),
)


# Legal forms that close a capitalised name in running prose, as the name patterns of the organization
# stage read them (entities/candidates.py): a regex piece, one example, and whether the form also closes
# a name that already ends in a head word ("Tidewater Aviation Ltd"; "Tidewater Aviation AG" is read by
# the registered-name pattern alone). Tried in this order, so a longer form comes before its prefix.
CLOSING_FORMS: tuple[tuple[str, str, bool], ...] = (
    (r"(?:SE|AG|GmbH)[ ]+&[ ]+Co\.?[ ]+(?:KGaA|KG)", "Quarvo SE & Co. KGaA", False),
    (r"KGaA", "Quarvo KGaA", False),
    (r"Co\.?,?[ ]+(?:Ltd|Limited)", "Quarvo Electric Power Co., Ltd.", True),
    (r"Co", "Quarvo Co.", False),
    (r"Ltd", "Quarvo Ltd", True),
    (r"Limited", "Quarvo Limited", True),
    (r"Inc", "Quarvo Inc.", True),
    (r"Corp", "Quarvo Corp.", True),
    (r"Corporation", "Quarvo Corporation", True),
    (r"plc", "Quarvo plc", True),
    (r"PLC", "Quarvo PLC", False),
    (r"LLC", "Quarvo LLC", True),
    (r"AG", "Quarvo AG", False),
    (r"SE", "Quarvo SE", False),
    (r"GmbH", "Quarvo GmbH", False),
    (r"S\.A", "Quarvo S.A.", False),
    (r"N\.V", "Quarvo N.V.", False),
    (r"Pte[ ]+Ltd", "Quarvo Pte Ltd", False),
    (r"Pty[ ]+Ltd", "Quarvo Pty Ltd", False),
    (r"Sdn\.?[ ]+Bhd", "Quarvo Sdn. Bhd.", True),
    (r"Bhd", "Quarvo Bhd", True),
    (r"Berhad", "Quarvo Berhad", True),
    (r"Tbk", "PT Quarvo Tbk", False),
    (r"JSC", "Quarvo JSC", False),
    (r"PJSC", "Quarvo PJSC", False),
)


def closing_forms_pattern(after_head_only: bool = False) -> str:
    """A regex piece: an optional comma, a space and one of CLOSING_FORMS (its full stop optional);
    ``after_head_only`` keeps the forms that also close a name ending in a head word."""
    forms = [form for form, _example, after_head in CLOSING_FORMS if after_head or not after_head_only]
    return r"(?:,?[ ]+(?:" + "|".join(forms) + r")\b\.?)"
