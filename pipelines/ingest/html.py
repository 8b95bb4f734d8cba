"""HTML pages to (title, publish date, body text).

trafilatura finds the article body in precision mode; a small fallback of our own (the
paragraphs of the largest <article>, else of <main>/<body>) covers pages where it finds
nothing. Both bodies then go through the same chrome stripper as text files.

Tables of figures (results by period, divisions by measure) are kept: each data table of the article
is written after the paragraph it follows on the page, one line per row, cells set apart by " | ",
its caption on the line above ("Table: ..."), the layout the metrics line reader knows. Only tables
anchored in the article (the paragraph before them is in the body) and made of short cells with
figures are kept, so layout tables, menus and tickers in sidebars stay out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

import lxml.html
import trafilatura
from lxml import etree

from pipelines.ingest.dates import HEADER_LINES, find_published_date, parse_iso_date
from pipelines.ingest.decode import normalize_text
from pipelines.ingest.text_cleaning import count_words, strip_chrome

_DATE_META = {
    "article:published_time", "og:published_time", "published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
}
_TITLE_PREFIX_SEPARATOR = re.compile(r"\s+(?:\||::|»)\s+")
_TITLE_ANY_SEPARATOR = re.compile(r"\s+(?:[|\-–—:·»]|::)\s+")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·]\s+(?P<site>[^|\-–—:·]{1,60})$")
_DROP_TAGS = ("head", "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form",
              "figure", "figcaption", "button", "svg", "template", "select", "object", "embed")
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")
_LAYOUT_TAGS = ("div", "td", "th", "tr", "table", "section", "article", "main", "h1", "h2", "h3", "h4",
                "p", "li", "ul", "ol", "blockquote", "pre", "center")


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    published_date: date | None
    body: str  # paragraphs separated by blank lines, chrome stripped; '' when none found


def parse_html(text: str) -> HtmlArticle:
    text = normalize_text(text)  # lxml refuses control characters in text nodes
    tree = _parse_tree(text)
    title = _title(tree) if tree is not None else None
    published = _published(tree) if tree is not None else None
    body = _trafilatura_body(text)
    if tree is not None:
        body = _better_body(body, tree)
        body = _with_lists(body, tree)
        body = _with_tables(body, tree)
    # Pages without date metadata may still open the body with a dateline ("BEIJING, Nov. 18, 2020 --"),
    # or state the date in the byline row under the headline.
    published = published or find_published_date(body)
    if published is None and tree is not None:
        published = _header_date(tree, title)
    return HtmlArticle(title=title, published_date=published, body=body)


def _better_body(extracted: str, tree: lxml.html.HtmlElement) -> str:
    """trafilatura's body unless it found (almost) nothing, or clearly less than a marked-up <article>.

    Precision mode sometimes drops paragraphs; when the page marks its article and our reading
    of it is much longer, ours is the better body. Otherwise trafilatura's is (less chrome).
    """
    n_extracted = count_words(extracted)
    has_article = tree.find(".//article") is not None
    if n_extracted >= 20 and not has_article:
        return extracted
    try:
        fallback = _fallback_body(tree)
    except (ValueError, etree.LxmlError):
        return extracted
    n_fallback = count_words(fallback)
    if n_extracted < 20 and n_fallback > n_extracted:
        return fallback
    return fallback if n_fallback > 1.5 * n_extracted + 30 else extracted


_CELL_TAGS = ("td", "th")
_MAX_CELL_CHARS = 80  # a longer cell is text laid out in a table, not a figure or its label
_FIGURE = re.compile(r"\d")


def _with_tables(body: str, tree: lxml.html.HtmlElement) -> str:
    """The body with each data table of the article inserted after the paragraph it follows."""
    if not body or tree.find(".//table") is None:
        return body
    paragraphs = body.split("\n\n")
    keys = [_paragraph_key(paragraph) for paragraph in paragraphs]
    flat = " ".join(body.split())
    inserted: dict[int, list[str]] = {}
    anchor: int | None = None
    for element in tree.iter("table", *_BLOCK_TAGS):
        if element.tag != "table":
            key = _paragraph_key(element.text_content())
            if key and not any(a.tag == "table" for a in element.iterancestors()):
                # A table follows the article's paragraph only if no other text comes between them.
                anchor = keys.index(key) if key in keys else None
            continue
        if any(a.tag in _DROP_TAGS for a in element.iterancestors()):
            continue  # a sidebar's, menu's or footer's table
        rows = _data_table_rows(element)
        if anchor is None or not rows or any(" ".join(" ".join(row).split()) in flat for row in rows):
            continue  # not in the article, not a table of figures, or already in the body
        caption = element.find("caption")
        # The caption marked as one: read alone, its first word passed for a name ("Divisional ...").
        lines = ["Table: " + " ".join(caption.text_content().split())] if caption is not None else []
        inserted.setdefault(anchor, []).append("\n".join(lines + [" | ".join(row) for row in rows]))
    return _insert_after(paragraphs, inserted)


def _insert_after(paragraphs: list[str], inserted: dict[int, list[str]]) -> str:
    """The body again, each block of ``inserted`` after the paragraph whose index keys it."""
    out: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        out += [paragraph, *inserted.get(index, [])]
    return "\n\n".join(out)


_LIST_TAGS = ("ul", "ol")
_MIN_ITEM_WORDS = 4  # "Net sales of $1.0 billion, up 12%": a statement; "TA-35 1,962.4 +0.8%" a ticker
_MAX_ITEM_CHARS = 400


def _with_lists(body: str, tree: lxml.html.HtmlElement) -> str:
    """The body with each list of figures the extractor left out put back after the paragraph it follows.

    trafilatura's precision mode drops a bulleted block of results right under a bold heading
    ("Highlights" over "Net sales of $1.0 billion, up 12%"); only lists anchored in the article (the
    block before them is in the body), with no links (menus, related headlines) and items that state
    figures in words are restored, each item as a "- " line.
    """
    if not body or tree.find(".//li") is None:
        return body
    paragraphs = body.split("\n\n")
    keys = [_paragraph_key(paragraph) for paragraph in paragraphs]
    inserted: dict[int, list[str]] = {}
    anchor: int | None = None
    for element in tree.iter(*_LIST_TAGS, *_BLOCK_TAGS):
        if element.tag in _LIST_TAGS:
            items = _figure_items(element, set(keys))
            if items and anchor is not None:
                inserted.setdefault(anchor, []).append("\n".join("- " + item for item in items))
            continue
        if element.tag == "li" or any(a.tag in _LIST_TAGS for a in element.iterancestors()):
            continue  # an item is read with its list
        key = _paragraph_key(element.text_content())
        if key:
            anchor = keys.index(key) if key in keys else None
    return _insert_after(paragraphs, inserted)


def _figure_items(element: lxml.html.HtmlElement, keys: set[str]) -> list[str]:
    """The items of a list missing from the body that state figures: two or more, none a link, none
    nested, each a short statement of words, most with a figure; [] for any other list."""
    if any(a.tag in _DROP_TAGS for a in element.iterancestors()) or element.find(".//a") is not None:
        return []
    if element.find(".//ul") is not None or element.find(".//ol") is not None:
        return []
    items = [" ".join(li.text_content().split()) for li in element if li.tag == "li"]
    if len(items) < 2 or any(_paragraph_key(item) in keys for item in items):
        return []  # already in the body (or a single item: a pull quote, a note)
    if any(len(item) > _MAX_ITEM_CHARS or len(item.split()) < _MIN_ITEM_WORDS for item in items):
        return []
    with_figures = [item for item in items if _FIGURE.search(item)]
    return items if 2 * len(with_figures) > len(items) else []


# The mark the body writes before a list item ("- Other Europe: 898 million"), absent from the <li>.
_ITEM_MARK = re.compile(r"^(?:[-*•–]\s+)")


def _paragraph_key(text: str) -> str:
    """What identifies a paragraph in both the page and the body: its first words, spacing and a list
    item's mark ignored (a table right after a list follows its last item)."""
    return _ITEM_MARK.sub("", " ".join(text.split()))[:80]


