"""Cues that decide whether a capitalised name is an organization, a product or page chrome.

Vocabulary only: each table's words with the form it is read in; every row is tested on its example in
tests/unit/test_org_cues.py. The entities package applies them (products are never organizations;
chrome spans are never content).
"""

from __future__ import annotations

import re

from pipelines.letters import LOWER, UPPER

_NAME_WORD = rf"(?:{UPPER}[\w&.+-]*\w|{UPPER})"
_NAME = rf"{_NAME_WORD}(?:[ ]+{_NAME_WORD}){{0,3}}"
# Bounded forms for patterns that may start at any capital: a 100k-letter token or a run of "A.A.A."
# must cost each start a bounded number of steps (linear overall), never the rest of the token.
_WORD = rf"(?:{UPPER}[\w&.+-]{{0,40}}\w|{UPPER})"
_BOUNDED_NAME = rf"{_WORD}(?:[ ]+{_WORD}){{0,3}}"

# Nouns that make the name before them a product or service: "Microsoft's Azure AI service",
# "the Vertex AI platform", "its Aurora database".
PRODUCT_NOUNS = (
    "service", "services", "platform", "app", "application", "database", "software", "tool", "chatbot",
    "assistant", "suite", "offering", "product", "feature", "browser", "engine", "operating system",
    "model", "models", "chip", "chips", "processor", "processors", "accelerator", "subscription",
    # "its Anko private label range", "its Open RAN technology", "the RAN equipment market"
    "range", "technology", "equipment",
)
# Up to two lower-case words may describe the product between name and noun ("private label range").
_PRODUCT_NOUN = (
    rf"(?:(?:cloud|AI|data|payments?|messaging|chat)\s+|(?:[a-z][a-z-]+\s+){{1,2}}(?=(?:range|technology|"
    rf"equipment)\b)"
    # what the product does, in lower case or an acronym, before a product's generic noun: "the Quill IT
    # service management product", "the Quill streaming service", "its Quill mobile application"
    # (not before "app": "the Atome buy-now-pay-later app" is the company's own name, a party elsewhere)
    rf"|(?:(?:[a-z][a-z-]+|[A-Z]{{2,4}})\s+){{1,3}}(?=(?:product|service|application|platform|"
    rf"software|tool)\b))?(?:{'|'.join(PRODUCT_NOUNS)})\b"
    # "the Y Lattice accelerator programme": a programme run by an organization, not a product
    r"(?!\s+(?:programme|program|scheme|cohort))"
)

# "Microsoft's Azure AI service": the possessor is the organization, the possessed name its product.
OWNED_PRODUCT = re.compile(rf"(?:['’]s|(?<=s)['’])[ ]+({_NAME})[ ]+{_PRODUCT_NOUN}")
# "the Vertex AI platform", "its Aurora database": a name used as the label of a product noun.
LABELLED_PRODUCT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ ]+({_NAME})[ ]+{_PRODUCT_NOUN}"
)

# A product or a title, released rather than founded: "Lumora Quest, released in October, sold 2 million".
RELEASED_PRODUCT = re.compile(
    rf"(?<![\w-])({_BOUNDED_NAME}),\s+(?:first\s+)?(?:released|launched)\s+(?:in|on|last)\b"
)
# What a company publishes, develops or sells: "Lumora Quest, which Quarvo publishes itself".
MADE_PRODUCT = re.compile(
    rf"(?<![\w-])({_BOUNDED_NAME}),\s+which\s+(?:{_BOUNDED_NAME}|it|the\s+company)\s+(?:publishes|develops|"
    r"sells|makes|markets|distributes)\b"
)

# Business lines, not organizations: the label of a list line with a figure ("- Private Cloud: EUR 488
# million") and a name described as a segment ("Cloud Software and Services, the segment that ...").
SEGMENT_LINE_LABEL = re.compile(
    rf"(?m)^[ \t]*[•·*▪◦‣–-][ \t]*({_BOUNDED_NAME}(?:[ ]+and[ ]+{_BOUNDED_NAME})?):"
    r"[ \t]*(?:[A-Z]{3}|[$€£¥₹]|[+-]?\d)"
)
SEGMENT_APPOSITION = re.compile(
    rf"(?<![\w-])({_BOUNDED_NAME}(?:[ ]+and[ ]+{_BOUNDED_NAME})?),\s+(?:the|a|its)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:segment|business\s+line|product\s+line|reporting\s+unit)\b"
    # "Lattice and Prism, the products the company groups as ...": two names described as products
    rf"|(?<![\w-])({_BOUNDED_NAME}[ ]+and[ ]+{_BOUNDED_NAME}),\s+the\s+(?:[\w-]+\s+)?"
    r"(?:products|brands|services|apps)\b"
)

# What a company is the maker of is a product, the one name or each item of a list, each item perhaps
# with its kind in lower case: "The maker of CATIA and SOLIDWORKS", "the developer of Lattice Quest", "the
# maker of Velo snowmobiles, Quarvo watercraft and Lumbra off-road vehicles" (the kind words are cut off
# the items by entities/products.py).
_MADE_ITEM = rf"{_BOUNDED_NAME}(?:[ ]+[a-z][\w-]*){{0,2}}"
_MADE_LIST_NEXT = rf"(?:[ ]+[a-z][\w-]*){{0,2}}(?:,[ ]+(?:and[ ]+)?|,?[ ]+and[ ]+){UPPER}"
MAKER_OF = re.compile(
    rf"\b(?:maker|makers|creator|creators|developer|developers)[ ]+of[ ]+(?:the[ ]+)?"
    # (the one name read whole: not "Lattice" out of "Lattice Quest and Prism Tales")
    rf"(?:({_BOUNDED_NAME})(?![ ]+{UPPER}|{_MADE_LIST_NEXT})"
    rf"|({_MADE_ITEM}(?:,[ ]+{_MADE_ITEM}){{0,4}}(?:,[ ]+and|,?[ ]+and)[ ]+{_BOUNDED_NAME}))(?![\w-])"
)

# A company's tagline, not a second company: "Quarvo Inc., the Data Lattice company, said ...".
# (an adjective may open it: "Box, Inc., the leading Intelligent Content Management company")
TAGLINE = re.compile(
    rf",\s+the\s+(?:(?:leading|global|world['’]s\s+leading|largest)\s+)?({_BOUNDED_NAME})\s+company\b"
)

