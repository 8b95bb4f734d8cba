"""The raw layer of numbers: every money amount, percent and count in a text.

Nothing here knows which company a number belongs to; ``metrics`` ties quantities to
organizations and periods. Keeping this layer separate makes misses visible: a figure
that never became a metric is still in the ``quantities`` table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any

from pipelines.extraction.model import Quantity

SCALES: dict[str, float] = {
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
}
# The scale name stored on a Quantity: abbreviations spelled out, as written otherwise.
_SCALE_NAMES = {
    "tn": "trillion",
    "trn": "trillion",
    "bn": "billion",
    "bln": "billion",
    "b": "billion",
    "mln": "million",
    "mn": "million",
    "m": "million",
    "k": "thousand",
    "crores": "crore",
    "cr": "crore",
    "lakh crores": "lakh crore",
    "lakhs": "lakh",
    "lac": "lakh",
}

# Currency written before the number. Longer symbols first so "HK$" wins over "$".
# ISO codes that are also English words or names ("try", "cop"): a currency before an amount only when
# written in capitals (_CAPITAL_CODES).
CAPITAL_ONLY_CODES = ("TRY", "PHP", "COP", "ARS", "CLP", "CZK", "UGX", "TZS", "BDT", "LKR", "NPR")
_PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "hk$": "HKD",
    "hkd": "HKD",
    "s$": "SGD",
    "sgd": "SGD",
    "a$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "cad": "CAD",
    "nt$": "TWD",
    "nz$": "NZD",
    "r$": "BRL",
    "brl": "BRL",
    "twd": "TWD",
    "$": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "jpy": "JPY",
    "rs.": "RUPEE",
    "rs": "RUPEE",
    "inr": "INR",
    "₹": "INR",
    "krw": "KRW",
    "₩": "KRW",
    "chf": "CHF",
    "rp.": "IDR",
    "rp": "IDR",
    "idr": "IDR",
    "rm": "MYR",
    "myr": "MYR",
    "sar": "SAR",
    "aed": "AED",
    "qar": "QAR",
    "qr": "QAR",  # "QR 3.62 billion": Qatari papers' riyal
    "nzd": "NZD",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "zar": "ZAR",
    "ngn": "NGN",
    "kes": "KES",
    "egp": "EGP",
    "thb": "THB",
    "baht": "THB",  # "Baht 31,250 million": Thai filings write the name before the amount
    "ils": "ILS",
    "nis": "ILS",  # "NIS 2.26 billion": the new Israeli shekel's usual abbreviation
    "vnd": "VND",
    "vnđ": "VND",  # "VNĐ7.86 trillion": Vietnamese papers write the dong's code with its own letter
    "pkr": "PKR",
    "mxn": "MXN",
    "pln": "PLN",
    "¥": "YEN_OR_YUAN",
    **{code.lower(): code for code in CAPITAL_ONLY_CODES},
}
# ISO 4217 codes the reader knows: a name spelled like one of these next to a figure is a currency.
CURRENCY_CODES: frozenset[str] = frozenset(
    code for code in _PREFIX_CURRENCIES.values() if re.fullmatch(r"[A-Z]{3}", code)
)
_AFTER_SCALE = r"(?<=n\s)"  # right after "million", "billion", "bn" ...
# Currency written after the number ("17 billion yuan", "290 million U.S. dollars").
_SUFFIX_CURRENCIES: list[tuple[str, str]] = [
    (r"u\.?s\.? dollars?", "USD"),
    (r"us dollars?", "USD"),
    (r"hong kong dollars?", "HKD"),
    (r"singapore dollars?", "SGD"),
    (r"australian dollars?", "AUD"),
    (r"canadian dollars?", "CAD"),
    (r"new taiwan dollars?", "TWD"),
    (r"taiwan dollars?", "TWD"),
    (r"dollars?", "USD"),
    (r"yuan", "CNY"),
    (r"renminbi", "CNY"),
    (r"rmb", "CNY"),
    (r"euros?", "EUR"),
    (r"egyptian pounds?", "EGP"),
    (r"pounds? sterling", "GBP"),
    # a bare pound is sterling unless the lead places the text in a pound country (MARK_HOMES)
    (r"pounds?", "POUND"),
    (r"rupees?", "RUPEE"),
    (r"kenyan shillings?", "KES"),
    (r"ugandan shillings?", "UGX"),
    (r"tanzanian shillings?", "TZS"),
    (r"shillings?", "SHILLING"),
    (r"swiss francs?", "CHF"),
    # a bare franc is the Swiss one: "1.64 billion francs" (a CFA franc is written "CFA francs", so the
    # word does not follow the number)
    (r"francs?", "CHF"),
    (r"rand", "ZAR"),
    (r"(?:turkish\s+)?liras?", "TRY"),
    (r"naira", "NGN"),
    (r"ringgit", "MYR"),
    (r"baht", "THB"),
    (r"(?:new\s+)?(?:israeli\s+)?shekels?", "ILS"),
    (r"reais", "BRL"),  # the real's plural: "612.4 million reais"
    (r"rupiah", "IDR"),
    (r"dirhams?", "AED"),
    (r"qatari\s+riyals?", "QAR"),
    # a bare riyal is the one of the Gulf country the text names, else Saudi Arabia's (MARK_HOMES)
    (r"riyals?", "RIYAL"),
    (r"zlotys?", "PLN"),
    (r"kronor", "SEK"),
    (r"swedish (?:crowns?|kronor|krona)", "SEK"),
    (r"norwegian (?:crowns?|kroner|krone)", "NOK"),
    (r"danish (?:crowns?|kroner|krone)", "DKK"),
    (r"czech (?:crowns?|korunas?)", "CZK"),
    # Swedish, the crown English wires write bare most often (the others are named); after a scale
    # word only, so "won five crowns" stays a count.
    (_AFTER_SCALE + r"crowns", "SEK"),
    (r"mexican pesos?", "MXN"),
    (r"philippine pesos?", "PHP"),
    (r"argentine pesos?", "ARS"),
    (r"colombian pesos?", "COP"),
    (r"chilean pesos?", "CLP"),
    # a bare peso is the one of the country the text names (bare_peso_currency)
    (r"pesos?", "PESO"),
    (r"dong", "VND"),
    (r"won", "KRW"),
    (r"yen", "JPY"),
    (r"usd", "USD"),
    (r"cny", "CNY"),
    (r"eur", "EUR"),
    (r"hkd", "HKD"),
    # Any other ISO code written after the amount ("4,525 million SEK"), in capitals only: "try" and
    # "php" are words too.
    (r"(?-i:" + "|".join(sorted(CURRENCY_CODES)) + r")", "CODE"),
]

_WORD_NUMBERS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Digits grouped in thousands, or the Indian way in lakhs and crores ("1,02,956": one lakh 2,956).
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SCALE = (
    r"(?:lakh\s+crores?|trillion|billion|million|thousand|crores?|lakhs?|lac|tn|trn|bn|bln|mln|mn|cr|b|m|k)"
    r"(?![\w$€£¥])"
)
# Currency names written before an amount as capitalised words or abbreviations that are words in lower
# case too ("ILS 876 million", "NIS 2.26 billion", "Baht 31,250 million"): in capitals only, like the codes.
_CAPITAL_NAMES = ("ILS", "NIS", "Baht")
_CAPITAL_CODES = rf"(?-i:{'|'.join(CAPITAL_ONLY_CODES + _CAPITAL_NAMES)})"
_PREFIX = (
    r"(?:US\$|U\.S\.\$|HK\$|NT\$|NZ\$|S\$|A\$|C\$|R\$|\$|€|£|¥|₹|₩|Rs\.?|RMB|CNY|USD|HKD|SGD|EUR|GBP|JPY|INR|"
    r"KRW|CHF|BRL|Rp\.?|IDR|RM|MYR|SAR|AED|QAR|QR|AUD|CAD|NZD|TWD|SEK|NOK|DKK|ZAR|NGN|KES|EGP|THB|VNĐ|VND|PKR|MXN|"
    r"PLN)"
)
_PREFIX_ANY = rf"(?:{_PREFIX}|{_CAPITAL_CODES})"
_SUFFIX = "|".join(pattern for pattern, _ in _SUFFIX_CURRENCIES)
_SIGN = r"(?:[-−–]|minus\s|negative\s)?"


def _starts_with_one_of(words: Iterable[str]) -> str:
    """A lookahead on the first character a match can start with. With it the regex engine jumps
    between candidate characters instead of trying every alternative at every position (same
    matches, 2-3x faster on whole articles)."""
    chars = {case(word[0]) for word in words for case in (str.lower, str.upper)}
    return "(?=[" + "".join(re.escape(char) for char in sorted(chars)) + "])"


_MONEY_PREFIXED = re.compile(
    _starts_with_one_of([*_PREFIX_CURRENCIES, "-", "−", "–", "minus", "negative"])
    # "DKK -7.2 billion": a sign may stand between the currency and the number
    + rf"(?<![\w$])(?P<sign>{_SIGN})(?P<cur>{_PREFIX_ANY})\s?(?P<sign_after>[-−–](?=\d))?(?P<num>{_NUM})"
    # "US$3.38-billion", "€398-million": some papers hyphenate the scale word as in "a $5-billion deal"
    rf"(?:(?:\s?|-(?=[mbtMBT]illion\b))(?P<scale>{_SCALE}))?",
    re.IGNORECASE,
)
_MONEY_SUFFIXED = re.compile(
    rf"(?<![\w.,$])(?P<sign>{_SIGN})(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?\s(?P<cur>{_SUFFIX})\b",
    re.IGNORECASE,
)

# A scale letter glued to an ISO code, as Nordic and German-language reports write their amounts:
# "MSEK 41,062" (SEK 41,062 million), "TSEK 850" and "KSEK 850" (thousands), "41,062 MSEK", a table's
# "Revenues (MSEK)". Case as written: "MEUR" is an amount's unit, "Meur" no word of it.
SCALED_CODE_FACTORS = {"M": 1e6, "m": 1e6, "T": 1e3, "K": 1e3, "k": 1e3}
_SCALED_CODES = ("SEK", "NOK", "DKK", "ISK", "EUR", "USD", "CHF")
_SCALED_CODE = rf"(?-i:(?P<code_scale>[MmTKk])(?P<code>{'|'.join(_SCALED_CODES)}))"
_SCALED_CODE_AFTER = _SCALED_CODE.replace("?P<code", "?P<after_code")
_MONEY_SCALED_CODE = re.compile(
    # "MEUR -2.4": a sign may stand between the code and the number, as with a plain code
    rf"(?<![\w$])(?:(?P<sign>{_SIGN}){_SCALED_CODE}\s?(?P<sign_mid>[-−–](?=\d))?(?P<num>{_NUM})(?![\d.,]?\d)|"
    rf"(?P<sign_after>{_SIGN})(?P<num_after>{_NUM})\s?{_SCALED_CODE_AFTER})(?![\w$])",
    re.IGNORECASE,
)
SCALED_CODE_EXAMPLES = (
    ("Orders rose 3% to MSEK 41,062.", 41_062e6, "SEK"),
    ("Sales were 850 TSEK in the quarter.", 850e3, "SEK"),
    ("An operating loss of MEUR -2.4 for the year.", -2.4e6, "EUR"),
)


def _scaled_code_money(match: re.Match[str]) -> Quantity:
    """ "MSEK 41,062" as SEK 41,062 million: the glued letter is the scale."""
    after = match.group("num_after") is not None
    letter = match.group("after_code_scale" if after else "code_scale")
    factor = SCALED_CODE_FACTORS[letter]
    value = _number(match.group("num_after" if after else "num")) * factor
    value *= _sign(match.group("sign_after") if after else (match.group("sign") or match.group("sign_mid")))
    scale = "million" if factor == 1e6 else "thousand"
    currency = match.group("after_code" if after else "code")
    return Quantity("money", value, currency, scale, match.group(), match.start(), match.end())


@dataclass(frozen=True)
class GluedCurrency:
    """A currency mark written right before the number, case as written: a letter mark ("R", "N", "TL")
    needs a scale word after the number so that model names ("R2 storage", "N95 masks") stay out. In a
    text naming the mark's home country (``home``), a price with cents ("N32.84 a share", "R10.00") is
    money too; a mark read only there (``only_at_home``: "P" is a peso in Philippine news only) is
    never read elsewhere."""

    mark: str  # regex of the mark, matched case-sensitively
    currency: str
    needs_scale: bool
    example: str
    home: str = ""  # places naming the mark's country (regex), for the price form
    only_at_home: bool = False


_SOUTH_AFRICA = r"South\s+Africa(?:n|ns)?|Johannesburg|Cape\s+Town|Pretoria|Durban|Sandton|JSE"
_NIGERIA = r"Nigeria(?:n|ns)?|Lagos|Abuja"
_PHILIPPINES = r"Philippines?|Filipinos?|Manila|Makati|Pasig|Taguig"
GLUED_CURRENCIES: list[GluedCurrency] = [
    GluedCurrency(r"R", "ZAR", True, "Revenue fell to R188.0 billion.", _SOUTH_AFRICA),
    GluedCurrency(r"N", "NGN", True, "Revenue rose to N958.8 billion.", _NIGERIA),
    GluedCurrency(r"P", "PHP", True, "Manila-based Velorix said net income rose to P82.0 billion in 2024.",
                  _PHILIPPINES, only_at_home=True),
    GluedCurrency(r"₦\s?", "NGN", False, "Shares closed at ₦900."),
    GluedCurrency(r"(?:TRY|TL)\s?", "TRY", True, "Total assets of TRY 192 billion."),
    GluedCurrency(r"Dhs?\s?", "AED", True, "Profit rose to Dh12.5 billion."),
    # Saudi papers' riyal: "SR45.1 million", "SR 2.3 billion"
    GluedCurrency(r"SR\s?", "SAR", True, "Revenue rose to SR45.1 million."),
    # East African and Bangladeshi papers: "Sh25.0 billion", "KSh1.50 a share", "Tk 1,128 crore" (the
    # shilling of the country the text names: shilling_currency)
    GluedCurrency(r"K?Shs?\.?\s?", "SHILLING", False, "Net profit rose to Sh25.0 billion."),
    GluedCurrency(r"Tk\.?\s?", "BDT", False, "Revenue rose to Tk 8,352 crore."),
    # Latin American filings' peso: "Ps 2,508 million", "Ps. 1.2 billion" (the peso of the country the
    # text names: mark_currencies; none named, no amount)
    GluedCurrency(
        r"Ps\.?\s?", "PESO", True, "Mexico City-based Velorix said revenues were Ps 2,508 million."
    ),
]
# In the mark's home country's news: "Earnings per share: N32.84", "a dividend of R10.00 per share".
GLUED_PRICE_EXAMPLES = (
    ("Lagos-based Velorix declared a final dividend of N4.00 per share.", 4.0, "NGN"),
    ("Johannesburg-based Velorix declared a final dividend of R10.00 per share.", 10.0, "ZAR"),
    ("Manila-based Velorix said earnings per share reached P2.21.", 2.21, "PHP"),
)


def _glued_pattern(glued: GluedCurrency, at_home: bool = False) -> re.Pattern[str]:
    scale = r"\s?(?P<scale>(?i:trillion|billion|million|crores?|lakhs?|trn|tn|bn|m))(?!\w)"
    price = r"(?P<price>\d{1,3}(?:,\d{3})*\.\d{2})(?![\w.,]\d|\s?(?i:trillion|billion|million|trn|tn|bn|m)\b)"
    ending = (rf"(?:(?P<num>{_NUM}){scale}|{price})" if at_home else
              rf"(?P<num>{_NUM})" + (scale if glued.needs_scale else rf"(?:{scale})?(?![\w.,]\d)"))
    return re.compile(rf"(?<![\w$.])(?P<sign>)(?P<cur>{glued.mark})" + ending)


_GLUED = [
    (glued.currency, _glued_pattern(glued)) for glued in GLUED_CURRENCIES if not glued.only_at_home
]
_GLUED_AT_HOME = [
    (glued.currency, re.compile(rf"\b(?:{glued.home})\b"), _glued_pattern(glued, at_home=True))
    for glued in GLUED_CURRENCIES
    if glued.home
]


def _glued_matches(text: str) -> Iterable[tuple[str, re.Match[str]]]:
    """Every glued amount: the marks read anywhere, then those read in their home country's news."""
    for currency, pattern in _GLUED:
        for match in pattern.finditer(text):
            yield currency, match
    for currency, home, pattern in _GLUED_AT_HOME:
        if home.search(text):
            for match in pattern.finditer(text):
                yield currency, match


