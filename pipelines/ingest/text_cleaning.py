"""Page chrome out of article text, keeping the article exactly as written; the headline.

Single chrome lines are recognized in ``chrome.py``; here are the blocks ("Related" link
lists, safe-harbor disclaimers) and the walk over the text. Kept lines are never edited,
only trailing spaces removed, so every sentence of the article remains an exact substring
of the clean text. In hard-wrapped text, lines that continue a paragraph are judged only
by their content, never by their shape (a wrapped line can look like a byline or a menu).
"""

from __future__ import annotations

import re

from pipelines.ingest.chrome import MAX_CHROME_CHARS, SENTENCE_END, is_chrome_line, is_copyright_line
from pipelines.legal_forms import LEGAL_FORMS
from pipelines.letters import LOWER, UPPER, UPPER_CHARS
from pipelines.offices import OFFICE_HEAD

_RELATED_HEADING = re.compile(
    r"^(?:related|related (?:articles?|posts?|stories|story|news|content|coverage|reading|links|topics)"
    r"|read (?:more|also|next)|see also|more (?:stories|news|on this|from [\w .'-]{1,40})"
    r"|you (?:may|might) also like"
    r"|recommended(?: for you| stories| articles)?|trending(?: now)?|most (?:read|popular|viewed|shared)"
    r"|further reading|popular (?:posts|stories)|latest (?:news|stories|posts)|don'?t miss"
    r"|top (?:news|stories)|editor'?s picks?|in case you missed it|more in [\w &]{1,30}|most viewed"
    r"|related links|related videos?|what to read next|more to explore|recommended reading"
    r"|相关(?:阅读|新闻|文章|报道|链接|推荐)|延伸阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢)"
    r"(?:\s+(?:in|on|from|this|today)\b[\w &]{0,30})?\s*:?$",
    re.I,
)
# Contact blocks of press releases: a heading, then names, phones, addresses, e-mails.
_CONTACT_WORD = re.compile(r"\b(?:contacts?|inquiries|enquiries)\b", re.I)
_CONTACT_TOPIC = re.compile(r"^(?:for\b|media|investors?|press|company|contacts?\b)", re.I)
_BARE_CONTACT = re.compile(r"^(?:(?:media|press|investor|company)\s+(?:relations\s+)?)?contacts?$", re.I)
# "For further information:" heads a contact block only when a phone, e-mail or web address follows.
_INFO_HEADING = re.compile(r"^(?:for )?(?:further|more) information\s*[:：]$", re.I)
_CONTACT_DETAIL = re.compile(r"@|\+?\d[\d\s().-]{6,}\d|https?://|www\.")
# Reader comments close a page: everything after such a heading in the second half is dropped.
# A bare prompt ("Leave a comment") is not such a heading: it is dropped as one chrome line.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d[\d,]*\s+(?:comments?|thoughts? on|responses? to|replies to)\b.{0,200}"
    r"|(?:reader )?comments?(?:\s*\(\d[\d,]*\))?|join the (?:discussion|conversation)"
    r"|\d[\d,]*\s+comments?.{0,40})\s*:?$",
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


_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_OTHER_WORD = re.compile(r"[^\s\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def count_words(text: str, limit: int | None = None) -> int:
    """Words of running text; Chinese, written without spaces, counts one word per two characters.

    With ``limit``, counting stops there (a cheap "at least N words" test on large texts).
    """
    if limit is not None:
        text = text[: limit * 60]
    total = len(_OTHER_WORD.findall(text)) + len(_CJK_CHAR.findall(text)) // 2
    return total if limit is None else min(total, limit)


_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*\n){2,}")  # two or more blank lines in a row