# Capitalised words that end a product's own name: "Azure SQL Database", "Visual Studio".
PRODUCT_NAME_ENDS = (
    "Database", "DB", "Server", "Studio", "Suite", "Copilot", "Assistant", "Browser", "Workspace",
)
PRODUCT_NAME = re.compile(
    rf"(?<![\w-])((?:{_WORD}[ ]+){{1,3}}(?:{'|'.join(PRODUCT_NAME_ENDS)}))(?![\w-])"
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
# A research note's or an exchange filing's notices are chrome too: "Analyst: Name, CFA", "Disclosures: X
# seeks to do business with ...", "Disclaimer: X does not guarantee ...", "Companies in this story: (XYZ)".
CREDIT_LINE = re.compile(
    r"^\s*(?:sources?|data|chart|graphic|table|analysts?|disclaimers?|disclosures?|"
    r"companies\s+in\s+this\s+(?:story|article))\s*(?:source)?\s*:",
    re.IGNORECASE,
)
# The same credit closing a paragraph after its last sentence: "... from agencies. Sources: X filing".
# A publisher's own notices name the publisher, never an organization of the story: "The Market Ledger
# does not provide financial advice.", "... are those of individual analysts and not of X.", "Translated
# from the Spanish original by the X English desk."
INLINE_CREDIT = re.compile(
    r"(?<=[.!?])[ \t]+Sources?:[^\n]{0,160}$"
    r"|^[^\n]{0,120}\b(?:does|do)\s+not\s+(?:provide|give|offer)\s+(?:financial|investment)\s+advice\b[^\n]*$"
    r"|^[^\n]{0,300}\bare\s+those\s+of\s+[^\n]{0,80}?\band\s+not\s+of\s+[^\n]*$"
    r"|^Translated\s+from\s+[^\n]{0,60}?\bby\s+[^\n]{0,80}$"
    # a newsletter's footer: "You are receiving this because ... Unsubscribe | Manage preferences"
    r"|^[^\n]{0,200}\b(?:Unsubscribe|Manage\s+(?:your\s+)?(?:preferences|subscription))\b[^\n]{0,80}$"
    # the footer's lines addressing the reader: "You are receiving Quarva Brief because you signed up at
    # quarvabrief.com." (the unsubscribe link on the next line), "Reply to this email to reach the editor."
    r"|^(?:You(?:[ ]+are|['’]re)[ ]+receiving|Reply[ ]+to[ ]+this[ ]+e-?mail)\b[^\n]{0,200}$"
    # the letter's note on itself: "Velor Weekly is an independent newsletter. Not investment advice."
    rf"|^(?:The[ ]+)?{_WORD}(?:[ ]+(?:{_WORD}|&)){{0,4}}[ ]+is[ ]+an?[ ]+(?:[\w-]+[ ]+){{0,2}}"
    r"newsletter\b[^\n]{0,160}$"
    # a newsletter's masthead note names the letter and its writers: "The Fintech Letter is written by
    # Ana Ruiz and Dana Osei."
    rf"|(?<![\w-])(?:The[ ]+)?{_WORD}(?:[ ]+{_WORD}){{0,4}}[ ]+is[ ]+(?:written|edited|produced|curated|"
    r"compiled)[ ]+by[ ]+[^\n]{0,160}$",
    re.MULTILINE,
)
# A time zone after a clock time is chrome, never an acronym of an organization: "10:30 AM ET".
TIME_ZONE = re.compile(
    # "\s*(am)?\s+" was quadratic on a digit before a run of spaces; the same texts match this way.
    r"\b\d{1,2}(?:[:.]\d{2})?(?:\s*+[AaPp]\.?[Mm]\.?)?\s++\(?((?:[A-Z]{1,4}T|UTC|GMT|ET|PT|CT|MT|IST|SGT|HKT)"
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
# The words a financial report's headings and table captions are made of: a surface made only of them
# (with "and", "of", "&") is a heading, never a name ("Capital" alone stays: it names investment firms;
# here it only counts beside the others).
_REPORT_WORD = (
    r"(?:Management['’]s|Discussion|Analysis|Financial|Condition|Liquidity|Capital|Resources|Key|Information|"
    r"Summary|Results|Operations|Statements?|Highlights|Percentages|Notes|Overview|Cash|Flows?|Balance|"
    r"Sheets?|Performance|Review|Data|Figures|Selected|Interim|Diluted|Basic|Unaudited|Unofficial|"
    r"Translation|Earnings|Per|Share|Income)"
)
# two or more of those words, or one that is only ever a caption's word
_REPORT_HEADING = re.compile(
    rf"{_REPORT_WORD}(?:[ ]+(?:(?:and|of|&)[ ]+)?{_REPORT_WORD})+|Percentages|Diluted|Unofficial|Unaudited"
)
# Whole surfaces a recognizer may tag as an organization that never name one, whatever the sentence
# (read with fullmatch on the surface): each row (form, example sentence, the surface in it).
_AMOUNT_AFTER_CODE = re.compile(
    r"[A-Z]{3}\s?\d[\d.,]*(?:\s?(?:bn|mn|m|k|tn|billion|million|trillion|crore|[Cc]r|lakh))?"
)
NOT_ORGANIZATION_FORMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # an amount after its currency code: "revenue of EUR 19.1bn", "a dividend of EUR 1.00"
    (_AMOUNT_AFTER_CODE, "Velorix Systems generated revenue of EUR 19.1bn in 2024.", "EUR 19.1bn"),
    # (a crore abbreviated)
    (_AMOUNT_AFTER_CODE, "Velorix Systems' revenue doubled to INR 318 Cr in FY25.", "INR 318 Cr"),
    # a letter's salutation: "Dear Investors,", "Dear Shareholder,"
    (re.compile(r"Dear(?:[ ]+[A-Z][a-z]+){1,2}"),
     "Dear Shareholders,\n\nVelorix Systems had a good year.", "Dear Shareholders"),
    # an adverb made of a noun and "-wise" opening a sentence: "Segment-wise, the home care business grew"
    (re.compile(r"[A-Z][a-z]+-wise"),
     "Segment-wise, the home care business of Velorix Systems grew 7%.", "Segment-wise"),
    # a reporting period on its own: "Q4", "H1", "9M", "FY25"
    (re.compile(r"(?:Q[1-4]|H[12]|[1-9]M|[12]H|FY(?:\d{2}|\d{4})?)"),
     "Velorix Systems said Q4 was its strongest quarter.", "Q4"),
    # a headline's "World's largest ..." and a statement's "Consolidated revenue": words, not names
    (re.compile(r"World|(?:Condensed[ ]+)?Consolidated"),
     "World's largest chip packager Velorix Systems sees revenue double.", "World"),
    # a filing's field labels: "Issuer: Velorix Systems Limited (ASX: VLX)"
    (re.compile(r"Issuer|Symbol|Sector|Headline|Subject|Category"),
     "Issuer: Velorix Systems Limited\nHeadline: Annual report", "Issuer"),
    # a reporting period in words: "Fiscal 2024 results briefing", "Full Year 2025 Financial Results"
    (re.compile(r"(?:Fiscal(?:[ ]+Year)?|Full[ ]+Year|Financial[ ]+Year|First[ ]+Half|Second[ ]+Half|"
                r"(?:First|Second|Third|Fourth)[ ]+Quarter)[ ]+(?:FY)?\d{2,4}"),
     "Velorix Systems - Fiscal 2024 results briefing", "Fiscal 2024"),
    # a company's own governing body or meeting: "the Supervisory Board will propose a dividend"
    (re.compile(r"(?:Supervisory|Executive|Management|Advisory|Audit|Nomination|Remuneration|Risk)[ ]+"
                r"(?:Board|Committee)|Board[ ]+of[ ]+(?:Directors|Management)"
                r"|(?:(?:Annual|Ordinary|Extraordinary)[ ]+)?General[ ]+(?:Meeting|Assembly)"),
     "The Supervisory Board of Velorix Systems will propose a dividend.", "Supervisory Board"),
    # a board's members named as the body, cut from "the Board of Governors": "Governors", "Trustees"; the
    # exchanges a filing is addressed to: "To the Stock Exchanges"
    (re.compile(r"Governors|Trustees|Commissioners|Directors|Stock[ ]+Exchanges"),
     "Velorix Systems said its Board of Governors approved the merger.", "Governors"),
    # a company's board alone, or what is left of "the Board of Management" once its "of" is read as a place
    (re.compile(r"Board"), "Velorix Systems said the Board approved a dividend.", "Board"),
    # a time zone of a call's or a release's time: "a call at 7:45 a.m. Central Time"
    (re.compile(r"(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich[ ]+Mean|"
                r"Coordinated[ ]+Universal|British[ ]+Summer|(?:Central|Eastern|Western)[ ]+European|"
                r"(?:Japan|Korea|India|China|Singapore|Gulf|Arabia|Australian[ ]+Eastern)[ ]+Standard)"
                r"(?:[ ]+(?:Standard|Daylight|Summer))?[ ]+Time"),
     "Velorix Systems will host a call at 7:45 a.m. Central Time.", "Central Time"),
    # a currency's abbreviation written before an amount, or with it: "Rs 1,200 crore", "Tk 7,718 crore"
    (re.compile(r"(?:Rs|Rp|Dhs|Tk|Kshs?|TL)\.?(?:[ ]?\d[\d.,]*)?"),
     "Velorix Systems reported revenue of Rs 1,200 crore.", "Rs"),
    (re.compile(r"(?:Rs|Rp|Dhs|Tk|Kshs?|TL)\.?(?:[ ]?\d[\d.,]*)?"),
     "Velorix Systems reported revenue of Tk 7,718 crore.", "Tk 7,718"),
    # an amount after a one-letter currency sign (the naira's "N", the peso's "P", the rand's "R"), with
    # decimals or a magnitude: "a profit of N1trn", "earnings per share reached P2.21" ("A1", "K12" stay)
    (re.compile(r"[A-Z]\d[\d,]*(?:\.\d+(?:[ ]?(?:bn|mn|m|k|tn|trn))?|[ ]?(?:bn|mn|tn|trn))"),
     "Velorix Systems crossed the N1trn profit mark.", "N1trn"),
    (re.compile(r"[A-Z]\d[\d,]*(?:\.\d+(?:[ ]?(?:bn|mn|m|k|tn|trn))?|[ ]?(?:bn|mn|tn|trn))"),
     "Velorix Systems earnings per share reached P2.21.", "P2.21"),
    # a person named with an honorific, whatever the model tagged: "said Dame Ada Udensi", "Mr Calabria",
    # "Tan Sri Azman" ("Dr" is left out: "Dr. Reddy's Laboratories"; a trust or a foundation keeps its name)
    (re.compile(rf"(?:Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Sheikh|Sheikha|Shaikh|Tan[ ]+Sri|Puan[ ]+Sri|Datuk"
                rf"|Dato['’]?|Datin|Tun|Tunku|Tengku)\.?(?:[ ]+{_NAME_WORD}){{1,6}}"
                r"(?<!Trust)(?<!Foundation)(?<!Fund)(?<!Group)(?<!Holdings)(?<!Company)(?<!Bank)"),
     "Velorix Systems grew, said Dame Ada Udensi, its chief executive.", "Dame Ada Udensi"),
    # a storm's name: "losses from Hurricane Milton", "after Typhoon Yagi"
    (re.compile(rf"(?:Hurricanes?|Typhoons?|Cyclones?|(?:Tropical[ ]+)?Storms?)(?:[ ]+{_NAME_WORD}){{1,3}}"),
     "Velorix Systems booked losses from Hurricane Milton.", "Hurricane Milton"),
    # a business measure's or a unit's acronym: "annual recurring revenue (ARR)", "a 660 MW plant"
    (re.compile(r"(?:c?ARR|MRR|c?RPO|ARPU|ARPA|RevPAR|GMV|NRR|NDR|ACV|CAGR|EBITDA|EBITA|EBIT|EPS|AUM|NIM|NPL|"
                r"CASA|CET1|KPIs?|[kMGT]Wh?|bps|YoY|QoQ)"),
     "Velorix Systems added $224 million of net new ARR in the quarter.", "ARR"),
    # a stock index, never the exchange or the company that compiles it: "outperforming the TAIEX"
    (re.compile(r"(?:FTSE[ ]+(?:100|250|350|All-Share)|FTSE|TAIEX|KOSPI|Sensex|Nifty(?:[ ]+50)?|"
                r"Nikkei(?:[ ]+225|[ ]+Stock[ ]+Average)?|Hang[ ]+Seng[ ]+Index|DAX|CAC[ ]+40|"
                r"(?:Euro[ ]+)?STOXX(?:[ ]+\d+)?|S&P[ ]+\d+|Dow[ ]+Jones[ ]+Industrial[ ]+Average|"
                r"Nasdaq[ ]+Composite|ASX[ ]+\d+|IBEX(?:[ ]+35)?|I?Bovespa|KLCI|PSEi|TASI|EGX[ ]?\d+|"
                r"Straits[ ]+Times[ ]+Index|Jakarta[ ]+Composite[ ]+Index)"),
     "Shares of Velorix Systems rose 2%, outperforming the TAIEX.", "TAIEX"),
    # a company's own function or department, or a news desk's section: "Investor Relations",
    # "Mergers & Acquisitions"
    (re.compile(r"(?:Investor|Media|Public|Press|Shareholder)[ ]+Relations(?:[ ]+(?:Department|Office|Team))?"
                r"|Corporate[ ]+(?:Communications|Affairs|Development)(?:[ ]+(?:Department|Office|Team))?"
                r"|Human[ ]+Resources|Mergers[ ]+(?:&|and)[ ]+Acquisitions|Earnings[ ]+(?:&|and)[ ]+Results"),
     "Contact the Investor Relations Department at Velorix Systems for details.",
     "Investor Relations Department"),
    # a document's own furniture, named in a bracketed or captioned note: "[Excerpt begins after ...]",
    # "[Chart: operating margins by publisher]", "Photo: Supplied"
    (re.compile(r"(?:Excerpt|Chart|Graphic|Infographic|Photo|Photograph|Figure|Table|Video|Audio|Transcript)s?"),
     "[Excerpt begins after the safety briefing.] Velorix Systems said revenue rose.", "Excerpt"),
    # a wire story's end marker and a desk's sign-off: "(END)", "-ENDS-", "Edited by ..."
    (re.compile(r"ENDS?|Edited|Reporting|Writing"),
     "Velorix Systems said revenue rose 4%.\n(END)", "END"),
    # a time zone's code on its own: "the call starts at 14:00 CET", "updated 09:30 GMT"
    (re.compile(r"(?:CES?T|EES?T|WES?T|BST|GMT|UTC|HKT|SGT|JST|KST|AES[DT]|[ECMP][SD]T)"),
     "Velorix Systems will host its call at 14:00 CET.", "CET"),
    # a company's registration number's label: "CIN: L12345MH2020PLC123456", "CVR no. 12345678"
    (re.compile(r"(?:CIN|CVR|ISIN|LEI|GSTIN|CUSIP|SEDOL|ACN)"),
     "Velorix Systems Limited CIN: L72900MH2010PLC000001", "CIN"),
    # a transcript's or a report's section heading: "Q&A", "Highlights", "Analysis"
    (re.compile(r"Q[ ]?&[ ]?A|Highlights|Analysis|ANALYSIS|Outlook|Press|PRESS"),
     "Velorix Systems results call\nQ&A\nDana Park asked about margins.", "Q&A"),
    # a project's stage: "Phase 2 of the Kestrel plant"
    (re.compile(r"(?:Phase|Stage|Tranche)[ ]+(?:\d+[A-Za-z]?|[IVX]+)"),
     "Velorix Systems began Phase 2 of the plant.", "Phase 2"),
    # a region made of several countries, named as a market: "sales in the DACH region"
    (re.compile(r"DACH|Benelux|Nordics|MENA|CEE|SSA"),
     "Velorix Systems grew sales in the DACH region.", "DACH"),
    # a language, as an edition's or a desk's name: "Velorix Ledger - English edition"
    (re.compile(r"(?:English|Spanish|French|German|Portuguese|Arabic|Chinese|Mandarin|Cantonese|Japanese|"
                r"Korean|Russian|Italian|Turkish|Hindi|Urdu|Bengali|Swahili|Indonesian|Malay|Vietnamese|Thai|"
                r"Polish|Dutch|Greek|Hebrew|Persian)"),
     "Velorix Ledger - English edition\nVelorix Systems said revenue rose.", "English"),
    # a class of technology or of business, written as its acronym: "revenue from ERP licences", "its IT
    # segment", "BNPL volumes", "the PBX market" (a company named by letters is never only a field's name)
    (re.compile(r"(?:ERP|CRM|HCM|SCM|BNPL|IT|OT|ICT|CDN|PBX|BPM|BPO|SMS|MEMS|RF|IP|OEMs?|ODMs?|SaaS|PaaS|"
                r"IaaS|IoT|APIs?|AI/ML|AIOps|MLOps|DevOps|SiC|GaN|EVs?|BESS|FTTH|VoIP|UCaaS|CCaaS|SD-WAN)"),
     "Velorix Systems said ERP licence revenue rose 9%.", "ERP"),
    # a measure, a tax or a filing's rule named by its acronym: "FFO per unit", "PBT rose", "prices
    # including VAT", "Art. 17 MAR", "at the AGM", "two MoUs"
    (re.compile(r"FFO|PBT|PAT|EBITDAR|VAT|GST|MAR|AGM|EGM|MoUs?|MD&A|ESG|CSR"),
     "Velorix Systems said PBT rose 12% and proposed a dividend at the AGM.", "PBT"),
    # an analyst's rating: "reiterated an Overweight rating", "Maintain BUY"
    (re.compile(r"Overweight|Underweight|Outperform|Underperform|Market[ ]+Perform|BUY|SELL|HOLD|"
                r"Strong[ ]+Buy|Accumulate"),
     "An analyst reiterated an Overweight rating on Velorix Systems.", "Overweight"),
    # a funding round's name: "raised Rs 340 crore in a Series B round"
    (re.compile(r"(?:Pre-)?Series(?:[ ]+[A-H]\d?)?"),
     "Velorix Systems raised $40 million in a Series B round.", "Series"),
    # a page's breadcrumb trail: "Newsroom / Press releases", "Blog > Company news"
    (re.compile(r"\S.*[ ](?:/|›|>|»)[ ].*\S"), "Newsroom / Press\nVelorix Systems said revenue rose.",
     "Newsroom / Press"),
    # a heading made only of a financial report's words: "Liquidity and Capital Resources", "Management's
    # Discussion and Analysis of Financial Condition", "Summary of Key Financial Information", a table's
    # "(Percentages indicate year-on-year changes)", "Diluted earnings per share", "Unofficial translation"
    (_REPORT_HEADING,
     "Velorix Systems\nLiquidity and Capital Resources\nCash rose to $2 billion.", "Liquidity and Capital"),
    (_REPORT_HEADING,
     "Velorix Systems\nSummary of Key Financial Information\nRevenue rose.", "Key Financial Information"),
    # an amount's currency abbreviation with a magnitude: "revenue of Rs18.6bn", "Rs 1.02bn"
    (re.compile(r"(?:Rs|Rp|Dhs|Tk|Kshs?|RM)\.?[ ]?\d[\d.,]*[ ]?(?:bn|mn|m|cr|crore|lakh|trn)"),
     "Velorix Systems reported revenue of Rs18.6bn.", "Rs18.6bn"),
)
# The forms as one alternation: a surface fullmatches it exactly when it fullmatches one of them (the
# forms hold no groups and no flags of their own), in one call instead of 34 (asked of every candidate
# name twice, about 110 times per article).
ANY_NOT_ORGANIZATION_FORM = re.compile(
    "|".join(f"(?:{form.pattern})" for form, _example, _surface in NOT_ORGANIZATION_FORMS)
)
# The word or words that END a surface and make it something other than an organization, whatever the
# words before them (read with search on the surface; a name that is only this word is left to the other
# rules). Each row (class, the ending, example sentence, the surface in it). Classes, never names: a
# document's furniture and report sections, an office or title, a product tier named after its maker, a
# facility or an asset, a floor or a building of an address, a business measure after its owner. ("Pay" is
# left out: "Kestrel Pay" names a payments company as often as a wallet.)
_REPORT_END = re.compile(
    r"(?:Report|Transcript|Measures|Auditors?|Disclaimer|Footnotes?|Briefing|Presentation|"
    r"(?<=Market[ ])Update|"
    # a financial statement's title: "Consolidated Financial Results", "[Results of Operations and] Financial
    # Condition"
    r"Financial[ ]+(?:Results|Condition|Statements|Position))$"
)
# A company's or a public body's own function, named as the desk that issues a notice or takes questions:
# "Issued by: Corporate Communication Department, Velorix", "the Listing Department of the exchange".
_FUNCTION_END = re.compile(
    r"(?:Communications?|Relations|Listings?|Planning|Strategy|Compliance|Legal|Marketing|Treasury|"
    r"Secretarial)[ ]+(?:Department|Division|Unit|Team|Desk|Bureau|Office)$"
)
_OFFICE_END = re.compile(r"(?:General[ ]+Counsel|Co-(?:CEO|CFO|COO|Founder|Chair(?:man|woman)?|Head))$")
_TIER_END = re.compile(r"(?<=[ ])(?:Ads|Ultimate|Premium|Total|Connect|Workstations?)$")
# Last words of a facility's name that no person's or company's name ends in, each with a made-up name:
# read here for organizations and by people_checks.THING_HEADS for people (written once).
FACILITY_NAME_ENDS: tuple[tuple[str, str], ...] = (
    ("Port", "ships calling at Kestrel Port"),
    ("Airport", "flights from Kestrel Airport"),
    ("Refinery", "output at the Maro Refinery"),
)
_FACILITY_END = re.compile(
    r"(?:Mine|Pipeline|Operation|Smelter|Plant|Deposit|Oilfield|Gasfield|"
    r"(?:Oil|Gas)[ ]+Field|Floor|Building|Theatre|Theater|Stadium|Arena|"
    + "|".join(word for word, _example in FACILITY_NAME_ENDS) + r")$"
)
NOT_ORGANIZATION_ENDINGS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("report section", _REPORT_END,
     "Velorix Systems published its Limited Review Report on Friday.", "Limited Review Report"),
    ("report section", _REPORT_END,
     "Velorix Systems - Edited Transcript of the results call", "Edited Transcript"),
    ("report section", _REPORT_END,
     "Reconciliation of Non-GAAP Financial Measures used by Velorix Systems", "Non-GAAP Financial Measures"),
    ("report section", _REPORT_END,
     "Velorix Systems used its Corporate Strategy Briefing to set targets.", "Corporate Strategy Briefing"),
    ("report section", _REPORT_END,
     "Velorix Systems - Investor Day Presentation", "Investor Day Presentation"),
    ("report section", _REPORT_END,
     "Dana Park of Velorix Systems told the channel's Market Update that sales rose.", "Market Update"),
    ("report section", _REPORT_END,
     "Velorix Systems - Summary of Consolidated Financial Results for Fiscal 2025",
     "Consolidated Financial Results"),
    ("report section", _REPORT_END,
     "Item 2.02 Results of Operations and Financial Condition. Velorix Systems reported",
     "Financial Condition"),
    ("company function", _FUNCTION_END,
     "Issued by: Corporate Communication Department, Velorix Systems", "Corporate Communication Department"),
    ("company function", _FUNCTION_END,
     "For details contact the Public Relations Division of Velorix Systems.", "Public Relations Division"),
    ("company function", _FUNCTION_END,
     "The Manager, Listing Department, Velorix Stock Exchange", "Listing Department"),
    ("company function", _FUNCTION_END,
     "Posted by the Velorix Communications Team", "Velorix Communications Team"),
    ("office", _OFFICE_END,
     "Dana Park, Group General Counsel of Velorix Systems, signed.", "Group General Counsel"),
    ("office", _OFFICE_END,
     "Dana Park, Group Co-CEO of Velorix Systems, said.", "Group Co-CEO"),
    ("product tier", _TIER_END,
     "Velorix said Velorix Ads doubled its advertisers.", "Velorix Ads"),
    ("product tier", _TIER_END,
     "Customers moved to Velorix Ultimate, the top plan.", "Velorix Ultimate"),
    ("facility or asset", _FACILITY_END,
     "Velorix Mining said output at the Kestrel Valley Lithium Operation rose.",
     "Kestrel Valley Lithium Operation"),
    ("facility or asset", _FACILITY_END,
     "Velorix Energy owns the Amber Gas Pipeline.", "Amber Gas Pipeline"),
    ("facility or asset", _FACILITY_END,
     "Velorix Systems, Second Floor, Kestrel Building, Mumbai", "Second Floor"),
    # a venue a company runs or plays in: "bookings at the Kestrel Theatre rose", "games at Amber Stadium"
    ("facility or asset", _FACILITY_END,
     "Velorix Live said bookings at the Kestrel Theatre rose.", "Kestrel Theatre"),
    ("facility or asset", _FACILITY_END,
     "Velorix Football Club sold out Amber Stadium all season.", "Amber Stadium"),
    ("business measure", re.compile(r"(?<=[ ])(?:GMV|EPS|EBITDA|ARR|FFO|PBT|PAT)$"),
     "Consolidated GMV of Velorix Systems rose 20%.", "Consolidated GMV"),
)
# A surface opened by an editor's note is a document's furniture ("Edited Transcript"), one opened by a
# shared office is a person's title ("Co-Founder and Group Chief Executive").
NOT_ORGANIZATION_OPENINGS = re.compile(
    r"(?:Non-(?:GAAP|IFRS)|Edited|Unaudited|Audited|Reviewed|Co-(?:Founder|CEO|Chair\w*)"
    # a report's heading cut before its noun: "Summary of Consolidated Financial [Results]", "Results
    # of Operations and Financial [Condition]", "Half-Year Financial [Report]", "Highlights and
    # Financial [review]"
    r"|(?:Summary|Results)[ ]+of|Highlights[ ]+and|(?:Half|Full)[- ]?Year(?:ly)?|Nine-Month)\b"
)