_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<sign>[-−–+]|minus\s|negative\s)?(?P<num>{_NUM})\s?(?P<pct>%|per\s?cent\b|pct\b|(?<=\d)(?-i:pc)\b)",
    re.IGNORECASE,
)
# "514.1m" in a table under "(A$)": a lower-case "m" glued to its number is a million ("5 m" is metres).
_COUNT_DIGITS = re.compile(
    rf"(?<![\w.,/:$€£¥₹-])(?P<num>{_NUM})(?:\s?(?P<scale>trillion|billion|million|thousand|"
    rf"lakh\s+crores?|crores?|lakhs?|bn|mln|mn|k|(?<=\d)(?-i:m))(?!\w))?(?![\w:/]|\.\d|,\d)",
    re.IGNORECASE,
)
# "4.3x", "12.5x": a multiple, a count whose text ends in its "x" (metrics name it a ratio).
_MULTIPLE = re.compile(r"(?<![\w.,/:$€£¥₹-])(?P<num>\d+(?:\.\d+)?)[xX×](?![\w])")
_WORD_ALT = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_COUNT_WORDS = re.compile(
    _starts_with_one_of([*_WORD_NUMBERS, "a"])
    + rf"\b(?P<words>(?:{_WORD_ALT})(?:[\s-](?:{_WORD_ALT}))?(?:\s(?:hundred|thousand|million|billion|"
    rf"trillion))*|(?:a|one)\s(?:hundred|thousand|million|billion)(?:\s(?:thousand|million|billion))*)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Day numbers next to a month name are dates, not counts.
# A day is a whole number: in "10.6\nSeptember 30, 2025" the 10.6 ends a table's row and the date opens
# the next (a wrapped line may still split "31\nMarch 2025").
_DATE_DAY = re.compile(
    _starts_with_one_of(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", *"0123456789"]
    )
    + rf"(?:\b{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?\b"
    + rf"|\b(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTHS}(?!\w))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DollarHome:
    """A country whose press writes its own dollar as a bare "$": the cue that the article's company is
    based there ("Perth-based"), read in the lead only. A listing is not enough (Hong Kong-listed
    companies often report in US dollars), nor is a country adjective ("the Australian wind developer"
    may be a partner of a company reporting in US dollars)."""

    currency: str
    places: str  # country adjective or name, cities (for "<city>-based")
    example: str  # a lead with this cue: its bare "$" is this currency
    mark: str = ""  # the country's own marked dollar ("A$"), written where the text tells dollars apart
    exchange: str = ""  # the country's exchange as a listing states it ("(ASX: PLS)", "TSX-listed")
    zones: str = ""  # the country's own time zones, on a byline or dateline ("11:32 AEDT"); none shared
    idiom: str = ""  # a results term only that country's companies use ("the prior corresponding period")


DOLLAR_HOMES: list[DollarHome] = [
    DollarHome(
        "AUD",
        r"Australian?|Sydney|Melbourne|Perth|Brisbane|Adelaide|Canberra",
        "Perth-based Velorix said net profit rose to $2.5 billion in the year to June 30.",
        mark=r"A\$|AU\$",
        exchange=r"ASX",
        zones=r"AEDT|AEST|ACDT|ACST|AWST",
        idiom=r"prior\s+corresponding\s+period|pcp",
    ),
    DollarHome(
        "CAD",
        r"Canadian?|Toronto|Vancouver|Montreal|Calgary|Ottawa",
        "Toronto-based Velorix said revenue rose to $1.2 billion in 2023.",
        mark=r"C\$|CA\$|CDN\$",
        exchange=r"TSXV?",
    ),
    DollarHome(
        "NZD",
        r"New\s+Zealand|Auckland|Wellington",
        "Auckland-based Velorix said revenue rose to $800 million in 2023.",
        mark=r"NZ\$",
        exchange=r"NZX",
        zones=r"NZDT|NZST",
    ),
    DollarHome(
        "SGD",
        r"Singapore(?:an)?",
        "Singapore-based Velorix said revenue rose to $900 million in 2023.",
        mark=r"S\$|SG\$",
        exchange=r"SGX",
        zones=r"SGT",
    ),
]
_LEAD_CHARS = 1200


def _home_cue(home: DollarHome) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{home.places})[\s-](?:based|headquartered)\b")


_BASED_IN_CUES = [(home.currency, _home_cue(home)) for home in DOLLAR_HOMES]


# "Results for the 2024 financial year, in Australian dollars:": the article states its dollar.
_STATED_CUES = [
    (home.currency, re.compile(rf"\b(?:in|of)\s+(?:{home.places})\s+dollars\b(?!\s*\d)"))
    for home in DOLLAR_HOMES
]


# Words only one country's press uses of its companies' dividends: "a final dividend of 30 cents a share,
# fully franked" is an Australian company's, in Australian dollars.
DOLLAR_IDIOMS: list[tuple[str, re.Pattern[str], str]] = [
    ("AUD", re.compile(r"\b(?:fully|partly|unfranked|partially)\s+franked\b|\bfranking\s+credits?\b", re.I),
     "Velorix lifted net profit to $115.2 million and declared a dividend of 30 cents, fully franked."),
    ("NZD", re.compile(r"\bfully\s+imputed\b|\bimputation\s+credits?\b", re.I),
     "Velorix lifted net profit to $42.4 million and declared a dividend of 15 cents, fully imputed."),
]  # fmt: skip


def _answered_once_per_long_text(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """``read`` (a pure function of a text), remembering its answer for the last long text: the
    quantities stage and the metric tables each ask it about the same whole article, and each answer
    reads the whole text with dozens of cues. One text per function is kept (memory stays flat); a
    dict answer is handed out as a copy, so a caller changing it changes no one else's."""
    last: dict[str, Any] = {}

    @wraps(read)
    def remembered(text: str) -> Any:
        if len(text) <= _CACHED_TEXT_CHARS:
            return read(text)
        if text not in last:
            last.clear()
            last[text] = read(text)
        answer = last[text]
        return dict(answer) if isinstance(answer, dict) else answer

    return remembered


@_answered_once_per_long_text
def bare_dollar_currency(text: str) -> str:
    """The currency of a bare "$": the one the article states ("in Australian dollars"), else the one
    its dividend idiom belongs to ("fully franked"), else the one home country the lead places the
    company in, else the local dollar the text marks or lists in, else the one two home cues agree on,
    else USD."""
    idioms = [(currency, cue) for currency, cue, _ in DOLLAR_IDIOMS]
    return (
        _the_one_named(_STATED_CUES, text)
        or _the_one_named(idioms, text)
        or _the_one_named(_BASED_IN_CUES, text[:_LEAD_CHARS])
        or _local_dollar(text)
        or _home_by_two_cues(text)
        or "USD"
    )


# A text that marks the US dollar ("US$12,000 a tonne") writes its bare "$" for another dollar; so does
# one in a dollar country's own press style ("per cent") that names that country and never the US.
_US_MARKED = re.compile(r"\bUS\$|\bU\.S\.\s?\$|\bUSD\s?\d")
_US_NAMED = re.compile(
    r"(?<![\w.])(?:U\.S\.|US|USA|United\s+States|America|American|Nasdaq|NASDAQ|NYSE|Wall\s+Street)(?!\w)"
)
_COMMONWEALTH_STYLE = re.compile(r"\bper\s+cent\b")
# "(ASX: PLS)", "ASX-listed", "listed on the ASX": the exchange the company's shares trade on.
_LISTING = r"(?:\(\s*(?:{x})\s*:|\b(?:{x})[\s-]listed\b|\blisted\s+on\s+the\s+(?:{x})\b)"
_MARKED = {home.currency: re.compile(rf"(?<![A-Za-z])(?:{home.mark})\s?\d") for home in DOLLAR_HOMES}
_LISTED = {home.currency: re.compile(_LISTING.format(x=home.exchange)) for home in DOLLAR_HOMES}
_MARKED_CUES = list(_MARKED.items())
_LISTING_CUES = list(_LISTED.items())
_COUNTRY_CUES = [
    (home.currency, re.compile(rf"\b(?:{home.places}|{home.exchange})\b")) for home in DOLLAR_HOMES
]


# Where the article is from, each cue with its example; one alone says little (a Brisbane story about a
# miner reporting in US dollars, a Sydney listing of a US-dollar explorer), two agreeing say the company
# and its press are that country's (HOME_CUE_EXAMPLES).
HOME_CUES: list[tuple[str, str]] = [
    ("dateline", "SYDNEY, March 14 (Wire) - Velorix said ..."),
    ("time zone", "By Ana Ruiz | 24 February 2026, 11:32 AEDT"),
    ("listing", "ASX-listed Velorix reported revenue of $152.4 million."),
    ("results idiom", "Velorix's revenue rose 17% on the prior corresponding period."),
]
HOME_CUE_EXAMPLES = (
    ("Sydney, Tuesday 14 October 2025, 9:30am AEDT\nVelorix revenue: $3,095m", "AUD"),
    ("By Ana Ruiz | 24 February 2026, 11:32 AEDT\nASX-listed Velorix reported revenue of $152.4m.", "AUD"),
    ("ASX-listed Velorix reported revenue of $152.4m, up 17% on the prior corresponding period.", "AUD"),
    ("BRISBANE, March 14 (Wire) - Velorix, the miner, said profit rose to $2 billion.", "USD"),  # one cue
    # two cues, but the text marks the local dollar: its bare "$" is the US one
    ("TORONTO, May 2 - TSX-listed Velorix, which paid C$12 million for a mine, earned $40 million.", "USD"),
)


def _home_cues(home: DollarHome) -> list[re.Pattern[str]]:
    cues = [
        re.compile(rf"(?mi)^\W*(?:{home.places})\b\s*(?:,|\(|-|–|—)"),  # a dateline opening its line
        _LISTED[home.currency],
    ]
    cues += [re.compile(rf"\b(?:{home.zones})\b")] if home.zones else []
    return cues + ([re.compile(rf"\b(?:{home.idiom})\b")] if home.idiom else [])


_TWO_CUE_HOMES = [(home, _home_cues(home), _MARKED[home.currency]) for home in DOLLAR_HOMES]


def _home_by_two_cues(text: str) -> str | None:
    """The one dollar country two of the lead's home cues (HOME_CUES) name, when the text never marks
    that country's own dollar ("C$": then its bare "$" is the US one)."""
    lead = text[:_LEAD_CHARS]
    homes = {
        home.currency
        for home, cues, mark in _TWO_CUE_HOMES
        if sum(1 for cue in cues if cue.search(lead)) >= 2 and not mark.search(text)
    }
    return homes.pop() if len(homes) == 1 else None


LOCAL_DOLLAR_EXAMPLES = (
    ("Velorix (ASX: VLX) sold lithium at US$900 a tonne; revenue fell to $769 million.", "AUD"),
    ("Velorix lifted revenue to $4.1 billion, its A$200 million note pays US$9 million.", "AUD"),
    ("Velorix, the TSX-listed grocer, paid US$40 million for a US chain; sales were $9.2 billion.", "CAD"),
    ("Velorix, owner of New Zealand's largest network, said profit fell 6 per cent to $42.4m.", "NZD"),
    ("Velorix, with 4.7 million Australian customers, said revenue rose 3 per cent to $17.1 billion.", "AUD"),
)
LOCAL_DOLLAR_COUNTER_EXAMPLES = (  # bare "$" stays the US dollar
    "Velorix (ASX: VLX) said underlying profit rose to $13.7 billion.",  # a listing alone
    "Velorix said revenue rose 3 per cent to $2 billion in the United States and Canada.",
    "Velorix said revenue rose to $2 billion, and US$1 billion came from Asia.",
)


def _local_dollar(text: str) -> str | None:
    """The home dollar of a text that tells dollars apart: with "US$" written, the one local dollar it
    marks ("A$") or lists on ("(ASX: PLS)"); in "per cent" style, the one dollar country it names when it
    never names the US. A listing alone is not enough: miners listed in Sydney or Toronto report in US
    dollars, and their press writes a bare "$" for those."""
    if _US_MARKED.search(text):
        return _the_one_named(_MARKED_CUES + _LISTING_CUES, text)
    if _COMMONWEALTH_STYLE.search(text) and not _US_NAMED.search(text):
        return _the_one_named(_COUNTRY_CUES, text)
    return None


def _the_one_named(cues: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The currency of the only cue that holds in ``text``; None when none or several do."""
    named = {currency for currency, cue in cues if cue.search(text)}
    return named.pop() if len(named) == 1 else None


PESO_EXAMPLE = "Mexico's Velorix reported net sales of 398.6 billion pesos in 2024."


def bare_peso_currency(text: str) -> str | None:
    """The currency of a bare "pesos": the one peso country the text names, else unknown (None)."""
    return mark_currencies(text)["PESO"]


# Marks several countries write for their own currency: the rupee, shilling or peso of the one country a
# text names ("Karachi-based ... Rs402.6 billion", "Mexico City-based ... 398.6 billion pesos"), else the
# most common one (a bare peso: unknown, None, so no amount).
MARK_HOMES: dict[str, tuple[str | None, dict[str, str]]] = {
    "RUPEE": ("INR", {
        "PKR": r"Pakistani?|Karachi|Lahore|Islamabad", "LKR": r"Sri\s+Lankan?|Colombo",
        "NPR": r"Nepal(?:i|ese)?|Kathmandu",
        "INR": r"Indian?|Mumbai|Delhi|Bengaluru|Bangalore|Chennai|Kolkata",
    }),
    "SHILLING": ("KES", {
        "KES": r"Kenyan?|Nairobi|Mombasa", "UGX": r"Ugandan?|Kampala",
        "TZS": r"Tanzanian?|Dar\s+es\s+Salaam|Dodoma",
    }),
    "PESO": (None, {
        "MXN": r"Mexic(?:o|an)", "PHP": r"Philippines?|Philippine|Filipino|Manila",
        "COP": r"Colombian?|Bogot[aá]", "CLP": r"Chilean?|Santiago",
        "ARS": r"Argentin(?:a|e|ian)|Buenos\s+Aires",
    }),
    # a bare "riyals" is Saudi unless the text names Qatar or Oman
    "RIYAL": ("SAR", {"QAR": r"Qatar(?:i)?|Doha", "OMR": r"Oman(?:i)?|Muscat"}),
    # a bare "pounds" is sterling unless the lead places the text in Egypt, Lebanon or Sudan (_LEAD_MARKS)
    "POUND": ("GBP", {
        "EGP": r"Egypt(?:ian)?|Cairo|Alexandria", "LBP": r"Leban(?:on|ese)|Beirut",
        "SDG": r"Sudan(?:ese)?|Khartoum",
    }),
}  # fmt: skip
# Marks whose default is strong (sterling): only the lead's country overrides it.
_LEAD_MARKS = frozenset({"POUND"})
# Case-blind: a dateline writes its city in capitals ("KARACHI: Velorix posted ..."), and it is the
# strongest statement of where the text is from.
_MARK_CUES = {
    mark: (default, [(code, re.compile(rf"\b(?:{places})\b", re.I)) for code, places in homes.items()])
    for mark, (default, homes) in MARK_HOMES.items()
}
MARK_HOME_EXAMPLES = (
    ("Karachi-based Velorix said revenue rose to Rs402.6 billion in 2024.", "PKR"),
    ("KARACHI: Velorix posted a net profit of Rs1.46 billion for the quarter.", "PKR"),
    ("KAMPALA, May 5 - Velorix said net profit rose to 25 billion shillings in 2024.", "UGX"),
    ("Velorix of India said revenue rose to Rs 1,940.7 crore in 2024.", "INR"),
    ("Nairobi-based Velorix said net profit rose to Sh25.0 billion in 2024.", "KES"),
    ("Kampala-based Velorix said net profit rose to 25 billion shillings in 2024.", "UGX"),
    ("Cairo-based Velorix said net profit rose to 4.8 billion pounds in 2024.", "EGP"),
    ("Doha-based Velorix reported revenue of 1.41 billion riyals for 2025.", "QAR"),
    ("Mexico City-based Velorix, which also sells in Chile, reported sales of 80,540 million pesos.", "MXN"),
)


@_answered_once_per_long_text
def mark_currencies(text: str) -> dict[str, str | None]:
    """What each shared mark ("RUPEE", "SHILLING", "PESO", "POUND") means in ``text``: the currency of
    the one country the text names, else the mark's default; a mark without a default (the peso) is the
    currency of the country the text names first ("Mexico City, ... in Mexico, South America")."""
    meanings: dict[str, str | None] = {}
    for mark, (default, cues) in _MARK_CUES.items():
        scope = text[:_LEAD_CHARS] if mark in _LEAD_MARKS else text
        meanings[mark] = _the_one_named(cues, scope) or default or _the_first_named(cues, scope)
    return meanings


def _the_first_named(cues: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The currency of the cue found earliest in ``text``; None when none is."""
    found = [(match.start(), currency) for currency, cue in cues if (match := cue.search(text))]
    return min(found)[1] if found else None


# Amounts in a currency's hundredth ("a dividend of 70 cents a share", "13.15p"): money in the
# article's own currency (the one most of its amounts are in); pence are sterling, "US cents" US dollars,
# sen the ringgit's ("58.9 sen": Malaysian papers; Indonesian ones write rupiah whole).
_SUBUNIT = re.compile(
    rf"(?<![\w.,$€£])(?:(?-i:(?P<hk>HK))\s?)?(?P<sign>)(?P<num>{_NUM})(?:\s?(?P<cents>cents?\b)|(?P<cent_sign>¢)|"
    r"(?P<pence>p\b(?![.&'’-]\w)|\s?pence\b)"
    r"|(?P<us_cents>\s(?:US|U\.S\.)\s?cents?\b)|(?P<sen>\ssen\b)"
    r"|\s(?P<named>(?-i:Singapore|Hong\s+Kong|Australian|Canadian|NZ|New\s+Zealand))\s+cents?\b)"
    r"(?P<scale>)",
    re.IGNORECASE,
)
SUBUNIT_EXAMPLES = (
    "Velorix declared a final dividend of 70 cents a share, with revenue of $2 billion in 2023.",
    "Velorix raised its dividend to 13.15p per share.",
    "Velorix said earnings per share came to 1.23 US cents.",
    "Velorix said basic earnings per share rose to 58.9 sen.",
)
_FIXED_SUBUNITS = {"pence": "GBP", "us_cents": "USD", "sen": "MYR", "hk": "HKD"}
# "2.5 Singapore cents", "HK13.9 cents": a dollar's cents named by its country
_NAMED_CENTS = {"singapore": "SGD", "hong kong": "HKD", "australian": "AUD", "canadian": "CAD", "nz": "NZD",
                "new zealand": "NZD"}  # fmt: skip


def _subunit_currency(match: re.Match[str], found: list[Quantity]) -> str | None:
    for group, currency in _FIXED_SUBUNITS.items():
        if match.group(group):
            return currency
    if match.group("named"):
        return _NAMED_CENTS[re.sub(r"\s+", " ", match.group("named").lower())]
    counts: dict[str, int] = {}
    for quantity in found:
        if quantity.kind == "money":
            counts[quantity.unit] = counts.get(quantity.unit, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


_YUAN_HINT = re.compile(r"\b(?:yuan|rmb|renminbi|cny)\b", re.IGNORECASE)


def bare_yen_currency(text: str) -> str:
    """The currency of a bare "¥": the yuan where the text names it, else the yen."""
    return "CNY" if _YUAN_HINT.search(text) else "JPY"


# Texts up to this long are remembered (a sentence, a clause, a name); longer ones (a whole article) are
# read once per article anyway and would make the cache's memory grow with the articles' length.
_CACHED_TEXT_CHARS = 2_000


def find_quantities(text: str) -> list[Quantity]:
    """Every money amount, percent and count in ``text``, sorted by offset, spans never overlapping.

    A pure function of the text, asked again and again for the same sentence and clause by the deal
    and metric stages (about 66,000 calls per 300 articles): short texts are answered from a bounded
    cache, as a fresh list each time (a caller may change its list; the quantities are frozen)."""
    if len(text) <= _CACHED_TEXT_CHARS:
        return list(_quantities_of_short_text(text))
    return _read_quantities(text)


@lru_cache(maxsize=8192)
def _quantities_of_short_text(text: str) -> tuple[Quantity, ...]:
    return tuple(_read_quantities(text))


def _read_quantities(text: str) -> list[Quantity]:
    # What a bare yen, a bare "$" and the shared marks mean in this text: each reads the whole text with
    # dozens of cues, so each is read only when an amount written with it is found (most texts have none).
    meanings: dict[str, Any] = {}

    def meaning(read: Callable[[str], Any]) -> Any:
        if read.__name__ not in meanings:
            meanings[read.__name__] = read(text)
        return meanings[read.__name__]

    found: list[Quantity] = []
    taken = bytearray(len(text))  # 1 where a quantity already sits: overlap checks stay linear

    def claim(quantity: Quantity) -> None:
        found.append(quantity)
        taken[quantity.start : quantity.end] = b"\x01" * (quantity.end - quantity.start)

    def free(start: int, end: int) -> bool:
        return 1 not in taken[start:end]

    for match in _MONEY_SCALED_CODE.finditer(text):
        claim(_scaled_code_money(match))
    for match in _MONEY_PREFIXED.finditer(text):
        currency = _PREFIX_CURRENCIES[match.group("cur").lower()]
        if currency == "YEN_OR_YUAN":
            currency = meaning(bare_yen_currency)
        elif match.group("cur") == "$":
            currency = meaning(bare_dollar_currency)
        if free(match.start(), match.end()):
            claim(_money(match, meaning(mark_currencies).get(currency, currency)))
    for currency, match in _glued_matches(text):
        resolved = meaning(mark_currencies).get(currency, currency)
        if resolved is not None and free(match.start(), match.end()):  # None: a peso of no known country
            claim(_money(match, resolved))
    for match in _MONEY_SUFFIXED.finditer(text):
        written = _suffix_currency(match.group("cur"))
        currency = meaning(mark_currencies).get(written, written)
        if currency is not None and free(match.start(), match.end()):  # None: a peso of no known country
            claim(_money(match, currency))
    for match in _SUBUNIT.finditer(text):
        subunit_currency = _subunit_currency(match, found)
        if subunit_currency and free(match.start(), match.end()):
            money = _money(match, subunit_currency)
            claim(Quantity("money", money.value / 100, money.unit, None, money.text, money.start, money.end))
    for match in _PERCENT.finditer(text):
        if free(match.start(), match.end()):
            value = _number(match.group("num")) * _sign(match.group("sign"))
            claim(Quantity("percent", value, "percent", None, match.group(), match.start(), match.end()))
    dates = bytearray(len(text))
    for match in _DATE_DAY.finditer(text):
        dates[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    for match in _COUNT_DIGITS.finditer(text):
        start, end = match.span()
        if not free(start, end) or 1 in dates[start:end] or _is_year(match):
            continue
        scale = match.group("scale")
        value = _number(match.group("num")) * _scale_factor(scale)
        claim(Quantity("count", value, "count", _scale_name(scale), match.group(), start, end))
    for match in _MULTIPLE.finditer(text):
        if free(match.start(), match.end()):
            claim(Quantity("count", _number(match.group("num")), "count", None, match.group(), *match.span()))
    for match in _COUNT_WORDS.finditer(text):
        start, end = match.span()
        if free(start, end):
            value, scale = _word_value(match.group("words"))
            claim(Quantity("count", value, "count", scale, match.group(), start, end))
    found.sort(key=lambda q: q.start)
    return found


def _money(match: re.Match[str], currency: str) -> Quantity:
    scale = match.group("scale")
    written = match.groupdict().get("price") or match.group("num")  # a glued mark's price form
    value = _number(written) * _scale_factor(scale)
    value *= _sign(match.group("sign") or match.groupdict().get("sign_after"))
    return Quantity("money", value, currency, _scale_name(scale), match.group(), match.start(), match.end())


def _suffix_currency(written: str) -> str:
    lowered = written.lower()
    if written in CURRENCY_CODES:
        return written
    for pattern, code in _SUFFIX_WORDS:
        if pattern.fullmatch(lowered):
            return code
    return "USD"


# _SUFFIX_CURRENCIES' words alone, compiled once: every suffixed amount asks (11,000 times per 300 articles)
_SUFFIX_WORDS = [
    (re.compile(pattern.removeprefix(_AFTER_SCALE)), code) for pattern, code in _SUFFIX_CURRENCIES
]
_SPACES = re.compile(r"\s+")


def _number(written: str) -> float:
    return float(written.replace(",", ""))


def _sign(written: str | None) -> float:
    return -1.0 if written and written.strip().lower() in {"-", "−", "–", "minus", "negative"} else 1.0


def _scale_factor(written: str | None) -> float:
    return SCALES[_SPACES.sub(" ", written.lower())] if written else 1.0


def _scale_name(written: str | None) -> str | None:
    if not written:
        return None
    lowered = _SPACES.sub(" ", written.lower())
    return _SCALE_NAMES.get(lowered, lowered)


def _is_year(match: re.Match[str]) -> bool:
    written = match.group("num")
    return (
        match.group("scale") is None
        and len(written) == 4
        and written.isdigit()
        and 1900 <= int(written) <= 2100
    )


def _word_value(words: str) -> tuple[float, str | None]:
    total = 0.0
    current = 0.0
    scale_name: str | None = None
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _WORD_NUMBERS:
            current += _WORD_NUMBERS[word]
        elif word == "a":
            current += 1
        elif word in _WORD_SCALES:
            current = max(current, 1.0) * _WORD_SCALES[word]
            scale_name = word
            if word != "hundred":
                total += current
                current = 0.0
    return total + current, scale_name


# A table's unit, stated once in its caption or corner cell: "Rs crore", "(A$m)", "US$ in millions",
# "(in millions of US$)", "€bn". The table's plain numbers are money in that currency at that scale.
# "RM'000", "RMB'000", "HK$’000": thousands written as the zeros after an apostrophe (Hong Kong,
# Malaysian, Singaporean filings).
_TABLE_SCALE_WORD = (
    r"(?:lakh\s+crores?|crores?|lakhs?|thousands?|millions?|billions?|trillions?|bn|mn|m|k|['’]000s?)"
)
# Currency words a caption writes before or after its scale ("Rupees in million", "Sh billion", "Tk
# crore", "R million", "N'million", "in millions of pesos", "Baht million"): the letter marks in
# capitals only, the words as _SUFFIX_CURRENCIES reads them after an amount.
_TABLE_WORD_CURRENCIES = {
    "rupees": "RUPEE", "sh": "SHILLING", "ksh": "SHILLING", "shs": "SHILLING", "shillings": "SHILLING",
    "tk": "BDT", "r": "ZAR", "n": "NGN", "n'": "NGN", "ps": "PESO", "ps.": "PESO",
}  # fmt: skip
CAPTION_WORDS = (
    r"pesos|euros?|dollars|pounds|yen|yuan|renminbi|won|baht|ringgit|rupiah|naira|rand|dirhams|riyals|kronor|"
    r"(?:swedish|danish|norwegian)\s+(?:kronor|kroner|krone|crowns)|(?:mexican|philippine|argentine|"
    r"colombian|chilean)\s+pesos|(?:australian|canadian|singapore|hong\s+kong|new\s+taiwan|u\.?s\.?)\s+dollars|"
    r"egyptian\s+pounds|(?:kenyan|ugandan|tanzanian)\s+shillings"
)
_TABLE_WORD = rf"(?:rupees|K?Shs?|shillings|Tk|(?-i:R|N'?|Ps\.?)|{CAPTION_WORDS})"
_TABLE_SCALE = re.compile(
    rf"(?<![\w$])(?:(?P<cur1>{_PREFIX_ANY}|{_TABLE_WORD})\s?(?:in\s+)?(?P<scale1>{_TABLE_SCALE_WORD})|"
    # "(millions of yen)": a bracket opens the scale as "in" does
    rf"(?:\bin\s+|\(\s*)(?P<scale2>{_TABLE_SCALE_WORD})(?:\s+of)?\s+(?P<cur2>{_PREFIX_ANY}|{_TABLE_WORD}))(?![\w$'’])",
    re.IGNORECASE,
)
TABLE_CAPTION_EXAMPLES = (
    ("CONSOLIDATED STATEMENT OF PROFIT OR LOSS (Rupees in million)", ("INR", 1e6)),
    ("R million | 2024 | 2023", ("ZAR", 1e6)),
    ("N'million | 2024 | 2023", ("NGN", 1e6)),
    ("The quarterly evolution of sales (figures in millions of Mexican pesos):", ("MXN", 1e6)),
    ("Baht million | 2024 | 2023", ("THB", 1e6)),
    ("HOW THE NUMBERS MOVED (Sh billion)", ("KES", 1e9)),
    ("KEY FIGURES, SEK THOUSAND", ("SEK", 1e3)),
    ("(RM'000) | Current quarter | Preceding quarter", ("MYR", 1e3)),
    ("RMB'000 | 2025 | 2024", ("CNY", 1e3)),
    ("HK$’000 | 2025 | 2024", ("HKD", 1e3)),
    ("Net sales (MSEK) | Q3 2025 | Q3 2024", ("SEK", 1e6)),
    ("Results by segment (billions of yen)", ("JPY", 1e9)),
    ("Quarterly results (millions of euros unless stated)", ("EUR", 1e6)),
    ("TEUR | 2025 | 2024", ("EUR", 1e3)),
)


# "Earnings per share (cents)", "Total dividend (cents per share)", "EPS (pence)": figures written in a
# currency's hundredth.
_TABLE_SUBUNIT = re.compile(
    # "(sen)", "(Subunit)": a Malaysian ringgit's hundredth, as Bursa filings label it
    r"\(\s*(?:in\s+)?(?:(?P<cents>cents?|sen|subunits?)|(?P<pence>pence|p))\b[^)]*\)", re.IGNORECASE
)

# "KEY FIGURES (A$, year ended 30 September)": a caption naming only the currency; the cells carry
# their own scale ("514.1m").
_TABLE_CURRENCY_ONLY = re.compile(rf"\(\s*(?P<cur3>{_PREFIX_ANY})\s*[,)]", re.IGNORECASE)

# "Revenues (MSEK)", "MEUR | 2025 | 2024": a scaled code stated once for a table's plain numbers.
_TABLE_SCALED_CODE = re.compile(rf"(?<![\w$]){_SCALED_CODE}(?![\w$])")


def table_subunit(label: str) -> str | None:
    """ "cents" when a label states its figures in a currency's hundredth ("EPS (cents)", "(sen)"),
    "pence" for a pound's, else None."""
    found = _TABLE_SUBUNIT.search(label)
    return None if found is None else ("pence" if found.group("pence") else "cents")


def table_scale(
    caption: str, dollar: str = "USD", yen: str = "JPY", marks: dict[str, str | None] | None = None
) -> tuple[str, float] | None:
    """(currency, factor) a table's caption or corner cell states for its plain numbers, the last one
    written: "Rs crore" -> ("INR", 1e7), "(A$m)" -> ("AUD", 1e6), "in millions of US$" -> ("USD", 1e6).
    ``dollar`` and ``yen`` are what a bare "$" and "¥" mean in the article (``bare_dollar_currency``),
    ``marks`` what a rupee or shilling means (``mark_currencies``; else the most common one)."""
    found = list(_TABLE_SCALE.finditer(caption))
    if not found and (scaled := _TABLE_SCALED_CODE.search(caption)) is not None:
        return scaled.group("code"), SCALED_CODE_FACTORS[scaled.group("code_scale")]
    if not found:
        subunit = _TABLE_SUBUNIT.search(caption)
        if subunit is not None:
            return ("GBP" if subunit.group("pence") else dollar), 0.01
        found = list(_TABLE_CURRENCY_ONLY.finditer(caption))
        if not found:
            return None
    match = found[-1]
    groups = match.groupdict()
    written = groups.get("cur1") or groups.get("cur2") or groups["cur3"]
    lowered = written.lower()
    currency = (
        _PREFIX_CURRENCIES.get(lowered) or _TABLE_WORD_CURRENCIES.get(lowered) or _suffix_currency(written)
    )
    if currency in MARK_HOMES:
        currency = (marks or {}).get(currency) or MARK_HOMES[currency][0]
        if currency is None:
            return None  # a peso of no country the text names
    if currency == "YEN_OR_YUAN":
        currency = yen
    elif written == "$" or lowered == "dollars":
        currency = dollar
    if groups.get("cur3"):
        return currency, 1.0
    scale = re.sub(r"\s+", " ", (match.group("scale1") or match.group("scale2")).lower())
    if scale.lstrip("'’").startswith("000"):
        return currency, 1e3
    return currency, SCALES.get(scale) or SCALES.get(scale[:-1]) or _WORD_SCALES[scale[:-1]]


# A pure function of the word, asked for each organization name of each metric sentence and each table
# cell (about 100 times per article, mostly the same words); bounded, so memory stays flat.
@lru_cache(maxsize=4096)
def is_currency_mark(word: str) -> bool:
    """Whether ``word`` is a currency as written before an amount ("Rs", "US$", "₦", "TL"): an entity
    model may label such a mark an organization."""
    word = word.strip()
    if re.fullmatch(_CAPITAL_CODES, word.upper()) and not word.isupper():
        return False  # "Try", "Cop": words, not the codes written in capitals
    if word.lower() in _PREFIX_CURRENCIES or word in CURRENCY_CODES:
        return True
    return len(word) > 1 and any(mark.fullmatch(word + " ") for mark in _GLUED_MARKS)


# The glued marks' own patterns, compiled once (is_currency_mark tries each of them per word it is asked).
_GLUED_MARKS = [re.compile(glued.mark) for glued in GLUED_CURRENCIES]


# A pure function of the name, asked for each organization mention of each metric sentence (tens of
# thousands of times per thousand articles, mostly the same few hundred names); bounded, so memory
# stays flat over a night's corpus.
@lru_cache(maxsize=4096)
def is_amount(name: str) -> bool:
    """Whether ``name`` is an amount of money as a whole ("Tk 7,718", "Rs 744.3 crore"): an entity model
    may label one an organization."""
    name = name.strip()
    if any(pattern.fullmatch(name) for _, _, pattern in _GLUED_AT_HOME):
        return True  # "N4.00", "P82.0 billion": a mark's amount whatever country the name alone names
    found = find_quantities(name)
    return len(found) == 1 and found[0].kind == "money" and found[0].start == 0 and found[0].end == len(name)
