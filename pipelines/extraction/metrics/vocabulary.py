"""Word patterns the metric readers share: cues for clauses, comparisons, forecasts, deals, growth,
market shares, counts and segments (compiled once)."""

from __future__ import annotations

import re

from pipelines.extraction.metrics import cues as C

# ---------------------------------------------------------------------------------------------
# Vocabulary (compiled once)

# A break that opens with a run of spaces is tried at the run's first space only ((?<!\s)): tried from
# every space, a run of n spaces cost n squared steps (the same breaks are found).
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+|(?<!\s)\s+(?:while|whereas)\s+|(?<!\s)\s+but\s+|:\s+|(?<!\s)\s+--?\s+|"
    r"(?<!\s)\s+—\s+|"
    r"\b(?:said|says|estimates?|estimated|noted|believes?|told\s+\w+)\s+(?:that\s+)?|"
    r"\b(?:reported|reports|showed|shows|announced|disclosed)\s+that\s+",
    re.IGNORECASE,
)
# "than" is a comparison only when no amount follows it ("more than 200 banks" is a quantifier).
# An amount ahead: a symbol, a code or the rand's R before digits ("$4bn", "R223.5 billion", "SEK 14bn").
_AMOUNT_AHEAD = (
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:[$€£¥₹₦]|RMB|US\$|HK\$|[SACR]\$|Rs\.?\s?|R(?=\d)|"
    # letter marks glued to the number: "from N677 billion", "from Rp60.43 trillion", "from RM1.84 billion"
    r"(?-i:N|P|Rp|RM|K?Sh|Dhs?|QR|TL|Tk)\.?\s?(?=\d)|"
    r"[A-Z]{3}\s?(?=\d)|\d|"
    # a one- or two-letter mark written onto its digits: "RM1.84 billion", "P73.8 billion", "N1.03 trillion";
    # the marks written apart from them: "Tk 7,718 crore", "KSh 5 billion", "QR 3.41 billion"
    r"(?![QH]\d)[A-Z][A-Za-z]?(?=\d)|(?:Tk|KSh|Ksh|QR|SR|RM|Rp|GH¢)\.?\s(?=\d))"
)
# Tried only at a run's first space ((?<!\s)): from every space of a long run it was quadratic.
_FROM_AMOUNT = re.compile(rf",?(?<!\s)\s+(?:up\s+|down\s+)?from\s+(?={_AMOUNT_AHEAD})", re.IGNORECASE)
_TO_AMOUNT_BEFORE = re.compile(rf"\bto\s+{_AMOUNT_AHEAD}[^,;]*$", re.IGNORECASE)
# "from 47.3% in 2022 to 46.4%": a path from one figure to another, not a comparison. Within its clause:
# in "up 18% from $519 million in Q2 2025, while net income rose to $88 million" the "to" is the next
# clause's, so "from $519 million" is a comparison (a comma inside a number, "1,519", is no break).
_TO_AMOUNT_AFTER = re.compile(
    rf"(?:[^;,]|,(?=\d))*?\bto\s+(?:about\s+|around\s+)?{_AMOUNT_AHEAD}", re.IGNORECASE
)
# "17% above the first quarter of 2018": a figure measured against an earlier period.
_PERIOD_AHEAD = (
    r"(?=\s+(?:the\s+|its\s+|a\s+)?(?:(?:first|second|third|fourth|prior|previous|year[\s-]ago|"
    r"year[\s-]earlier)\b|last\s+year|Q[1-4]\b|H[12]\b|(?:19|20)\d\d\b|fiscal\b|"
    # "10.1% above the October-December quarter"
    r"(?:January|April|July|October)[\s-]+(?:to\s+)?(?:March|June|September|December)\b))"
)
_COMPARISON_BREAK = re.compile(
    rf",?(?<!\s)\s+(?:(?:above|below|over|ahead\s+of|behind){_PERIOD_AHEAD}|"
    # "well below the 7.9% posted in fiscal 2024": a figure measured against the earlier one
    rf"(?:above|below|ahead\s+of|behind)(?=\s+the\s+{_AMOUNT_AHEAD})|"
    # "up roughly 5% on the third quarter", "an 8.0 per cent increase on the Sh23.2 billion it made in
    # 2023": a change measured on an earlier period or figure
    rf"(?:(?<=[%\d]\s)|(?<=\bcent\s)|(?<=increase\s)|(?<=decrease\s)|(?<=rise\s)|(?<=decline\s)|"
    rf"(?<=gain\s)|(?<=drop\s)|(?<=fall\s))on(?:{_PERIOD_AHEAD}|(?=\s+(?:the\s+\S{{0,4}}\d|{_AMOUNT_AHEAD})))|"
    # "down 3.0% from the January-March quarter": the quarter compared with, named by its months
    r"from(?=\s+the\s+(?:January|April|July|October)[\s-]+(?:to\s+)?(?:March|June|September|December)\b)|"
    r"compared\s+(?:with|to)|against|versus|vs\.?|than(?!\s+(?:about\s+|around\s+|nearly\s+)?"
    r"(?:[\d$€£¥₹]|half\b|doubl|tripl|\w+ing\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|fifty|a\s+(?:third|quarter))\b|RMB|US\$|HK\$|Rs)))\s+|"
    # "EUR 139.9 million (previous year: EUR 184.1 million)", "285 cents (2023: 564 cents)",
    # "(FY24: Rs 23.0)", "(Q3 2024: net loss of $10 million)", "(Q3 2023: C$2.34 billion)"
    r"(?<!\s)\s*\((?=\s*(?:(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?|(?:the\s+)?(?:previous|prior)\s+year|PY|"
    r"(?:Q[1-4]|[1-4]Q|H[12]|[12]H|9M|FY)\s?(?:FY\s?)?'?(?:(?:19|20)\d\d|\d\d))\s*:)|"
    # "Net profit came to EUR 7.68 billion, after EUR 11.29 billion in 2023": the amount it followed
    rf",\s+after\s+(?={_AMOUNT_AHEAD})",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:aims?|aiming|aimed|targets?|targeting|expects?|expected|expecting|forecasts?|forecast(?:ed|ing)|"
    r"plans?\s+to|planned|planning|wants?\s+to|goal|guidance|projects?|projected|projecting|hopes?\s+to|"
    r"intends?\s+to|ambition|outlook|will|would|should|seeks?\s+to|within\s+the\s+next|by\s+20\d\d|"
    r"(?:could|may|might)\s+(?:\w+\s+)?(?:grow|reach|rise|increase|hit|top|exceed|double|climb|expand|surpass|value|be\s+valued|be\s+worth)|"
    r"predicts?|predicted|anticipates?|estimated\s+to|on\s+track\s+to|sees|guided|guides|guiding)\b",
    re.IGNORECASE,
)
_DEAL_MONEY = re.compile(
    r"\b(?:writ(?:e|es|ing)[\s-]+(?:down|off)|wrote\s+(?:down|off)|write[\s-]?downs?|impairments?|"
    r"registered\s+capital|capital|invest(?:s|ed|ing|ment)?|stake|acquir\w*|buy(?:s|ing)?|bought|"
    r"deal\s+(?:worth|valued)|worth|funding|rais(?:e|ed|es|ing)|priced|apiece|per\s+share|shares?\s+at|"
    r"loans?|lend\w*|fine[ds]?|penalt\w*|budget|fund\b|financing|round|put|puts|putting|commit\w*|"
    r"spend\w*|spent|pay(?:s|ing)?|paid|offer(?:s|ed|ing)?|bid|subsid\w*|salary|compensation|price)\b",
    re.IGNORECASE,
)
_VALUATION = re.compile(
    r"\b(?:valued\s+at|valuation\s+of|valuation|market\s+(?:value|capitali[sz]ation)|"
    r"values?\s+(?:[\w.&’'-]+\s+){1,4}at)\b",
    re.IGNORECASE,
)
_VALUATION_AFTER = re.compile(r"\s*(?:pre-money\s+|post-money\s+)?valuation\b", re.IGNORECASE)
_MONEY_KINDS: list[tuple[str, re.Pattern[str]]] = [(cue.name, cue.pattern) for cue in C.MONEY_CUES]
_REVENUE_AFTER = re.compile(r"^\s*(?:in|of)\s+(?:\w+\s+){0,2}(?:revenues?|sales|turnover)\b", re.IGNORECASE)
_PER_UNIT = re.compile(
    r"^\s*(?:\)\s*)?(?:per|a|for\s+each|each)\s+(?:\w+\s+)?(?:account|user|customer|client|"
    r"subscriber|transaction)\b",
    re.IGNORECASE,
)
_PER_SHARE = re.compile(r"\s*(?:\)\s*)?(?:per|a)\s+(?:diluted\s+|basic\s+)?(?:share|ADS|ADR)\b", re.I)
_CONVERSION = re.compile(  # possessive runs: "\s*,?\s*" was quadratic on a run of spaces
    r"^\s*+[(\[]\s*+(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|or|equivalent\s+to|"
    r"~|c\.)?\s*+$|^\s*+,?\s*+(?:or|about|around|roughly)\s+$",
    re.IGNORECASE,
)
_GROWTH_UP = re.compile(
    r"\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|growth|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|"
    r"increase[ds]?|increasing|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|gain(?:ed|s)?|up|expand(?:ed|s)|"
    r"advance[ds]?|higher|boost(?:ed)?|lifted|leapt|leaped|rebound(?:ed)?|improved)\b(?!\s+to\b)",
    re.IGNORECASE,
)
_STOCK_PRICE = re.compile(
    r"\b(?:shares|stock|share\s+price|stock\s+price|ADRs?|ADSs?|market\s+value|market\s+cap\w*)\b"
    r"(?![^,;]{0,40}\b(?:revenue|sales)\b)",
    re.IGNORECASE,
)
_SHARES_OF = re.compile(
    r"\b(?:shares|stock|ADRs?|ADSs?)\s+(?:of|in)\s+(?:the\s+)?Q+(?:[’']s)?\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A sentence about the stock or an index: its percentages are market moves unless a business figure
# (revenue, profit, users ...) is named before them.
_STOCK_SUBJECT = re.compile(
    r"\s*(?:(?:the|its|their|Q+(?:[’']s)?|[A-Z][\w.&-]*(?:[’']s)?)\s+){0,4}?"
    r"(?:shares|stock|stocks|share\s+price|stock\s+price|ADRs?|ADSs?|index|benchmark\s+index)\b"
    r"(?!\s+(?:of\s+)?(?:the\s+)?(?:revenue|sales|profit|income|market\b))",
    re.IGNORECASE,
)
_METRIC_WORD = re.compile(
    r"\b(?:revenues?|sales|turnover|profits?|income|earnings|loss(?:es)?|margins?|users|customers|"
    r"subscribers|market\s+share|deliveries|shipments|orders|bookings)\b",
    re.IGNORECASE,
)
_RATE_CHANGE = re.compile(r"\b(?:growth|slow(?:ed|ing|s)?|accelerat\w*|decelerat\w*)\b", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|just\s+(?:over|under)\s+)?$|"
    r"\bpoints?\s+(?:to|at)\s+\S*\s*$",
    re.IGNORECASE,
)
_GROWTH_DOWN = re.compile(
    r"\b(?:fell|fall(?:s|ing)?|declin(?:ed|es|ing|e)|drop(?:ped|s)?|decrease[ds]?|down|shr[au]nk|"
    r"slump(?:ed)?|slid|slipped|slips?|dipped|dips?|eased|sank|tumbled|plummeted|retreated|lower|"
    r"contract(?:ed|ion)|plunged?)\b",
    re.IGNORECASE,
)
_GROWTH_AFTER = re.compile(
    r"^\s*(?:higher|lower|more|less|increase|growth|jump|rise|gain|decline|drop|decrease|fall|year[\s-]on[\s-]year|"
    r"year[\s-]over[\s-]year|from\s+a\s+year|on\s+the\s+year|y/?o/?y)\b",
    re.IGNORECASE,
)
_MARGIN = re.compile(r"\bmargins?\b", re.IGNORECASE)
# "the gross margin on phones widened to 16.2%": a margin named a few words before its new level.
# "Gross margin excluding restructuring charges was 39.1%": or a qualifier between, and a plain "was".
_MARGIN_LEVEL = re.compile(
    r"\bmargins?\s+(?:(?:on|for|of|at|in|excluding|including|before|after|ex)\s+(?:[\w’'-]+\s+){1,3})?"
    r"(?:(?:widened|narrowed|improved|expanded|rose|fell|increased|decreased|dropped|climbed|shrank|slipped|"
    r"stood|was|reached|came\s+in)\s+(?:to|at)|was|were|is)\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|broadly\s+flat\s+at\s+)?$",
    re.IGNORECASE,
)
# "38% of revenue", "29% of our sales", "22% of its book", "85 per cent of the consolidated book": a part of
# a whole the company counts, `other`; a book, portfolio or transactions only when its own ("48% of card
# transactions" is a share of a market).
# A percentage of a measure is a share of it (`other`): "33% of SaaS subscriptions", "41% of gross
# profit", "more than 70% of ARR", "68% of the backlog"; up to two words qualify the measure.
_SHARE_OF_REVENUE = re.compile(
    r"^\s*of\s+(?:the\s+)?(?:\w+[’']s\s+|its\s+|their\s+|our\s+)?(?:total\s+|overall\s+|group\s+|annual\s+)?"
    r"(?:revenues?|sales|turnover|income|total)\b|"
    r"^\s*of\s+(?:the\s+)?(?:\w+[’']s\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:revenues?|sales|profits?|ARR|bookings|backlog|subscriptions|premiums?|contract\s+value|GMV|EBITDA|"
    r"orders|order\s+intake)\b|"
    r"^\s*of\s+(?:its|our|their|the\s+(?:consolidated|group[’']s|company[’']s|bank[’']s))\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:sales|top\s+line|book|portfolio|loans|lending|deposits|transactions|"
    r"workforce)\b",
    re.IGNORECASE,
)
SHARE_OF_MEASURE_EXAMPLES = (
    "Velorix's North America now generates 33% of SaaS subscriptions.",
    "Consumption customers now account for more than 70% of Velorix's ARR.",
    "Public sector customers now contribute 41% of Velorix's gross profit.",
    "About 68% of Velorix's backlog is from customers outside Israel.",
    "Velorix said women, accounting for 43% of borrowers, repay on time.",
)
SHARE_VERB_EXAMPLES = (
    "Velorix's revenue rose 3% in 2025. Data centres, which make up about 55% of its assets, grew.",
    "Velorix's revenue rose 3% in 2025. Data centres, which constitute 31% of its assets, grew.",
)
_SHARE_VERB = re.compile(
    # every inflection of "make up" ("which make up 55% of"); not the plural "account for", said of several
    # companies' joint share ("A, B and C together account for 70% of the market")
    r"\b(?:account(?:ed|s|ing)\s+for|ma(?:de|kes?|king)\s+up|works?\s+out\s+to|"
    r"equal(?:s|led)?\s+to|represent(?:ed|s|ing)?|contribut(?:ed|es|ing)|constitut(?:ed|es?|ing)|"
    r"compris(?:ed|es?|ing))\b",
    re.IGNORECASE,
)
# "share-based pay", "shareholder": not a share of a market.
# "per share", "a share": a per-share amount, not a share of a market.
_MARKET_SHARE = re.compile(
    r"\b(?:market\s+share|share\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}market|(?<!per\s)(?<!\ba\s)share)\b(?![-‐]\w)",
    re.IGNORECASE,
)
_MARKET_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}market|market\s+share|share\s+of|share\b(?![-‐]\w)|"
    r"of\s+(?:the\s+)?(?:(?!its\b|their\b)[\w’'-]+\s+){0,4}(?:shipments|deliveries|transactions)\b)",
    re.IGNORECASE,
)
_OWNERSHIP = re.compile(
    r"\b(?:own(?:s|ed|ing)?|hold(?:s|ing)?|held|controls?|take|took|acquire[sd]?|buy|bought)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:remaining\s+|further\s+|additional\s+|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|some\s+)?$|"
    r"\bstake\b|\bvoting\b",
    re.IGNORECASE,
)
_CHROME_AFTER = re.compile(
    r"^\s*(?:off\b|percentage\s+points?|points?\b|pp\b|bps\b|basis\s+points)", re.IGNORECASE
)
_COUNT_CHROME_AFTER = re.compile(
    r"^\s*(?:views?\b|comments?\b|shares?\b|likes?\b|followers?\b|min(?:ute)?s?\s+read|read\b|thoughts\b|"
    r"responses?\b|replies\b|reviews?\b|stars?\b)",
    re.IGNORECASE,
)
_ADDED_BEFORE = re.compile(
    r"\b(?:added|adds|adding|gained|gains|net\s+additions\s+of|won|lost|shed)\s+"
    r"(?:a\s+net\s+|a\s+record\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_NOT_COMPANY_GROWTH = re.compile(
    r"\b(?:shares?|stock|share\s+price|market|industry|sector|economy|gdp|index|prices?|inflation|rates?|"
    r"exports?|imports?)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "780,000 customer accounts": accounts held by customers count the customers (_CUSTOMERS_AFTER)
_USERS_AFTER = re.compile(
    r"^\s*(?!(?:[\w-]+\s+){0,2}?(?:customer|client)s?[\s-]+accounts\b)"
    r"(?:[\w-]+\s+){0,3}?(?:users|members|subscribers|accounts|MAUs|DAUs|players|viewers|consumers|"
    r"buyers|shoppers|active\s+users|monthly\s+active\s+users|subscriptions)\b",
    re.IGNORECASE,
)
CUSTOMER_ACCOUNTS_EXAMPLE = "Velorix had 780,000 brokerage customer accounts at the end of 2025."
_CUSTOMERS_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:customers|clients|merchants|enterprise\s+customers|(?:customer|client)s?[\s-]+"
    # "338,000 home connections", "46 million account holders": the people or homes it serves
    r"accounts|connections|account\s+holders)\b",
    re.IGNORECASE,
)
_ORG_PLURAL_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:banks|companies|enterprises|businesses|institutions|firms|brands|retailers|"
    r"hospitals|governments)\b",
    re.IGNORECASE,
)
_SERVES_BEFORE = re.compile(
    r"\b(?:serves?|serving|served|with|to|for|clients?\s+include|customers?\s+include|works\s+with)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|roughly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# A clientele a company serves, supplies or is used by, counted right after the verb: "serves about 3,800
# importers and exporters", "supplies about 4,800 restaurants", "is used by more than 2,500 businesses".
# The noun names who is served: an agent noun ("importers", "micro-entrepreneurs", "patients",
# "physicians"), an insurer's "lives" or an organization's kind, after up to four words of kind ("small
# and medium-sized business clients"); places ("40 countries") and goods ("2 million meals") are no
# clientele.
_CLIENTELE_VERB_BEFORE = re.compile(
    r"\b(?:serves|serving|served|suppl(?:ies|ied|ying)|(?:is|are|was|were)\s+used\s+by|used\s+by)\s+"
    r"(?:now\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|roughly\s+|almost\s+|"
    r"approximately\s+)?$",
    re.IGNORECASE,
)
_CLIENTELE_AFTER = re.compile(
    r"^\s*(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?-i:[a-z][\w-]*(?:[eo]rs|eurs|ists|ants|ents|ians)|"
    r"businesses|companies|firms|enterprises|brands|restaurants|hospitals|clinics|schools|banks|hotels|"
    r"stores|shops|pharmacies|households|families|carmakers|insurers|lenders|utilities|lives)\b"
)
# users and members have their own rules; goods and their deliveries end like agent nouns
_NOT_CLIENTELE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:users|members|subscribers|others|orders|containers|computers|servers|"
    r"chargers|meters|liters|litres|components|shipments|payments|instruments|segments|documents|apartments)\b",
    re.IGNORECASE,
)
CLIENTELE_COUNT_EXAMPLES = (
    ("Velorix now serves about 3,800 importers and exporters.", "customers"),
    ("Velorix supplies about 4,800 restaurants in Hanoi.", "customers"),
    ("Velorix said its app is used by more than 2,500 businesses.", "customers"),
    ("Velorix is used by about 1,900 tax advisory firms.", "customers"),
    ("Velorix now serves about 21,000 physicians.", "customers"),
    ("Velorix serves about 220,000 small and medium-sized business clients.", "customers"),
    ("Velorix serves about 2.3 million insured lives.", "customers"),
)
_SERVE_VERB = re.compile(
    r"\b(?:serves?|serving|served|shares?|sharing|shared|provides?|providing|provided|"
    r"supplies|supplying|works|working|clients|customers)\b",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]{0,60}[)\]]")
