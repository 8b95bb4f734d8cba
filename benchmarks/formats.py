"""Dress a `Story` the way real input arrives: saved web page text with chrome, HTML pages, wire
stories with datelines, press releases with boilerplate and safe-harbor text, and roundup briefs.

Each renderer returns (file extension, file text). The chrome (navigation, share counts, author
e-mails, related links, scripts) is there so the ingestion cleaner does the work it does on real pages.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable

from benchmarks import vocabulary as v
from benchmarks.story import Story, long_date, person_name


def _slug(text: str) -> str:
    return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in text.split()[:8])


def _email(name: str, domain: str) -> str:
    first, _, last = name.lower().partition(" ")
    return f"{first[0]}{last}@{''.join(c for c in domain.lower() if c.isalnum())}.com"


def _related(rng: random.Random) -> list[str]:
    return [f"{rng.choice(v.SECTORS).capitalize()}: what {rng.choice(v.CITIES)} means for investors"
            for _ in range(rng.randint(3, 5))]


def web_text(rng: random.Random, story: Story) -> tuple[str, str]:
    """A web page saved as text: the article with the site's chrome above and below it."""
    site = rng.choice(v.SITE_NAMES)
    nav = "  ".join(rng.sample(v.NAV_SECTIONS, k=7))
    lines = [
        f"{site.upper()}  |  {nav}  |  Sign in  |  Subscribe",
        rng.choice(("Advertisement", "Get our morning newsletter: markets in five minutes. Sign up free.")),
        "",
        story.headline,
        "",
        story.standfirst,
        "",
        f"By {story.author} - {story.published.strftime('%b %d, %Y')} at {rng.randint(1, 12)}:"
        f"{rng.randint(0, 59):02d}{rng.choice(('AM', 'PM'))}",
        "Share: Facebook | Twitter | LinkedIn | WhatsApp | Email",
        f"{rng.randint(100, 99_000):,} views {rng.randint(0, 400)} comments",
        "",
    ]
    for index, paragraph in enumerate(story.paragraphs):
        lines += [paragraph, ""]
        if index == 3 and rng.random() < 0.5:
            lines += ["READ MORE: " + _related(rng)[0], ""]
    lines += [
        f"About the author: {story.author} writes about {rng.choice(v.SECTORS)} and corporate deals. "
        f"Reach {rng.choice(('him', 'her', 'them'))} at {_email(story.author, site)}.",
        "",
        f"{rng.randint(0, 300)} Comments | Add yours",
        "",
        "Related articles",
        *(f"- {title}" for title in _related(rng)),
        "",
        f"Copyright {story.published.year} {site}. All rights reserved. Terms | Privacy | Cookies",
    ]
    return "txt", "\n".join(lines) + "\n"


def html_page(rng: random.Random, story: Story) -> tuple[str, str]:
    """A full saved HTML page: head metadata with the publish time, scripts, navigation, footer."""
    site = rng.choice(v.SITE_NAMES)
    esc = html.escape
    stamp = f"{story.published.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+08:00"
    nav = "\n".join(f'      <li><a href="/{s.lower()}">{s}</a></li>' for s in rng.sample(v.NAV_SECTIONS, k=6))
    body = "\n".join(f"<p>{esc(p)}</p>" for p in story.paragraphs)
    related = "\n".join(f'  <li><a href="/a/{rng.randrange(10**6)}">{esc(t)}</a></li>' for t in _related(rng))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(story.headline)} | {esc(site)}</title>
<meta name="description" content="{esc(story.standfirst)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{stamp}">
<meta name="author" content="{esc(story.author)}">
<link rel="canonical" href="https://www.{_slug(site)}.com/{story.published.year}/{_slug(story.headline)}">
<script async src="/static/js/analytics.{rng.randrange(16**5):05x}.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({{page: 'article', id: {rng.randrange(10**6)}, paywall: {str(rng.random() < 0.3).lower()}}});
</script>
<style>.share-bar{{display:flex}} .ad-slot{{min-height:250px}}</style>
</head>
<body>
<div class="cookie-banner"><p>We use cookies to personalise content and ads.
<button>Accept all</button></p></div>
<header>
  <a class="logo" href="/">{esc(site)}</a>
  <nav>
    <ul>
{nav}
    </ul>
  </nav>