def _data_table_rows(table: lxml.html.HtmlElement) -> list[list[str]]:
    """The rows of a table of figures: at least two rows of two or more short cells, figures in most
    rows after the first, no table inside it and no cell that is a link (menus, tickers)."""
    if table.find(".//table") is not None or table.find(".//a") is not None:
        return []
    rows = []
    for row in table.iter("tr"):
        cells = [" ".join(cell.text_content().split()) for cell in row if cell.tag in _CELL_TAGS]
        if any(len(cell) > _MAX_CELL_CHARS for cell in cells):
            return []
        if len([cell for cell in cells if cell]) >= 2:
            rows.append([cell or "-" for cell in cells])
    body_rows = rows[1:]
    with_figures = [row for row in body_rows if any(_FIGURE.search(cell) for cell in row[1:])]
    if not body_rows or 2 * len(with_figures) < len(body_rows):
        return []
    return rows


def _parse_tree(text: str) -> lxml.html.HtmlElement | None:
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _trafilatura_body(text: str) -> str:
    try:
        extracted = trafilatura.extract(
            text, favor_precision=True, include_comments=False, include_tables=False
        )
    except Exception:  # noqa: BLE001 - a third-party parser must not stop the whole scan
        return ""
    if not extracted:
        return ""
    return strip_chrome("\n\n".join(line.strip() for line in extracted.split("\n") if line.strip()))


