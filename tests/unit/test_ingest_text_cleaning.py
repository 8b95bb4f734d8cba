"""Chrome stripping and headline finding on text written for these tests (not copied from the devset)."""

from __future__ import annotations

import pytest

from pipelines.ingest.chrome import is_chrome_line
from pipelines.ingest.dates import is_date_line
from pipelines.ingest.text_cleaning import drop_labels_above, find_title, is_hard_wrapped, strip_chrome

CHROME_LINES = [
    "Share this story: Facebook Twitter WhatsApp Email",
    "Tweet  Share  Email",
    "Print | Mail | Share | Text size: A A A",
    "12.3K views · 41 comments",
    "5 min read",
    "Comments (12)",
    "88 Comments | Add yours",
    "1 reply",
    "© 2023 Example Media Group. All rights reserved.",
    "Copyright 2019 The Daily Widget",
    "Copyright Example Wire 2022. Click for restrictions.",
    "Terms of Use | Privacy Notice | Contact Us",
    "We use cookies to give you the best experience on our website. Accept all",
    "Subscribe to our daily newsletter",
    "Sign up for The Morning Briefing",
    "Photo: Reuters/John Doe",
    "Image credit: Shutterstock",
    "(Photo by Jane Roe/Getty Images)",
    "Reporting by John Smith; Editing by Jane Doe",
    "Contact the reporter at jdoe@example.com",
    "Jane Doe is a senior writer at Example News. Follow her on Twitter @janedoe_news",
    "Posted by admin on March 3, 2021",
    "Posted on 4 June 2018 by Sam Lee | 6 min read",
    "By Jane Doe and John Roe | Updated 3 hours ago",
    "By JANE DOE, Staff Writer",
    "By Alex Kim - Oct 2, 2019 at 10:15AM",
    "Home » Tech » Cloud",
    "News > World > Asia Pacific",
    "Markets  Companies  Opinion  Podcasts  Events",
    "Previous article | Next article",
    "Advertisement",
    "Story continues below advertisement",
    "Read more: Why cloud margins are shrinking",
    "Tags: cloud, fintech, payments",
    "Filed under: Banking",
    "Listen to this article",
    "Leave a Reply",
    "top of page",
    "  • reader_2041",
    "Editor: Zhang Wei",
    "You're reading a free preview. Join today for unlimited access to our newsletters.",
    "-----",
    "* * *",
    "SOURCE Contoso Holdings Ltd.",
    "Tel: +86-571-5555-0100",
    "https://ir.example.com/news",
    "[1/3] A worker walks past the company logo in Shenzhen. REUTERS/Ann Lee/File Photo",
    "The new campus opened last month. (Photo: Sam Lee)",
    "[Photo/Agency]",
    "Sam Lee contributed to this story.",
    "News provided by",
    "Acquire Licensing Rights, opens new tab",
    "All quotes delayed a minimum of 15 minutes.",
    "License for publishing multimedia online 0108263",
]

