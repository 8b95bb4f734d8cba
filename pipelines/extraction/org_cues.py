"""Cues that decide whether a capitalised name is an organization, a product or page chrome.

Vocabulary only: each table's words with the form it is read in; every row is tested on its example in
tests/unit/test_org_cues.py. entities.py applies them (products are never organizations; chrome spans
are never content).
"""

from __future__ import annotations

import re

from pipelines.letters import UPPER

_NAME_WORD = rf"(?:{UPPER}[\w&.+-]*\w|{UPPER})"
_NAME = rf"{_NAME_WORD}(?:[ ]+{_NAME_WORD}){{0,3}}"

# Nouns that make the name before them a product or service: "Microsoft's Azure AI service",
# "the Vertex AI platform", "its Aurora database".
PRODUCT_NOUNS = (
    "service", "services", "platform", "app", "application", "database", "software", "tool", "chatbot",
    "assistant", "suite", "offering", "product", "feature", "browser", "engine", "operating system",
    "model", "models", "chip", "chips", "processor", "processors", "accelerator", "subscription",
)
_PRODUCT_NOUN = rf"(?:(?:cloud|AI|data|payments?|messaging|chat)\s+)?(?:{'|'.join(PRODUCT_NOUNS)})\b"

# "Microsoft's Azure AI service": the possessor is the organization, the possessed name its product.
OWNED_PRODUCT = re.compile(rf"(?:['’]s|(?<=s)['’])[ ]+({_NAME})[ ]+{_PRODUCT_NOUN}")
# "the Vertex AI platform", "its Aurora database": a name used as the label of a product noun.
LABELLED_PRODUCT = re.compile(rf"\b(?:the|a|an|its|their|his|her|our)[ ]+({_NAME})[ ]+{_PRODUCT_NOUN}")

# Capitalised words that end a product's own name: "Azure SQL Database", "Visual Studio".
PRODUCT_NAME_ENDS = (
    "Database", "DB", "Server", "Studio", "Suite", "Copilot", "Assistant", "Browser", "Workspace",
)
PRODUCT_NAME = re.compile(
    rf"(?<![\w-])((?:{_NAME_WORD}[ ]+){{1,3}}(?:{'|'.join(PRODUCT_NAME_ENDS)}))(?![\w-])"
)

# A name described as an app is still a company when the sentence treats it as one: it is bought,
# sold, valued or funded, or it is the other side of a deal ("an agreement with X, the ... app").
COMPANY_AFTER_APP = re.compile(
    r"[^.;]{0,80}?\b(?:was|is|were|has\s+been|had\s+been)\s+(?:bought|acquired|purchased|sold|valued|"
    r"taken\s+over)\b|[^.;]{0,60}?,\s+(?:has|had|have)\s+(?:raised|secured|closed|signed|reached|struck)\b"
)
COMPANY_BEFORE_APP = re.compile(
    r"(?:\b(?:agreement|deal|partnership|pact|alliance|tie-up|merger|venture)\s+with|\b(?:acquire|acquired|"
    r"acquiring|buy|bought|buying|invest(?:ed|ing)?\s+in|stake\s+in)|\b(?:acquisition|purchase|takeover)"
    r"\s+of)\s+$",
    re.IGNORECASE,
)

# Lines that credit a source rather than tell the story: "Sources: company filings, Bloomberg".
CREDIT_LINE = re.compile(r"^\s*(?:sources?|data|chart|graphic|table)\s*(?:source)?\s*:", re.IGNORECASE)
# A time zone after a clock time is chrome, never an acronym of an organization: "10:30 AM ET".
TIME_ZONE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s+\(?((?:[A-Z]{1,4}T|UTC|GMT|ET|PT|CT|MT|IST|SGT|HKT)"
    r"(?:[+-]\d{1,2})?)\)?(?![\w])"
)

# Regions that name a geographic segment of a company's business, never an organization.
GEOGRAPHIC_SEGMENTS = frozenset((
    "EMEA", "APAC", "APJ", "LATAM", "LatAm", "Americas", "North America", "South America", "Latin America",
    "Asia Pacific", "Asia-Pacific", "Greater China", "Rest of World", "Rest of the World", "Middle East",
    "Europe", "International", "Domestic", "Overseas",
))
# The start of a bullet or list line: "• Gross margin widened", "- Consolidated: ...".
BULLET_START = re.compile(r"(?m)^[ \t]*[•·*▪◦‣–-][ \t]*")

# Names a recognizer may tag as an organization that never are one, whatever the sentence: accounting
# standards ("On an IFRS basis, revenue at Velorix rose"), and a name carrying a reporting period as its
# last word ("Velorix Q4 revenue rose 5%": the organization is "Velorix", found on its own).
# Currency codes ("EUR 4,525 million") are the third kind: quantities.CURRENCY_CODES.
ACCOUNTING_STANDARDS = re.compile(r"(?:(?:non|us|u\.s\.)[\s-]?)?(?:ifrs|gaap|ias|ind\s+as)", re.IGNORECASE)
PERIOD_LAST_WORD = re.compile(r"(?:Q[1-4]|H[12]|[19]M|FY(?:\d{2}|\d{4})?|1H|2H)")
NOT_ORGANIZATION_EXAMPLES = (
    ("On an IFRS basis, revenue at Velorix Systems rose to $5 billion in 2023.", "IFRS"),
    ("Velorix Systems Q4 revenue rose 5% to EUR 4,525 million.", "Velorix Systems Q4"),
    ("Velorix Systems said revenue reached EUR 4,525 million.", "EUR"),
)