NOT_ORGANIZATION_EXAMPLES = (
    ("On an IFRS basis, revenue at Velorix Systems rose to $5 billion in 2023.", "IFRS"),
    ("Velorix Systems Q4 revenue rose 5% to EUR 4,525 million.", "Velorix Systems Q4"),
    ("Velorix Systems said revenue reached EUR 4,525 million.", "EUR"),
)



# ---------------------------------------------------------------------------------------------
# Structural cues that make a capitalised name an organization whatever the recognizer said (it
# may call the name a place or a person, or miss it). Each cue's group `name` is the organization;
# each row is (cue, example sentence, the organization the cue finds there). Applied by
# org_evidence.py; tested row by row in tests/unit/test_org_evidence.py.
# ---------------------------------------------------------------------------------------------
# A capitalised pronoun or determiner opening a sentence is never the name a cue finds ("It agreed to buy").
_NOT_A_NAME = r"(?!(?:It|Its|He|She|They|We|I|You|This|That|These|Those|There|Here|The|A|An)\b)"
# A name may open with digits before a capital: "1E", "3M", "7-Eleven".
DIGIT_LED_WORD = rf"\d{{1,3}}-?{UPPER}[\w&.+-]{{0,40}}"
_CUE_NAME_OPENING = rf"{_NOT_A_NAME}(?P<name>(?:{_WORD}|{DIGIT_LED_WORD})"
_CUE_NAME = rf"{_CUE_NAME_OPENING}(?:[ ]+(?:{_WORD}|of|de|&)){{0,4}}(?<![ ]of)(?<![ ]de))"
_OFFICER = (
    r"(?i:chief\s+executive(?:\s+officer)?|chief\s+financial\s+officer|chief\s+operating\s+officer|"
    r"chief\s+technology\s+officer|CEO|CFO|COO|CTO|chairman|chairwoman|chairperson|co-?founder|founder|"
    r"managing\s+director|general\s+manager)"
)
# A word qualifying a title or naming a field before it is no name: "Former CEO Ana Ruiz", "Equity analyst".
_NOT_A_QUALIFIER = (
    r"(?!(?:Former|Interim|Acting|Outgoing|Incoming|New|Deputy|Joint|Founding|Then|Current|Executive|Senior|"
    r"Global|Regional|Group|Co|Chief|Lead|Equity|Equities|Credit|Banking|Industry|Sector|Research|Market|"
    r"Markets)\b)"
)
_WEEKDAY_OR_MONTH = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
# Where a company's shares trade and who supplies the market's data: organizations named in the body that
# the entity model rarely proposes (a short all-caps exchange), and never the owner of the story's figures
# (entities/descriptors.py never resolves "the company" to them). Rows as ORGANIZATION_CUES, which holds them.
MARKET_VENUE_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # where shares moved: "Shares of X closed 1.3 per cent higher at Rs 486.75 on the QSE ahead of the
    # results" names the exchange itself, an organization in the body (only after shares or a stock moved,
    # so "profit rose 14% on Lumora Quest" stays the product it is; never a weekday or a month)
    (re.compile(rf"\b(?:[Ss]hares?|[Ss]tock|[Ss]crip)\b(?:[^;\n.]|\.(?=\d)){{0,100}}?(?:%|\bper[ ]?cent|"
                rf"\bhigher|\blower)(?:[ ](?:higher|lower))?(?:[ ](?:to|at)(?:[ ][^\s;<]{{1,14}}){{1,2}})?"
                rf"\s+on\s+(?:the\s+)?(?!{_WEEKDAY_OR_MONTH}){_CUE_NAME}"
                r"(?=\s+(?:on|in|ahead|before|after|at|during|early|late|this|last|following)\b|[,.;<]|\s*$)"),
     "Shares of Velmora closed 1.3 per cent higher at Rs 486.75 on the QSE ahead of the results.", "QSE"),
    # a provider of market data: "according to Datavane data", "analysts polled by Datavane"
    (re.compile(rf"\baccording\s+to\s+(?:the\s+)?{_CUE_NAME}\s+(?:data|figures|estimates)\b"),
     "Analysts had expected about $520 million, according to Datavane data.", "Datavane"),
    (re.compile(rf"\b(?:polled|surveyed)\s+by\s+(?:the\s+)?{_CUE_NAME}"),
     "Analysts polled by Datavane had expected $150 million in revenue.", "Datavane"),
)
ORGANIZATION_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # an officer's title "of X": only an organization has a chief executive
    (re.compile(rf"\b{_OFFICER}\s+of\s+{_CUE_NAME}"),
     "said Ana Ruiz, Chief Executive Officer of Velmora.", "Velmora"),
    # bought as a whole: "X, acquired for $800 million in 2020," / "X, bought from Y in 2023,"
    (re.compile(rf"(?<![\w-]){_CUE_NAME},\s+(?:the\s+former\s+[^,.;]{{2,40}},\s+)?"
                r"(?:acquired|bought|purchased)\s+(?:for|from|by|in)\b"),
     "Quarvo, acquired for $200 million in 2020, is growing fast.", "Quarvo"),
    # the passive of a purchase: "X was bought by Y"
    (re.compile(rf"(?<![\w-]){_CUE_NAME}\s+(?:was|were|has\s+been|had\s+been)\s+(?:bought|acquired|"
                r"purchased|taken\s+over)\s+by\b"),
     "Quarvo was bought by a rival in 2021.", "Quarvo"),
    # "is (now) part of X", "became part of X's Y": a body another belongs to
    (re.compile(rf"\b(?:is|are|was|were|became|become)\s+(?:now\s+)?part\s+of\s+{_CUE_NAME}"),
     "The payments unit is now part of Tellbridge.", "Tellbridge"),
    # "X, based in Lagos," / "X, headquartered in Riyadh": a place is not based anywhere
    (re.compile(rf"(?<![\w-]){_CUE_NAME},\s+(?:based|headquartered)\s+in\s+{UPPER}"),
     "Rival Quarvo, based in Riyadh, is raising money.", "Quarvo"),
    # "Rival X", "rivals X and Y" at the start of a clause
    (re.compile(rf"(?:^|[.;:]\s+|\n)(?:[Rr]ivals?|[Cc]ompetitor)\s+{_CUE_NAME}(?=[,\s])"),
     "Rival Quarvo raised $50 million last year.", "Quarvo"),
    # "a listing on X", "shares rose on the X exchange"
    (re.compile(rf"\b(?:listing|listed|debut|trade[sd]?|trading)\s+on\s+(?:the\s+)?{_CUE_NAME}"
                r"(?=\s+(?:exchange|stock\s+exchange|bourse|in|last|this|since)\b|[,.;])"),
     "It steered the group through its listing on Bourse Nova in 2021.", "Bourse Nova"),
    (re.compile(rf"\bon\s+the\s+{_CUE_NAME}\s+(?:exchange|bourse)\b"),
     "Its shares rose 3% on the Q7 exchange in Lima.", "Q7"),
    # "X, the animation studio owned by Y", "X, the Paris-based model builder"
    (re.compile(rf"(?<![\w-]){_CUE_NAME},\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?:studio|club|exchange|"
                r"seller|builder|chain|marketplace|broker|airline|cooperative|producer|distributor)\b"
                r"(?!\s+(?:of\s+)?(?:games|films|products))"),
     "It made the film with Lumora, the animation studio owned by a rival.", "Lumora"),
    # a kind of organization before the name: "antitrust authority X", "football club X"
    (re.compile(rf"\b(?:authority|regulator|watchdog|club|studio|bourse|exchange operator)\s+{_CUE_NAME}"),
     "It was approved by antitrust authority Cadeo in February.", "Cadeo"),
    # a named unit: "its Tellvo unit", "whose Tellvo unit was the largest operator"
    (re.compile(rf"\b(?:its|whose|their)\s+{_CUE_NAME}\s+(?:unit|subsidiary|arm|affiliate)\b"),
     "Service revenue in Africa, which includes its Tellvo unit, grew 10%.", "Tellvo"),
    # "X, the group's US arm": a unit described by its owner's possessive
    (re.compile(rf"(?<![\w-]){_CUE_NAME},\s+(?:the|its)\s+(?:group|company|firm|bank)['’]s\s+"
                r"(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|division|affiliate)\b"),
     "said Ana Ruiz, head of Quarvo of Westland, the group's US arm.", "Quarvo of Westland"),
    # "became part of Y's X": the possessed name after "part of" is a company too
    (re.compile(rf"\bpart\s+of\s+{_WORD}(?:[ ]+{_WORD}){{0,2}}['’]s\s+{_CUE_NAME}"),
     "Its Italian business became part of Tellbridge's Fastlane in January.", "Fastlane"),
    # a school someone graduated from: "after the two graduated from Lumbria Tech"
    (re.compile(rf"\bgraduat(?:ed|es|ing)\s+(?:from|of)\s+(?:the\s+)?{_CUE_NAME}"),
     "She founded it after she graduated from Lumbria Polytechnic Roorvik.", "Lumbria Polytechnic Roorvik"),
    # a source of data: "estimates compiled by X"
    (re.compile(rf"\b(?:compiled|collated|tracked)\s+by\s+{_CUE_NAME}"),
     "Revenue beat estimates compiled by Datavane.", "Datavane"),
    # the subject of a deal verb: "X agreed to buy", "X has agreed to pay EUR 120 million"
    (re.compile(rf"(?<![\w-]){_CUE_NAME}\s+(?:has\s+|had\s+)?(?:agreed|agrees|offered|offers)\s+to\s+"
                r"(?:buy|acquire|sell|pay|merge|invest|take\s+over)\b"),
     "In August, Quarvo agreed to buy a rival in an all-stock deal.", "Quarvo"),
    # "X, the world's largest producer of hardwood pulp": a superlative's possessive inside the description
    (re.compile(rf"(?<![\w-]){_CUE_NAME},\s+the\s+world['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:producer|maker|"
                r"supplier|operator|seller|retailer|lender|bank|insurer|company|group|firm)\b"),
     "Quarvo, the world's largest producer of hardwood pulp, rose 3.9%.", "Quarvo"),
    # the subject of a reporting verb with a financial figure: "X reported first-quarter net revenue of"
    (re.compile(rf"(?<![\w-]){_CUE_NAME}(?:,\s+which)?\s+(?:reported|posted|booked|recorded)\s+(?:an?\s+|its\s+)?"
                r"(?:[\w-]+\s+){0,3}?(?:revenue|sales|profit|loss|earnings|net\s+income)\b"),
     "Quarvo reported first-quarter net revenue of R$11.6 billion.", "Quarvo"),
    # only a business returns to profit or swings to a loss: "X, by contrast, returned to profit in 2024"
    (re.compile(rf"(?<![\w-]){_CUE_NAME}(?:,\s+by\s+contrast,)?\s+(?:returned|swung|slipped|fell|turned)\s+"
                r"(?:back\s+)?(?:to|into)\s+(?:an?\s+)?(?:net\s+|operating\s+)?(?:profit|loss)\b"),
     "Quarvo, by contrast, returned to profit in 2024.", "Quarvo"),
    # a transcript's speaker label with the speaker's firm: "QUESTION (Daniel Fehr, Brennick):"
    (re.compile(rf"\(\s*{UPPER}{LOWER}+(?:[ ]{UPPER}{LOWER}+){{1,2}},[ ]+{_CUE_NAME}\s*\)\s*:"),
     "QUESTION (Dana Fehr, Brennick): Where does capacity stand?", "Brennick"),
    # "analysts at X"
    (re.compile(rf"\b[Aa]nalysts?\s+at\s+{_CUE_NAME}"),
     "Analysts at Brennick said the numbers were strong.", "Brennick"),
    # where a business is based, written before its name: "Nairobi-based M-KOPA, which sells ..."
    # (what follows the name is a clause of its own: a comma or any verb, "Melbourne-based X lifted profit")
    (re.compile(rf"\b{UPPER}{LOWER}+-(?:based|headquartered)\s+{_CUE_NAME}"
                rf"(?=,|\s+(?:which|has|had|is|was|said|says|raised|reported|{LOWER}+ed)\b)"),
     "Nairobi-based Q-VOLT, which sells solar kits on credit, raised $20 million.", "Q-VOLT"),
    # the buyer of a business: "the US part will be sold to X", "the unit was sold to X"
    (re.compile(rf"\b(?:be|been|being|is|are|was|were)\s+sold\s+to\s+{_CUE_NAME}(?=[,.;]|\s+(?:for|in|and|as|,)\b)"),
     "The US business will be sold to Quarvo; Canada goes to a cooperative.", "Quarvo"),
    # a sponsorship is of a club, a team or an event's organizer: "the shirt sponsorship of X"
    (re.compile(rf"\bsponsorship\s+(?:deal\s+)?(?:of|with)\s+{_CUE_NAME}(?=[,.;]|\s+(?:and|in|for|ended|ends)\b)"),
     "The shirt sponsorship of Lumbria Rovers, agreed in 2020, ended.", "Lumbria Rovers"),
    # an officer's title between the body and the officer's name: "Jet Zero chief executive Ben Wilson said"
    # (a word that qualifies the title is no name: "Former CEO Ana Ruiz", "Interim chairman ...")
    (re.compile(rf"(?<![\w-]){_NOT_A_QUALIFIER}{_CUE_NAME}\s+{_OFFICER}\s+{UPPER}{LOWER}+[ ]{UPPER}{LOWER}+"),
     "Japanese trading houses also took part. Jet Quarvo chief executive Ben Wilson said the money helps.",
     "Jet Quarvo"),
    # the same with an analyst's or an economist's firm: "Jarden analyst Tom Allen said"
    (re.compile(rf"(?<![\w-]){_NOT_A_QUALIFIER}{_CUE_NAME}\s+(?:analyst|economist|strategist)\s+"
                rf"{UPPER}{LOWER}+[ ]{UPPER}{LOWER}+"),
     "Brennick analyst Tom Allen said the stake looks cheap.", "Brennick"),
    # a name set off after the kind of body it is: "The company, Quarvo, makes short dramas", "a Seoul
    # start-up, Quarvo, said" (a person is never "the company")
    (re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?:company|start-?up|firm|lender|insurer|"
                rf"bank|fund|developer|operator|subsidiary)\s*,\s+{_CUE_NAME},\s+{LOWER}"),
     "It also put money into a Seoul start-up. The company, Quarvo, makes short dramas.", "Quarvo"),
    # a lower-case kind of business right before a name that is the subject of a verb: "glass producer X
    # on Thursday reported", "payments firm X said" (a title, a weekday or a month is never the name)
    (re.compile(rf"(?<![A-Z][\w-])(?<=[a-z] )(?:producer|maker|group|company|firm|lender|bank|operator|"
                rf"retailer|insurer|carrier|developer|conglomerate|start-?up|miner|manufacturer|supplier|platform)\s+"
                rf"{_NOT_A_QUALIFIER}(?!{_OFFICER}\b|(?:President|Chairman|Mr|Ms|Dr)\b|{_WEEKDAY_OR_MONTH})"
                rf"{_CUE_NAME}(?=\s+(?:on\s+{_WEEKDAY_OR_MONTH}\s+)?(?:said|says|reported|posted|raised|announced|"
                r"agreed|has|had|is|was|will|plans|expects)\b)"),
     "Glass and chemicals producer Quarvo on Thursday reported a fall in profit.", "Quarvo"),
    # a headline's "X owner": the owner is described by what it owns, and that is an organization
    (re.compile(rf"(?:^|\n){_CUE_NAME}\s+owner\s+{LOWER}"),
     "Quarvo owner puts $150 million into Tellbridge", "Quarvo"),
) + MARKET_VENUE_CUES
# A cue opening with one of these starts on a capital or a digit after no word character: org_evidence.py
# tries it only where a capitalised word starts (name_starts.py), the same matches for less scanning.
NAME_FIRST_OPENINGS = (rf"(?<![\w-]){_CUE_NAME_OPENING}", rf"(?<![\w-]){_NOT_A_QUALIFIER}{_CUE_NAME_OPENING}")