_USER_NOUNS = {
    "users",
    "subscriber base",
    "user base",
    "member base",
    "members",
    "subscribers",
    "accounts",
    "maus",
    "daus",
    "players",
    "viewers",
    "consumers",
    "buyers",
    "shoppers",
}
# The counted noun before its number, linked by a verb of level or change ("active borrowers rose to",
# "the customer base grew 31% year on year to"): the noun names it.
_COUNT_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>users|members|subscribers|accounts|MAUs|DAUs|players|viewers|consumers|buyers|shoppers|"
    r"customers|clients|(?:customer|client|subscriber|user|member)\s+base|borrowers|depositors|"
    r"policyholders|account\s+holders)\s+"
    r"(?:[\w’'%.,-]+\s+){0,6}?(?:rose|grew|(?:has\s+|have\s+)?grown|increased|climbed|jumped|reached|"
    r"totall?ed|stood\s+at|hit|topped|passed|crossed|surpassed|numbered|came\s+to|averaged|averages|"
    # a falling count is as much a count ("subscribers fell to 2.7 million", "members were 4.1 million")
    r"fell|dropped|declined|decreased|slipped|shrank|were|was)"
    r"\s+(?:(?:by\s+)?[\d.,]+\s?(?:%|per\s?cent)\s+)?(?:(?:year[\s-]on[\s-]year|y/y|yoy)\s+)?"
    r"(?:to\s+|at\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+|around\s+|"
    r"roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