def strip_chrome(text: str) -> str:
    """Remove chrome lines and blocks; keep every other line exactly, collapse blank runs."""
    # Blank runs collapse first: the result keeps one blank line of a run anyway, and a file of a
    # million blank lines must not cost a million lines of chrome tests.
    lines = _BLANK_RUN.sub("\n\n", text).split("\n")
    keep = [True] * len(lines)
    wrapped = is_hard_wrapped(lines)
    comments_from = _comment_section_start(lines)
    for j in range(comments_from, len(lines)):
        keep[j] = False
    i = 0
    while i < comments_from:
        stripped = lines[i].strip()
        if len(stripped) <= MAX_CHROME_CHARS and _RELATED_HEADING.match(stripped):
            i = _drop_block(lines, keep, i, _is_related_item)
            continue
        if _is_contact_heading(stripped) or (
            _INFO_HEADING.match(stripped) and _contact_detail_follows(lines, i)
        ):
            officers = not _PRESS_DESK.match(stripped)  # a press office's contacts are its staff, no story's
            i = _drop_block(lines, keep, i, _is_contact_line, keep_officers=officers)
            continue
        if len(stripped) <= MAX_CHROME_CHARS and _SAFE_HARBOR_HEADING.match(stripped):
            i = _drop_block(lines, keep, i, _mentions_safe_harbor, paragraphs=True)
            continue
        inside_prose = wrapped and i > 0 and keep[i - 1] and _continues(lines[i - 1])
        if is_chrome_line(lines[i], inside_prose=inside_prose) or _is_safe_harbor_para(stripped):
            keep[i] = False
        i += 1
    return _join_kept(lines, keep)


def _comment_section_start(lines: list[str]) -> int:
    """Index of a reader-comments heading in the second half of the text, else len(lines)."""
    total = sum(len(line) + 1 for line in lines)
    seen = 0
    for index, line in enumerate(lines):
        if seen >= total / 2 and len(line) <= 300 and _COMMENTS_HEADING.match(line.strip()):
            return index
        seen += len(line) + 1
    return len(lines)


def _continues(previous: str) -> bool:
    """The previous line breaks off mid-sentence (a hard-wrapped paragraph goes on)."""
    stripped = previous.strip()
    return len(stripped) >= 40 and not re.search(r"[.!?:;\"”’)\]]$", stripped)


def is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width (e-mail, press wire): many lines break off mid-sentence."""
    followed = [line for line, after in zip(lines, lines[1:], strict=False) if line.strip() and after.strip()]
    breaking = sum(1 for line in followed if _continues(line) and len(line.strip()) <= 100)
    return breaking >= 5 and breaking >= 0.5 * len(followed)


def _is_related_item(line: str) -> bool:
    stripped = line.strip()
    if _LIST_ITEM.match(line) or is_chrome_line(line):
        return True
    # Unbulleted link titles: short, no closing period.
    return len(stripped.split()) <= 16 and not SENTENCE_END.search(stripped)


def _is_contact_heading(line: str) -> bool:
    """'Media contacts:', 'For investor and media inquiries, please contact:', 'Contact'."""
    n_words = len(line.split())
    if _BARE_CONTACT.match(line):
        return True
    return (
        0 < n_words <= 12 and line.endswith(":")
        and bool(_CONTACT_WORD.search(line)) and bool(_CONTACT_TOPIC.match(line))
    )


def _contact_detail_follows(lines: list[str], start: int, window: int = 5) -> bool:
    following = [line for line in lines[start + 1:start + 40] if line.strip()][:window]
    return any(_CONTACT_DETAIL.search(line) for line in following)


# A contact block's line naming a person and the office they hold ("Jane Roe, CFO, +46 8 000 00",
# "Jane Roe - Head of Investor Relations"): the person is one of the story's (the company's own
# officers, annotated with their titles), so the line stays with its heading (a contact's title is read
# under it, extraction/people_roles.py); the bare phones, addresses and desks around it still go.
_OFFICER_NAME_WORD = rf"{UPPER}(?:{LOWER}+|\.)(?:-{UPPER}?{LOWER}+)?"
_OFFICER_LINE = re.compile(
    rf"^(?:{_OFFICER_NAME_WORD})(?:[ ](?:{_OFFICER_NAME_WORD})){{1,3}}[ ]*(?:,|[-–—])[ ]*"
    rf"[^\n@]{{0,60}}?(?<![\w-])(?i:{OFFICE_HEAD})(?![\w-])"
)


_PRESS_DESK = re.compile(r"(?i)(?:for\s+)?(?:media|press|news)\b")


def is_officer_line(line: str) -> bool:
    """ "Jane Roe, CFO, +46 8 000 00": a person and their office, kept inside a contact block."""
    return bool(_OFFICER_LINE.match(line.strip()))


def _is_contact_line(line: str) -> bool:
    """Names, titles, phone numbers, e-mail and web addresses under a contact heading."""
    stripped = line.strip()
    n_words = len(stripped.split())
    short = n_words <= 6 or (n_words <= 10 and not SENTENCE_END.search(stripped))
    return short or is_chrome_line(line) or bool(re.search(r"@|\+?\d[\d\s().-]{6,}|https?://|www\.", line))


def _mentions_safe_harbor(line: str) -> bool:
    return bool(_SAFE_HARBOR_TEXT.search(line))


def _is_safe_harbor_para(paragraph: str) -> bool:
    """A forward-looking-statements disclaimer without its heading."""
    return len(paragraph) <= 3000 and len(_SAFE_HARBOR_TEXT.findall(paragraph)) >= 2


def _drop_block(
    lines: list[str],
    keep: list[bool],
    start: int,
    belongs,
    paragraphs: bool = False,
    keep_officers: bool = False,
) -> int:
    """Drop the heading at ``start`` and the following lines that ``belongs`` accepts.

    Blank lines inside the block are dropped too; with ``keep_officers`` a line naming a person and
    their office stays (``is_officer_line``), and the heading over it. The block ends at the first line
    that does not belong (for ``paragraphs``: the first paragraph with no line that belongs).
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
        keep[i] = keep_officers and is_officer_line(lines[i])
        keep[start] = keep[start] or keep[i]  # the heading stays over the officers it introduces
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
    """Section labels above a headline: 'FINTECH', 'MEDIA RELEASE', a site or company name."""
    words = line.split()
    if any(ch.isdigit() for ch in line):
        return False  # dates, issue numbers: not a name
    return len(words) <= 3 or (len(words) <= 5 and line.upper() == line)