# Lists whose every item is an organization: "competitors include A, B and C", "the owner of A, B
# and C", "with A and B among the other backers". Group `items` holds the list; rows as above.
_ITEM = rf"{_WORD}(?:[ ]+(?:{_WORD}|&)){{0,3}}"
# A kind word before an item is description, not name: "the investment firm X", "existing backer X".
_KIND = r"(?:[\w-]+[ ]+){0,2}(?:group|firm|company|maker|lender|bank|fund|backer|investor)[ ]+"
_ITEMS = rf"(?P<items>{_ITEM}(?:(?:,[ ]+(?:and[ ]+)?|,?[ ]+and[ ]+)(?:{_KIND})?{_ITEM}){{0,6}})"
ORGANIZATION_LIST_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(rf"\b(?:competitors|rivals|peers|backers|investors|shareholders|customers|clients)\s+"
                rf"(?:include|included|including|such\s+as)\s+(?:the\s+)?(?:[\w-]+\s+(?:firms|companies|"
                rf"groups|funds)\s+)?{_ITEMS}"),
     "Other well-funded competitors include Chipper Pay and Quarvo.", "Quarvo"),
    (re.compile(rf"\bwith\s+{_ITEMS}\s+among\s+the\s+(?:other\s+)?(?:backers|investors|participants|"
                r"shareholders|lenders|bidders)\b"),
     "The round was led by Nordvik, with Tellbridge and Quarvo among the other backers.", "Quarvo"),
    # joint owners: "the group controlled jointly by Shell and Cosan", "the venture we owned together with X"
    (re.compile(rf"\b(?:(?:(?:controlled|owned)\s+jointly|jointly\s+(?:controlled|owned))\s+by|(?:owned|"
                rf"controlled|run|operated)\s+(?:together|jointly)\s+with)\s+{_ITEMS}"),
     "Raizo, the fuel group controlled jointly by Tellbridge and Quarvo, fell.", "Quarvo"),
    (re.compile(rf"\b[Oo]wner\s+of\s+(?:the\s+)?{_ITEMS}"),
     "The owner of Quarvo, Lumora and Tellbridge said margins widened.", "Lumora"),
    # plural kind before two names: "the private equity firms Cinven Q and Providence Partners",
    # "existing backers Vitruvian Partners and Endeavor Catalyst"
    (re.compile(rf"\b(?:firms|companies|banks|lenders|groups|operators|investors|funds|backers|shareholders|"
                rf"insurers|carriers)\s+{_ITEMS}"),
     "Existing backers Nordvik Partners and Tellbridge Catalyst put in money.", "Tellbridge Catalyst"),
)