# "The number of X was / reached / rose 6% to N": the phrase names a count and what it counts; X's head
# noun names it (customers, users, else `other`). The noun phrase may carry a participle or a
# prepositional tail ("business customers using its cloud PBX", "passengers it flew").
_NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?P<noun>[^.;:!?\n]{2,120}?),?\s+(?:was|were|is|are|stood\s+at|stands\s+at|reached|"
    r"rose|grew|increased|climbed|jumped|fell|declined|dropped|slipped|exceeded|passed|topped|surpassed|"
    r"totall?ed|came\s+to|hit)(?:\s+(?:by\s+)?[\d.,]+\s?(?:%|per\s?cent|percent))?(?:\s+(?:to|at))?\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|approximately\s+)?$",
    re.IGNORECASE,
)
# The head of the counted noun phrase: the words before a participle, relative or preposition.
_NUMBER_OF_HEAD = re.compile(
    r"^(?P<head>.*?)(?:\s+(?:using|paying|billing|contributing|with|in|on|at|who|that|it|its|our|for|across|"
    r"expressed|of)\b|,|$)",
    re.IGNORECASE,
)
_NUMBER_OF_CUSTOMERS = re.compile(
    r"\b(?:customers|clients|students|learners|pupils|children|patients|depositors|borrowers|"
    r"policyholders|households|account\s+holders|beneficiaries)$",
    re.IGNORECASE,
)
_NUMBER_OF_USERS = re.compile(r"\b(?:users|subscribers|members|players|viewers|MAUs|DAUs)$", re.IGNORECASE)
NUMBER_OF_EXAMPLES = (
    # (customers using a named product or service of the company are that product line's, `other`:
    # cues.PRODUCT_COUNT_BEFORE)
    ("The number of business customers using Velorix software reached 97,000.", "customers"),
    ("Velorix said the number of monthly active users rose 8% to 1.2 million.", "users"),
    ("The number of paid Velorix contracts reached 10,880 at the end of August.", "other"),
    ("The average number of children and students at Velorix was 203,400.", "customers"),
)