def _fallback_body(tree: lxml.html.HtmlElement) -> str:
    tree = _copy(tree)
    for element in list(tree.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    containers = tree.findall(".//article") or tree.findall(".//main") or [tree]
    best = max(containers, key=lambda element: len(element.text_content()))
    paragraphs = []
    for element in best.iter(*_BLOCK_TAGS):
        if any(ancestor.tag in _BLOCK_TAGS for ancestor in element.iterancestors()):
            continue  # a <p> inside an <li> is read with its list item
        paragraph = " ".join(element.text_content().split())
        if paragraph:
            paragraphs.append(paragraph)
    if count_words(" ".join(paragraphs)) < 20:
        paragraphs = _rendered_paragraphs(best)  # old layouts: text in <div>s, <td>s and <br>s
    links = _link_texts(best)
    paragraphs = [paragraph for paragraph in paragraphs if not _is_link_only(paragraph, links)]
    return strip_chrome("\n\n".join(paragraphs))


def _link_texts(container: lxml.html.HtmlElement) -> list[str]:
    texts = {" ".join(a.text_content().split()) for a in container.iter("a")}
    return sorted((t for t in texts if t), key=len, reverse=True)


def _is_link_only(paragraph: str, links: list[str]) -> bool:
    """A short block that is nothing but links: a menu item, "« Back | Print", a related headline."""
    if len(paragraph.split()) > 12 or not links:
        return False
    rest = paragraph
    for link in links:
        rest = rest.replace(link, " ")
    return not re.search(r"\w", rest)


def _rendered_paragraphs(container: lxml.html.HtmlElement) -> list[str]:
    """Text split where a browser would break it: block elements and <br>."""
    for element in container.iter("br", *_LAYOUT_TAGS):
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    text = container.text_content()
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


def _copy(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(lxml.html.tostring(tree))


def _meta(tree: lxml.html.HtmlElement, names: set[str]) -> list[str]:
    values = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in names and meta.get("content"):
            values.append(meta.get("content").strip())
    return values


def _title(tree: lxml.html.HtmlElement) -> str | None:
    # Not trafilatura.extract_metadata: on tests/fixtures/pages it keeps the site name in a <title>
    # like "Brightwater Foods :: News :: Ostrava plant sold ..." where this returns the headline.
    for value in _meta(tree, {"og:title", "twitter:title"}):
        if value:
            return _strip_site_name(" ".join(value.split()))
    for h1 in tree.iter("h1"):
        value = " ".join(h1.text_content().split())
        if value:
            return value
    title = tree.find(".//title")
    if title is not None:
        value = " ".join(title.text_content().split())
        return _shown_part(tree, value) or _strip_site_name(value) or None
    return None


def _strip_site_name(title: str) -> str:
    """'Headline | Site Name' -> 'Headline' (the site part is short and has no sentence in it).

    Also 'Site :: News :: Headline' and 'Site | Headline' (site and section names first, set apart by
    '|', '::' or '»'; a dash is not read as one there: 'Alibaba results - cloud up 50%' is one headline).
    """
    match = _TITLE_SUFFIX.search(title)
    if match and len(match.group("site").split()) <= 5 and len(title[: match.start()].split()) >= 3:
        return title[: match.start()].strip()
    parts = _TITLE_PREFIX_SEPARATOR.split(title)
    if len(parts) >= 2 and all(len(part.split()) <= 4 for part in parts[:-1]) and len(parts[-1].split()) >= 3:
        return parts[-1].strip()
    return title


def _shown_part(tree: lxml.html.HtmlElement, title: str) -> str | None:
    """The part of a '<title>' with separators that the page also shows on its own (its headline)."""
    parts = [part.strip() for part in _TITLE_ANY_SEPARATOR.split(title) if len(part.split()) >= 3]
    if len(parts) < 1 or parts == [title]:
        return None
    body = tree.find("body")
    shown = set()
    for element in (body if body is not None else tree).iter(
        "h1", "h2", "h3", "b", "strong", "font", "span", "div", "td", "p"
    ):
        text = " ".join(element.text_content().split())
        if 10 <= len(text) <= 300:
            shown.add(text)
    longest = max(parts, key=lambda part: len(part.split()))
    # Only the longest part can be the headline: a shorter one shown on the page is the site's name.
    return longest if longest in shown else None


def _published(tree: lxml.html.HtmlElement) -> date | None:
    # Not htmldate.find_date: on tests/fixtures/pages it finds no date in the PR Newswire release
    # (dateline "March 4, 2024" only) and takes 2022-09-07 from another <time> of time_datetime_only.html
    # where the article's own says 2022-09-08; it found nothing that this misses there or on the devset.
    for value in _meta(tree, _DATE_META):
        found = parse_iso_date(value)
        if found:
            return found
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = _json_ld_date(script.text or "")
            if found:
                return found
    for time in tree.iter("time"):
        if time.get("datetime") and (
            time.get("itemprop") == "datePublished" or time.get("pubdate") is not None
            or any(a.tag == "article" for a in time.iterancestors())
        ):
            found = parse_iso_date(time.get("datetime"))
            if found:
                return found
    return None


_NOT_PUBLISHED = re.compile(r"updated|modified", re.I)
_ZONE_DROP_TAGS = ("head", "script", "style", "noscript", "iframe", "nav", "aside", "footer", "form",
                   "template", "select", "button", "svg")


def _header_date(tree: lxml.html.HtmlElement, title: str | None) -> date | None:
    """The date stated in the lines under the headline, before the first paragraph of the article.

    The byline row of many pages: "Posted: 2019-08-05", "2023年06月15日 09:32  来源：…", or a
    <time datetime="2022-09-08T14:00:00+08:00">8 Sep</time> whose text lacks the year. Only
    this zone is read: dates in lists of other stories or in comments are not this page's date.
    """
    try:
        page = _copy(tree)
    except (ValueError, etree.LxmlError):
        return None
    for element in list(page.iter(*_ZONE_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    anchor = _headline_element(page, title)
    if anchor is None:
        return None
    for time in page.iter("time"):
        stamp = time.get("datetime") or ""
        if parse_iso_date(stamp):
            label = time.get("class", "") + " " + time.get("itemprop", "")
            updated = _NOT_PUBLISHED.search(label) and "publish" not in label.lower()
            time.text = f"\n\n{'Updated' if updated else 'Published'}: {stamp}\n\n"
            for child in list(time):
                time.remove(child)
    for item in page.iter("span", "a", "small", "time", "li"):
        item.tail = " | " + (item.tail or "")  # items of a byline row stay apart: "date  source  author"
    marker = "\u2063headline\u2063"
    anchor.text, anchor.tail = f"\n\n{marker}\n\n", "\n\n" + (anchor.tail or "")
    for child in list(anchor):
        anchor.remove(child)
    lines = _rendered_paragraphs(page.find("body") if page.find("body") is not None else page)
    if marker not in lines:
        return None
    zone = []
    for line in lines[lines.index(marker) + 1:][:HEADER_LINES]:
        if len(line.split()) >= 15 or len(line) >= 150:
            break  # the article's first paragraph
        zone.append(line)
    return find_published_date("\n".join(zone))


def _headline_element(page: lxml.html.HtmlElement, title: str | None) -> lxml.html.HtmlElement | None:
    """The <h1> showing the headline, else any element showing it, else the first <h1> if it reads like one.

    An <h1> of a word or three is the site's logo: the lines under it are not the article's byline.
    """
    h1s = list(page.iter("h1"))
    wanted = " ".join(title.split()) if title else None
    if wanted:
        for h1 in h1s:
            if " ".join(h1.text_content().split()) == wanted:
                return h1
        body = page.find("body")
        for element in (body if body is not None else page).iter():
            if isinstance(element.tag, str) and " ".join(element.text_content().split()) == wanted:
                return element
    if h1s and len(h1s[0].text_content().split()) >= 4:
        return h1s[0]
    return None


def _json_ld_date(text: str) -> date | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and (found := parse_iso_date(value)):
                return found
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return None