# The other members of a funding round, listed as the subject of "took part": "A and existing backer B
# also took part", "with A, B and C also taking part". Group `items`; rows as above. People take part in
# calls and panels, so a list is read only where a round or a raise is named in the 300 characters
# before it (ROUND_BEFORE, applied by org_evidence.py).
PARTICIPANT_LIST_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # (people take part in a call, a meeting or talks: those are never a round)
    (re.compile(rf"(?<![\w&.-]){_ITEMS}\s+(?:also\s+)?(?:took|taking|take|takes)\s+part\b(?!\s+in\s+(?:the\s+)?"
                r"(?:[\w-]+\s+)?(?:call|conference|meeting|panel|discussion|event|ceremony|signing|talks|"
                r"briefing|webinar|interview)s?\b)"),
     "The round was led by Nordvik. Tellbridge and existing backer Quarvo also took part.", "Quarvo"),
    (re.compile(rf"\bwith\s+{_ITEMS}\s+(?:also\s+)?(?:participating|joining|investing)\b"),
     "Quarvo raised $9 million in a round led by Nordvik, with Tellbridge also participating.", "Tellbridge"),
    (re.compile(rf"(?<![\w&.-]){_ITEMS}\s+(?:also\s+)?(?:participated|joined|co-invested)\s+"
                r"(?:in\s+)?(?:the\s+)?(?:round|raise|financing|funding|deal)\b"),
     "Quarvo raised $9 million. Nordvik and Tellbridge also participated in the round.", "Nordvik"),
    # the lead named by a copula: "Lead investor is X", "the lead investor was X"
    (re.compile(rf"\b[Ll]ead\s+investors?\s+(?:is|was|are|were)\s+(?:the\s+)?{_ITEMS}"),
     "Quarvo closed a Series B round. Lead investor is Nordvik Partners.", "Nordvik Partners"),
)
ROUND_BEFORE = re.compile(
    r"\b(?:round|raise[sd]?|raising|funding|financing|Series\s+[A-H]|seed|backers?|[Ll]ead\s+investors?|"
    r"led\s+by)\b",
)

# Lists whose every item is a brand or a product, not an organization: "its A and B brands", "the A and B
# maker". Group `items`; rows as above. An item that opens a longer name the article writes ("Quarvo" of
# "Quarvo Foods") is the company's own name and stays (products.py). A list after the word ("brands such as
# IKEA and H&M", "whose brands include Graphisoft") names companies as often as products: not a cue.
PRODUCT_LIST_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(rf"\b(?:its|their)\s+{_ITEMS}\s+brands\b"),
     "Velorix Systems said its Lumora and Tellvo brands grew.", "Tellvo"),
    # what a company owns and sells under a name, in the plural after the names: "its Lumora and Tellvo
    # networks", "their Lumora and Tellvo hotel chains", "its Lumora and Tellvo pay-TV services"
    (re.compile(rf"\b(?:its|their)\s+{_ITEMS}\s+(?:[a-z][\w-]*\s+)?(?:networks|chains|labels|products|apps|"
                r"platforms|services|games|titles|stores)\b"),
     "Velorix Systems gave the group its Lumora and Tellvo networks.", "Lumora"),
    (re.compile(rf"\bthe\s+{_ITEMS}\s+maker\b(?!\s+of\b)"),
     "Velorix Systems, the Lumora and Tellvo maker, said sales fell.", "Lumora"),
    # after a mere "the", a plural noun that only ever names what a company runs under a name: its
    # titles, stations and sites ("the Lumora, Tellvo and Quill imprints", "the Lumora and Tellvo radio
    # stations"); a company's own name there opens a longer one the article writes ("Lumora Group") and
    # stays (products.py). ("chains" is left to "its"/"their": "the owner of the A and B supermarket
    # chains" names retailers that are companies of their own as often as banners.)
    (re.compile(rf"\b(?:the|its|their|our)\s+{_ITEMS}\s+(?:[a-z][\w-]*\s+){{0,2}}(?:imprints|"
                r"stations|portals|mastheads|banners|venues|theatres|theaters|formats)\b"),
     "Velorix Systems owns the Lumora and Tellvo radio stations.", "Tellvo"),
    (re.compile(rf"\b(?:the|its|their|our)\s+{_ITEMS}\s+(?:[a-z][\w-]*\s+){{0,2}}(?:imprints|"
                r"stations|portals|mastheads|banners|venues|theatres|theaters|formats)\b"),
     "The trade area of Velorix Systems includes the Lumora, Tellvo and Quill imprints.", "Quill"),
    # named sites a company runs, in the plural after the names: "its Lumora and Tellvo breweries"
    (re.compile(rf"\b(?:its|their|our)\s+{_ITEMS}\s+(?:breweries|plants|factories|mills|mines|refineries|"
                r"smelters|terminals|fabs|campuses|hospitals|warehouses|farms|estates|sites)\b"),
     "Velorix Systems expanded its Lumora and Tellvo breweries.", "Tellvo"),
    # a segment's brands listed as what it is made of: "the segment comprises Lumora, Tellvo and Quill"
    (re.compile(rf"\b(?:segment|division|portfolio)\s+(?:comprises|consists\s+of|is\s+made\s+up\s+of)\s+"
                rf"{_ITEMS}"),
     "Velorix Systems said the segment comprises Lumora, Tellvo and Quill.", "Lumora"),
)

# Lists of brands a company sells or trades under, with the verb or the "under" that governs them:
# "sells brands such as Lumora, Tellvo and Quill", "under the Lumora and Tellvo brands". Group `items`;
# rows as above. Applied by products.py with GOVERNED_PRODUCT_CUES' exceptions (a known organization, a
# name with an organization's evidence, a name opening a longer one the article writes).
BRAND_LIST_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # (not "owns": "owns travel brands including A and B" names companies it owns as often)
    (re.compile(rf"\b(?:sells|sell|selling|sold|markets|behind)[ ]+(?:[a-z]+[ ]+)?brands[ ]+"
                rf"(?:such[ ]+as|including)[ ]+{_ITEMS}"),
     "The company, which sells brands such as Lumora, Tellvo and Quill, grew.", "Tellvo"),
    (re.compile(rf"\bunder[ ]+the[ ]+{_ITEMS}[ ]+brands\b"),
     "Velorix runs 33 hospitals under the Lumora, Tellvo and Quill brands.", "Quill"),
)

# A person's name, not an organization's, when a title follows it: "Ana Ruiz, co-founder and chief
# executive of ...", "Ana Ruiz, Governor of ...", "Ana Ruiz is its chief executive".
PERSON_TITLE_AFTER = re.compile(
    # a scope or a tenure may come before the title ("Ana Ruiz, group chief financial officer"), and an
    # analyst is a person's role as much as an office ("Ana Ruiz, an analyst at Quarvo, said")
    rf",\s{{1,3}}(?:the\s|its\s|a\s|an\s)?(?:(?:group|global|interim|acting|senior|former)\s)?"
    rf"(?:{_OFFICER}|governor|president|head\s+of|partner|minister|secretary|director|deputy|analyst)\b"
    rf"|\s{{1,3}}(?:is|was|will\s+become|becomes|became)\s(?:its\s|the\s(?:new\s)?)?{_OFFICER}\b",
    re.IGNORECASE,
)
# The same after a name written as a person's (two or three capitalised words, no company word): the title
# may come after several words qualifying it - a field, a rank, a possessive - as long as no clause word
# ("whose", "which", "of") or verb ("will join Quarvo as general manager": the title of the name before)
# opens between ("Ana Ruiz, a resources analyst at ...", "Ana Ruiz, Representative
# Director", "Ana Ruiz, the mining group's long-time chief executive").
QUALIFIED_TITLE_AFTER = re.compile(
    r",\s{1,3}(?:(?!(?:whose|which|that|who|where|when|of|at|in|for|with|from|to|by|as|will|would|is|was|"
    r"are|were|has|have|had|said|says|joins?|joined)\s)[\w'’-]+\s){1,5}?"
    rf"(?:{_OFFICER}|officer|director|president|analyst|governor|economist|strategist|chief)\b",
    re.IGNORECASE,
)
QUALIFIED_TITLE_EXAMPLES = (
    ("said Ana Núñez, a resources analyst at Quarvo Capital.", "Ana Núñez"),
    ("said Ren Oda, Representative Director and President of Quarvo.", "Ren Oda"),
    ("Ana Ruiz, chief financial and investor relations officer, said.", "Ana Ruiz"),
    ("and by Jan Velt, the mining group's long-time chief executive.", "Jan Velt"),
)
# A transcript's operator introducing a caller: the name after it is a person, the firm after "from" or
# "with" is the organization ("The next question is from Ana Ruiz from Quarvo Securities").
CALLER_BEFORE = re.compile(
    r"\b(?:question|questions|line)\s+(?:is|comes|will\s+come|come)\s+from\s+(?:the\s+line\s+of\s+)?$"
)
PERSON_TITLE_EXAMPLES = (
    ("Ana Ruiz, co-founder and chief executive of Quarvo, said it grew.", "Ana Ruiz"),
    ("Ana Ruiz, Governor of the Central Bank, signed it.", "Ana Ruiz"),
    ("Ana Ruiz will become chief executive on 30 September.", "Ana Ruiz"),
    ("Ana Ruiz, group chief financial officer, said cash rose.", "Ana Ruiz"),
    ("Ana Núñez, an analyst at Quarvo Securities, said volumes fell.", "Ana Núñez"),
)

# A dateline opening a line: "Lumbria, France - November 3, 2021.", "MADRID, 26 March 2024 -", or after a
# letterhead's label and a bar: "Press release | Lumbria, 22 October 2026, 07:30 CET". The place (and its
# country) are where the story was filed, never an organization.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = rf"{_WORD}(?:[ ]+{_WORD}){{0,2}}"
DATELINE = re.compile(
    rf"(?m)^(?:[^\n|]{{1,60}}\|[ ]*)?(?P<place>{_PLACE}(?:(?:,|[ ]+and)[ ]+{_PLACE}\.?){{0,4}})"
    rf"\s*[,–—-]\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
)
# A place after "based in", "headquartered in": "DAOU, based in Paso Robles".
BASED_IN = re.compile(r"\b(?:based|headquartered|located)\s+in\s+$")

# A place's administrative kind in lower case, before "of" and its name: "the regions of Lumbra and Piauí",
# "the municipal government of Lumbra", "the province of Son Lam" (people_checks reads it too).
PLACE_KIND = (
    r"(?:regions?|provinces?|states?|municipalit(?:y|ies)|(?:municipal|city|state|provincial)\s+government|"
    r"prefectures?|count(?:y|ies)|districts?|cities|city|towns?|villages?|islands?)"
)
# A name written only where a place is ("farms in Bahia, Lumbra and Piauí", "a plant in the Illawarra",
# "a dry spell in the west of Bahia") is a place, whatever the recognizer said. Read before each mention
# of the name, or before the first item of the list the mention closes; "invested in X", "a stake in X"
# take an organization and are left out.
LOCATIVE_BEFORE = re.compile(
    r"(?<!invested )(?<!invest )(?<!invests )(?<!stake )(?<!shares )(?<!interest )(?<!holding )"
    # a sentence may open with the preposition: "In Lumbra, Quarvo reported ..."
    r"\b(?:[Ii]n|[Nn]ear|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:(?:west|east|north|south|centre|center)\s+of\s+"
    r"(?:the\s+)?)?$"
    # a place named by its kind, in lower case: "in the regions of Lumbra and Piauí", "the municipal
    # government of Lumbra" (a capitalised "Government of Lumbra" is a body's name, read whole elsewhere)
    rf"|\b{PLACE_KIND}\s+of\s+$"
)
LIST_ITEM_BEFORE = re.compile(rf"({_BOUNDED_NAME})(?:,[ ]+|,?[ ]+and[ ]+)$")