def number_of_name(left: str) -> str | None:
    """The name "the number of X <verb>" right before a count gives it, if the words before end so."""
    found = _NUMBER_OF_BEFORE.search(left[-200:])
    if found is None:
        return None
    head_match = _NUMBER_OF_HEAD.match(found.group("noun").strip())
    head = head_match.group("head") if head_match else found.group("noun")
    if _NUMBER_OF_CUSTOMERS.search(head.strip()):
        return "customers"
    return "users" if _NUMBER_OF_USERS.search(head.strip()) else "other"


COUNT_NOUN_BEFORE_EXAMPLES = (
    ("Velorix said its active borrowers rose to 1.28 million.", "customers"),
    ("Velorix's customer base grew 31% year on year to 240,000.", "customers"),
    ("Velorix's mobile subscriber base stood at 58.9 million.", "users"),
    ("Velorix said pay-TV subscribers fell to 2.74 million at the end of March.", "users"),
)
# Physical units a company sold, delivered or made; its staff; the people its platform serves.
_UNITS_AFTER = re.compile(
    r"^\s*(?:(?:were|are)\s+)?(?:[\w-]+\s+){0,3}?(?:vehicles|cars|EVs|units|smartphones|phones|handsets|devices|"
    r"trucks|motorcycles|scooters|bikes|aircraft|jets|planes|chips|wafers|servers|PCs|tablets|homes|flats|"
    r"apartments|tonnes|tons|barrels|parcels|packages|orders|trips|rides|deliveries)\b",
    re.IGNORECASE,
)
_UNITS_VERB = re.compile(
    r"\b(?:sold|sells|delivered|delivers|shipped|ships|produced|produces|made|built|handled|completed|"
    r"deliveries\s+(?:of|rose\s+to|reached|totall?ed)|sales\s+of|shipments\s+of|of\s+which|"
    r"exported|exports|imported|wholesaled|registered|installed|"
    # a volume noun, then its change, ending "to" or "at": "exports jumped 38% to", "domestic sales fell
    # 21 percent to", "total sales in January rose 11 per cent to"
    r"(?<!market\s)(?<!industry\s)(?:sales|exports|deliveries|shipments|volumes?|registrations|wholesales)\s+"
    r"(?:(?!and\b|while\b|but\b)[\w’'%.,-]+\s+){0,7}?(?:to|at))\s+"
    r"(?:a\s+record\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
UNITS_VERB_EXAMPLES = (
    "Velorix exported 26,017 vehicles during the period.",
    "Velorix said exports jumped 38 percent to 17,840 vehicles in October.",
    "Velorix said total sales in January rose 11 per cent to 18,420 units.",
)
_HEADCOUNT_BEFORE = re.compile(
    r"\b(?:headcount|workforce|staff\s+count|employee\s+(?:count|strength)|number\s+of\s+employees)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:rose|grew|increased|fell|dropped|declined|reached|stood\s+at|was|totall?ed|"
    r"came\s+to)\s+(?:to\s+|at\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+)?$"
    r"|\bemploys\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
_PEOPLE_SERVED_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:farmers|patients|students|households|drivers|riders|sellers|traders|"
    r"borrowers|depositors|policyholders|beneficiaries|investors|merchants|retailers|restaurants|"
    r"small\s+businesses)\b",
    re.IGNORECASE,
)
# The people an insurer or a health plan covers are its customers ("covers 4.2 million people",
# "covering about 96,000 patients"); a verb of having them counts them as its own ("has around 160,000
# depositors", "ended September with 15.8 million beneficiaries": _SERVES_BEFORE's "with").
_COVERS_BEFORE = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|insur(?:es|ed|ing)|(?:has|had|have)(?:\s+now)?)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|roughly\s+|almost\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_COVERED_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:people|lives|individuals|members)\b", re.IGNORECASE)
# "bringing its customer base to 12.3 million": the base a change brings to a level
_BASE_BROUGHT_TO = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+(?:its|their|the)\s+"
    r"(?:total\s+)?(?P<noun>customer|client|subscriber|user|member)\s+(?:base|count|numbers?)\s+to\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|roughly\s+|almost\s+)?$",
    re.IGNORECASE,
)
SERVED_COUNT_EXAMPLES = (
    ("Velorix says it now covers 4.2 million people in three countries.", "customers"),
    ("Velorix has around 160,000 depositors.", "customers"),
    ("Velorix ended September with 15.8 million beneficiaries in its plans.", "customers"),
    ("Velorix added 400,000 accounts, bringing its customer base to 12.3 million.", "customers"),
    ("Velorix added 40,000, bringing its subscriber base to 2.1 million.", "users"),
)
_DELTA_AFTER = re.compile(
    r"^\s*(?:more|fewer)\s+than\s+(?:it|they|the\s+\w+|a\s+(?:quarter|year))\b", re.IGNORECASE
)
_PRESENCE_AFTER = re.compile(
    r"^\s*(?:countries|markets|cities|regions|countries\s+and\s+regions)\b", re.IGNORECASE
)
_LOOSE_GROWTH = re.compile(
    r"\b(?P<q>more\s+than\s+|almost\s+|nearly\s+|roughly\s+|about\s+)?(?P<w>doubl(?:ed|ing|es|e)(?![\s-]+(?:digits?|down)\b)|"
    r"tripl(?:ed|ing|es|e)|quadrupl(?:ed|ing|es|e)|(?:rose|grew|increased|jumped|climbed)\s+by\s+half|"
    r"(?:grow|grew|rise|rose)\s+by\s+(?:a\s+)?(?:third|quarter))\b",
    re.IGNORECASE,
)
# A stock stated in the present ("it now has", "provides services to half the market") is undated.
_NOW = re.compile(
    r"\b(?:now|currently|today|to\s+date|so\s+far|already|as\s+of\s+now|has|have|is|are|counts|serves|"
    r"provides|operates|employs|boasts|claims|remains)\b",
    re.IGNORECASE,
)
_HAS_BEFORE = re.compile(r"\b(?:has|have|serves|counts|boasts|employs)\s+(?:\w+\s+){0,2}$")
_NOW_STRICT = re.compile(r"\b(?:now|currently|to\s+date|so\s+far|as\s+of\s+now)\b", re.IGNORECASE)
_STOCK_METRICS = {"users", "customers", "market_share"}
_CLOUD = re.compile(r"\b(?:cloud|iaas|paas|saas|azure|aws|web\s+services)\b", re.IGNORECASE)
_CLOUD_ORG = re.compile(r"\b(?:cloud|azure|aws|web\s+services|aliyun)\b", re.IGNORECASE)
_CLOUD_PHRASE = re.compile(
    r"\bcloud(?:\s+computing)?\s+(?:business|unit|division|arm|segment|revenues?|sales|services?\s+revenues?|"
    r"operations?|income)\b",
    re.IGNORECASE,
)
_KNOWN_CLOUD_UNITS = {
    "aws",
    "amazon web services",
    "microsoft azure",
    "azure",
    "google cloud",
    "google cloud platform",
    "alibaba cloud",
    "aliyun",
    "tencent cloud",
    "huawei cloud",
    "baidu ai cloud",
    "baidu cloud",
    "oracle cloud",
    "ibm cloud",
    "jd cloud",
}
_TOTAL = re.compile(r"\b(?:total|overall|group|consolidated)\s+(?:revenues?|sales)\b", re.IGNORECASE)
_SEGMENT = re.compile(
    r"\b(?:segment|division|business\s+line)[’']s\s+(?:\w+\s+)?(?:revenues?|sales)\b"
    # "Revenue from handsets fell": a product line's revenue (not "revenue from a year earlier")
    r"|\b(?:revenues?|sales)\s+from\s+(?!(?:a|the|its|their|last)\s+(?:year|previous|prior|same|last|quarter|"
    r"period|month)\b|continuing\b|operations\b|year\b)(?:(?:its|the|their)\s+)?(?!(?:its|the|their)\b)"
    # "revenue from cloud services", "from its cloud business": the cloud business, not a product line
    r"(?!cloud\b)(?-i:[a-z])[\w-]*\s+(?!\d)",
    re.IGNORECASE,
)
# A sentence whose subject is a named business segment ("The intelligent devices group ... grew
# revenue 17%"); its figures are the segment's, not the company's total. Cloud arms are excluded:
# their revenue is cloud revenue.
_SEGMENT_NOUN = (
    r"(?:segment|division|business\s+(?:group|unit)|arm|(?:solutions|devices|services|products|platforms?|"
    r"commerce|initiatives)\s+(?:group|segment|business))\b"
)
# ... and a subject that is a line of business by its noun alone, followed by what describes it or by its
# verb ("The tiles business, which makes ..., posted revenue", "The group's leasing segments, which ...",
# "The bakery business reported sales")
_SEGMENT_SUBJECT = re.compile(
    rf"^\s*(?:The|Its|Their|The\s+(?:group|company)[’']s)\s+(?!(?:[\w&-]+\s+){{0,3}}(?:cloud|said|says)\b)"
    rf"(?:(?-i:[a-z])[\w&-]*\s+){{1,4}}(?:{_SEGMENT_NOUN}|(?<!\bcore\s)(?<!\bwhole\s)(?<!\bentire\s)"
    r"(?:business(?:es)?|segments|divisions)\b"
    r"(?=\s*,|\s+(?:posted|reported|grew|had|generated|delivered|recorded|saw|contributed|brought)\b))",
    re.IGNORECASE,
)
_SEGMENT_MENTION = re.compile(
    rf"\b(?:the|its)\s+(?!(?:[\w&-]+\s+){{0,3}}cloud\b)(?:(?-i:[a-z])[\w&-]*\s+){{1,4}}{_SEGMENT_NOUN}",
    re.IGNORECASE,
)
# A sentence about a named segment: "The Sugarbeet segment ... with net sales of", "Velorix's Europe,
# Middle East and Africa segment, which ..., reported net sales of", "Cloud Software and Services, the
# segment that sells ..., grew its sales". The name is in group "name" (an organization named there
# is the unit itself, reporting its own figures).
_NAMED_SEGMENT_SUBJECT = re.compile(
    r"^\s*(?:The\s+|Its\s+|[A-Z][\w.&-]*[’']s\s+)?(?P<name>(?!(?:[\w&-]+[\s,]+){0,5}Cloud\b)"
    r"(?:[A-Z][\w&-]*(?:,?\s+(?:and\s+|&\s+)?)){1,6})(?:,\s+the\s+(?:[\w-]+\s+){0,2})?"
    r"(?:segment|division|business\s+unit|reporting\s+unit)\b",
)
_SEGMENT_PRONOUN = re.compile(r"^\s*(?:Its|The\s+(?:unit|segment|division|group)[’']s)\s", re.IGNORECASE)
# A business line named before "revenue": that segment's figure, not the company's total.
_SEGMENT_REVENUE = re.compile(
    r"\b(?:data[\s-]?cent(?:er|re)|automotive|gaming|advertising|ad|smartphone|handset|PC|personal\s+computing|"
    r"enterprise|consumer|hardware|devices?|networking|storage|payments?|wealth\s+management|brokerage|"
    r"licensing|subscription|services|product|international|domestic|overseas)\s+(?:segment\s+|business\s+)?"
    r"(?:revenues?|sales)\s*$",
    re.IGNORECASE,
)
_GROWTH_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|increased?|"
    r"increases|increasing|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|gained|expanded|fell|falls?|falling|"
    r"declin(?:ed|es|ing)|dropped|decreased?|slipped|slid|shrank|doubl\w+|tripl\w+|"
    r"contract(?:ed|s|ing)|shrunk|slumped|plunged|tumbled|advanced|expand(?:s|ing))\b",
    re.IGNORECASE,
)
_GROWTH_OF_AFTER = re.compile(
    r"\s*(?:rise|increase|growth|jump|gain|climb|fall|drop|decline|decrease)\s+in\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>revenues?|sales|turnover|billings|profits?|income|earnings|users|customers|"
    r"subscribers|deliveries|shipments|orders|volumes?|margins?|assets|deposits|loans)\b",
    re.IGNORECASE,
)
# A bank's "total income" is its top line.
_REVENUE_WORD = re.compile(
    r"\b(?:revenues?|sales|turnover|billings|total\s+(?:operating\s+)?income)\b", re.IGNORECASE
)
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:also|again|only|just|sharply|strongly|steadily|further|has|have|had|was|were|"
    r"reportedly|respectively|then|still))+$",
    re.IGNORECASE,
)
_OTHER_FIGURE = re.compile(
    r"\b(?:profits?|(?<!total\s)(?<!total\soperating\s)income|earnings|loss(?:es)?|ebitd?a|margin|users|"
    r"customers|subscribers|volumes?|gmv|"
    r"merchandise\s+value|tpv|bookings|orders|ARR|RPO|backlog|"
    r"shipments|deliveries|assets|deposits|loans|advances|financing|premiums|AUM|ARPU|ARPA|per\s+(?:user|subscriber)|"
    r"accesses|connections|lines|downloads|stores|outlets|headcount|employees|dividends?|"
    r"cash\s+flow|net\s+debt|capex|capital\s+expenditure)\b",
    re.IGNORECASE,
)
_NEUTRAL_WORDS = {"segment", "division", "business", "year", "quarter", "period"}
_COMPANY_WORDS = {
    "it",
    "company",
    "group",
    "firm",
    "unit",
    "arm",
    "platform",
    "startup",
    "bank",
    "lender",
    "giant",
    "provider",
    "operator",
    "maker",
    "retailer",
    "cloud",
    "they",
    "insurer",
    "carrier",
    "subsidiary",
}
_DESCRIPTOR = re.compile(
    r"\b(?:it|its|the\s+(?:company|group|firm|unit|division|business|bank|lender|arm|subsidiary|"
    r"startup|platform|operator|giant|provider|insurer|carrier|maker|retailer))(?![\w-])",
    re.IGNORECASE,
)
_GOVERNED_POSSESSIVE = re.compile(
    r"\b(?:of|in|for|from|at|to|with|by|on|during|through|under)\s+(?:its|their)$", re.IGNORECASE
)
_RELATIVE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+(?:a|an|the|its)\s+[^,;()]{0,80}?)?,?\s+(?:which|that|who|whose)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:which|who|that|whose|a|an|the|its|backed|owned|controlled|part)\b[^,;]{0,80}",
    re.IGNORECASE,
)
_FRACTION_MARKET = re.compile(
    r"\b(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|roughly\s+)?(?P<f>half|a\s+third|one[\s-]third|"
    r"two[\s-]thirds|a\s+quarter|one[\s-]quarter|three[\s-]quarters)\s+of\s+(?:the\s+|all\s+)?"
    r"(?:[\w’'-]+\s+){0,6}?(?:in\s+the\s+|of\s+the\s+)?market\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 50.0, "third": 33.3, "thirds": 66.7, "quarter": 25.0, "quarters": 75.0}
_MAX_EVIDENCE = 400
_BULLET = re.compile(r"[ \t]*(?:[-*•–]|\d+[.)])\s")  # used with .match(text, line_start)
