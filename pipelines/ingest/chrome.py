"""Is this one line page chrome? Rules by the *shape* of a line, not by any one site's wording.

Kinds recognized: menus and breadcrumbs (short Title Case items between separators), share
bars and toolbars (only share/print/social words), counters ("1,482 views  6 comments",
"4 min read"), comment prompts, cookie notices, copyright and policy links, newsletter and
paywall prompts, photo credits, editor/reporter credits, bylines, author bios (an e-mail
address or @handle with words like "reach", "follow", "covers"), user-name bullets.

Each rule is written so that ordinary news sentences that merely mention such words
("Share prices rose", "its privacy policy", "100 million subscribers") do not match.
"""

from __future__ import annotations

import re

from pipelines.letters import LOWER, UPPER

# Lines longer than this are prose; they skip the chrome tests (also bounds regex time).
MAX_CHROME_CHARS = 600
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_HANDLE = re.compile(r"(?<![\w.])@\w{2,30}")
_COUNTER = re.compile(
    r"\d[\d,.]*\s*[KkMm]?\s*(?:views?|comments?|shares?|likes?|reads?|replies|reply|responses?|thoughts?"
    r"|reactions?|claps?|min(?:ute)?s?\s+(?:read|listen))\b"
    r"|\b(?:comments?|replies|responses|shares|views)\s*\(\d[\d,.]*[KkMm]?\)",
    re.I,
)
# Words that make up share bars, toolbars and comment prompts.
_CHROME_WORDS = frozenset(
    """share shares shared sharing facebook twitter x linkedin email e-mail mail print printer rss whatsapp
    reddit pinterest weibo wechat telegram tumblr flipboard copy link save saved bookmark gift comment
    comments reply add yours leave a post follow us on this article story page font size text large medium
    small a aa larger smaller reset subscribe login log in sign up register menu search home top back to
    tweet like likes views view more options previous next prev listen audio show less hide expand close
    toggle navigation skip main content accept""".split()  # noqa: SIM905
)
# Menu separators; "/" and ">" only with spaces around them ("AI/cloud" is one word).
_SEPARATORS = re.compile(r"\s*[|·•]\s*|\s+[»›>/]\s+|\s{2,}|\t")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_BOILERPLATE = re.compile(
    r"^(?:top of page|bottom of page|back to top|skip to (?:main )?content|advertisement|advertising"
    r"|sponsored(?: content)?|(?:story|article) continues below.*|scroll (?:down )?to continue.*"
    r"|leave a (?:comment|reply)|add a comment|post a comment|comments?|show comments|load more"
    r"|read more|continue reading(?: the main story| below)?|click here to .*|loading\.*|\[?ok\]?"
    r"|listen to this (?:article|story).*|(?:advertisement|advertising)\s*[-–—:|]\s*scroll to continue.{0,40}"
    r"|report this ad|image (?:caption|source)\s*[,:：].{0,200}|our standards\s*:.{0,100}"
    r"|disclosure\s*:.{0,300}"
    r"|this (?:article|story|post) (?:was |has been )?(?:originally|first) (?:published|appeared)\b.{0,150}"
    r"|(?:read (?:more|also|next)|also read|see also|watch|more|related)\s*[:：].{0,160}"
    r"|(?:image|photo|slide|picture)\s+\d+\s+(?:of|/)\s+\d+.{0,80}|.{0,200}pic\.twitter\.com/\w+.{0,40}"
    r"|[—–-]\s*.{1,60}\(@\w{1,30}\).{0,40}"
    r"|this site uses akismet to reduce spam\..*|your email address will not be published\..*"
    r"|required fields are marked.*|you must be logged in to post a comment\.?"
    r"|(?:photo|image|picture|photograph|illustration|video|graphic|credit|source)(?: credit)?s?"
    r"\s*[:：].{0,80}"
    r"|(?:photo|image|picture)s? (?:by|courtesy of|via) .{1,80}"
    r"|(?:editor|reporter|writer|author|contributor)s?\s*[:：].{1,100}"
    r"|(?:edited by|editing by|reporting by|written by|translated by|compiled by|additional reporting by)"
    r"\s*[:：]?\s+.{1,100}"
    r"|(?:topics?|tags?|tagged|filed under|categories|category|keywords?)\s*[:：].{0,200}"
    r"|media (?:contacts?|enquiries|inquiries|relations)\b.{0,160}"
    r"|about the author\b.{0,400}"
    rf"|posted\s+(?:on\s+|at\s+)?(?:\d|{_MONTH_WORD}\s).{{0,100}}"
    r"|posted by\s+\S+(?:\s+\S+){0,3}(?:\s*(?:on|at|in|\||-|·)\s.{0,80})?"
    r"|[\w.'’-]{1,20}(?: [\w.'’-]{1,20}){0,2} (?:says|wrote|replied)\s*:"
    r"|(?:【[^】]{1,10}】\s*)*(?:责任编辑|责编|编辑|作者|来源|文章来源|稿件来源)\s*[:：].{0,40}"
    # Chinese page tools: QR-code and share prompts, a row of bracketed buttons ("【打印】 【关闭】").
    r"|扫一扫.{0,30}|分享到\s*[:：]?.{0,40}|(?:\s*【[^】\n]{1,12}】)+"
    # A wire service's link back to the release: "View original content: https://...", "View source version".
    r"|view (?:original|source) (?:content|version)\b.{0,200}"
    r"|news provided by.{0,60}|\[\d+/\d+\].{0,300}|(?:file )?(?:photo|image)\s*/\s*\S.{0,60}"
    r"|.{0,80}\bcontributed to this (?:story|report|article)\.?"
    r"|(?:tel|phone|telephone|fax|mobile|mob|cell|t|m|f)\s*[.:：]\s*\+?[\d\s().-]{6,40}"
    r"|(?:https?://|www\.)\S+|.{0,120}opens? (?:in )?(?:a )?new (?:tab|window)"
    r"|.{0,60}\bquotes? (?:are |is )?delayed\b.{0,200}"
    r"|(?:licen[cs]e|registration|icp|filing)\b.{0,60}\d{5,}.{0,20}"
    r"|[-=_*~•·#]{3,}|(?:\*\s*){3,})$",
    re.I,
)
# Wire-service source credit line ("SOURCE Contoso Holdings"), upper-case keyword only.
_WIRE_SOURCE = re.compile(rf"^SOURCE\s+{UPPER}[\w&.,' -]{{1,80}}$")
# Captions that end with a wire or agency photo credit: ".../File Photo", "Getty Images", "(Photo: X)".
_CAPTION_CREDIT = re.compile(
    r"(?:/(?:file )?photo|getty images|\((?:photo|image|credit)s?\s*[:/][^()]{1,60}\)"
    r"|photo credit:? [^.]{1,60})$",
    re.I,
)
# A notice about this site's cookies, not an article about cookies.
_COOKIE = re.compile(
    r"\b(?:we|this (?:site|website|page)|our (?:site|website))\b.{0,80}\bcookies?\b"
    r"|\bcookies?\b.{0,160}\b(?:by continuing|you (?:accept|agree|consent)|accept (?:all|cookies)"
    r"|cookie (?:policy|settings|preferences|notice))",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|all rights reserved|disclosure policy"
    # "Copyright Meridian Wire 2022. Click for restrictions." (a name, then a year); not "Copyright law ..."
    rf"|^\s*(?-i:Copyright|COPYRIGHT)\s+(?-i:{UPPER})[\w&.,' -]{{0,60}}\b(?:19|20)\d\d\b",
    re.I,
)
# A footer notice that opens with the copyright sign and reserves rights, however long its legal text.
_COPYRIGHT_NOTICE = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b).{0,200}\ball rights reserved\b", re.I)
_POLICY_LINK = re.compile(
    r"privacy (?:policy|notice|statement)|terms of (?:use|service)|terms (?:and|&) conditions|cookie policy"
    r"|do not sell my|has no position in any of the stocks",
    re.I,
)
# Calls to sign up, starting the line, or subscription-prompt phrases addressed to the reader.
_NEWSLETTER_START = re.compile(
    r"^\s*(?:sign up|subscribe\b|get (?:this|our|the latest|the app)\b|join (?:today|now|us|our)\b"
    r"|register (?:now|today|for)|already have an account|download (?:our|the) app"
    r"|enter your e-?mail|don'?t miss|never miss|want (?:more|the latest)|stay (?:informed|up to date)"
    r"|follow us\b|like us on\b|connect with us\b)",
    re.I,
)
_NEWSLETTER_PHRASE = re.compile(
    r"newsletters?\b|delivered to your inbox|in your inbox|free trial|\d+% off your|already a subscriber"
    r"|reading a free|subscribers? only|premium (?:members?|subscribers?) only",
    re.I,
)
_FIGURE = re.compile(
    r"\d[\d,.]*\s*(?:%|percent\b|per cent\b|(?:million|billion|trillion|bn|mn)\b|亿|万)"
    r"|(?:[$€£¥]|\b(?:US|HK|S|A)\$|\b(?:USD|EUR|GBP|CNY|RMB|HKD|JPY)\s?)\d",
    re.I,
)
_TO_READER_ONLY = re.compile(r"\b(?:you|your|you'?re)\b", re.I)
_TO_READER = re.compile(r"\b(?:you|your|you'?re|our|us)\b|sign up|subscribe", re.I)
_BIO_CUE = re.compile(
    r"\b(?:reach|contact|e-?mail|write to|tips?|follow|twitter|covers|reporter|editor|correspondent"
    r"|journalist|writes|author|questions|inquiries|enquiries|press|media)\b",
    re.I,
)
_USER_BULLET = re.compile(rf"^\s*[•·*-]\s*@?(?=[\w.]*[\d_])(?=[\w.]*{LOWER})[\w.]{{3,40}}\s*$")
# Words of a name are separated by spaces (no optional separator: that would backtrack exponentially).
_NAME = rf"{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}}"
_BYLINE = re.compile(
    rf"^\s*[Bb][Yy]\s+{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME}){{0,3}}"
    r"(?:\s*(?:[-–—|,·]|\bat\b|\bon\b)\s*.{0,80})?\s*$"
)
_CJK_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
_CONNECTORS = frozenset({"&", "and", "of", "the", "to", "for", "in", "a", "on", "+", "-", "–"})