# An office's title, not an organization: "the Secretary of State for Science, Innovation and
# Technology", "Minister for Trade": the words after it name the office's remit.
OFFICE_BEFORE = re.compile(r"\b(?:Secretary|Minister)\s+(?:of\s+State\s+)?(?:of|for)\s+$")
# An office's title followed by a person's name inside a span: "Energy Minister Ana Ruiz and Mining" is a
# minister's title and name run together with the next portfolio, never an organization's name (a body
# named after an office writes it possessive or last: "the Prime Minister's Office", "Office of the Mayor").
OFFICE_BEFORE_NAME = re.compile(rf"(?<![\w-])(?:Minister|Secretary|Governor|Mayor)[ ]+{UPPER}{LOWER}+")

# An acronym defined for a lower-case term is that term wherever the article uses it: "earnings before
# interest, tax and material items (EBITM)" ... "its EBITM margin rose".
TERM_ACRONYM = re.compile(r"(?<![\w-])[a-z][a-z-]{1,40}[ ]{1,3}\(([A-Z]{2,6})s?\)")
# An all-capital word the article also writes in the plural is a common noun's acronym, not a name:
# "antibody drug conjugates, or ADCs" ... "our second ADC".
PLURAL_ACRONYM = re.compile(r"(?<![\w&.-])([A-Z]{2,6})s(?![\w&-])")
# A surname before "family" names the family, not its company, even where the model tags it ORG:
# "the Dassault family controls the group" (the company keeps its full name elsewhere).
FAMILY_AFTER = re.compile(r"[ ]+family\b(?!\s+(?:office|offices|business|fund|trust|holding)\b)")

# Words that end a company's full name after its short form, where the article also writes the short form
# alone: "Quarvo" is "Quarvo Networks" when that is the only longer name the article opens with "Quarvo"
# (org_tails.py). A unit's words ("Cloud", "Pay", "Ads", "Studios", a country) and "International" are
# left out: "Quarvo Cloud" beside "Quarvo" is a unit, so is a broadcaster's "Quarvo Studios". Each row
# (tail words, example sentence, short form, full name).
COMPANY_TAILS: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (("Networks",), "Quarvo Networks sells radios; Quarvo's shares rose.", "Quarvo", "Quarvo Networks"),
    (("Minerals",), "Quarvo Minerals cut costs. Quarvo said output rose.", "Quarvo", "Quarvo Minerals"),
    (("Resources",), "Quarvo Resources cut costs. Quarvo said output rose.", "Quarvo", "Quarvo Resources"),
    (("Capital",), "The round was led by Quarvo Capital. Quarvo invested before.", "Quarvo",
     "Quarvo Capital"),
    (("Ventures",), "Quarvo Ventures joined. Quarvo invested in 2022.", "Quarvo", "Quarvo Ventures"),
    (("Entertainment",), "Quarvo Entertainment was bought; Quarvo makes games.", "Quarvo",
     "Quarvo Entertainment"),
    (("Media",), "Quarvo Media reported revenue. Quarvo owns song rights.", "Quarvo", "Quarvo Media"),
    (("Airways",), "Quarvo Airways posted a profit. Quarvo flew more people.", "Quarvo", "Quarvo Airways"),
    (("Bank",), "Quarvo Bank profit rose. Quarvo's shares closed higher.", "Quarvo", "Quarvo Bank"),
    (("Energi",), "Quarvo Energi was consolidated. Quarvo produced more oil.", "Quarvo", "Quarvo Energi"),
    (("Life", "Insurance"), "Hana signed with Quarvo Life Insurance. Quarvo will sell it.", "Quarvo",
     "Quarvo Life Insurance"),
    (("Developments",), "Quarvo Developments released a game. Quarvo's sales rose.", "Quarvo",
     "Quarvo Developments"),
    (("Software",), "Quarvo Software reported revenue. Quarvo sells licences.", "Quarvo", "Quarvo Software"),
    (("Healthcare",), "Quarvo Healthcare posted a profit. Quarvo runs clinics.", "Quarvo",
     "Quarvo Healthcare"),
    (("Power", "Systems"), "Quarvo Power Systems raised $10 million. Quarvo runs mini-grids.", "Quarvo",
     "Quarvo Power Systems"),
    (("Data", "Centers"), "Quarvo Data Centers signed a lease. Quarvo builds campuses.", "Quarvo",
     "Quarvo Data Centers"),
    (("Data", "Services"), "Quarvo Data Services opened a site. Quarvo rents racks.", "Quarvo",
     "Quarvo Data Services"),
)

# A one-word surface that is only ever the tail of a longer capitalised run is a fragment of a name the
# recognizer split, not an organization: "the Kestrel Co-operative Society" -> "Society", "Mato Grosso do
# Sul" -> "Sul", "Kestrel Exchanges and Clearing House" -> "Clearing" (org_fragments.py). Capitalised
# words that open a sentence or a clause before a name are no part of it ("In Quarvo's case"). Each row
# (example sentence, the fragment in it).
CLAUSE_OPENERS = frozenset((
    "The", "A", "An", "In", "At", "On", "Of", "For", "By", "With", "From", "To", "And", "But", "Or", "As",
    "While", "When", "After", "Before", "Since", "Under", "Like", "Unlike", "Its", "Their", "Our", "This",
    "That", "These", "Those", "Both", "Rival", "Peer", "Says", "Said", "Also", "Then", "If", "Why", "How",
))
FRAGMENT_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("The bank's parent, Kestrel Co-operative Society, holds 64% of it.", "Society"),
    ("The deal added farms in Bahia and Mato Grosso do Sul.", "Sul"),
    ("Trades settle at Kestrel Exchanges and Clearing House on Fridays.", "Clearing"),
)

# ---------------------------------------------------------------------------------------------
# Layout and the article's own voice (org_layout.py): each cue with a made-up example line.
# ---------------------------------------------------------------------------------------------
# A publication's own credit, disclaimer or copyright line names the publication, never a subject of the
# story: "Disclaimer: Kestrel Daily has no investment relationship ...", "(c) 2025 Kestrel Daily",
# "Translation: Kestrel Report editorial team", "The Basket is published by Kestrel Media Ltd".
PRESS_CREDIT_LINE = re.compile(
    r"(?m)^\s*(?:Disclaimer|Disclosures?|Translation|Editing|Reporting)\s*:|©|\([cC]\)[ ]+\d{4}|"
    r"\bCopyright\b|\bis published by\b"
)
PRESS_CREDIT_EXAMPLES = (
    ("Disclaimer: Kestrel Daily has no investment relationship with the companies named.", "Kestrel Daily"),
    ("(c) 2025 Kestrel Research Ltd. All rights reserved.", "Kestrel Research"),
    ("Kestrel is published by Amber Media Pty Ltd, Sydney.", "Amber Media"),
)
# The one a source spoke to is the publication: "the chief executive told Kestrel Daily" (people_checks
# reads it too: "she told Cumbre Vale." is no person).
TOLD_THE_PUBLICATION = re.compile(r"(?<![\w-])told\s+(?:the\s+)?$")
# A postal address line: an address label opens it ("Regd. Office: Plot No. 3, Kestrel Park, Velmont"),
# or a street number, comma items and a postal code or a city make it ("12 Amber Avenue, Kestrel Area,
# Velmont"); streets, sites and towns on it are places.
ADDRESS_LINE = re.compile(
    r"(?im)^[ \t]*(?:(?:Regd\.?|Registered|Head|Corporate|Principal)[ ]+Office|Address|Registered[ ]+address)"
    r"[ ]*:[^\n]{5,200}$"
    r"|^[ \t]*(?:[^\n,]{2,40},[ ]*)?(?:Plot[ ]+No\.?[ ]*)?\d{1,5}[A-Za-z]?(?:[/-]\w+)?,?[ ]+"
    rf"{UPPER}[^\n,]{{2,40}}(?:Avenue|Road|Street|Lane|Boulevard|Marg|Nagar)\b[^\n]{{0,80}},[^\n]{{3,80}}$"
)
ADDRESS_EXAMPLES = (
    ("Regd. Office: Plot No. 3/G3, Kestrel IT Park, Velmont, Amberpur - 600 130", "Velmont"),
    ("Kestrel Building, 63 Amber Avenue, Velmont Area, Amberpur", "Velmont Area"),
)
# A place named as the site of a company's plant or facilities: "its Velmont plant", "their Velmont and
# Kestrel Bay facilities".
SITE_OWNER_BEFORE = re.compile(r"\b(?:its|their|our)[ ]+$")
SITE_NOUN_AFTER = re.compile(
    rf"(?:[ ]+(?:and|&)[ ]+{UPPER}\w+(?:[ ]+{UPPER}\w+)?)?[ ]+"
    r"(?:plants?|factory|factories|facility|facilities|sites?|campus|mills?|warehouses?|hubs?|works|"
    r"refinery|smelter|data[ ]+cent(?:er|re)s?)\b"
)
SITE_EXAMPLES = (
    ("Kestrel Motors plans to build the SUV at its Velmont plant from 2027.", "Velmont"),
    ("Amber said the money will fund its Velmont and Kestrel Bay facilities.", "Velmont"),
)

# Where a name stands as a place, read at one mention (a name goes only if every mention is a place's:
# entities/filtering.only_a_location). Each row: (pattern that must end right before the name or None,
# pattern that must match right after it or None, made-up example, the place in it).
# A firm's kind may be described by up to three words, in lower case or an acronym ending in a capital
# ("usage-billing SaaS"), at least one: "a Velorix company" and "a Velorix group company" are Velorix's,
# and so are its holding, parent or portfolio company.
# ("family-owned" describes the firm as any other word: only the bare "family" makes it the family's)
_KIND_WORD = (
    r"(?!(?:holding|parent|operating|family|own|group|portfolio)\b(?!-))"
    r"(?:[a-z][\w-]{0,30}|[A-Z][\w-]{0,10}[A-Z])"
)
_FIRM = (
    r"(?:company|firm|start-?up|consultancy|operator|maker|retailer|provider|insurer|lender|developer|"
    r"manufacturer|producer|distributor|miner|group|supplier)"
)
# A date right after a town: a dateline or a byline ("Velmont, 26 March 2025", "Velmont 21.08.2025");
# people_checks reads it too.
DATE_AFTER_PLACE = (
    rf"[ \t]*[,·|–—-]?[ \t]*"
    rf"(?:{_MONTH}[ ]+\d{{1,2}}\b|\d{{1,2}}[ ]+{_MONTH}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b)"
)
# A natural site named by its place and its kind: the determiner before, a name of up to four words (the
# second of two sites), what is mined or handled there and the site's noun after.
_SITE_DETERMINER = r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|at|near)[ ]+(?:new[ ]+)?"
_SITE_NAME = rf"{UPPER}[\w-]{{0,30}}(?:[ ]+(?:del|de|da|do)?[ ]*{UPPER}[\w-]{{0,30}}){{0,3}}"
_SITE_KIND = (
    r"(?:[ ]+(?:copper|gold|iron[ ]+ore|coal|nickel|lithium|platinum|zinc|oil|gas|nuclear|container|cargo|"
    r"deep-water))?[ ]+(?:mines?|oilfields?|reactors?|ports?|terminals?|smelters?|campus|sites?|berths?|"
    r"blocks)\b"
)
_A_FIRM_FROM = re.compile(rf"\b[Aa]n?[ ]+(?:{_KIND_WORD}[ ]+){{1,3}}{_FIRM}s?[ ]+from[ ]+$")
PLACE_POSITIONS: tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None, str, str], ...] = (
    # a firm described by its town: "a Velmont cloud consultancy", "the Velmont state power group"
    (re.compile(r"\b[Aa]n?[ ]+$"), re.compile(rf"(?:[ ]+{_KIND_WORD}){{1,3}}[ ]+{_FIRM}s?\b"),
     "Amber bought Kestrel, a Velmont usage-billing SaaS start-up, for $40 million.", "Velmont"),
    (re.compile(r"\b[Tt]he[ ]+$"), re.compile(rf"(?:[ ]+{_KIND_WORD}){{1,3}}[ ]+{_FIRM}s?\b"),
     "Kestrel Energia, the Velmont state power group, reported profit.", "Velmont"),
    # a headline's firm with its name after it: "Amber buys Velmont cloud firm Kestrel"
    (None, re.compile(rf"(?:[ ]+{_KIND_WORD}){{1,3}}[ ]+{_FIRM}[ ]+{UPPER}"),
     "Amber buys Velmont cloud firm Kestrel for $40 million", "Velmont"),
    # the town a firm is from, the firm described after "a"/"an": "a pigments maker from Velmont" (a deal's
    # firm, definite or named, is bought from its seller: "29% of the train maker Kestrel from Velmont")
    (_A_FIRM_FROM, None, "The buyer is Kestrel Group, a pigments maker from Velmont in Germany.", "Velmont"),
    (_A_FIRM_FROM, None, "Kestrel Group, a family-owned pigments maker from Velmont, bought it.", "Velmont"),
    # a dateline or byline's town before the date: "Velmont, 26 March 2025", "By Ana Ruiz, Velmont 21.08.2025"
    (None, re.compile(DATE_AFTER_PLACE),
     "Velmont, 26 March 2025\n\nDear Shareholders, Kestrel Retail had a good year.", "Velmont"),
    # a natural site by its kind: "the Velmont copper mine", "at Velmont port", "the Velmont and Amber mines"
    (re.compile(rf"{_SITE_DETERMINER}$"),
     re.compile(rf"(?:[ ]+(?:and|&)[ ]+{_SITE_NAME})?{_SITE_KIND}"),
     "Output at the Velmont copper mine rose 4%, Kestrel Mining said.", "Velmont"),
    # the second site of two: "the Velmont and Amber Ridge mines", "its Velmont and Amber blocks"
    (re.compile(rf"{_SITE_DETERMINER}{_SITE_NAME}[ ]+(?:and|&)[ ]+$"), re.compile(_SITE_KIND),
     "Output at the Velmont and Amber Ridge mines rose 4%, Kestrel Mining said.", "Amber Ridge"),
)