BODY_LINES = [
    "Share prices of the company rose 3% on Monday after the results.",
    "Users can now share files with colleagues by email, the company said.",
    "The company said its newsletter business grew 40% last year.",
    "Netflix lets users subscribe through the app store in some markets.",
    "Google will phase out third-party cookies in its browser next year, the company said.",
    "The social network updated its privacy policy after the ruling.",
    "Copyright infringement cases against the search engine rose sharply in 2019.",
    "By 2025, the firm expects cloud revenue to double.",
    "Posted on the social network, the statement said the deal would close in May.",
    "Writer and investor Ann Lee said the platform had 10 million users.",
    "Comments from the chief executive suggested the deal would close in May.",
    "Photo sharing app Snapgram has more than 1 billion monthly users.",
    "Revenue  1,728.8  1,001.4",
    "Why it matters",
    "The company's AI/Cloud Strategy",
    "The unit's revenue rose 72% to 4.7 billion yuan in the third quarter.",
    "Tencent Cloud now serves more than 200 banks, it said in a statement.",
    "腾讯云与甘肃银行签署战略合作协议，双方将共同建设线上贷款管理平台。",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_recognized(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", BODY_LINES)
def test_article_sentences_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_strip_chrome_keeps_kept_lines_exactly_and_collapses_blank_runs() -> None:
    text = (
        "Home | World | Business | Tech\n"
        "Cloud lender wins licence in record time\n"
        "By Sam Lee | 4 min read\n\n\n"
        "The regulator approved the licence on Tuesday.   \n"
        "  An indented line with \ttabs stays as written.\n\n"
        "Related stories\n"
        "- Banks race to the cloud\n"
        "- Five things to know about licences\n\n"
        "Leave a comment\n"
    )
    assert strip_chrome(text) == (
        "Cloud lender wins licence in record time\n\n"
        "The regulator approved the licence on Tuesday.\n"
        "  An indented line with \ttabs stays as written."
    )


def test_press_release_contact_block_is_dropped() -> None:
    text = (
        "Revenue rose 12% in the quarter, the company said.\n\n"
        "For investor and media inquiries, please contact:\n"
        "In China:\nContoso Holdings Ltd.\nInvestor Relations\n"
        "Tel: +86-10-5555-0100\nE-mail: ir@contoso.example\n"
    )
    assert strip_chrome(text) == "Revenue rose 12% in the quarter, the company said."


def test_related_block_stops_at_the_next_paragraph() -> None:
    text = (
        "Read also:\n- One link\n- Another link\n\n"
        "The article goes on with a full sentence that ends with a period.\n"
    )
    assert strip_chrome(text) == "The article goes on with a full sentence that ends with a period."


def test_safe_harbor_block_and_headless_disclaimer_are_dropped() -> None:
    disclaimer = (
        "This release contains forward-looking statements within the meaning of the safe harbor provisions. "
        "The company undertakes no obligation to update them."
    )
    text = f"Results were strong.\n\nForward-looking statements\n\n{disclaimer}\n\nEnd of the story here."
    assert strip_chrome(text) == "Results were strong.\n\nEnd of the story here."
    assert strip_chrome(f"Results were strong.\n\n{disclaimer}") == "Results were strong."


def test_hard_wrapped_paragraph_lines_are_not_judged_by_shape() -> None:
    paragraph = (
        "The lender said on Tuesday that the new platform, which was built\n"
        "by Northwind Cloud, the company's computing unit, and launched\n"
        "in March, now serves more than two thousand small businesses in\n"
        "the province, and that it expects that number to double within\n"
        "a year as more firms move their accounts online from branches.\n"
    )
    text = "\n".join([paragraph, paragraph, "Share: Facebook | Twitter\n"])
    assert is_hard_wrapped(text.split("\n"))
    cleaned = strip_chrome(text)
    assert "by Northwind Cloud, the company's computing unit, and launched" in cleaned
    assert "Facebook" not in cleaned


def test_one_paragraph_per_line_text_is_not_hard_wrapped() -> None:
    lines = ["A full paragraph on one line that ends with a period as prose does."] * 10
    assert not is_hard_wrapped(lines)


def test_title_skips_labels_and_date_lines_and_none_for_prose() -> None:
    text = "MARKETS\nJune 3, 2021\nChipmaker opens its first plant abroad\n\nThe plant will hire 800 people."
    title, index = find_title(text, is_date_line)
    assert title == "Chipmaker opens its first plant abroad" and index == 2
    assert drop_labels_above(text, index).startswith("June 3, 2021\nChipmaker opens")
    assert find_title("The company said on Monday that revenue rose in the quarter.\n\nMore.")[0] is None


def test_reader_comments_at_the_end_are_dropped_but_not_a_comment_prompt_at_the_top() -> None:
    article = "\n\n".join(["A full paragraph of the article that ends as prose does."] * 6)
    text = (
        "Headline of the story\nPosted in Business | Leave a comment\n\n" + article
        + "\n\n3 thoughts on \u201cHeadline of the story\u201d\n\nsam_k says:\nMarch 3, 2020 at 5:01 pm\n"
        "I think the company overpaid for this.\n\nReply\n"
    )
    cleaned = strip_chrome(text)
    assert cleaned == "Headline of the story\n\n" + article


def test_a_subheading_about_contact_tracing_is_not_a_contact_block() -> None:
    text = "Contact tracing\nThe app had 5 million users in May.\nIt is free."
    assert strip_chrome(text) == text


def test_pathological_lines_are_judged_without_backtracking_blowup() -> None:
    """Regression: a byline pattern with optional separators once took minutes on 'By AaAaAa...'."""
    lines = ["By " + "Aa" * 290 + " x", "By " + ", A" * 190 + " x", "By " + "and A" * 110 + " x", "1" * 599]
    assert [is_chrome_line(line) for line in lines] == [False, False, False, False]
    assert strip_chrome("\n".join(lines)) == "\n".join(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Related: Lenders race to the cloud",
        "Image 2 of 5",
        "\u2014 Sam Lee (@samlee) March 3, 2021",
        "Great day for the team pic.twitter.com/AbC123",
        "Show more",
    ],
)
def test_more_chrome_shapes(line: str) -> None:
    assert is_chrome_line(line)


def test_text_after_a_bare_comment_prompt_is_kept() -> None:
    article = "\n\n".join(["A full paragraph of the article that ends as prose does."] * 4)
    closing = "A closing paragraph was added by the editor later."
    text = f"{article}\n\nLeave a comment\n\nLeave a Reply\n\n{closing}\n"
    assert strip_chrome(text) == f"{article}\n\n{closing}"


def test_further_information_heads_a_contact_block_only_before_contact_details() -> None:
    body = "The plant employs 310 people and will be sold to a buyer in Lyon, the company said."
    contacts = "For further information:\nCorporate Communications\nTel. +420 596 555 210\npress@example.com"
    assert strip_chrome(f"{body}\n\n{contacts}") == body
    facts = "For more information:\n- Revenue: 8.1 billion euros\n- Customers: 4.2 million"
    assert strip_chrome(f"{body}\n\n{facts}") == f"{body}\n\n{facts}"


def test_site_name_repeated_by_the_copyright_footer_is_not_the_headline() -> None:
    from pipelines.ingest.text_cleaning import site_name_test

    text = (
        "Tech & Business Daily\n\nFunding\n\nLumo Robotics raises $85 million\n\n"
        "The robot maker said on Tuesday that it raised money from investors.\n\n"
        "© 2024 Tech & Business Daily Media GmbH. All rights reserved."
    )
    is_site_name = site_name_test(text)
    title, index = find_title(strip_chrome(text), is_site_name=is_site_name)
    assert title == "Lumo Robotics raises $85 million"
    assert drop_labels_above(strip_chrome(text), index, is_site_name).startswith(title)
    # Without the footer a short Title Case headline stays the headline.
    short = "Alibaba Cloud Posts Profit\n\nThe unit said it made money."
    assert find_title(short, is_site_name=site_name_test(short))[0] == "Alibaba Cloud Posts Profit"


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter, LinkedIn and Facebook for the latest startup news.",
        "View original content to download multimedia: https://www.example.com/news/1.html",
        "View source version on businesswire.com: https://www.example.com/news/home/1/en/",
        "（责任编辑：王芳）",
        "Copyright 1995 - 2021. All rights reserved. The content (including but not limited to text, photo, "
        "multimedia information, etc) published in this site belongs to the publisher. Without written "
        "authorization, such content shall not be republished or used in any form.",
    ],
)
def test_follow_prompts_wire_links_editor_credits_and_long_notices_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Followers of the company say the $2 billion deal was long expected.",
        "The firm's copyright claims, worth $3 million, were settled, the court said.",
    ],
)
def test_prose_near_those_shapes_is_kept(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Subscribers rose to 4.2 million in the quarter.", False),  # once dropped as a 'subscribe' prompt
        ("Subscription revenue rose 20% to $1 billion.", False),
        ("This story was published in 2019 and revenue rose 5%.", False),
        ("Subscribe now", True),
        ("Continue reading the main story", True),
        ("Advertisement - Scroll to continue", True),
        ("Image caption, The plant in Ostrava", True),
        ("Disclosure: The author has no position in any stocks mentioned.", True),
        ("This article was originally published on Example Weekly.", True),
        ("Already have an account? Sign in", True),
        ("Download our app", True),
    ],
)
def test_reader_prompts_and_the_news_sentences_they_resemble(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


@pytest.mark.parametrize(
    "line",
    [
        "Media Relations costs rose 3% to $12 million in the year, the filing showed.",
        "Topics: cloud revenue rose 20% to 9.1 billion yuan, the company said in a statement on Monday.",
        "Posted by the company on its blog, the results showed 20% growth in the quarter.",
        "Subscribe Inc. reported revenue of $3 billion for the year ended in March.",
        "Reporting by the firm's auditors showed $2 billion in revenue had been booked early.",
    ],
)
def test_a_sentence_stating_a_figure_is_never_chrome_whatever_its_first_words(line: str) -> None:
    assert not is_chrome_line(line)
    assert strip_chrome(f"Headline\n\n{line}") == f"Headline\n\n{line}"


def test_reader_offers_with_figures_are_still_chrome() -> None:
    assert is_chrome_line("Subscribe today and get 50% off your first year of unlimited access.")


@pytest.mark.parametrize(
    "header",
    [
        "          Q4 FY21    Q4 FY20    FY21       FY20",
        "FY2024   FY2023",
        "H1 2024 | H1 2023 | Q2'24",
        "CONSOLIDATED (Rs crore)     Q4 FY25   Q4 FY24    FY25     FY24",  # a corner caption
        "             Q4 FY25    Q3 FY25    Q4 FY24    YoY (%)",  # a change column
    ],
)
def test_a_table_header_row_of_periods_is_not_a_menu(header: str) -> None:
    assert not is_chrome_line(header)
    text = f"Results (US$ in millions)\n\n{header}\nRevenue     560.0    430.5\n"
    assert header in strip_chrome(text)


def test_a_contact_line_written_as_a_sentence_is_dropped_for_its_address() -> None:
    # Long and ending with a period: only the e-mail address, phone number or web address shows it
    # belongs to the contact block.
    body = "Revenue rose 12% in the quarter, the company said."
    for detail in ("press@contoso.example", "+1 (555) 010-0199", "https://contoso.example/press"):
        line = f"Please send any questions you may have about this announcement to our office at {detail}."
        text = f"{body}\n\nMedia contact:\nJane Roe\n{line}\n"
        assert strip_chrome(text) == body, detail


def test_a_safe_harbor_heading_drops_the_disclaimer_paragraphs_under_it_and_no_further() -> None:
    # Each paragraph names the disclaimer once (a headless paragraph needs two mentions to go).
    first = "Statements about future plans in this release are forward-looking statements."
    second = "Our actual results may differ materially from those we expect today."
    after = "The company was founded in 1998 and employs 4,000 people."
    text = f"Results were strong.\n\nSafe harbor statement\n\n{first}\n\n{second}\n\n{after}"
    assert strip_chrome(text) == f"Results were strong.\n\n{after}"