def _words(line: str) -> list[str]:
    return line.split()


def is_chrome_line(line: str, *, inside_prose: bool = False) -> bool:
    """True for a line that is page furniture rather than article text.

    ``inside_prose``: the line continues a hard-wrapped paragraph, so only rules that
    recognize a whole line by its content apply, not the ones that look at its shape.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHROME_CHARS:
        return False
    n_words = len(_words(stripped))
    if _states_a_figure(stripped, n_words):
        return False  # "Media Relations costs rose 3%.": a sentence of the article, whatever its first word
    unbracketed = stripped.strip("()[]（）【】")
    boilerplate = _BOILERPLATE.match(unbracketed) or _BOILERPLATE.match(stripped)
    if (boilerplate and n_words <= 60) or _is_counter_line(stripped):
        return True
    if _COOKIE.search(stripped) and n_words <= 60:
        return True
    long_notice = n_words <= 120 and _COPYRIGHT_NOTICE.match(stripped)
    if _COPYRIGHT.search(stripped) and (n_words <= 40 or long_notice):
        return True
    if _WIRE_SOURCE.match(stripped) or (_CAPTION_CREDIT.search(stripped) and n_words <= 60):
        return True
    if inside_prose:
        return False
    if _is_chrome_words(stripped) or _USER_BULLET.match(line):
        return True
    if _is_bio(stripped, n_words):
        return True
    short_link = n_words <= 6 and not SENTENCE_END.search(stripped)
    if _POLICY_LINK.search(stripped) and (short_link or "|" in stripped or is_menu_line(stripped)):
        return True
    if n_words <= 30 and (
        _NEWSLETTER_START.match(stripped)
        or (_NEWSLETTER_PHRASE.search(stripped) and _TO_READER.search(stripped))
    ):
        return True
    if _BYLINE.match(stripped) and n_words <= 14 and not SENTENCE_END.search(stripped):
        return True
    return n_words <= 30 and is_menu_line(stripped)


def _states_a_figure(line: str, n_words: int) -> bool:
    """A full sentence stating a business figure (money, percent, millions), not addressed to the reader.

    Chrome rarely reads like that; an article sentence that happens to open with "Topics:",
    "Posted by", "Subscribe" or "Media relations" does, and must not be lost.
    """
    return (
        n_words >= 8 and bool(SENTENCE_END.search(line)) and bool(_FIGURE.search(line))
        and not _TO_READER_ONLY.search(line) and not _EMAIL.search(line)
    )


def is_copyright_line(line: str) -> bool:
    """'© 2024 Example Media GmbH. All rights reserved.' and the like (the footer naming the site)."""
    stripped = line.strip()
    return len(stripped) <= MAX_CHROME_CHARS and bool(_COPYRIGHT.search(stripped))


def _is_bio(line: str, n_words: int) -> bool:
    """Author bios, tip lines and press contacts: an e-mail address or @handle and a contact cue."""
    if _EMAIL.search(line):
        return n_words <= 12 or (n_words <= 80 and bool(_BIO_CUE.search(line)))
    if _HANDLE.search(line):
        return n_words <= 60 and bool(re.search(r"\b(?:follow|twitter|instagram|weibo)\b", line, re.I))
    return False


def _is_menu_segment(segment: str) -> bool:
    """A menu item: at most four words, each capitalized, a number, or a short connector."""
    words = segment.replace(":", " ").split()
    if not words or len(words) > 4 or SENTENCE_END.search(segment):
        return False
    if _CJK_ITEM.match(segment.strip()):
        return True  # "首页", "财经频道": a short Chinese item without sentence punctuation
    return all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS or not w[0].isalnum() for w in words
    )


# A table column's period: "Q4 FY21", "FY2024", "H1 2024", "9M 2023", "Q3'23"; the months it spans
# ("Apr-Jun 2025", "Jul 2024-Jun 2025"), the day it ends ("Sep 30, 2025", "31 Dec 2024") or its span.
_YEAR_WORD = r"(?:19|20)\d\d"
_PERIOD_COLUMN = re.compile(
    # "2Q FY25A", "4Q FY25E": analysts' quarters, actual or estimated; "H1 2024/25": a split year
    r"(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H|[1-9]M|FY|FY\s?'?\d{2}(?:\d{2})?[AE]?|'?\d{2}[AE]?|"
    r"(?:19|20)\d\d(?:/\d\d)?[AE]?)(?:\s+|'|$))+"
    # "Fiscal 2024", "Financial year 2024/25": a year named by its word
    rf"|(?:fiscal|financial)\s+(?:year\s+)?{_YEAR_WORD}(?:/\d\d)?"
    rf"|{_MONTH_WORD}\s*(?:{_YEAR_WORD})?\s*[-–—]\s*{_MONTH_WORD}\s*{_YEAR_WORD}"
    rf"|{_MONTH_WORD}\s+\d{{1,2}},?\s+{_YEAR_WORD}|\d{{1,2}}\s+{_MONTH_WORD}\s+{_YEAR_WORD}"
    # a span over the columns of days below it: "Three Months Ended", "Year ended December 31"
    rf"|(?:(?:three|six|nine|twelve)\s+months|quarter|year|period)\s+end(?:ed|ing)"
    rf"(?:\s+{_MONTH_WORD}(?:\s+\d{{1,2}})?)?(?:,?\s+{_YEAR_WORD})?",
    re.IGNORECASE,
)


# A figure and its scale or unit letters: "1.52tn", "298.0bn", "+4.5pp", "(12.3)m", "US$45m".
_SCALED_FIGURE = re.compile(
    r"[-+−–(]?(?:[A-Z]{0,3}[$€£¥₩₹])?\d[\d,.]*\)?\s?(?:tn|bn|mn|m|k|pp|bps|x)\)?", re.I
)


def is_menu_line(line: str) -> bool:
    """Lines of short Title Case items separated by |, >, bullets or wide spaces.

    At least two items must have letters: a row of figures ("Revenue  1,728.8  1,001.4") is a table.
    """
    segments = [s for s in _SEPARATORS.split(line.strip()) if s and s.strip()]
    # A figure with its scale's letters ("1.52tn", "298.0bn", "$45m") is a cell of a row, not an item.
    worded = [
        s for s in segments if re.search(r"[^\W\d_]{2}", s) and not _SCALED_FIGURE.fullmatch(s.strip())
    ]
    if len(segments) < 2 or len(worded) < 2:
        return False
    if sum(1 for s in segments if _PERIOD_COLUMN.fullmatch(s.strip())) >= 2:
        # "Q4 FY21    Q4 FY20    FY21", "CONSOLIDATED (Rs crore)   Q4 FY25   Q4 FY24   YoY (%)": the
        # header row of a table of figures, whatever its corner caption or change column says.
        return False
    menu_like = sum(1 for s in segments if _is_menu_segment(s) or _is_chrome_words(s))
    return menu_like == len(segments) or (menu_like >= 3 and menu_like >= 0.75 * len(segments))


def _is_chrome_words(text: str) -> bool:
    words = [w.strip(":,.!?()[]").lower() for w in _words(text)]
    words = [w for w in words if w]
    return bool(words) and all(w in _CHROME_WORDS for w in words)


def _is_counter_line(line: str) -> bool:
    """'63 views0 comments', '1,482 views  6 comments', '23 Comments | Add yours', '4 min read'."""
    if not _COUNTER.search(line):
        return False
    rest = _COUNTER.sub(" ", line)
    rest = re.sub(r"[|·•,;:()\[\]]", " ", rest)
    return not rest.strip() or _is_chrome_words(rest)