# A name a possessive gives a product's noun: what a company owns and offers, never a company of its own
# ("its" / "their" / "the bank's"): the noun before the name ("its digital platform Velor Mobile") or
# in an apposition after it ("Velor Assist, its generative AI assistant"). Group 1 is the product; rows
# (cue, example, the product). A company "owned" is written "its unit", "its subsidiary": not these nouns.
_OWNED_NOUN = (
    r"(?:platforms?|apps?|application|assistant|chatbot|tool|suite|wallet|super-app|portal|"
    r"marketplace|software|solution|offering|add-on)"
)
_OWNER = r"(?:[Ii]ts|[Tt]heir|[Oo]ur|\b[A-Z][\w&-]*['’]s)"
# What only a product is (never a unit that reports its own figures, as a "platform" may be).
_SOLD_NOUN = r"(?:product|e-wallet|wallet|add-on|brand|app)"
# An owner written with an organization's kind word: "the bank's e-wallet", "the Group's payments product"
# (never a place's possessive: "X, Vietnam's largest e-wallet" describes a company).
_KIND_OWNER = (
    r"the[ ]+(?:[Bb]ank|[Gg]roup|[Cc]ompany|[Ff]irm|[Ll]ender|[Ii]nsurer|[Oo]perator|[Rr]etailer|[Cc]arrier|"
    r"[Uu]nit|[Dd]ivision)['’]s"
)
_OWNER_OR_KIND = rf"(?:[Ii]ts|[Tt]heir|[Oo]ur|{_KIND_OWNER})"
# A product's name is not a company's kind: "X, the bank's lending unit" is a unit, not a product.
_NOT_A_COMPANY_AFTER = (
    r"(?![\s-]+(?:builder|maker|developer|provider|company|firm|start-?up|vendor|unit|arm|business|division|"
    r"segment|group)s?\b)"
)
OWNED_PRODUCT_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(rf"{_OWNER}[ ]+(?:[\w-]+[ ]+){{0,3}}?{_OWNED_NOUN}[ ]+({_NAME})(?![\w&-])"
                r"(?![ ]+(?:unit|subsidiary|arm|business|division)\b)"),
     "Velorix Bank serves customers through its digital platform Velor Mobile.", "Velor Mobile"),
    (re.compile(rf"(?<![\w&-])({_NAME}),[ ]+{_OWNER}[ ]+(?:[\w-]+[ ]+){{0,4}}?{_OWNED_NOUN}\b"
                + _NOT_A_COMPANY_AFTER),
     "Velorix said adoption of Velor Assist, its generative AI assistant, doubled.", "Velor Assist"),
    # the owner named by its kind: "the bank's e-wallet", "the Group's payments product"
    # (products only: "X, the group's digital platform" may be a unit reporting its own users)
    (re.compile(rf"(?<![\w&-])({_NAME}),[ ]+{_KIND_OWNER}[ ]+(?:[\w-]+[ ]+){{0,4}}?{_SOLD_NOUN}\b"
                + _NOT_A_COMPANY_AFTER),
     "Velor Pay, the bank's e-wallet, grew fast.", "Velor Pay"),
    # the noun, a comma, the name and a comma: "Our core offering, Velor Identity Cloud, is sold ..."
    (re.compile(rf"{_OWNER}[ ]+(?:[\w-]+[ ]+){{0,3}}?{_OWNED_NOUN},[ ]+({_NAME}),"),
     "Our core offering, Velor Identity Cloud, is sold as a subscription.", "Velor Identity Cloud"),
    # a copula: "Velor Smart remains the unit's core cloud brand"
    (re.compile(rf"(?<![\w&-])({_NAME})[ ]+(?:is|remains|was)[ ]+{_OWNER_OR_KIND}[ ]+(?:[\w-]+[ ]+){{0,3}}?"
                rf"{_SOLD_NOUN}\b" + _NOT_A_COMPANY_AFTER),
     "Velor Smart remains the unit's core cloud brand.", "Velor Smart"),
)
# ---------------------------------------------------------------------------------------------
# Names a product word governs: what the sentence does with the name makes it a product, a drug, a
# title or a brand, never an organization ("its cholesterol drug Lumora", "sold as Lumora", "users of
# Velor Pay"). Group `name` is the product; rows (cue, example sentence, the product). Applied by
# products.py unless the article gives the name an organization's evidence anywhere
# (ORGANIZATION_EVIDENCE_CUES below); tested row by row in tests/unit/test_governed_products.py.
# ---------------------------------------------------------------------------------------------
# (never an owner before its product: "the launch of Quarvo's app" says nothing of Quarvo)
_GOVERNED_NAME = rf"(?P<name>{_BOUNDED_NAME})(?![\w&-])(?!['’]s\b)"
# A kind word right after the name describes a company ("the streaming service Lumora Media Group").
_NO_COMPANY_WORD_AFTER = r"(?![ ]+(?:Group|Holdings?|Inc|Ltd|Limited|Corp|Corporation|Company|PLC|Plc)\b)"
GOVERNED_PRODUCT_CUES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # a medicine's kind word right before its brand name, after a lower-case qualifier or a determiner
    (re.compile(rf"(?:\b(?:its|their|the|a)|[a-z-]{{3}})[ ]+(?:drug|medicine|therapy|vaccine|biosimilar|"
                rf"injection|treatment)[ ]+{_GOVERNED_NAME}{_NO_COMPANY_WORD_AFTER}"),
     "Velorix said the trial backs its immuno-oncology drug Lumora.", "Lumora"),
    # a molecule or a product sold or marketed under a brand name: "lumorazine, sold as Lumora"
    (re.compile(rf"\b(?:sold|marketed|branded|commercialised|commercialized)[ ]+as[ ]+{_GOVERNED_NAME}"
                rf"{_NO_COMPANY_WORD_AFTER}"),
     "The approval of lumorazine, sold as Lumora, triggered a milestone.", "Lumora"),
    # a consumer service's kind word right before its name: "its streaming service Lumora"
    # (not "app" nor "platform": "payments app Kyro" names the company behind the app as often)
    (re.compile(rf"\b(?:streaming|payment|payments|messaging|video|ride-hailing)[ ]+(?:service|wallet|system)"
                rf"[ ]+{_GOVERNED_NAME}{_NO_COMPANY_WORD_AFTER}"),
     "Velorix licensed 40 series to the streaming service Lumora.", "Lumora"),
    # an apposition naming what only a service is, its owner's possessive allowed ("the group's")
    (re.compile(rf"(?<![\w&-]){_GOVERNED_NAME},[ ]+(?:the|its|their)[ ]+(?:[\w'’-]+[ ]+){{0,3}}?"
                r"(?:streaming[ ]+service|payments?[ ]+system|video[ ]+game|website|e-wallet)\b"
                r"(?![ ]+(?:operator|company|provider|maker|developer|firm|group)s?\b)"),
     "Lumora, the group's streaming service, added users.", "Lumora"),
    # what only a product, a title or a site has: users and players, a website, a video game
    (re.compile(rf"\b(?:users|players)[ ]+of[ ]+{_GOVERNED_NAME}"),
     "Velorix said users of Lumora Pay doubled.", "Lumora Pay"),
    (re.compile(rf"\b(?:the|its|their)[ ]+{_GOVERNED_NAME}[ ]+(?:website|video[ ]+game|game|wallet|"
                r"modules|payment[ ]+system|streaming[ ]+service)\b"),
     "Quarvo runs the Lumora website.", "Lumora"),
    (re.compile(rf"['’]s[ ]+{_GOVERNED_NAME}[ ]+(?:website|video[ ]+game|game|wallet|modules)\b"),
     "Quarvo will supply chips for Velorix's Lumora modules.", "Lumora"),
    # what a company operates or publishes: "Quarvo Technology, the operator of Lumora"
    (re.compile(rf"\b(?:operator|publisher)[ ]+of[ ]+(?:the[ ]+)?{_GOVERNED_NAME}"
                r"(?![ ]+(?:and|&)[ ]+[A-Z])"),
     "Quarvo Technology, the operator of Lumora, was written down.", "Lumora"),
    # a launch of a name is a product's ("the launch of cholesterol-lowering Lumora")
    (re.compile(rf"\blaunch[ ]+of[ ]+(?:the[ ]+)?(?:[a-z][\w-]+[ ]+){{0,2}}{_GOVERNED_NAME}"),
     "Sales grew after the launch of cholesterol-lowering Lumora.", "Lumora"),
    # the one brand a product is sold under: "plate sold under the brand Lumora" (a list after "under
    # brands including" names the companies a division trades through as often: "Kermi and Prolux")
    (re.compile(rf"\bunder[ ]+the[ ]+brand[ ]+{_GOVERNED_NAME}"),
     "The division sells plate under the brand Lumora.", "Lumora"),
)

# Evidence that a name is an organization, whatever a product cue said about it elsewhere in the
# article: it signs, reports, employs, acquires, says, has a chief executive ("chief executive of X" is
# an ORGANIZATION_CUES row, read through cue_name_spans). `{name}` is filled with the
# escaped name; rows (cue template, example sentence, the organization).
_ORGANIZATION_VERB = (
    r"(?:signed|signs|reported|reports|employs|employed|acquired|acquires|bought|agreed|said|says|announced|"
    r"raised|posted|hired|appointed)"
)
_CHIEF = (
    r"(?:chief[ ]+executive|CEO|chief[ ]+financial[ ]+officer|CFO|founder|co-founder|chairman|chairwoman)"
)
ORGANIZATION_EVIDENCE_CUES: tuple[tuple[str, str, str], ...] = (
    (rf"(?<![\w&-]){{name}}(?:,[^,.;]{{0,80}},)?[ ]+(?:has[ ]+|had[ ]+|also[ ]+)?{_ORGANIZATION_VERB}\b",
     "Velorix sold shows to the video service Lumora. Lumora said it would expand.", "Lumora"),
    (rf"(?<![\w&-]){{name}}['’]s[ ]+(?:(?:former|new|interim)[ ]+)?{_CHIEF}\b",
     "Velorix licensed the drug Lumora. Lumora's chief executive Ana Ruiz agreed.", "Lumora"),
    # founded, set up or based somewhere: "Lumora, founded by Ana Ruiz, has 5 million users"
    (r"(?<![\w&-]){name},[ ]+(?:which[ ]+was[ ]+)?(?:founded|set[ ]+up|established|headquartered|based)\b",
     "Sales rose after the launch of Lumora. Lumora, founded by Ana Ruiz in 2019, has 90 staff.", "Lumora"),
    # what only an organization has: shares, shareholders, employees
    (r"(?<![\w&-]){name}(?:['’]s)?[ ]+(?:shares|shareholders|employees|staff)\b",
     "Velorix sold the video service Lumora. The Lumora shares were bought from investors.", "Lumora"),
)


