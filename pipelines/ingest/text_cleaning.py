"""Page chrome out of article text, by the shape of lines, keeping the article exactly as written.

Saved pages carry menus, share bars, view and comment counters, cookie notices, bylines,
author bios with e-mail addresses, "Related" link lists, copyright and newsletter lines.
Each rule below recognizes a *kind* of line (short segments between menu separators,
counters, an e-mail address in a short paragraph, well-known boilerplate phrases) rather
than any one site's wording. Kept lines are never edited, only trailing spaces removed,
so every sentence of the article remains an exact substring of the clean text.
"""

from __future__ import annotations

import re

# Lines longer than this are prose; they skip the (regex-heavy) chrome tests.
_MAX_CHROME_CHARS = 600
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_COUNTER = re.compile(
    r"\d[\d,.]*\s*[KkMm]?\s*(?:views?|comments?|shares?|likes?|reads?|replies|reply|responses?|thoughts?"
    r"|reactions?|claps?|min(?:ute)?s?\s+read)\b",
    re.I,
)
# Words that make up share bars, toolbars and comment prompts.
_CHROME_WORDS = frozenset(
    """share shares shared sharing facebook twitter x linkedin email e-mail mail print printer rss whatsapp
    reddit pinterest weibo wechat telegram tumblr flipboard copy link save bookmark comment comments reply
    add yours leave a post follow us on this article story page font size text large medium small a aa
    larger smaller reset subscribe login log in sign up register menu search home top back to tweet
    like likes views view more options""".split()  # noqa: SIM905 - a word list reads better as text
)
# Menu separators; "/" and ">" only with spaces around them ("AI/cloud" is one word).
_SEPARATORS = re.compile(r"\s*[|·•]\s*|\s+[»›>/]\s+|\s{2,}|\t")
_BOILERPLATE = re.compile(
    r"^(?:top of page|bottom of page|back to top|skip to (?:main )?content|advertisement|advertising"
    r"|sponsored(?: content)?|leave a (?:comment|reply)|add a comment|post a comment|comments?"
    r"|show comments|load more|read more|continue reading|click here to .*|loading\.*|\[?ok\]?"
    r"|this site uses akismet to reduce spam\..*|your email address will not be published\..*"
    r"|required fields are marked.*|you must be logged in to post a comment\.?"
    r"|(?:photo|image|picture|photograph|illustration|video|graphic|credit|source)(?: credit)?s?"
    r"\s*[:：].{0,80}"
    r"|(?:photo|image|picture)s? (?:by|courtesy of|via) .{1,80}"
    r"|(?:editor|edited by|editing by|reporter|reporting by|writer|written by|translated by|compiled by"
    r"|additional reporting by)\s*[:：]?\s+.{1,100}"
    r"|(?:topics?|tags?|tagged|filed under|categories|category|keywords?)\s*[:：].{0,200}"
    r"|media (?:contacts?|enquiries|inquiries|relations)\b.{0,160}"
    r"|about the author\b.{0,400}"
    r"|posted (?:on|by|in)\b.{0,120}"
    r"|[-=_*~•·]{3,}|(?:\*\s*){3,})$",
    re.I,
)
# A notice about this site's cookies, not an article about cookies.
_COOKIE = re.compile(
    r"\b(?:we|this (?:site|website|page)|our (?:site|website))\b.{0,80}\bcookies?\b"
    r"|\bcookies?\b.{0,160}\b(?:by continuing|you (?:accept|agree|consent)|accept (?:all|cookies)"
    r"|cookie (?:policy|settings|preferences|notice))",
    re.I,
)
# Copyright lines anywhere; policy links only on short or menu-like lines (see is_chrome_line).
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)|all rights reserved|disclosure policy", re.I)
_POLICY_LINK = re.compile(
    r"privacy (?:policy|notice|statement)|terms of (?:use|service)|terms (?:and|&) conditions|cookie policy"
    r"|do not sell my|has no position in any of the stocks",
    re.I,
)
# Calls to sign up, starting the line, or unmistakable subscription-prompt phrases.
_NEWSLETTER_START = re.compile(
    r"^\s*(?:sign up|subscribe|get (?:this|our|the)\b|join (?:today|now|us)|register (?:now|today|for)"
    r"|enter your e-?mail|don'?t miss|never miss|want (?:more|the latest)|stay (?:informed|up to date))",
    re.I,
)
_NEWSLETTER_PHRASE = re.compile(
    r"newsletters?\b|delivered to your inbox|in your inbox|free trial|\d+% off your|already a subscriber"
    r"|you'?re reading a free|subscribers? only|premium (?:members?|subscribers?) only",
    re.I,
)
_BIO_CUE = re.compile(
    r"\b(?:reach|contact|e-?mail|write to|tips?|follow|twitter|covers|reporter|editor|correspondent"
    r"|journalist|writes|author|questions|inquiries|enquiries|press|media)\b",
    re.I,
)
_USER_BULLET = re.compile(r"^\s*[•·*-]\s*@?(?=[\w.]*[\d_])(?=[\w.]*[a-z])[\w.]{3,40}\s*$")
_BYLINE = re.compile(
    r"^\s*[Bb][Yy]\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:and|&|,)\s*(?:[A-Z][\w.'’-]*\s*){1,4})*"
    r"(?:\s*(?:[-–—|,·]|at|on)\s*.{0,80})?$"
)
_RELATED_HEADING = re.compile(
    r"^(?:related|related (?:articles?|posts?|stories|story|news|content|coverage|reading|links|topics)"
    r"|read (?:more|also|next)|see also|more (?:stories|news|on this|from [\w .'-]{1,40})"
    r"|you (?:may|might) also like"
    r"|recommended(?: for you| stories| articles)?|trending(?: now)?|most (?:read|popular|viewed|shared)"
    r"|further reading|popular (?:posts|stories)|latest (?:news|stories|posts)|don'?t miss)\s*:?$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪►»]|\d{1,2}[.)])\s+\S")