_NAME_WORD = re.compile(rf"^(?:[{UPPER_CHARS}0-9&+@.'’-]|(?:the|of|and|for|on|in|a|de|du|la|le)$)")


def site_name_test(text: str):
    """A test for lines that name the site: short Title Case lines that its copyright footer repeats.

    A copied page often opens with the site's name above the headline ("Tech & Business Daily")
    and closes with "© 2024 Tech & Business Daily Media GmbH. All rights reserved."
    """
    notices = [line.strip() for line in _BLANK_RUN.sub("\n\n", text).split("\n") if is_copyright_line(line)]

    def is_site_name(line: str) -> bool:
        words = line.split()
        if not notices or not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in line):
            return False
        if not all(_NAME_WORD.match(word) for word in words):
            return False
        return any(line in notice for notice in notices)

    return is_site_name


# Legal forms that only a registered company name ends with ("Velorix Holdings, Inc.", "VELORIX AB"); a
# site's or a section's name may end with "Group" or "Company" too, so those are left out.
_REGISTERED_FORMS = LEGAL_FORMS - {"group", "holdings", "holding", "company", "co"}
_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,20}\)\s*$")  # "VELORIX AB (PUBL)", "(Stock code: 1234)"


def is_registered_name(line: str) -> bool:
    """A line of two to six words ending with a registered legal form: a letterhead, not a label."""
    words = _TRAILING_BRACKET.sub("", line).split()
    return 2 <= len(words) <= 6 and words[-1].strip(".,").lower() in _REGISTERED_FORMS


def find_title(
    text: str, is_date_line=lambda line: False, is_site_name=lambda line: False
) -> tuple[str | None, int]:
    """The headline: first substantial line near the top that is not a label, site name or date line.

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
        if is_date_line(stripped) or _is_label(stripped) or is_site_name(stripped):
            continue
        if len(stripped.split()) > _MAX_TITLE_WORDS or SENTENCE_END.search(stripped):
            break
        return stripped, index
    return None, -1


def drop_labels_above(text: str, title_index: int, is_site_name=lambda line: False) -> str:
    """Remove short label lines (section names, site names) that sit above the headline; a letterhead
    that writes a company's registered name stays: it says whose release or filing the text is."""
    if title_index <= 0:
        return text
    lines = text.split("\n")
    head = [
        line for line in lines[:title_index]
        if line.strip()
        and (is_registered_name(line.strip()) or not _is_label(line.strip()))
        and not is_site_name(line.strip())
    ]
    return "\n".join(head + lines[title_index:]).lstrip("\n")