</header>
<main>
<article>
<h1>{esc(story.headline)}</h1>
<p class="standfirst">{esc(story.standfirst)}</p>
<p class="byline">By {esc(story.author)} | Published {story.published.strftime('%d %b %Y')}</p>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a>
<span>{rng.randint(10, 5000):,} shares</span></div>
<div class="article-body">
{body}
</div>
<div class="ad-slot">Advertisement</div>
</article>
<aside class="related">
<h2>More from {esc(site)}</h2>
<ul>
{related}
</ul>
</aside>
</main>
<footer>
<p>&copy; {story.published.year} {esc(site)}. All rights reserved.</p>
<p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a></p>
</footer>
<script>window.__INITIAL_STATE__ = {{"articleId": {rng.randrange(10**6)}, "ads": true}};</script>
</body>
</html>
"""
    return "html", page


def wire_story(rng: random.Random, story: Story) -> tuple[str, str]:
    """A news-agency story: the first paragraph opens with a dateline."""
    agency = rng.choice(v.WIRE_AGENCIES)
    dateline = rng.choice((
        f"{story.city.upper()}, {long_date(story.published)} --",
        f"{story.city.upper()}, {v.MONTHS[story.published.month - 1][:3]} {story.published.day} ({agency}) -",
    ))
    paragraphs = [f"{dateline} {story.paragraphs[0]}", *story.paragraphs[1:]]
    credit = f"(Reporting by {story.author} in {story.city}; Editing by {person_name(rng)})"
    lines = [story.headline, "", f"By {story.author}", "", *"\n\n".join(paragraphs).split("\n"), "", credit]
    if rng.random() < 0.5:
        lines += ["", f"Copyright {agency} {story.published.year}. Click for restrictions."]
    return "txt", "\n".join(lines) + "\n"


def press_release(rng: random.Random, story: Story) -> tuple[str, str]:
    """A company press release: header, dateline with the distribution service, boilerplate, safe harbor."""
    service = rng.choice(v.RELEASE_SERVICES)
    main = story.main_org
    contact = person_name(rng)
    lines = [
        rng.choice(("MEDIA RELEASE", "FOR IMMEDIATE RELEASE", "PRESS RELEASE")),
        "",
        story.headline,
        "",
        *(f"* {fact}" for fact in story.highlights[:3]),
        "",
        f"{story.city.upper()}, {long_date(story.published)} /{service}/ -- {story.paragraphs[0]}",
        "",
    ]
    for paragraph in story.paragraphs[1:]:
        lines += [paragraph, ""]
    for org in (main, story.orgs[1]):
        lines += [
            f"About {org}",
            f"{org} is a {rng.choice(('leading', 'fast-growing', 'listed'))} provider of "
            f"{rng.choice(v.SECTORS)} services headquartered in {rng.choice(v.CITIES)}. Founded in "
            f"{rng.randint(1980, 2015)}, it serves customers in more than {rng.randint(5, 80)} countries. "
            f"For more information, visit www.{_slug(org)}.com.",
            "",
        ]
    lines += [
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of applicable securities "
        "laws. Words such as \"expects\", \"anticipates\", \"intends\", \"plans\" and similar expressions "
        "identify such statements. Actual results may differ materially from those expressed or implied, and "
        f"{main} undertakes no obligation to update any forward-looking statement except as required by law.",
        "",
        "Media contact:",
        contact,
        _email(contact, main),
        f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "",
        "SOURCE " + main,
    ]
    return "txt", "\n".join(lines) + "\n"


def brief(rng: random.Random, story: Story) -> tuple[str, str]:
    """A markdown roundup: headline, dated bullet points of the key facts, then the story itself."""
    lines = [
        f"# {rng.choice(('Deals roundup', 'Morning briefing', 'Tech and money', 'Week in deals'))}: "
        f"{story.headline}",
        "",
        f"*{story.published.strftime('%A, %d %B %Y')}*",
        "",
        "## Key points",
        "",
        *(f"- {fact}" for fact in story.highlights),
        "",
        "## The story",
        "",
    ]
    for paragraph in story.paragraphs:
        lines += [paragraph, ""]
    lines += ["---", f"Compiled by {story.author}. Forward this briefing to a colleague."]
    return "md", "\n".join(lines) + "\n"


# Share of each style in the corpus, roughly what a news crawl mixes.
RENDERERS: tuple[tuple[Callable[[random.Random, Story], tuple[str, str]], float], ...] = (
    (web_text, 0.32), (html_page, 0.25), (wire_story, 0.18), (press_release, 0.15), (brief, 0.10),
)
