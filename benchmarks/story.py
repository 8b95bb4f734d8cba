"""One synthetic business-news story: who, which deals, which numbers, in plain paragraphs.

A story is format-free; `benchmarks.formats` dresses it as a web page, a wire story, a press release
or a brief. All randomness comes from the `random.Random` passed in, so a story is a pure function of
its seed. The sentences are written for this benchmark and only need to look like business news:
many organizations, people with titles, deals with amounts, metrics with fiscal periods.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from benchmarks import vocabulary as v

_FIRST_DAY = date(2018, 1, 1)
_DAYS = 7 * 365


@dataclass
class Person:
    name: str
    title: str
    org: str


@dataclass
class Story:
    headline: str
    standfirst: str
    published: date
    city: str
    main_org: str
    orgs: list[str]
    people: list[Person]
    paragraphs: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)  # one-line facts, used by briefs and releases
    author: str = ""

    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def org_name(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.62:
        return f"{rng.choice(v.ORG_PREFIXES)} {rng.choice(v.ORG_CORES)} {rng.choice(v.ORG_SUFFIXES)}"
    if kind < 0.77:
        return f"{rng.choice(v.ORG_PREFIXES + v.CITIES)} {rng.choice(v.BANK_SUFFIXES)}"
    if kind < 0.85:
        return f"{rng.choice(v.ORG_PREFIXES)} {rng.choice(v.FUND_SUFFIXES)}"
    if kind < 0.93:
        city = rng.choice(v.CITIES)
        return rng.choice((f"University of {city}", f"{city} Institute of {rng.choice(v.UNIVERSITY_FIELDS)}",
                           f"{city} Normal University"))
    country = rng.choice(v.COUNTRIES)
    domain = rng.choice(v.GOV_DOMAINS)
    return rng.choice((f"Ministry of {domain} of {country}", f"{rng.choice(v.CITIES)} Municipal Bureau of "
                       f"{domain}", f"{country} Development Agency"))


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(v.FIRST_NAMES)} {rng.choice(v.LAST_NAMES)}"


def money(rng: random.Random, low: float = 1.0, high: float = 900.0, big: bool = False) -> str:
    """An amount in one of the many ways news writes money: symbol or word, full or short scale."""
    if big and rng.random() < 0.1:
        number, scale = _number(rng, 1, 9.9), "trillion"
    else:
        scale = rng.choice(("million", "million", "billion", "m", "bn", "mn"))
        number = _number(rng, low, high)
    spaced = scale in ("million", "billion", "trillion")
    amount = f"{number} {scale}" if spaced else f"{number}{scale}"
    style = rng.randrange(8)
    if style == 0:
        return f"{amount} yuan" if spaced else f"RMB{amount}"
    if style == 1:
        return f"RMB {amount}"
    if style == 2:
        return f"US${amount}"
    if style == 3:
        return f"HK${amount}"
    if style == 4:
        return rng.choice(("€", "£", "S$", "A$")) + amount
    if style == 5:
        return f"{number} {scale} {rng.choice(('euros', 'yen', 'won', 'rupees', 'Singapore dollars'))}" \
            if spaced else f"¥{amount}"
    if style == 6:
        usd = _number(rng, low / 7, high / 7)
        return f"{number} billion yuan (${usd} {'million' if rng.random() < 0.5 else 'billion'})"
    return f"${amount}"


def _number(rng: random.Random, low: float, high: float) -> str:
    value = rng.uniform(max(low, 0.1), high)
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.{rng.choice((0, 1, 1, 2))}f}"


def percent(rng: random.Random, low: float = 1.0, high: float = 95.0) -> str:
    value = f"{rng.uniform(low, high):.1f}"
    return rng.choice((f"{value}%", f"{value}%", f"{value} per cent", f"{value} percent"))


def period(rng: random.Random, year: int) -> str:
    quarter = rng.choice(("first", "second", "third", "fourth"))
    return rng.choice((
        f"the {quarter} quarter of {year}", f"the {quarter} quarter", f"Q{rng.randint(1, 4)} {year}",
        f"the fiscal year ended March 31, {year}", f"fiscal {year}", f"the first half of {year}",
        f"H{rng.randint(1, 2)} {year}", f"the nine months to September {year}", "the December quarter",
        f"the {quarter} quarter of fiscal {year}", f"the 12 months to June {year}", f"full-year {year}",
    ))


def long_date(day: date) -> str:
    return f"{v.MONTHS[day.month - 1]} {day.day}, {day.year}"


def build_story(rng: random.Random, min_words: int = 400, max_words: int = 900) -> Story:
    published = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    orgs = _distinct(rng, org_name, rng.randint(7, 13))
    main, partner, third = orgs[0], orgs[1], orgs[2]
    people = [Person(person_name(rng), rng.choice(v.EXECUTIVE_TITLES), org) for org in (main, partner, third)]
    analyst_firm = rng.choice(v.RESEARCH_FIRMS)
    people.append(Person(person_name(rng), rng.choice(v.ANALYST_TITLES), analyst_firm))
    story = Story(headline="", standfirst="", published=published, city=rng.choice(v.CITIES),
                  main_org=main, orgs=orgs + [analyst_firm], people=people, author=person_name(rng))
    year = published.year - rng.choice((0, 0, 1))
    deal_kinds = rng.sample(_DEALS, k=rng.randint(2, 3))
    story.headline, story.standfirst = _headline(rng, deal_kinds[0], main, partner)
    extra_orgs = iter(orgs[3:])
    for index, deal in enumerate(deal_kinds):
        a, b = (main, partner) if index == 0 else (rng.choice((main, partner)), next(extra_orgs, third))
        sentence = deal(rng, a, b, story)
        story.paragraphs.append(sentence + " " + _deal_context(rng, a, b, story))
        story.highlights.append(sentence)
        if index == 0:
            story.paragraphs.append(_quote(rng, people[0]))
    for org in (main, partner, *orgs[3:5]):
        sentences = _metrics(rng, org, year, rng.randint(1, 3))
        story.paragraphs.append(" ".join(sentences))
        story.highlights.append(sentences[0])
    story.paragraphs.append(_quote(rng, people[1]))
    story.paragraphs.append(_analyst(rng, people[3], main, story))
    target = rng.randint(min_words, max_words)
    mentions = iter(orgs[5:])
    pool = rng.sample(_GENERIC, k=len(_GENERIC))
    while story.word_count() < target:
        org = next(mentions, None)
        if pool:
            paragraph = _generic_paragraph(rng, story, pool, org)
        else:  # background used up: more figures about the companies already named
            paragraph = " ".join(_metrics(rng, org or rng.choice(orgs), year, 2))
        story.paragraphs.insert(rng.randint(2, len(story.paragraphs)), paragraph)
    return story


def _distinct(rng: random.Random, make, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = make(rng)
        if name not in names:
            names.append(name)
    return names


def _headline(rng: random.Random, deal, a: str, b: str) -> tuple[str, str]:
    short_a, short_b = _short(a), _short(b)
    verb = {
        _partnership: "teams up with", _mou: "signs MoU with", _joint_venture: "forms joint venture with",
        _investment: "invests in", _acquisition: "to acquire", _funding: "backs",
    }[deal]
    base = f"{short_a} {verb} {short_b}"
    headline = rng.choice((base, f"{base} as {rng.choice(v.SECTORS)} race heats up", f"{base}: what we know"))
    standfirst = rng.choice((
        f"The deal extends {short_a}'s push into {rng.choice(v.SECTORS)}.",
        f"Analysts say the move puts pressure on rivals in {rng.choice(v.COUNTRIES)}.",
        "It is the company's third such agreement this year.",
    ))
    return headline, standfirst


def _short(name: str) -> str:
    for suffix in v.ORG_SUFFIXES:
        if name.endswith(" " + suffix):
            return name[: -len(suffix) - 1]
    return name


def _partnership(rng: random.Random, a: str, b: str, story: Story) -> str:
    return rng.choice((
        f"{a} has entered a strategic partnership with {b} to develop {rng.choice(v.PROJECTS)}.",
        f"{a} said on {rng.choice(v.WEEKDAYS)} it would work with {b} on {rng.choice(v.SECTORS)} services.",
        f"{b} has picked {_short(a)} as its technology partner for {rng.choice(v.PROJECTS)}.",
    ))


def _mou(rng: random.Random, a: str, b: str, story: Story) -> str:
    return rng.choice((
        f"{a} signed a memorandum of understanding with {b} covering {rng.choice(v.SECTORS)}.",
        f"{a} and {b} signed an MoU on {rng.choice(v.WEEKDAYS)} to jointly build {rng.choice(v.PROJECTS)}.",
        f"Under a framework agreement signed in {story.city}, {b} will cooperate with {_short(a)} on "
        f"{rng.choice(v.SECTORS)}.",
    ))


def _joint_venture(rng: random.Random, a: str, b: str, story: Story) -> str:
    stake = rng.randint(30, 70)
    return rng.choice((
        f"{a} and {b} will set up a joint venture with registered capital of {money(rng)}, in which "
        f"{_short(a)} will hold {stake}%.",
        f"{a} agreed to form a {stake}-{100 - stake} joint venture with {b} focused on "
        f"{rng.choice(v.SECTORS)}.",
    ))


def _investment(rng: random.Random, a: str, b: str, story: Story) -> str:
    return rng.choice((
        f"{a} will invest {money(rng)} in {b}, taking a {percent(rng, 3, 40)} stake.",
        f"{a} has put {money(rng)} into {b} to expand {rng.choice(v.PROJECTS)}.",
        f"{b} said it had received an investment of {money(rng)} from {a}.",
    ))


def _acquisition(rng: random.Random, a: str, b: str, story: Story) -> str:
    return rng.choice((
        f"{a} agreed to acquire {b} for {money(rng, big=True)} in cash and shares.",
        f"{a} completed its purchase of a {percent(rng, 10, 100)} stake in {b}, valuing the target at "
        f"{money(rng, big=True)}.",
        f"{a} has made an offer for {b} worth {money(rng, big=True)}, pending regulatory approval.",
    ))


def _funding(rng: random.Random, a: str, b: str, story: Story) -> str:
    series = rng.choice(("A", "B", "C", "D", "pre-IPO"))
    return rng.choice((
        f"{b} raised {money(rng)} in a Series {series} round led by {a}.",
        f"{b} has closed a {money(rng)} funding round, with {a} as lead investor.",
        f"{a} led a {money(rng)} Series {series} round in {b}, valuing the start-up at "
        f"{money(rng, big=True)}.",
    ))


_DEALS = (_partnership, _mou, _joint_venture, _investment, _acquisition, _funding)


def _deal_context(rng: random.Random, a: str, b: str, story: Story) -> str:
    return rng.choice((
        f"The agreement was announced in {story.city} on {rng.choice(v.WEEKDAYS)}.",
        f"Financial terms beyond those disclosed were not made public, and {_short(b)} declined to comment.",
        f"The two companies expect the first phase to go live by the end of {story.published.year + 1}.",
        f"Shares of {_short(a)} rose {percent(rng, 0.5, 9)} in afternoon trading after the announcement.",
        f"The transaction still needs the approval of regulators in {rng.choice(v.COUNTRIES)}.",
    ))


def _metrics(rng: random.Random, org: str, year: int, count: int) -> list[str]:
    """`count` different metric sentences about one organization."""
    name = _short(org)
    when = period(rng, year)
    templates = (
        lambda: f"{name} reported revenue of {money(rng, big=True)} for {when}, up {percent(rng)} from a "
        f"year earlier.",
        lambda: f"Cloud revenue at {name} grew {percent(rng)} year on year to {money(rng)} in {when}.",
        lambda: f"{name} swung to a net loss of {money(rng)} in {when}, compared with a profit of "
        f"{money(rng)} a year before.",
        lambda: f"Net profit at {name} fell {percent(rng, 1, 60)} to {money(rng)} in {when}.",
        lambda: f"In {when}, {name} said its monthly active users climbed to {rng.randint(2, 950)} million.",
        lambda: f"{name} held a {percent(rng, 2, 48)} share of the {rng.choice(v.MARKETS)} market in {when}, "
        f"according to {rng.choice(v.RESEARCH_FIRMS)}.",
        lambda: f"Operating profit at {name} rose to {money(rng)} in {when}, while margins widened to "
        f"{percent(rng, 3, 40)}.",
        lambda: f"{name}'s total revenue for {when} came in at {money(rng, big=True)}, slightly below "
        f"analysts' forecasts.",
        lambda: f"Gross merchandise volume on {name}'s platforms reached {money(rng, big=True)} in {when}.",
        lambda: f"{name} now counts more than {rng.randint(2, 900):,} thousand paying business customers.",
        lambda: f"Revenue from international markets made up {percent(rng, 5, 45)} of {name}'s sales in "
        f"{when}, against {percent(rng, 3, 30)} a year earlier.",
        lambda: f"Adjusted earnings before interest, tax and amortisation at {name} reached {money(rng)}.",
    )
    return [templates[i]() for i in rng.sample(range(len(templates)), k=count)]


_QUOTES = (
    "We see enormous room to grow in this market, and this agreement lets us move faster",
    "Our customers asked for this, and we are confident the combination will serve them better",
    "The next three years will decide who leads this industry, and we intend to be ready",
    "This is a long-term commitment, not a short-term bet",
    "We chose a partner that knows the local market better than anyone",
    "Scale matters in this business, and together we will have it",
    "The results show our strategy is working, even in a difficult economy",
)


def _quote(rng: random.Random, person: Person) -> str:
    said = rng.choice(_QUOTES)
    return rng.choice((
        f"\u201c{said},\u201d {person.name}, {person.title} of {person.org}, said in a statement.",
        f"\"{said},\" said {person.name}, the {person.title} of {_short(person.org)}.",
        f"{_short(person.org)} {person.title} {person.name} told reporters: \"{said}.\"",
    ))


def _analyst(rng: random.Random, person: Person, main: str, story: Story) -> str:
    article = "an" if person.title[0] in "aeiou" else "a"
    return rng.choice((
        f"{person.name}, {person.title} at {person.org}, said the deal gives {_short(main)} a stronger "
        f"position in {rng.choice(v.SECTORS)} but warned that integration costs could weigh on margins.",
        f"\"It is a sensible move at a sensible price,\" said {person.name}, {article} {person.title} with "
        f"{person.org}. \"The question is how quickly they can turn it into revenue.\"",
    ))


_GENERIC = (
    "Competition in {sector} has intensified over the past two years as larger groups push into markets "
    "once left to specialists.",
    "Regulators in {country} have tightened rules on data storage, which has made local partnerships more "
    "attractive for foreign suppliers.",
    "Many mid-sized firms still run most of their systems on their own servers, leaving plenty of room for "
    "growth.",
    "The company has been under pressure from investors to show that its heavy spending will pay off.",
    "Analysts expect price competition to continue, especially among providers selling to small "
    "businesses.",
    "Industry data show that spending on {sector} in {country} rose by double digits last year.",
    "The announcement follows a string of similar agreements across the region in recent months.",
    "Executives have said they want overseas markets to contribute a larger share of sales within five "
    "years.",
    "Some investors remain cautious, pointing to slowing consumer demand and rising borrowing costs.",
    "Local governments have offered tax breaks and cheap land to attract new facilities to {city}.",
    "The firm employs about {staff} people and operates offices in more than {offices} cities.",
    "Supply chain disruptions earlier in the year delayed several projects, the company said.",
    "{org} was founded in {founded} and has grown largely through acquisitions.",
    "{org} is also expanding in {sector}, where it competes with a handful of well-funded rivals.",
    "A spokesperson for {org} said the company did not comment on market speculation.",
    "Trading volumes were light ahead of a public holiday, and the benchmark index closed little changed.",
    "The sector has attracted a wave of venture funding, although valuations have cooled since their peak.",
    "Demand from banks, hospitals and schools has been a bright spot, according to people familiar with "
    "the matter.",
    "Executives declined to give a detailed forecast for the coming year, citing economic uncertainty.",
    "The deal is the latest sign that traditional institutions are turning to technology firms for help "
    "modernizing their operations.",
    "{person}, {title} of {person_org}, has said the group will keep investing through the downturn.",
    "Earlier this year {org} opened a research center in {city} with room for several hundred engineers.",
    "Rivals have responded by cutting prices and bundling services, squeezing margins across the industry.",
    "The government's latest five-year plan names {sector} as a priority, and state lenders have followed "
    "with cheap credit.",
    "Several of the company's largest customers are state-owned enterprises, which tend to sign long "
    "contracts.",
    "Hiring has slowed at many technology groups, but demand for engineers with {sector} experience "
    "remains strong.",
    "{org} listed its shares in {city} in {founded}, and the stock has since traded in a wide range.",
    "Critics argue that the rush into {sector} has produced more press releases than profits.",
    "Currency swings also weighed on reported figures, since a large part of sales is booked overseas.",
    "Customers in {country} have been slower to move their core systems to outside providers.",
    "The group said it would publish more detail on its strategy at an investor day later in the year.",
    "Ratings agencies have kept their outlook on the sector stable, citing solid balance sheets.",
    "The two sides have worked together informally for several years, according to a person briefed on "
    "the talks.",
    "A similar arrangement between two rivals in {country} fell apart last year over data-sharing terms.",
    "Costs for chips and servers have risen, and providers have passed only part of the increase on.",
    "{person}, who joined {person_org} as {title} two years ago, has pushed to simplify its product line.",
    "The board also approved a share buyback program and a special dividend.",
    "Smaller providers often specialize in a single industry, such as retail, healthcare or logistics.",
    "Outside {city}, the company relies on resellers and system integrators to reach customers.",
    "Bond investors have welcomed the shift toward recurring revenue from subscriptions.",
    "Energy use by data centers has become a political issue, and new facilities face stricter reviews.",
    "{org} has not said how many staff will move to the new business.",
    "Few analysts expect the partnership to change the ranking of the largest providers soon.",
    "The annual report lists more than {offices} subsidiaries across Asia, Europe and the Americas.",
)


def _generic_paragraph(rng: random.Random, story: Story, pool: list[str], org: str | None) -> str:
    """Two to four background sentences, taken from `pool` so an article never repeats one."""
    person = rng.choice(story.people[:3])  # the executives, not the outside analyst
    values = {
        "sector": rng.choice(v.SECTORS), "country": rng.choice(v.COUNTRIES), "city": story.city,
        "staff": f"{rng.randint(2, 90) * 100:,}", "offices": rng.randint(5, 60),
        "founded": rng.randint(1950, 2016), "org": org or story.main_org,
        "person": person.name, "title": person.title, "person_org": person.org,
    }
    taken = [pool.pop() for _ in range(min(len(pool), rng.randint(2, 4)))]
    return " ".join(t.format(**values) for t in taken)