_SAFE_HARBOR_HEADING = re.compile(
    r"^(?:safe harbou?r(?: statement)?|forward-looking statements?|cautionary (?:note|statement).{0,60}"
    r"|disclaimer)\s*:?$",
    re.I,
)
_SAFE_HARBOR_TEXT = re.compile(
    r"forward-looking statements?|undertakes? no (?:obligation|duty)|actual results (?:may|could) differ"
    r"|safe harbou?r provisions?|private securities litigation reform act",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _words(line: str) -> list[str]:
    return line.split()


def _is_menu_segment(segment: str) -> bool:
    """A menu item: at most four words, each capitalized, a number, or a short connector."""
    words = segment.replace(":", " ").split()
    if not words or len(words) > 4 or _SENTENCE_END.search(segment):
        return False
    connectors = {"&", "and", "of", "the", "to", "for", "in", "a", "on", "+", "-", "–"}
    return all(
        w[0].isupper() or w[0].isdigit() or w.lower() in connectors or not w[0].isalnum() for w in words
    )


def _is_menu_line(line: str) -> bool:
    """Lines of short Title Case items separated by |, >, bullets or wide spaces.

    At least two items must have letters: a row of figures ("Revenue  1,728.8  1,001.4") is a table.
    """
    segments = [s for s in _SEPARATORS.split(line.strip()) if s and s.strip()]
    if len(segments) < 2 or sum(1 for s in segments if re.search(r"[^\W\d_]{2}", s)) < 2:
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


def is_chrome_line(line: str) -> bool:
    """True for a single line that is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_CHROME_CHARS:
        return False
    n_words = len(_words(stripped))
    if _BOILERPLATE.match(stripped) and n_words <= 60:
        return True
    if _is_chrome_words(stripped) or _is_counter_line(stripped) or _USER_BULLET.match(line):
        return True
    if _EMAIL.search(stripped) and (n_words <= 12 or (n_words <= 80 and _BIO_CUE.search(stripped))):
        return True  # author bios, tip lines, press contacts
    if _COOKIE.search(stripped) and n_words <= 60:
        return True
    if _COPYRIGHT.search(stripped) and n_words <= 40:
        return True
    if _POLICY_LINK.search(stripped) and (n_words <= 8 or "|" in stripped or _is_menu_line(stripped)):
        return True
    if n_words <= 30 and (
        _NEWSLETTER_START.match(stripped)
        or (_NEWSLETTER_PHRASE.search(stripped) and not _looks_like_reported_fact(stripped))
    ):
        return True
    if _BYLINE.match(stripped) and n_words <= 14 and not _SENTENCE_END.search(stripped):
        return True
    return n_words <= 30 and _is_menu_line(stripped)


def _looks_like_reported_fact(line: str) -> bool:
    """A sentence that merely mentions subscribers (e.g. a company's subscriber count)."""
    return bool(re.search(r"\d", line)) and not re.search(r"\d+% off|newsletter|inbox", line, re.I)


def strip_chrome(text: str) -> str:
    """Remove chrome lines and blocks; keep every other line exactly, collapse blank runs."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if len(stripped) <= _MAX_CHROME_CHARS and _RELATED_HEADING.match(stripped):
            i = _drop_block(lines, keep, i, _is_related_item)
            continue
        if len(stripped) <= _MAX_CHROME_CHARS and _SAFE_HARBOR_HEADING.match(stripped):
            i = _drop_block(lines, keep, i, _mentions_safe_harbor, paragraphs=True)
            continue
        if is_chrome_line(lines[i]) or _is_safe_harbor_para(stripped):
            keep[i] = False
        i += 1
    return _join_kept(lines, keep)


def _is_related_item(line: str) -> bool:
    stripped = line.strip()
    if _LIST_ITEM.match(line) or is_chrome_line(line):
        return True
    # Unbulleted link titles: short, no closing period.
    return len(_words(stripped)) <= 16 and not _SENTENCE_END.search(stripped)


def _mentions_safe_harbor(line: str) -> bool:
    return bool(_SAFE_HARBOR_TEXT.search(line))


def _is_safe_harbor_para(paragraph: str) -> bool:
    """A forward-looking-statements disclaimer without its heading."""
    return len(paragraph) <= 3000 and len(_SAFE_HARBOR_TEXT.findall(paragraph)) >= 2


def _drop_block(lines: list[str], keep: list[bool], start: int, belongs, paragraphs: bool = False) -> int:
    """Drop the heading at ``start`` and the following lines that ``belongs`` accepts.

    Blank lines inside the block are dropped too; the block ends at the first line that does
    not belong (for ``paragraphs``: the first paragraph with no line that belongs).
    """
    keep[start] = False
    i = start + 1
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if paragraphs:
            end = i
            while end < len(lines) and lines[end].strip():
                end += 1
            if not any(belongs(line) for line in lines[i:end]):
                return i
            for j in range(i, end):
                keep[j] = False
            i = end
            continue
        if not belongs(lines[i]):
            return i
        keep[i] = False
        i += 1
    return i


def _join_kept(lines: list[str], keep: list[bool]) -> str:
    out: list[str] = []
    for line, kept in zip(lines, keep, strict=True):
        if not kept:
            continue
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


_MAX_TITLE_WORDS = 30
_TITLE_SEARCH_LINES = 6


def _is_label(line: str) -> bool:
    """Section labels above a headline: 'FINTECH', 'MEDIA RELEASE', a site name."""
    words = _words(line)
    return len(words) <= 2 or (len(words) <= 4 and line.upper() == line)


def find_title(text: str, is_date_line=lambda line: False) -> tuple[str | None, int]:
    """The headline: first substantial line near the top that is not a label or a date line.

    Returns (title, index of the title line) or (None, -1) when the text opens with prose.
    """
    seen = 0
    for index, line in enumerate(text.split("\n", 100)[:100]):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > _TITLE_SEARCH_LINES:
            break
        if len(stripped) > 400:
            break  # prose
        if is_date_line(stripped) or _is_label(stripped):
            continue
        if len(_words(stripped)) > _MAX_TITLE_WORDS or _SENTENCE_END.search(stripped):
            break
        return stripped, index
    return None, -1


def drop_labels_above(text: str, title_index: int) -> str:
    """Remove short label lines (section names, site names) that sit above the headline."""
    if title_index <= 0:
        return text
    lines = text.split("\n")
    head = [line for line in lines[:title_index] if line.strip() and not _is_label(line.strip())]
    return "\n".join(head + lines[title_index:]).lstrip("\n")
