"""Company metrics: tie quantities to a metric name, an organization and a reporting period.

How a figure is decided, in order:
1. The article's calendar is read first (article_calendar.py): fiscal year ends the text states or
   implies ("fiscal 2020 third quarter, which ended March 31", "(1 July 2023 to 30 June 2024)", "the
   fourth quarter (January to March)", "whose fiscal year follows the calendar", "(year ended 30 June
   2025)", and with FY codes "the 12 months to June 30"; credited to the sentence's first organization
   that is no preposition's object, else the main one), whether it names its
   years by the calendar year they start in ("fiscal 2024, the year that ended March 31, 2025":
   periods.START_NAMED), and for undated pages the year the lead names. A calendar the text states is
   the one it speaks in: its plain quarters are the company's (periods.STATED). Every figure is dated
   in its company's calendar from the first sentence on.
2. Label lines and tables are read by their layout (lines.py): "Label: value (growth)" with the
   earlier figure it compares with ("from R223.5 billion in 2023", "(2023: ...)"), user and customer
   counts, period rows under a heading, header rows of periods (split years "2023/2024") over rows of
   figures whose label may state their unit ("Revenue (DKKm)"), leader dots, bracketed earlier
   figures, indented segment rows. A line is dated by its own period, else its caption's lone year,
   else the last period above it that is not a comparison's or a forecast's. A line or row naming a
   business unit (units.py: "Retail division revenue: ...", "Retail: net sales ...", a unit under "By
   segment:", a Title Case row of a table of parts, a row "Retail revenue" of a unit the article calls
   one) is that unit's own figure, named by its measure (GOLD_SCHEMA Conventions); a place never is one.
3. Every other sentence is read once into a view (organizations, products, subject, period phrases,
   clauses, quantities). Each quantity is named from its own phrase by the cue tables of
   cues.py (head noun, scope modifiers, per-share, points), else by the sentence's earlier
   figures (comparison, listing, elliptical clauses); it is owned, in a sentence naming several
   organizations, by the one the dependency parse states (parsed_owner.py: the subject of the verb
   governing the figure, its possessor, "revenue at X", a relative clause's antecedent), else by the
   organization the clause is about (a named unit > possessive > "revenue at X" > clause subject >
   nearest mention > discourse subject; products, sources and bullet words own nothing; a name governed
   by a preposition, "In a filing with X, the group said", is no subject while another is named), and
   dated by the period phrase next to it > the sentence's period > the period the paragraph (or the
   lead) is talking about. Descriptors the recognizer resolved by recency alone are read again: one
   resolved to a preposition's object or to an organization named only later stands for the last
   organization named before it as no such object. A heading naming another organization than the
   topic opens a new item (a briefs page). Lines that name no organization belong to the one their
   caption names ("X key figures for 2024:"), else to the main organization the prose above them was
   about.
4. Comparison and forecast period phrases ("well below the 7.9% posted in fiscal 2024", "up 5% on the
   third quarter", "Compared with the first quarter, ..."), the year of an earlier event ("acquired in
   2019") or of a deal's money, never become the context of later sentences; a comparison figure
   takes the earlier period; forecasts, consensus, deal amounts and page chrome are dropped. A heading
   in capitals ("FOURTH QUARTER (APRIL - JUNE 2025)") or a sentence without figures naming a year-less
   quarter dates what follows; a table header dates it by the first of its periods ending last ("Q2 2025
   | Q2 2024 | H1 2025": the quarter), and a label line naming its own period ("Q2 revenue, EMEA: ...")
   by that. The first period the prose dates is the document's reporting period: a paragraph about a
   part of it ("the fourth quarter alone") hands the next paragraph the document's period, and the latest
   period a sentence dates (not the last named) is the one the text goes on about. A bracket opened by a
   period label ("(FY24: Rs 23.0)") holds the earlier figure. Run rates (ARR) are levels: only a period of
   their own clause dates them.

Modules: article (the article loop), article_calendar, lines, sentence (one sentence's view and
facts), naming, owners, parsed_owner, dating, clauses, context, cues (the cue tables with examples),
vocabulary, units (business units that report their own figures).
"""

from pipelines.extraction.metrics.article import find_metrics

__all__ = ["find_metrics"]