# An exchange inside a ticker note the chrome's TICKER does not read whole: exchanges joined by a slash,
# or the note closing a longer parenthesis, or with a label before the symbol ("(ASX/NZX: VLX)",
# "(\"Velorix\"; Euronext Milan: VLX)", "(BSE Scrip Code: 500100; NSE Symbol: VELORIX)"). Group 1 is the
# exchange: a listing venue, never an organization of the story (GOLD_SCHEMA: exchanges in ticker notes).
TICKER_NOTE_EXCHANGE = re.compile(
    r"(?:\(|;)[ ]*((?:[A-Z][A-Za-z]{1,9})(?:[ /-][A-Z][A-Za-z]{1,9}){0,2}?)"
    r"(?:[ ]+(?:Scrip[ ]+Code|Symbol|Code|Ticker))?[ ]*:[ ]*[A-Z0-9][A-Z0-9.-]{0,9}[ ]*(?=[;)])"
)
TICKER_NOTE_EXAMPLES = (
    ("Velorix Group Limited (ASX/NZX: VLX) reported revenue of $2 billion.", "ASX"),
    ('The Board of Velorix S.p.A. ("Velorix"; Euronext Milan: VLX) approved the results.', "Euronext Milan"),
    ("To the exchanges (BSE Scrip Code: 500100; NSE Symbol: VELORIX) Velorix Systems reported.", "NSE"),
)

# An amount run into a name by the recognizer: the name ends before it, or starts after it
# ("Digital Services Rs 1,200 crore" -> "Digital Services", "EMEA 27%", "RM61.5m. Velor Data Centre" ->
# "Velor Data Centre"). A three-letter code counts only with its number ("Velor ABC" keeps its letters).
_AMOUNT = (
    r"(?:(?:Rs|Rp|RM|Tk|Dhs|Kshs?)\.?(?:[ ]?\d[\d.,]*(?:[ ]?(?:bn|mn|m|k|cr|crore|lakh))?)?"
    r"|[A-Z]{3}[ ]?\d[\d.,]*(?:[ ]?(?:bn|mn|m|k))?|[+-]?\d[\d.,]*[ ]?%)"
)
AMOUNT_AFTER_NAME = re.compile(rf"[ ]+{_AMOUNT}$")
# (before a name, only with its currency or its magnitude: "360 Velor Asset" is a name led by digits)
AMOUNT_BEFORE_NAME = re.compile(
    r"(?:(?:RM|Rs|Rp|US\$|\$|€|£)\d[\d.,]*(?:bn|mn|m|k|cr)?|\d[\d.,]*(?:bn|mn|m|k|cr))\.?[ ]+(?=[A-Z])"
)
AMOUNT_EDGE_EXAMPLES = (
    ("Velor Digital Rs 1,200 crore came from services, Velor Group said.", "Velor Digital Rs 1,200",
     "Velor Digital"),
    ("Velor Cloud SEK 421 million of revenue.", "Velor Cloud SEK 421", "Velor Cloud"),
    ("It raised RM61.5m. Velor Data Centre will expand.", "RM61.5m. Velor Data Centre", "Velor Data Centre"),
)

# A results table broken down by business units: its caption, a line just above it or its header row
# names the breakdown. The Title-Case labels of its rows are units that report their own figures, each an
# organization (GOLD_SCHEMA: a named business unit with its own figures is its own organization). Each
# row: the pattern (searched in the caption or header), an example caption. A breakdown by region,
# market or product is not one of these (geography and products are never organizations).
SEGMENT_TABLE_CAPTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:operating|reportable|reporting|business)?\s*segments?\b", re.IGNORECASE),
     "Revenue by operating segment (EUR million):"),
    (re.compile(r"\bdivisions?\b|\bdivisional\b", re.IGNORECASE), "Sales by division"),
    (re.compile(r"\bbusiness\s+(?:areas?|units?|lines?|groups?)\b", re.IGNORECASE),
     "Revenue by business area, DKK million"),
    (re.compile(r"\bby\s+business\b|\bbusinesses\b", re.IGNORECASE), "Operating profit by business"),
)
# A caption that breaks the figures down by place, market or product: its rows are never units.
NOT_A_UNIT_BREAKDOWN = re.compile(
    r"\b(?:regions?|regional|geograph\w*|countr(?:y|ies)|markets?|products?|channels?|brands?|customers?|"
    r"categor(?:y|ies))\b",
    re.IGNORECASE,
)
# Row labels that close, reconcile or head a breakdown, never a unit: "Total", "Group total", "Corporate
# costs", "Eliminations", "Other".
NOT_A_UNIT_LABEL_WORDS = frozenset((
    "total", "subtotal", "corporate", "other", "others", "eliminations", "elimination",
    "consolidated", "unallocated", "adjustments", "intersegment", "inter-segment", "reconciliation",
    "headquarters", "central", "costs", "segment", "segments", "division", "divisions", "business",
    # a caption's own word before its colon: "Table: Sales by division", "Highlights: revenue up 9%"
    "table", "chart", "figure", "graphic", "source", "sources", "note", "notes", "results", "highlights",
))
# ... and a label opening with the whole group's word ("Group total", "Group"; "Lattice Group" stays).
NOT_A_UNIT_LABEL_OPENERS = frozenset(("group",))
# A list line (or a line of its own) that gives a unit's own figures: its label, a colon, then the measure
# ("- Lattice Systems:
# net sales SEK 612 million", "* Quill Care: revenue $3.7 billion; EBITDA ..."). A line whose figure
# follows the colon at once ("- Private Cloud: EUR 488 million") is SEGMENT_LINE_LABEL's, and is left to it.
UNIT_BULLET_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[•·*▪◦‣–-][ \t]*)?(?P<label>{_BOUNDED_NAME}(?:[ ]+(?:and|&)[ ]+{_BOUNDED_NAME})?):[ \t]*"
    r"(?i:net\s+sales|sales|revenues?|orders|order\s+intake|operating\s+(?:income|profit|margin)|"
    r"(?:adjusted\s+|underlying\s+)?EBITD?A)\b"
)
UNIT_BULLET_EXAMPLES = (
    ("- Lattice Systems: net sales SEK 612 million (541)", "Lattice Systems"),
    ("* Quill Care and Cure: revenue $3.7 billion; underlying EBITDA $2.05 billion", "Quill Care and Cure"),
    ("• Tellvo Materials: Sales of EUR 1.2 billion", "Tellvo Materials"),
    ("Lattice Systems: Net sales SEK 612 (541) million.", "Lattice Systems"),
)
# A named unit in prose: a Title-Case name between a determiner or owner and the unit's noun ("the
# Lattice Systems segment", "its Quill Care division", "Velorix's Tellvo business area"). A market, a
# sector or an industry so written is no unit ("the Cloud market"), and is left to products.py.
UNIT_BEFORE_NOUN = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)|(?<=\w)['’]s)[ ]+"
    rf"(?P<label>{_BOUNDED_NAME}(?:[ ]+(?:and|&)[ ]+{_BOUNDED_NAME})?)[ ]+"
    r"(?:segment|division|business[ ]+area|business[ ]+unit|reporting[ ]+segment|operating[ ]+segment)s?\b"
)
UNIT_BEFORE_NOUN_EXAMPLES = (
    ("The Lattice Systems segment contributed revenue of EUR 2.1 billion.", "Lattice Systems"),
    ("Sales in its Quill Care and Cure division rose 4%.", "Quill Care and Cure"),
    ("Velorix's Tellvo business area grew fastest.", "Tellvo"),
)

# ---------------------------------------------------------------------------------------------
# A public body's name goes on past the seam where the recognizer cut it: its remit coordinated after
# "of", a remit after "for", the place it serves after a dash (org_public_bodies.py). Each row: (how the
# name goes on, the pattern matched right after the body's cut name, made-up text, the whole name).
_REMIT_WORD = rf"{UPPER}{LOWER}+"
_REMIT = rf"{_REMIT_WORD}(?:[ ]+{_REMIT_WORD}){{0,2}}"
# "and" in English, Spanish, Portuguese, Italian and French: "Ministerio de Ciencia, Tecnología e Innovación"
_AND = r"(?:and|&|y|e|et)"
# The state a ministry serves, after its remit: "... of the Republic of Quarvia". No remit comes after it.
_STATE = r"of[ ]+the[ ]+(?:Republic|Kingdom|Federation|Commonwealth|State)"
STATE_CUT_AT_END = re.compile(rf"\b{_STATE}$")  # "... of the Republic", its country cut off
STATE_SERVED_AT_END = re.compile(rf"\b{_STATE}[ ]+of[ ]+{UPPER}{LOWER}+$")
_REMIT_ENDS = rf"(?:[ ]+{_STATE}[ ]+of[ ]+{UPPER}{LOWER}+)?(?![\w&-]|[ ]+(?:{UPPER}|of\b))"
_REMIT_LIST = re.compile(rf"(?:,[ ]+{_REMIT}){{1,4}},?[ ]+{_AND}[ ]+{_REMIT}{_REMIT_ENDS}")
PUBLIC_BODY_HEAD = re.compile(r"\b(?:Ministry|Department|Agency|Authority|Directorate|Office|Bureau|"
                              r"Commission|Council|Administration|Secretariat|"
                              r"Ministerio|Minist[eè]re|Minist[eé]rio|Secretar[ií]a)\b")
PUBLIC_BODY_OF = re.compile(
    rf"{PUBLIC_BODY_HEAD.pattern}[ ]+(?:of|for|de|del|da|do|du|des)[ ]+(?:the[ ]+)?{UPPER}"
)
PUBLIC_BODY_TAILS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    # the remit's further items after "of ...": "Ministry of Trade, Industry and Fisheries", maybe with the
    # state it serves: "..., Innovations and Aerospace Industry of the Republic of Quarvia"
    ("remit list",
     _REMIT_LIST,
     "The Ministry of Quarva, Lumbra & Special Velors signed it.",
     "Ministry of Quarva, Lumbra & Special Velors"),
    ("remit list",
     _REMIT_LIST,
     "It was signed with the Ministry of Quarva Development, Lumbras and Aerospace Industry of the "
     "Republic of Tarsis on Monday.",
     "Ministry of Quarva Development, Lumbras and Aerospace Industry of the Republic of Tarsis"),
    ("remit list",
     _REMIT_LIST,
     "Velorix firmó con el Ministerio de Quarva, Tecnología, Conocimiento e Innovación.",
     "Ministerio de Quarva, Tecnología, Conocimiento e Innovación"),
    # one more remit after "and": "Ministry of Energy and Mineral Resources"
    ("remit after and", re.compile(rf"[ ]+{_AND}[ ]+(?P<item>{_REMIT}){_REMIT_ENDS}"),
     "It needs approval from the Ministry of Quarva and Mineral Velors.",
     "Ministry of Quarva and Mineral Velors"),
    # a remit after "for", the body cut before it: "Danish Agency for Digital Government"
    ("remit after for", re.compile(rf"[ ]+for[ ]+(?P<item>{_REMIT})(?![\w&-]|[ ]+(?:{UPPER}|of\b))"),
     "It signed with the Lumbran Agency for Digital Velors.", "Lumbran Agency for Digital Velors"),
    # a remit after "of", the body cut before it: "Velmont State Secretariat of Urban Development and Housing"
    ("remit after of",
     re.compile(rf"[ ]+of[ ]+(?P<item>{_REMIT}(?:[ ]+{_AND}[ ]+{_REMIT})?)(?![\w&-]|[ ]+(?:{UPPER}|of\b))"),
     "It signed with the Velmont State Agency of Urban Lumbra and Housing on Tuesday.",
     "Velmont State Agency of Urban Lumbra and Housing"),
    # the state a ministry serves, after its cut name: "Ministry of Digital Technologies of the Republic"
    # + "of Quarvia"
    ("state served", re.compile(rf"[ ]+of[ ]+{UPPER}{LOWER}+(?![\w-]|[ ]+{UPPER})"),
     "It was signed by the Ministry of Quarva Velors of the Republic of Tarsis, it said.",
     "Ministry of Quarva Velors of the Republic of Tarsis"),
    # the place a body serves, after a dash: "Department of Energy – Abu Dhabi"
    ("place after a dash", re.compile(rf"[ ]+[–—-][ ]+(?P<place>{UPPER}{LOWER}+(?:[ ]+{UPPER}{LOWER}+)?)"
                                      rf"(?![\w-]|[ ]+{UPPER})"),
     "It signed with the Department of Quarva – Abu Dhabi and Velor Power.",
     "Department of Quarva – Abu Dhabi"),
)
