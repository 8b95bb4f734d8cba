"""Synthetic pages in layouts our devset does not have: the reader keeps every body sentence and drops chrome.

Each page in tests/fixtures/pages/ was written for these tests (no real site's text). For each one:
the headline, the publish date the page states (None when it states none), sentences of the body
that must be in the clean text verbatim, and chrome that must not be (menus, share bars, bios,
e-mail addresses, press contacts, related headlines, ads, comments, paywall prompts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from pipelines.ingest.reader import RawArticle, read_article_file

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@dataclass(frozen=True)
class Page:
    name: str
    title: str | None
    published: date | None
    present: tuple[str, ...]
    absent: tuple[str, ...]
    absent_lines: tuple[str, ...] = field(default=())  # whole lines that must not remain (short nav items)


CASES = [
    Page(
        "wordpress_news.html",
        "Harborline Logistics buys cold-chain operator FrostPath for $420 million",
        date(2023, 11, 14),
        present=(
            "Harborline Logistics has agreed to acquire FrostPath, a temperature-controlled warehousing "
            "operator, for $420 million in cash, the Rotterdam-based company said on Tuesday.",
            "The business generated revenue of €188 million last year, up 14% from 2021.",
            "Harborline said it would fund the purchase with cash on hand and a new €250 million term loan "
            "arranged by two Dutch banks.",
            "In June it bought a Polish road-freight company for an undisclosed sum.",
        ),
        absent=(
            "Share this", "Like this", "Nordic reefer operator raises", "Port of Antwerp pilots",
            "thoughts on", "Paid way too much", "borrowing 250 million", "Leave a Reply",
            "Your email address", "Recent Posts", "Duisburg rail terminal", "Air cargo rates slip",
            "covers logistics deals", "All rights reserved", "Proudly powered", "Skip to content",
            "Supply chain news for people",
        ),
    ),
    Page(
        "jsonld_news.html",
        "Solenne Pharma to pay $1.3 billion for gene therapy developer Quilleran",
        date(2024, 2, 27),
        present=(
            "Solenne Pharma SA agreed to buy Quilleran Bio Inc. for $1.3 billion, the French drugmaker said "
            "Tuesday, as it seeks to add gene therapies to a portfolio built largely on vaccines.",
            "Solenne will pay $34 a share in cash, a premium of 61% to Quilleran’s closing price on Monday.",
            "The company reported product sales of $96 million for 2023 and expects that figure to more than "
            "double this year.",
            "Shares of Quilleran jumped 58% in premarket trading in New York.",
        ),
        absent=(
            "Most Popular", "Bond yields climb", "Chipmakers brace", "Housing starts fall", "Copy link",
            "All Rights Reserved", "Privacy Policy", "Cookie Settings", "Sign in",
        ),
    ),
    Page(
        "amp_article.html",
        "Kestrel Air orders 40 regional jets from Avrion in $2.1bn deal",
        date(2022, 6, 21),
        present=(
            "Irish carrier Kestrel Air has placed a firm order for 40 Avrion A-220 regional jets, a deal "
            "valued "
            "at about $2.1 billion at list prices, the airline announced at the Farnborough trade show on "
            "Tuesday.",
            "Kestrel, which carried 7.8 million passengers last year, said the new jets would replace an "
            "ageing fleet of 28 turboprops and burn roughly 25% less fuel per seat.",
            "Avrion has now booked 112 orders for the A-220 since its launch in 2019.",
        ),
        absent=(
            "Advertisement", "Farnborough day one", "Read more", "View non-AMP version", "Photo: Skyward",
            "All rights reserved",
        ),
        absent_lines=("Home", "Airlines", "Newsletter"),
    ),
    Page(
        "prnewswire_release.html",
        "Veridane Systems Completes Acquisition of Lumacore Analytics",
        date(2024, 3, 4),
        present=(
            "SAN JOSE, Calif., March 4, 2024 /PRNewswire/ -- Veridane Systems, Inc. (NASDAQ: VRDN), a "
            "provider "
            "of industrial automation software, today announced that it has completed its previously "
            "announced acquisition of Lumacore Analytics",
            "for approximately $275 million in cash and stock.",
            "The company recorded annual recurring revenue of $38 million at the end of 2023, an increase of "
            "47% year over year, and serves more than 900 industrial customers.",
            "Under the terms of the agreement, Lumacore shareholders received $180 million in cash and "
            "approximately 1.9 million shares of Veridane common stock.",
            "Lumacore was advised by Qatalyst Partners and Wilson Sonsini Goodrich & Rosati.",
        ),
        absent=(
            "Media Contact", "Alicia Brandt", "408-555-0142", "Investor Contact", "Sam Oyelaran",
            "View original content", "SOURCE Veridane", "Share this article", "News provided by",
            "WANT YOUR COMPANY", "Newsrooms", "Also from this source", "Fourth Quarter and Full Year 2023",
            "Cision", "undertakes no obligation",
        ),
    ),
    Page(
        "businesswire_release.txt",
        "Orinoco Health and Baylis Medical Sign $600 Million Supply Agreement for Infusion Pumps",
        date(2025, 1, 22),
        present=(
            "NASHVILLE, Tenn.--(BUSINESS WIRE)--Orinoco Health System and Baylis Medical Inc. (NYSE: BYL) "
            "today announced a seven-year agreement",
            "The agreement is valued at approximately $600 million over its term.",
            "Orinoco expects the system to reduce infusion programming errors by at least 40% and save about "
            "$18 million a year in nursing time and drug waste.",
            "Baylis reported revenue of $4.9 billion for fiscal 2024, of which its infusion systems business "
            "contributed $1.1 billion.",
        ),
        absent=(
            "View source version", "Megan Ortiz", "615-555-0117", "Chris Dunleavy", "555-0144",
            "Investor Relations", "undertakes no obligation",
        ),
        absent_lines=("Contacts", "Orinoco Health", "Baylis Medical"),
    ),
    Page(
        "br_paragraphs.html",
        "Ostrava plant sold to Tavernier Group",
        date(2019, 8, 5),
        present=(
            "Brightwater Foods has agreed to sell its snack factory in Ostrava, Czech Republic, to Tavernier "
            "Group for €46.5 million, the company announced today.",
            "The Ostrava plant employs 310 people and produced 21,000 tonnes of crisps and extruded snacks "
            "in "
            "2018.",
            "Brightwater said the sale was part of a plan announced in March to focus on its dairy business, "
            "which accounted for 68% of group sales of €1.12 billion last year.",
            "The transaction is expected to be completed by the end of October 2019.",
        ),
        absent=(
            "Back to news overview", "Print this page", "Corporate Communications", "596 555 210",
            "For further information", "Imprint", "Brightwater Foods ::",
        ),
        absent_lines=("Home", "Company", "Products", "News", "Investors", "Careers", "Contact"),
    ),
    Page(
        "story_body_ads.html",
        "Northgate Energy wins £780m offshore cable contract",
        date(2021, 3, 9),
        present=(
            "Northgate Energy has won a £780 million contract to supply and install export cables for the "
            "Dogger Reach offshore wind farm, securing around 450 jobs at its factory on the Tyne.",
            "Northgate said the deal was the largest in its 60-year history and would lift its order book to "
            "more than £2.3 billion.",
            "The company employed 1,150 people at the end of last year and reported revenue of £412 million "
            "for 2020, up from £365 million a year earlier.",
            "Shares in Northgate rose 6% to 184p in London trading.",
        ),
        absent=(
            "Advertisement", "advertisement", "Read more", "READ MORE", "Tyne yard reopens", "Port of Blyth",
            "Business Briefing", "newsletter", "Privacy Notice", "Share this story", "More from Business",
            "Retail park sold", "Most Read", "cookies", "Registered in England",
        ),
    ),
    Page(
        "paywall_teaser.html",
        "Calderon Mining Agrees to $3.4 Billion Merger With Ostrava Copper",
        date(2020, 10, 19),
        present=(
            "Calderon Mining Corp. agreed to combine with Ostrava Copper Ltd. in an all-share deal that "
            "values "
            "the smaller miner at about $3.4 billion, the companies said Monday.",
            "Ostrava shareholders will receive 0.82 Calderon share for each share they own, a 27% premium to "
            "Friday's closing price.",
            "The combined company would produce about 540,000 metric tons of copper a year from seven mines "
            "in Chile and Peru.",
        ),
        absent=(
            "Subscribe", "subscriber", "Continue reading", "$1 a week", "Cancel anytime", "JavaScript",
            "Tracking pixel", "googletag", "__PRELOADED_STATE__", "Listen to this article", "{", "Sign In",
            "Subscriber Agreement",
        ),
    ),
    Page(
        "gb2312_mixed.html",
        "云帆科技与Northwind Cloud成立合资公司 投资12亿元",
        date(2023, 6, 15),
        present=(
            "云帆科技（股票代码：688321）6月15日晚间公告，"
            "公司与美国云服务商Northwind Cloud Inc.签署合资协议，"
            "双方将在上海共同出资设立合资公司，注册资本为12亿元人民币。",
            "云帆科技以现金出资7.2亿元，持股60%；Northwind Cloud以技术和现金出资4.8亿元，持股40%。",
            "this joint venture will help us serve manufacturing customers much faster.",
            "财报显示，云帆科技2022年实现营业收入35.6亿元，同比增长23.4%；其中云计算业务收入9.8亿元，占总收入的27.5%。",
            "分析人士认为，此次合作有望帮助云帆科技在2025年前将云业务收入提升至20亿元以上。",
        ),
        absent=(
            "责任编辑", "分享到", "相关新闻", "一季度净利润", "新加坡新建数据中心", "网友评论", "热点排行",
            "版权所有", "ICP", "当前位置", "标签",
        ),
    ),
    Page(
        "time_datetime_only.html",
        "Pinecrest Bank and Orbital Pay sign five-year payments partnership",
        date(2022, 9, 8),
        present=(
            "Pinecrest Bank has signed a five-year partnership with Orbital Pay under which the Singapore "
            "payments firm will process card and QR payments for the bank's 180,000 merchant clients in "
            "Malaysia and Thailand.",
            "Orbital Pay will also take a 9.9% stake in Pinecrest's merchant services unit for 45 million "
            "Singapore dollars.",
            "Orbital Pay processed payments worth US$14.2 billion in 2021, up 38% from the previous year, "
            "and "
            "counts 2,600 employees across nine markets.",
        ),
        absent=(
            "3 min read", "Tags:", "Latest news", "Regional insurer names", "Digital bank licence",
            "FinWire Asia Pte",
        ),
    ),
    Page(
        "copy_paste_article.txt",
        "Lumo Robotics raises $85 million Series C led by Atlas Ventures",
        date(2024, 3, 12),
        present=(
            "Lumo Robotics, a Munich-based maker of autonomous forklifts, has raised $85 million in a "
            "Series C "
            "round led by Atlas Ventures, the company said on Tuesday.",
            "which values Lumo at about $610 million, according to a person familiar with the matter.",
            "The company's revenue tripled to $27 million last year, chief executive Mira Hoffmann said in "
            "an "
            "interview.",
            "The company has raised $142 million since it was founded in 2018.",
            "Atlas Ventures partner Sunil Batra will join Lumo's board.",
        ),
        absent=(
            "cookies", "Accept Read More", "Home  News", "4 min read", "2.3K views", "18 comments",
            "Share this article", "Facebook Twitter", "Related:", "Warehouse automation startups",
            "Tags:", "senior reporter", "Follow us on", "Related Articles", "Berlin fintech Kontor",
            "Five robotics startups", "Leave a Comment", "All rights reserved", "Privacy Policy",
            "By Jordan Ellis",
        ),
        absent_lines=("Tech & Business Daily", "Funding"),
    ),
    Page(
        "chinese_portal_copy.txt",
        "秦岭汽车与韩国Hanseong Energy合建电池工厂 总投资80亿元",
        date(2021, 4, 7),
        present=(
            "本报西安4月7日电 秦岭汽车7日公告，公司将与韩国Hanseong Energy在西安合资建设动力电池工厂，"
            "总投资80亿元，秦岭汽车持股51%。",
            "该工厂达产后年产能为20吉瓦时，预计2024年全面投产。",
            "秦岭汽车2020年销量为38.6万辆，同比增长12.6%。",
        ),
        absent=(
            "首页", "东方财讯网 >", "字号", "打印", "纠错", "责任编辑", "扫一扫", "相关阅读", "一季度销量",
            "产业链",
        ),
    ),
    Page(
        "xinhua_style_copy.txt",
        "Qinling Auto to build 8 bln yuan battery plant with Korean partner",
        date(2021, 4, 7),
        present=(
            "XI'AN, April 7 (Xinhua) -- Chinese carmaker Qinling Auto said Wednesday it will build a battery "
            "plant in Xi'an with South Korea's Hanseong Energy, with a total investment of 8 billion yuan "
            "(about 1.22 billion U.S. dollars).",
            "The joint venture, in which Qinling Auto will hold a 51-percent stake, will have an annual "
            "capacity of 20 gigawatt-hours when it reaches full production in 2024",
            "Qinling Auto sold 386,000 vehicles in 2020, up 12.6 percent year on year, of which new energy "
            "vehicles accounted for 74,000 units.",
            "The plant is expected to create about 3,000 jobs, said the company.",
        ),
        absent=(
            "Home | China", "Business > Companies", "Editor:", "Zhou Xin", "[Editor", "Share:", "Weibo",
            "All rights reserved", "written authorization",
        ),
    ),
]


def _read(case: Page) -> RawArticle:
    article = read_article_file(PAGES / case.name, PAGES)
    assert isinstance(article, RawArticle), article
    return article


def test_every_fixture_page_has_a_case() -> None:
    on_disk = {path.name for path in PAGES.iterdir() if path.suffix in (".html", ".txt")}
    assert on_disk == {case.name for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_title_and_date(case: Page) -> None:
    article = _read(case)
    assert (article.title, article.published_date) == (case.title, case.published)
    if case.title:
        assert case.title in article.clean_text


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_body_sentences_are_kept_verbatim(case: Page) -> None:
    text = _read(case).clean_text
    assert [phrase for phrase in case.present if phrase not in text] == []


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_chrome_is_dropped(case: Page) -> None:
    text = _read(case).clean_text
    lines = {line.strip() for line in text.split("\n")}
    assert [phrase for phrase in case.absent if phrase in text] == []
    assert [line for line in case.absent_lines if line in lines] == []
    assert EMAIL.findall(text) == []
