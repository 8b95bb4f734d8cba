"""Company metrics: tie quantities to a metric name, an organization and a reporting period.

Per sentence: split into clauses (and comparison segments: "against X a year earlier"),
classify each quantity from the metric words around it, attribute it to the organization the
clause is about (possessive > "revenue at X" > clause subject > nearest mention > discourse
subject), and give it a period (period phrase next to it > the sentence's period > the period
the paragraph is talking about). Forecasts, deal amounts and page chrome are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from pipelines.extraction import periods as P
from pipelines.extraction.model import Evidence, MetricFact, OrgMention, Quantity
from pipelines.extraction.sentences import Sentence, split_sentences

# ---------------------------------------------------------------------------------------------
# Vocabulary (compiled once)

_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+|\s+but\s+|:\s+|\s+--?\s+|\s+—\s+|"
    r"\b(?:said|says|estimates?|estimated|noted|believes?|told\s+\w+)\s+(?:that\s+)?|"
    r"\b(?:reported|reports|showed|shows|announced|disclosed)\s+that\s+",
    re.IGNORECASE,
)
# "than" is a comparison only when no amount follows it ("more than 200 banks" is a quantifier).
_AMOUNT_AHEAD = r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:[$€£¥₹]|RMB|US\$|HK\$|Rs\.?\s?|\d)"
_FROM_AMOUNT = re.compile(rf",?\s+(?:up\s+|down\s+)?from\s+(?={_AMOUNT_AHEAD})", re.IGNORECASE)
_TO_AMOUNT_BEFORE = re.compile(rf"\bto\s+{_AMOUNT_AHEAD}[^,;]*$", re.IGNORECASE)
_COMPARISON_BREAK = re.compile(
    r",?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?|than(?!\s+(?:about\s+|around\s+|nearly\s+)?"
    r"(?:[\d$€£¥₹]|half\b|doubl|tripl|\w+ing\b|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|fifty|a\s+(?:third|quarter))\b|RMB|US\$|HK\$|Rs)))\s+",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:aims?|aiming|aimed|targets?|targeting|expects?|expected|expecting|forecasts?|forecast(?:ed|ing)|"
    r"plans?\s+to|planned|planning|wants?\s+to|goal|guidance|projects?|projected|projecting|hopes?\s+to|"
    r"intends?\s+to|ambition|outlook|will|would|should|seeks?\s+to|within\s+the\s+next|by\s+20\d\d|"
    r"(?:could|may|might)\s+(?:\w+\s+)?(?:grow|reach|rise|increase|hit|top|exceed|double|climb|expand|surpass|value|be\s+valued|be\s+worth)|"
    r"predicts?|predicted|anticipates?|estimated\s+to|on\s+track\s+to)\b",
    re.IGNORECASE,
)
_DEAL_MONEY = re.compile(
    r"\b(?:registered\s+capital|capital|invest(?:s|ed|ing|ment)?|stake|acquir\w*|buy(?:s|ing)?|bought|"
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
_MONEY_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "other",
        re.compile(
            r"\b(?:gross\s+(?:profit|margin|income)|operating\s+(?:profit|income|loss)|"
            r"(?:income|profit|loss)\s+from\s+operations|earnings\s+before|"
            r"ebitd?a|ebit|adjusted\s+ebitd?a|cash\s+flow|free\s+cash|capex|capital\s+expenditure|"
            r"r\s?&\s?d|research\s+and\s+development|costs?|expenses?|"
            r"gross\s+(?:merchandise|transaction)\s+(?:value|volume)|GMV|GTV|total\s+payment\s+volume|TPV)\b",
            re.IGNORECASE,
        ),
    ),
    ("loss", re.compile(r"\b(?:net\s+loss(?:es)?|loss(?:es)?|lost|in\s+the\s+red)\b", re.IGNORECASE)),
    (
        "profit",
        re.compile(
            r"\b(?:net\s+(?:profit|income|earnings)|profits?|earnings|net\s+attributable)\b", re.IGNORECASE
        ),
    ),
    (
        "revenue",
        re.compile(
            r"\b(?:revenues?|sales|turnover|top\s+line|billings|brought\s+in|took\s+in|pulled\s+in|"
            r"total\s+(?:operating\s+)?income)\b",
            re.IGNORECASE,
        ),
    ),
]
_REVENUE_AFTER = re.compile(r"^\s*(?:in|of)\s+(?:\w+\s+){0,2}(?:revenues?|sales|turnover)\b", re.IGNORECASE)
_PER_UNIT = re.compile(
    r"^\s*(?:\)\s*)?(?:per|a|for\s+each|each)\s+(?:\w+\s+)?(?:account|user|customer|client|"
    r"subscriber|transaction)\b",
    re.IGNORECASE,
)
_PER_SHARE = re.compile(r"\s*(?:\)\s*)?(?:per|a)\s+(?:diluted\s+|basic\s+)?(?:share|ADS|ADR)\b", re.I)
_CONVERSION = re.compile(
    r"^\s*[(\[]\s*(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|or|equivalent\s+to|"
    r"~|c\.)?\s*$|^\s*,?\s*(?:or|about|around|roughly)\s+$",
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
    r"^\s*(?:higher|lower|more|less|increase|growth|jump|rise|gain|decline|drop|year[\s-]on[\s-]year|"
    r"year[\s-]over[\s-]year|from\s+a\s+year|on\s+the\s+year|y/?o/?y)\b",
    re.IGNORECASE,
)
_MARGIN = re.compile(r"\bmargins?\b", re.IGNORECASE)
# "the gross margin on phones widened to 16.2%": a margin named a few words before its new level.
_MARGIN_LEVEL = re.compile(
    r"\bmargins?\s+(?:(?:on|for|of|at|in)\s+(?:[\w’'-]+\s+){1,3})?(?:widened|narrowed|improved|expanded|"
    r"rose|fell|increased|decreased|dropped|climbed|shrank|slipped|stood|was|reached|came\s+in)\s+(?:to|at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF_REVENUE = re.compile(
    r"^\s*of\s+(?:the\s+)?(?:\w+[’']s\s+|its\s+|their\s+)?(?:total\s+|overall\s+|group\s+|annual\s+)?"
    r"(?:revenues?|sales|turnover|income|total)\b",
    re.IGNORECASE,
)
_SHARE_VERB = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|works?\s+out\s+to|"
    r"equal(?:s|led)?\s+to|represent(?:ed|s|ing)?|contribut(?:ed|es|ing))\b",
    re.IGNORECASE,
)
# "share-based pay", "shareholder": not a share of a market.
_MARKET_SHARE = re.compile(
    r"\b(?:market\s+share|share\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}market|share)\b(?![-‐]\w)",
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
_USERS_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:users|members|subscribers|accounts|MAUs|DAUs|players|viewers|consumers|"
    r"buyers|shoppers|active\s+users|monthly\s+active\s+users)\b",
    re.IGNORECASE,
)
_CUSTOMERS_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:customers|clients|merchants|enterprise\s+customers)\b", re.IGNORECASE
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
_SERVE_VERB = re.compile(
    r"\b(?:serves?|serving|served|shares?|sharing|shared|provides?|providing|provided|"
    r"supplies|supplying|works|working|clients|customers)\b",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]{0,60}[)\]]")
_USER_NOUNS = {
    "users",
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
_COUNT_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>users|members|subscribers|accounts|MAUs|DAUs|players|viewers|consumers|buyers|shoppers|"
    r"customers|clients)\s+"
    r"(?:[\w’'%.-]+\s+){0,6}?(?:rose|grew|increased|climbed|jumped|reached|totall?ed|stood\s+at|hit|topped|passed|"
    r"crossed|surpassed|numbered|came\s+to|averaged|averages)\s+(?:(?:by\s+)?[\d.,]+\s?(?:%|per\s?cent)\s+)?"
    r"(?:to\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+|"
    r"roughly\s+|some\s+)?$",
    re.IGNORECASE,
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
    r"deliveries\s+(?:of|rose\s+to|reached|totall?ed)|sales\s+of|shipments\s+of|of\s+which)\s+"
    r"(?:a\s+record\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
_HEADCOUNT_BEFORE = re.compile(
    r"\b(?:headcount|workforce|staff\s+count|employee\s+count|number\s+of\s+employees)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:rose|grew|increased|fell|dropped|declined|reached|stood\s+at|was|totall?ed|"
    r"came\s+to)\s+(?:to\s+|at\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+)?$"
    r"|\bemploys\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)
_PEOPLE_SERVED_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:farmers|patients|students|households|drivers|riders|sellers|traders|"
    r"borrowers|depositors|policyholders|investors|merchants|retailers|restaurants|small\s+businesses)\b",
    re.IGNORECASE,
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
    r"(?-i:[a-z])[\w-]*\s+(?!\d)",
    re.IGNORECASE,
)
# A sentence whose subject is a named business segment ("The intelligent devices group ... grew
# revenue 17%"); its figures are the segment's, not the company's total. Cloud arms are excluded:
# their revenue is cloud revenue.
_SEGMENT_NOUN = (
    r"(?:segment|division|business\s+(?:group|unit)|arm|(?:solutions|devices|services|products|platforms?|"
    r"commerce|initiatives)\s+(?:group|segment|business))\b"
)
_SEGMENT_SUBJECT = re.compile(
    rf"^\s*(?:The|Its|Their)\s+(?!(?:[\w&-]+\s+){{0,3}}cloud\b)(?:(?-i:[a-z])[\w&-]*\s+){{1,4}}{_SEGMENT_NOUN}",
    re.IGNORECASE,
)
_SEGMENT_MENTION = re.compile(
    rf"\b(?:the|its)\s+(?!(?:[\w&-]+\s+){{0,3}}cloud\b)(?:(?-i:[a-z])[\w&-]*\s+){{1,4}}{_SEGMENT_NOUN}",
    re.IGNORECASE,
)
_SEGMENT_PRONOUN = re.compile(r"^\s*(?:Its|The\s+(?:unit|segment|division|group)[’']s)\s", re.IGNORECASE)
_OPERATING_LOSS = re.compile(
    r"\b(?:operating|pre-?tax|ebitda?|ebit)\s+loss(?:es)?$|\bloss(?:es)?\s+from\s+operations$", re.IGNORECASE
)
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
    r"declin(?:ed|es|ing)|dropped|decreased?|slipped|slid|shrank|doubl\w+|tripl\w+)\b",
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
    r"merchandise\s+value|tpv|bookings|orders|"
    r"shipments|deliveries|assets|deposits|loans)\b",
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


@dataclass
class _Clause:
    start: int
    end: int
    comparison: bool


@dataclass
class _Context:
    """What the discourse is about so far: its subject organization and current period."""

    subject: OrgMention | None = None
    salience: dict[str, float] = field(default_factory=dict)  # key -> mentions + 2 x times subject
    by_key: dict[str, OrgMention] = field(default_factory=dict)
    period: P.Period | None = None
    # The period an earlier paragraph reported on: one-sentence paragraphs of a wire story go on
    # about the same quarter ("Net income increased to $24.7 billion" after "in the first quarter").
    carried: P.Period | None = None
    carried_key: str | None = None  # ... about the same organization
    last_dated_key: str | None = None  # organization of the last figure given a period
    periods: list[P.Period] = field(default_factory=list)  # the last sentence's periods, in order
    reference_year_end: date | None = None  # latest explicit year in the paragraph
    article_year_end: date | None = None  # the latest year the article has named so far
    resolved: dict[tuple, P.Period] = field(default_factory=dict)  # (sentence, phrase) -> dates
    parents: set[str] = field(default_factory=set)  # first words of non-cloud organizations
    quantity_starts: list[int] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    org_ends: set[int] = field(default_factory=set)
    masked: str = ""
    paragraph_subject: OrgMention | None = None  # subject of an earlier sentence in this paragraph
    last_percent_kind: str | None = None  # what the paragraph's last percentage measured
    rupee_article: bool = False  # most money in the article is in rupees
    segment_topic: bool = False  # an earlier sentence of the paragraph introduced a business segment


def find_metrics(
    text: str,
    org_mentions: list[OrgMention],
    published: date | None,
    quantities: list[Quantity],
) -> list[MetricFact]:
    """Metric facts stated in ``text``; see the module docstring for the rules."""
    if not org_mentions:
        return []
    mentions = sorted(org_mentions, key=lambda m: m.start)
    quantities = sorted(quantities, key=lambda q: q.start)
    fy_hints: dict[str, int] = {}
    context = _Context()
    context.parents = {
        m.name.lower().split()[0] for m in mentions if m.name and not _CLOUD_ORG.search(m.name)
    }
    context.quantity_starts = [q.start for q in quantities]
    money_units = [q.unit for q in quantities if q.kind == "money"]
    fy_codes = bool(re.search(r"\bFY\s?'?\d\d\b", text))
    context.rupee_article = bool(money_units) and (
        money_units.count("INR") * 2 > len(money_units) or ("INR" in money_units and fy_codes)
    )
    if context.rupee_article and fy_codes:
        # India's statutory fiscal year ends in March: an organization reporting rupee figures
        # in an article that writes "FY26" keeps that calendar from its first figure on.
        rupee_starts = [q.start for q in quantities if q.unit == "INR"]
        for sentence in split_sentences(text):
            if not any(sentence.start <= start < sentence.end for start in rupee_starts):
                continue
            for mention in mentions:
                if (
                    sentence.start <= mention.start < sentence.end
                    and P.fiscal_year_end(mention.key, mention.name) == 12
                ):
                    fy_hints.setdefault(mention.key, 3)
    context.mention_starts = [m.start for m in mentions]
    context.org_ends = {m.end for m in mentions}
    # Classification reads the text with organization names blanked out, so "Growth Fund" or
    # "Bund Capital" cannot pass for deal words and "Sales Force Ltd" not for revenue.
    masked = list(text)
    for mention in mentions:
        masked[mention.start : mention.end] = "Q" * (mention.end - mention.start)
    context.masked = "".join(masked)
    facts: list[MetricFact] = []
    seen: set[tuple] = set()
    previous_line_start = -1
    previous_bullet = False
    previous_heading = False
    for sentence in split_sentences(text):
        line_start = text.rfind("\n", 0, sentence.start) + 1
        is_bullet = bool(_BULLET.match(text, line_start))
        if line_start != previous_line_start:
            # A new paragraph: the period carries over only into list items under a heading or list.
            if not (is_bullet and (previous_bullet or previous_heading)):
                if context.period is not None:
                    context.carried, context.carried_key = context.period, context.last_dated_key
                context.period = None
                context.periods = []
                context.reference_year_end = None
                context.paragraph_subject = None
                context.segment_topic = False
                context.last_percent_kind = None
            previous_line_start = line_start
        line_end = text.find("\n", sentence.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        heading = bool(line) and line[-1] not in '.!?:"”)' and len(line) < 120 and not is_bullet
        previous_heading = heading
        previous_bullet = is_bullet
        # Headlines restate the body in shorthand: they set the period context but emit nothing.
        sink: list[MetricFact] = [] if heading and sentence.text == line else facts
        _process_sentence(text, sentence, mentions, published, quantities, context, fy_hints, sink, seen)
    return facts


# ---------------------------------------------------------------------------------------------
# One sentence


def _process_sentence(
    text: str,
    sentence: Sentence,
    mentions: list[OrgMention],
    published: date | None,
    quantities: list[Quantity],
    context: _Context,
    fy_hints: dict[str, int],
    facts: list[MetricFact],
    seen: set[tuple],
) -> None:
    s_mentions = _between(mentions, context.mention_starts, sentence.start, sentence.end)
    parents = context.parents
    descriptors = _descriptors(text, sentence, s_mentions)
    subject = _sentence_subject(
        [m for m in s_mentions if not _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)],
        # "For the third quarter of its fiscal year, X's revenue ...": a possessive after a preposition
        # is not the sentence's subject; the organization named after it is.
        [d for d in descriptors if not _GOVERNED_POSSESSIVE.search(text, max(0, d[0] - 12), d[1])],
        context,
    )
    period_mentions = [_shift(m, sentence.start) for m in P.find_period_mentions(sentence.text)]
    hint = P.detect_fiscal_year_end(sentence.text) or _calendar_from_quarter_dates(text, period_mentions)
    if (
        hint is None
        and context.rupee_article
        and subject is not None
        and subject.key not in fy_hints
        and any(m.fiscal and m.fiscal_year_end_hint is None for m in period_mentions)
        and _fiscal_year_end(subject, fy_hints) == 12
    ):
        hint = 3  # "FY24" in a rupee story: India's statutory fiscal year ends in March
    if hint and subject is not None:
        owner = _hint_owner(text, sentence, s_mentions, subject)
        fy_hints[owner.key] = hint
    clauses = _clauses(sentence)
    s_quantities = [
        q
        for q in _between(quantities, context.quantity_starts, sentence.start, sentence.end)
        if q.end <= sentence.end
    ]

    candidates: list[tuple[int, int, str, float, str, Quantity | None]] = []
    previous_money: tuple[Quantity, str, float] | None = None
    main_kinds: dict[str, str] = {}
    stock_subject = _STOCK_SUBJECT.match(context.masked, sentence.start, sentence.end)
    for quantity in s_quantities:
        clause = _clause_of(clauses, quantity.start)
        if stock_subject and quantity.kind == "percent" and not _METRIC_WORD.search(
            context.masked, stock_subject.end(), quantity.start
        ):
            continue  # "X shares rose 5% ..., extending their gain to 20%": market moves, not the business
        if (
            previous_money
            and quantity.kind == "money"
            and _CONVERSION.match(text[previous_money[0].end : quantity.start])
            and not _PER_SHARE.match(text, quantity.end)
        ):
            sign = -1.0 if previous_money[2] < 0 else 1.0
            candidates.append(
                (
                    quantity.start,
                    quantity.end,
                    previous_money[1],
                    sign * abs(quantity.value),
                    quantity.unit,
                    quantity,
                )
            )
            continue
        name = _classify(context.masked, clause, quantity, s_quantities)
        if name is None and clause.comparison and quantity.kind in main_kinds:
            name = main_kinds[quantity.kind]
        if (
            name is None
            and quantity.kind in main_kinds
            and (
                _LISTED_AT.search(text[max(0, quantity.start - 12) : quantity.start] + "@")
                or _bare_listed(text, quantity.start, s_mentions)
            )
        ):
            name = main_kinds[quantity.kind]  # "... followed by Microsoft at 16% and Google at 8%"
        if (
            name is None
            and quantity.kind == "percent"
            and context.last_percent_kind == "market_share"
            and _HAD_SHARE.search(text, max(0, quantity.start - 30), quantity.start)
        ):
            name = "market_share"  # "... held a 36% share ... Baidu AI Cloud had 9%."
        if name is None:
            previous_money = None
            continue
        if not clause.comparison:
            main_kinds.setdefault(quantity.kind, name)
        value = quantity.value
        if name == "loss":
            name, value = "profit", -abs(value)
        elif name.endswith("_down"):
            name, value = name[:-5], -abs(value)
        candidates.append((quantity.start, quantity.end, name, value, quantity.unit, quantity))
        previous_money = (quantity, name, value) if quantity.kind == "money" else None
    for match in _LOOSE_GROWTH.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        clause = _clause_of(clauses, start)
        if _FORECAST.search(text, clause.start, start):
            continue
        value = _loose_growth_value(match.group("w"))
        candidates.append((start, end, "revenue_growth", value, "percent", None))

    for match in _FRACTION_MARKET.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        clause = _clause_of(clauses, start)
        if _FORECAST.search(text, clause.start, start):
            continue
        last_word = match.group("f").lower().split()[-1].split("-")[-1]
        candidates.append((start, end, "market_share", _FRACTIONS.get(last_word, 50.0), "percent", None))

    percent_kinds = [c[2] for c in candidates if c[4] == "percent" and c[5] is not None]
    if percent_kinds:
        context.last_percent_kind = percent_kinds[-1]
    sentence_periods: list[P.Period] = []
    asides = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _RELATIVE_ASIDE.finditer(sentence.text)
        if re.match(r",\s+(?:which|who)\b", m.group())
    ]
    for start, end, name, value, unit, _quantity in candidates:
        clause = _clause_of(clauses, start)
        org = _attribute(text, clause, start, s_mentions, descriptors, subject, context)
        if org is None:
            continue
        name = _refine_name(
            text, clause, start, end, name, org, unit, parents, context.org_ends, loose=_quantity is None
        )
        if name is None:
            continue
        if name in ("revenue", "revenue_growth", "cloud_revenue", "cloud_revenue_growth") and (
            _SEGMENT_SUBJECT.match(sentence.text)
            or (context.segment_topic and _SEGMENT_PRONOUN.match(sentence.text))
        ):
            name = "other"  # the figure is a business segment's, not the company's
        fy_end = _fiscal_year_end(org, fy_hints)
        # "X, which started in 2016, has 388 million users": the aside's date is not the figure's.
        own_mentions = [
            m
            for m in period_mentions
            if not any(a0 <= m.start < a1 and not a0 <= start < a1 for a0, a1 in asides)
        ]
        resolved = _periods_for(
            text,
            sentence,
            clause,
            clauses,
            start,
            end,
            own_mentions,
            fy_end,
            published,
            context,
            candidates,
            sentence_periods,
            name in _STOCK_METRICS or (unit == "count" and name == "other"),
        )
        if (
            resolved in ([], [None])
            and not [m for m in period_mentions if m.role != "comparison"]
            and context.period is None
            and context.carried is not None
            and context.carried_key is not None
            and context.carried_key.split()[:1] == org.key.split()[:1]
            and not clause.comparison
            and not (name in _STOCK_METRICS or unit == "count")
            and not _NOW_STRICT.search(text, clause.start, start)
        ):
            resolved = [context.carried]
        # "up from 3.7 billion a year earlier": a base figure's period is not what the text goes on about.
        base_figure = any(m.role == "comparison" and 0 <= m.start - end <= 5 for m in period_mentions)
        for period in resolved or [None]:
            if period is not None and not clause.comparison and not base_figure:
                sentence_periods.append(period)
            labelled = P.label(period, fy_end)
            key = (org.key, name, round(value, 6), unit, labelled.label)
            if key in seen:
                continue
            seen.add(key)
            if period is not None:
                context.last_dated_key = org.key
            facts.append(
                MetricFact(
                    organization_key=org.key,
                    organization_name=org.name,
                    metric_name=name,
                    value=value,
                    unit=unit,
                    period_label=labelled.label,
                    fiscal_year=labelled.fiscal_year,
                    fiscal_quarter=labelled.fiscal_quarter,
                    period_start=labelled.period_start,
                    period_end=labelled.period_end,
                    evidence=_evidence(text, sentence, clause),
                )
            )
    _update_context(sentence, period_mentions, sentence_periods, subject, context, s_mentions)
    context.segment_topic = bool(_SEGMENT_MENTION.search(sentence.text))


def _fiscal_year_end(org: OrgMention, fy_hints: dict[str, int]) -> int:
    """The calendar the text states for the organization (or its namesake parent), else the data file."""
    if org.key in fy_hints:
        return fy_hints[org.key]
    first = org.key.split()[0] if org.key else ""
    for key, month in fy_hints.items():
        if key.split()[:1] == [first]:
            return month
    return P.fiscal_year_end(org.key, org.name)


def _calendar_from_quarter_dates(text: str, mentions: list[P.PeriodMention]) -> int | None:
    """Fiscal-year-end month from a fiscal quarter named next to its calendar months.

    "the first quarter of its fiscal year, the three months ended June 30" -> March;
    "the April-June period, the fourth quarter of its fiscal 2017" -> June.
    """
    for first, second in zip(mentions, mentions[1:], strict=False):
        if not re.fullmatch(r"[\s,(—–-]*", text[first.end : second.start]):
            continue
        for fiscal, dated in ((first, second), (second, first)):
            if (
                fiscal.fiscal
                and fiscal.grain == "quarter"
                and fiscal.index
                and dated.end_month
                and not dated.fiscal
            ):
                return (dated.end_month - 3 * fiscal.index - 1) % 12 + 1
    return None


def _loose_growth_value(word: str) -> float:
    """Growth in percent for "doubled" (100), "tripled" (200), "rose by half" (50) and the like."""
    lowered = word.lower()
    for stem, value in (
        ("doubl", 100.0),
        ("tripl", 200.0),
        ("quadrupl", 300.0),
        ("half", 50.0),
        ("third", 33.3),
    ):
        if stem in lowered:
            return value
    return 25.0  # "grew by a quarter"


def _update_context(
    sentence: Sentence,
    period_mentions: list[P.PeriodMention],
    sentence_periods: list[P.Period],
    subject: OrgMention | None,
    context: _Context,
    s_mentions: list[OrgMention],
) -> None:
    for mention in s_mentions:
        context.salience[mention.key] = context.salience.get(mention.key, 0.0) + 1.0
        context.by_key.setdefault(mention.key, mention)
    if subject is not None:
        context.subject = subject
        context.paragraph_subject = subject
        context.salience[subject.key] = context.salience.get(subject.key, 0.0) + 2.0
        context.by_key.setdefault(subject.key, subject)
    explicit_years = [m for m in period_mentions if m.role == "period" and m.explicit]
    if explicit_years:
        last = explicit_years[-1]
        resolved = P.resolve(last, 12)
        if resolved is not None:
            context.reference_year_end = resolved.end
            if context.article_year_end is None or resolved.end > context.article_year_end:
                context.article_year_end = resolved.end
            if not sentence_periods:
                context.period = resolved
    if sentence_periods:
        context.period = sentence_periods[-1]
        ordered: list[P.Period] = []
        for period in sentence_periods:
            if period not in ordered:
                ordered.append(period)
        context.periods = ordered


def _between(items: list, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by start) that start within [start, end)."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def _evidence(text: str, sentence: Sentence, clause: _Clause | None = None) -> Evidence:
    """The sentence stating the figure; only its clause when the sentence is very long."""
    start, end = sentence.start, sentence.end
    if clause is not None and end - start > _MAX_EVIDENCE:
        start, end = clause.start, clause.end
    bullet = _BULLET.match(text, start)
    if bullet and bullet.end() < end:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(text[start:end], start, end)


def _shift(mention: P.PeriodMention, offset: int) -> P.PeriodMention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


# ---------------------------------------------------------------------------------------------
# Clauses


def _clauses(sentence: Sentence) -> list[_Clause]:
    cuts: list[tuple[int, int, bool]] = []
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        cuts.append((match.start(), match.end(), False))
    for match in _COMPARISON_BREAK.finditer(sentence.text):
        cuts.append((match.start(), match.end(), True))
    for match in _FROM_AMOUNT.finditer(sentence.text):
        # "rose to $5 billion from $4.2 billion": the amount after "from" is the earlier figure
        # ("from 47.3% ... to 46.4%" is a path, not a comparison).
        if _TO_AMOUNT_BEFORE.search(sentence.text, 0, match.start()):
            cuts.append((match.start(), match.end(), True))
    cuts.sort()
    clauses: list[_Clause] = []
    start = 0
    comparison = False
    for cut_start, cut_end, is_comparison in cuts:
        if cut_start < start:
            continue
        clauses.append(_Clause(sentence.start + start, sentence.start + cut_start, comparison))
        start = cut_end
        # A comparison segment lasts until the next break.
        comparison = is_comparison
    clauses.append(_Clause(sentence.start + start, sentence.end, comparison))
    return clauses


def _clause_of(clauses: list[_Clause], offset: int) -> _Clause:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    best = clauses[0]
    for clause in clauses:
        if clause.start <= offset:
            best = clause
    return best


# ---------------------------------------------------------------------------------------------
# Classification


# A non-restrictive relative clause between a figure's noun and its verb ("Net profit, which excludes
# investment gains, rose ...") describes the noun: its words are no cue for the figure.
# The same holds for an apposition naming what the noun's object is ("users of X, the operating
# system on Y devices, reached ...").
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|that|the|a|an)\s+[^,;()]{3,120},(?=\s)(?![^,;]*,)", re.IGNORECASE
)


def _classify(text: str, clause: _Clause, quantity: Quantity, siblings: list[Quantity]) -> str | None:
    # The clause's last 400 characters before the figure: a clause of thousands of figures ("$1 billion,
    # $1 billion, ...") was rescanned from its start for each one (quadratic); real cues sit nearer.
    left = _RELATIVE_ASIDE.sub(" ", text[max(clause.start, quantity.start - 400) : quantity.start])
    after = _PARENTHETICAL.match(text, quantity.end)
    right_start = after.end() if after else quantity.end
    right = text[right_start : min(max(clause.end, right_start), right_start + 60)]
    near_left = left[-70:]
    if _CHROME_AFTER.match(right):
        return None
    if _FORECAST.search(left) and not clause.comparison:
        return None
    if quantity.kind == "money":
        return _classify_money(left, near_left, right)
    if quantity.kind == "percent":
        return _classify_percent(left, near_left, right)
    beyond_clause = text[quantity.end : quantity.end + 60]
    if _COUNT_CHROME_AFTER.match(right):
        return None
    name = _classify_count(left, near_left, right, beyond_clause)
    if name in ("users", "customers") and _ADDED_BEFORE.search(near_left):
        return "other"
    return name


def _last_kind(window: str) -> tuple[str | None, int]:
    best: tuple[str | None, int] = (None, -1)
    for name, pattern in _MONEY_KINDS:
        for match in pattern.finditer(window):
            if match.end() > best[1] or (match.end() == best[1] and name == "other"):
                best = (name, match.end())
    return best


def _classify_money(left: str, near_left: str, right: str) -> str | None:
    if _VALUATION.search(near_left[-60:]) or _VALUATION_AFTER.match(right):
        return "other"  # "valued at $2 billion", "at a $12 billion valuation"
    if _PER_SHARE.match(right):
        return None  # "$3.30 per share": earnings per share, not the company's profit
    if _PER_UNIT.match(right):
        return "cost_per_account"
    kind, position = _last_kind(left)
    if kind == "other" and _OPERATING_LOSS.search(left[max(0, position - 40) : position]):
        kind = "other_down"  # "an operating loss of 150 million yen": a negative operating profit
    position -= len(left) - len(near_left)
    deal = None
    for match in _DEAL_MONEY.finditer(near_left):
        deal = match.start()
    if deal is not None and deal > position:
        return None
    if _REVENUE_AFTER.match(right) and deal is None:
        return "revenue"
    if kind in ("other", "other_down") and re.search(r"(?:costs?|expenses?)$", near_left[:position], re.I):
        return None
    if kind == "revenue" and _SEGMENT_REVENUE.search(left[: position + len(left) - len(near_left)]):
        return "other"  # "Data center revenue reached $1.49 billion": one segment's revenue
    return kind


def _classify_percent(left: str, near_left: str, right: str) -> str | None:
    if (
        _OWNERSHIP.search(near_left[-40:])
        and not _MARKET_SHARE.search(near_left[-40:])
        and not _MARKET_AFTER.match(right)
        and not re.match(r"^\s*(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}market", right)
    ):
        return None
    if _MARGIN.search(near_left[-25:]) or _MARGIN_LEVEL.search(near_left[-50:]) or re.match(
        r"^\s*(?:gross\s+|net\s+|operating\s+)?margin", right, re.I
    ):
        return "other"
    if _SHARE_OF_REVENUE.match(right) or (
        _SHARE_VERB.search(near_left[-35:]) and re.match(r"^\s*of\b", right)
    ):
        return "other"
    if _MARKET_AFTER.match(right) or _MARKET_SHARE.search(left):
        return "market_share"
    if _NOT_COMPANY_GROWTH.search(near_left[-45:].split(",")[-1].rsplit(" ", 2)[0] + " "):
        return None
    if _STOCK_PRICE.search(near_left[-45:]) or _SHARES_OF.search(left):
        return None  # "shares of X rose 2%" is the stock, not the business
    rate_talk = _RATE_CHANGE.search(near_left[-60:])
    if _LEVEL_BEFORE.search(near_left) and not rate_talk:
        return None  # "rose to 30%", "up 2 points to 30%": a level, not a growth rate
    tail = near_left[-45:]
    last_up = max((m.end() for m in _GROWTH_UP.finditer(tail)), default=-1)
    if rate_talk:
        last_up = max(last_up, 0)  # "growth slowed from 33%", "accelerating to 25%"
    last_down = max((m.end() for m in _GROWTH_DOWN.finditer(tail)), default=-1)
    if last_up >= 0 or last_down >= 0:
        return "revenue_growth_down" if last_down > last_up else "revenue_growth"
    if _GROWTH_AFTER.match(right):  # "72.6% higher than", "12% year over year"
        falling = re.match(r"\s*(?:lower|less|decline|drop)", right, re.IGNORECASE)
        return "revenue_growth_down" if falling else "revenue_growth"
    return None


def _classify_count(left: str, near_left: str, right: str, beyond_clause: str) -> str | None:
    before = _COUNT_NOUN_BEFORE.search(near_left)
    if before:
        return "users" if before.group("noun").lower() in _USER_NOUNS else "customers"
    if _USERS_AFTER.match(right):
        return "users"
    if _CUSTOMERS_AFTER.match(right) or (
        _PEOPLE_SERVED_AFTER.match(right) and _SERVES_BEFORE.search(near_left)
    ):
        return "customers"
    if _UNITS_AFTER.match(right) and (_UNITS_VERB.search(near_left) or re.match(r"\s*(?:were|are)\b", right)):
        return "other"  # "delivered 10,018 vehicles", "of which 735,000 were electric"
    if _HEADCOUNT_BEFORE.search(near_left):
        return "other"
    if _ORG_PLURAL_AFTER.match(right) and _SERVES_BEFORE.search(near_left) and _SERVE_VERB.search(left):
        return "customers"
    if _DELTA_AFTER.match(beyond_clause) or (
        _PRESENCE_AFTER.match(right) and re.search(r"\b(?:in|across)\s+$", near_left)
    ):
        return "other"
    return None


def _is_cloud_unit(org: OrgMention, parents: set[str]) -> bool:
    """A cloud arm of a larger company (its revenue is cloud revenue); a cloud pure play is not."""
    if not _CLOUD_ORG.search(org.name):
        return False
    lowered = org.name.lower()
    if lowered in _KNOWN_CLOUD_UNITS or org.key in _KNOWN_CLOUD_UNITS:
        return True
    first = lowered.split()[0]
    return first in parents


def _refine_name(
    text: str,
    clause: _Clause,
    start: int,
    end: int,
    name: str,
    org: OrgMention,
    unit: str,
    parents: set[str],
    org_ends: set[int],
    loose: bool = False,
) -> str | None:
    """Revenue vs cloud revenue, and which figure a growth rate is about."""
    window = text[clause.start : start]
    after = text[end : min(clause.end, end + 40)]
    if name in ("revenue", "revenue_growth"):
        if _SEGMENT.search(window[-60:]):
            return "other"
        if name == "revenue_growth":
            subject_noun = _growth_subject(window, after, clause.start, org_ends, loose)
            if subject_noun == "other":
                return "other"
        if _TOTAL.search(window):
            return name
        if _CLOUD_PHRASE.search(window) or _CLOUD.search(window[-40:]) or _is_cloud_unit(org, parents):
            return "cloud_" + name
    return name


def _growth_subject(
    window: str, after: str, window_start: int, org_ends: set[int], loose: bool = False
) -> str:
    """'revenue' when a company's (or its revenue's) growth, 'other' when something else grew."""
    if re.match(r"\s*(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:revenues?|sales|turnover)\b", after, re.I):
        return "revenue"  # "doubling sales revenue"
    named_after = _GROWTH_OF_AFTER.match(after)
    if named_after:  # "a 12% rise in quarterly net profit": the figure that grew is named after the rate
        return "revenue" if _REVENUE_WORD.fullmatch(named_after.group("noun")) else "other"
    verbs = list(_GROWTH_VERB.finditer(window))
    if verbs:
        verb = verbs[-1]
        if _REVENUE_WORD.search(window, verb.end()):
            return "revenue"  # "grew revenue 96%"
        before = _SUBJECT_TAIL.sub("", window[: verb.start()].rstrip())
        near = before[-150:]
        others = [m.start() for m in _OTHER_FIGURE.finditer(near) if m.start() >= len(near) - 70]
        revenues = [m.start() for m in _REVENUE_WORD.finditer(near)]
        if others and (not revenues or others[-1] > revenues[-1]):
            return "other"  # "net profit at X fell 42%"
        if revenues:
            # "revenue in its fiscal fourth quarter rose", "users ... and that its revenue rose"
            return "revenue"
        end = window_start + len(before)
        if end in org_ends or (before.endswith(")") and end - 1 in org_ends):
            return "revenue"  # "AWS grew 42%": a company grew
        last = re.search(r"([\w’'-]+)\W*$", before)
        word = last.group(1).lower() if last else ""
        if not word or _REVENUE_WORD.fullmatch(word) or word in _COMPANY_WORDS:
            return "revenue"
        if word not in ("segment", "division", "business"):
            return "other"  # "loans grew 8%", "net income fell 12%"
    if loose and window.strip() and window.rstrip()[-1].isalnum():
        # "gross merchandise value more than doubled": the words right before are the subject.
        tail = _SUBJECT_TAIL.sub("", window.rstrip())
        if _OTHER_FIGURE.search(tail[-40:]):
            return "other"
        last = re.search(r"([\w’'-]+)$", tail)
        word = last.group(1).lower() if last else ""
        end = window_start + len(tail)
        neutral = _REVENUE_WORD.fullmatch(word) or word in _COMPANY_WORDS or word in _NEUTRAL_WORDS
        if word and not neutral and end not in org_ends:
            return "other"
    offset = max(0, len(window) - 150)
    nouns = list(
        re.finditer(
            r"\b(?:revenues?|sales|turnover|profits?|income|earnings|users|customers|"
            r"shipments|volumes?|deliveries|subscribers|margin|segment|division|business)\b",
            window[offset:],
            re.I,
        )
    )
    if not nouns:
        return "revenue"
    noun = nouns[-1].group().lower()
    if noun in ("segment", "division", "business"):
        # "its fintech segment grew 22%" is a segment's growth; a cloud business's is cloud growth.
        noun_end = offset + nouns[-1].end()
        return "revenue" if _CLOUD.search(window[max(0, noun_end - 45) : noun_end]) else "other"
    return "revenue" if noun.startswith(("revenue", "sales", "turnover")) else "other"


# ---------------------------------------------------------------------------------------------
# Attribution


def _descriptors(text: str, sentence: Sentence, s_mentions: list[OrgMention]) -> list[tuple[int, int]]:
    spans = []
    for match in _DESCRIPTOR.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(m.start <= start < m.end for m in s_mentions):
            continue
        if match.group().lower() == "it" and re.match(
            r"\s+(?:is|was)\s+(?:a|an|the|not|still|also|likely|hard|"
            r"easy|clear|time|possible)\b",
            text[end : end + 20],
        ):
            continue
        spans.append((start, end))
    return spans


def _resolve_descriptor(
    position: int, s_mentions: list[OrgMention], context: _Context, text: str = "", clause_start: int = -1
) -> OrgMention | None:
    """'it', 'the company': the subject earlier in the sentence, else the discourse topic.

    Organizations inside a relative clause or apposition ("X, which is backed by Y, said its ...")
    are skipped: the pronoun goes back to X.
    """
    before = [m for m in s_mentions if m.end <= position]
    if text:
        # "... and research firm Canalys put its share at 14%": "its" is not the source's own.
        before = [m for m in before if not _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)]
    if not before:
        return context.paragraph_subject or _topic(context)
    in_clause = [m for m in before if m.start >= clause_start]
    if in_clause:
        return in_clause[-1]
    if text:
        outside = [m for m in before if not _inside_aside(text, m, before)]
        if outside:
            return outside[-1]
    return before[-1]


def _inside_aside(text: str, mention: OrgMention, before: list[OrgMention]) -> bool:
    """True for Y in "X, which is backed by Y," or "X, a unit of Y," (an aside about X)."""
    earlier = [m for m in before if m.end <= mention.start]
    if not earlier:
        return False
    return bool(_ASIDE.fullmatch(text, earlier[-1].end, mention.start))


def _topic(context: _Context) -> OrgMention | None:
    """The most salient organization so far (mentions, subjects counted double); the last subject on ties."""
    if not context.salience:
        return context.subject
    best = max(context.salience.values())
    if context.subject is not None and context.salience.get(context.subject.key) == best:
        return context.subject
    key = max(context.salience, key=lambda k: context.salience[k])
    return context.by_key.get(key, context.subject)


def _sentence_subject(
    s_mentions: list[OrgMention],
    descriptors: list[tuple[int, int]],
    context: _Context,
) -> OrgMention | None:
    first_org = s_mentions[0] if s_mentions else None
    first_descriptor = descriptors[0] if descriptors else None
    if first_descriptor and (first_org is None or first_descriptor[0] < first_org.start):
        return context.paragraph_subject or _topic(context) or first_org
    return first_org


def _hint_owner(
    text: str, sentence: Sentence, s_mentions: list[OrgMention], subject: OrgMention
) -> OrgMention:
    hint_at = re.search(r"\b(?:fiscal|financial)\s+year", sentence.text, re.I)
    if hint_at:
        position = sentence.start + hint_at.start()
        before = [m for m in s_mentions if m.end <= position]
        if before and re.match(r"[’']s\b", text[before[-1].end : before[-1].end + 2]):
            return before[-1]
    return subject


_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|data\s+from|figures\s+from|estimates?\s+(?:from|by)|research\s+(?:firm|house)|"
    r"consultancy|analysts?\s+at|tracker)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HAD_SHARE = re.compile(
    r"\b(?:had|has|held|holds|took|takes|with|at|was\s+at)\s+(?:a\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_NUMBER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?")
_LISTED_AT = re.compile(r"\s+(?:at|with|on)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?")


def _is_descriptor(mention: OrgMention) -> bool:
    return not mention.text[:1].isupper() or mention.text.lower().startswith(("the ", "it"))


def _named_apposition(text: str, mention: OrgMention, s_mentions: list[OrgMention]) -> OrgMention:
    """'the unit, Alibaba Cloud,': the name in apposition beats any resolution of the descriptor."""
    if not _is_descriptor(mention):
        return mention
    for other in s_mentions:
        if other.start >= mention.end and re.fullmatch(r",\s*", text[mention.end : other.start]):
            return other
    return mention


def _attribute(
    text: str,
    clause: _Clause,
    position: int,
    s_mentions: list[OrgMention],
    descriptors: list[tuple[int, int]],
    subject: OrgMention | None,
    context: _Context,
) -> OrgMention | None:
    sources = [m for m in s_mentions if _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)]
    # "data from the Payments Council (PC)": the acronym of a source is the source too
    sources += [
        m
        for m in s_mentions
        if any(x.end < m.start and re.fullmatch(r"\s*\(", text[x.end : m.start]) for x in sources)
    ]
    in_clause = [m for m in s_mentions if clause.start <= m.start and m.end <= position and m not in sources]
    # "Walmart-owned X": the owner qualifies the name, it is not the clause's subject
    in_clause = [m for m in in_clause if not _OWNER_MODIFIER.match(text, m.end)]
    window = text[clause.start : position]
    if in_clause and _LISTED_AT.fullmatch(text, in_clause[-1].end, position):
        return in_clause[-1]  # "followed by Microsoft at 16%"
    if in_clause and _bare_listed(text, position, in_clause[-1:]):
        return in_clause[-1]  # "..., B 36.4% and C 12.8%"
    if in_clause and _POSSESSIVE_NUMBER.fullmatch(text, in_clause[-1].end, position):
        return in_clause[-1]  # "behind Alibaba Cloud's 40%"
    # 1. "Alibaba's cloud sales", "Azure revenue", "its share", "revenue at the unit, Alibaba Cloud".
    metric_noun = re.compile(
        r"(?:[’']s)?\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:revenues?|sales|share|profits?|"
        r"income|loss|business|arm|unit|division|segment|customers|users|margin)\b",
        re.I,
    )
    for mention in reversed(in_clause):
        if metric_noun.match(text, mention.end) and (
            text[mention.end : mention.end + 2] in ("'s", "’s") or text[mention.end : mention.end + 1] == " "
        ):
            return mention
    at_match = re.search(
        r"\b(?:revenues?|sales|profits?|costs?|income)\s+(?:at|of|for|from)\s+", window, re.I
    )
    if at_match:
        after = clause.start + at_match.end()
        following = [m for m in s_mentions if after <= m.start <= after + 25]
        if following:
            return _named_apposition(text, following[0], s_mentions)
    # 2. "X, a veteran of the industry that earned ...": the relative clause is about X.
    for mention in reversed(in_clause):
        if _RELATIVE.match(text[mention.end : position]):
            return mention
    clause_descriptors = [d for d in descriptors if clause.start <= d[0] < position]
    # 3. The clause's subject: its first organization or descriptor.
    first_org = in_clause[0] if in_clause else None
    first_desc = clause_descriptors[0] if clause_descriptors else None
    if first_desc and (first_org is None or first_desc[0] < first_org.start):
        resolved = _resolve_descriptor(first_desc[0], s_mentions, context, text, clause.start)
        if resolved is not None:
            return resolved
    if first_org is not None:
        return _named_apposition(text, first_org, s_mentions)
    # 3. Comparison and trailing clauses inherit from earlier in the sentence, then the discourse.
    before = [m for m in s_mentions if m.end <= position]
    if before:
        return subject if subject is not None and subject in before else before[0]
    if subject is None and _PLURAL_SUBJECT.match(text, clause.start):
        return None  # "Vendors sold servers worth $11 billion": the whole market, no one company
    # No organization in the sentence: the paragraph (or list) is still about its own subject.
    return subject or context.paragraph_subject or _topic(context)


_OWNER_MODIFIER = re.compile(r"-(?:owned|backed|led|controlled|funded|supported)\b")
_LIST_JOINT = re.compile(r"(?:,|\band)\s+$")


def _bare_listed(text: str, position: int, s_mentions: list[OrgMention]) -> bool:
    """ "..., B 36.4% and C 12.8%": an organization in a list written right before its figure."""
    return any(
        m.end < position
        and text[m.end : position] == " "
        and _LIST_JOINT.search(text, max(0, m.start - 6), m.start)
        for m in s_mentions
    )


_PLURAL_SUBJECT = re.compile(
    r"\s*(?:(?:The|All|Many|Most|Some|Other)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:vendors|companies|firms|buyers|sellers|"
    r"makers|manufacturers|operators|carriers|lenders|consumers|shoppers|investors|analysts|providers|"
    r"players|suppliers|brands|retailers|startups|start-ups)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# Periods


def _periods_for(
    text: str,
    sentence: Sentence,
    clause: _Clause,
    clauses: list[_Clause],
    start: int,
    end: int,
    mentions: list[P.PeriodMention],
    fy_end: int,
    published: date | None,
    context: _Context,
    candidates: list,
    sentence_periods: list[P.Period],
    stock: bool,
) -> list[P.Period | None]:
    """Periods for a figure; stock: a level (users, share) rather than a flow (revenue, growth)."""
    in_comparison = [m for m in mentions if _clause_of(clauses, m.start).comparison]
    main = [m for m in mentions if m not in in_comparison]
    main_period = _main_period(
        text, start, end, main, fy_end, published, context, sentence, candidates, sentence_periods
    )
    if clause.comparison:
        own = [m for m in in_comparison if m.start >= clause.start and m.start < clause.end]
        base = main_period[0] if main_period and main_period[0] is not None else context.period
        out = []
        for mention in own:
            if mention.relative == "last" and mention.grain == "year" and not mention.fiscal and base:
                out.append(P.shift(base, "year"))  # "compared with $3 million last year"
            else:
                out.append(_resolve(mention, fy_end, published, context, sentence, mentions, base))
        return out or [P.shift(base, "year")] if base and not own else out or [None]
    if not main and (
        _NOW.search(text, clause.start, start) if stock else _NOW_STRICT.search(text, clause.start, start)
    ):
        return [None]
    if stock and _NOW_STRICT.search(text, clause.start, start):
        return [None]  # "now has 9 million users and ... last year": the level is today's
    if (
        stock
        and not [m for m in main if clause.start <= m.start < clause.end]
        and _HAS_BEFORE.search(text[clause.start : start])
    ):
        return [None]  # "revenue rose in 2024, and it has 2,300 customers": the year is the other clause's
    return main_period


def _main_period(
    text: str,
    start: int,
    end: int,
    main: list[P.PeriodMention],
    fy_end: int,
    published: date | None,
    context: _Context,
    sentence: Sentence,
    candidates: list,
    sentence_periods: list[P.Period],
) -> list[P.Period | None]:
    adjacent = [m for m in main if m.role == "comparison" and 0 <= m.start - end <= 5]
    if adjacent:
        # "slowed from 33% in the previous quarter": the base figure belongs to the earlier period.
        current = sentence_periods[-1] if sentence_periods else context.period
        return [
            P.shift(current, "quarter" if adjacent[0].relative == "previous_quarter" else "year")
            if current
            else None
        ]
    usable = [m for m in main if m.role != "comparison"]
    following = [m for m in usable if m.start >= end]
    preceding = [m for m in usable if m.end <= start]
    chosen: list[P.PeriodMention] = []
    if following:
        chosen = _group(text, following, forward=True)
    elif preceding:
        chosen = _group(text, preceding, forward=False)
    if not chosen:
        return [context.period]
    if chosen[0].role == "same":
        # The same period as a figure already read in this sentence (in calendar dates, so
        # "Microsoft's fiscal Q4" stays April-June for Amazon), else the previous sentence's.
        others = [m for m in usable if m.role != "same"]
        if others and sentence_periods:
            return [sentence_periods[-1]]
        if others:
            return [_resolve(others[-1], fy_end, published, context, sentence, usable, None)]
        if len(context.periods) > 1:
            same_kind = [c for c in candidates if c[5] is not None]
            index = next((i for i, c in enumerate(same_kind) if c[0] == start), 0)
            return [context.periods[min(index, len(context.periods) - 1)]]
        # "the same quarter" opening a paragraph: the period an earlier paragraph reported on
        return [context.period or context.carried]
    current = sentence_periods[-1] if sentence_periods else None
    return [_resolve(m, fy_end, published, context, sentence, usable, current) for m in chosen]


def _group(text: str, ordered: list[P.PeriodMention], forward: bool) -> list[P.PeriodMention]:
    """The nearest mention plus appositives next to it; the most explicit of them wins.

    Quarters joined by 'and' share a span and are all kept ("the second and third quarters").
    """
    sequence = ordered if forward else list(reversed(ordered))
    first = sequence[0]
    group = [first]
    for mention in sequence[1:]:
        last = group[-1]
        gap = text[min(last.end, mention.end) : max(last.start, mention.start)]
        if mention.start == last.start or re.fullmatch(r"[\s,]*", gap):
            group.append(mention)
        else:
            break
    explicit = [m for m in group if m.explicit]
    if explicit:
        best_start = explicit[0].start
        return [m for m in explicit if m.start == best_start]
    return [m for m in group if m.start == first.start]


def _resolve(
    mention: P.PeriodMention,
    fy_end: int,
    published: date | None,
    context: _Context,
    sentence: Sentence,
    usable: list[P.PeriodMention],
    base: P.Period | None,
) -> P.Period | None:
    # An unqualified "the fourth quarter" next to "the first quarter of 2019" takes that year.
    anchor_year = None
    anchor_fiscal = False
    if not mention.explicit and mention.relative is None and mention.fiscal_year_end_hint is None:
        same_sentence = [m for m in usable if m.explicit and m.year is not None and m.end <= mention.start]
        if same_sentence:
            anchor_year = same_sentence[-1].year
            anchor_fiscal = same_sentence[-1].fiscal
    cached = context.resolved.get((sentence.start, mention.start, mention.index))
    if cached is not None:
        # One phrase names one span of dates, whichever company the next figure belongs to.
        return cached
    reference: date | None
    if context.reference_year_end is not None:
        reference = context.reference_year_end + timedelta(days=1)
    elif published is None and context.article_year_end is not None:
        # An undated page: "the first half" is the one of the latest year the article has named.
        reference = context.article_year_end + timedelta(days=1)
    else:
        reference = published
    period = P.resolve(
        mention,
        fy_end,
        anchor_year=anchor_year,
        anchor_fiscal=anchor_fiscal,
        reference=reference,
        current=base or context.period,
    )
    if period is not None and mention.role == "period":
        context.resolved[(sentence.start, mention.start, mention.index)] = period
    return period
