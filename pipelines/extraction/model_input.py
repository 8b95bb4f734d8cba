"""What of an article the extractor reads, model and rules alike: its prose, up to a cap, not lists,
tables or endless runs.

The model is the costly pass (about 1.5-3.5 s per 100,000 characters of prose on the benchmark machine,
up to 7.6 s on lists and tables: 80,000-95,000 entity spans per MB of "Alpha Corp, ..." or of table
rows). The rule stages ask it about names in sentences; a "sentence" thousands of characters long (no
full stop and no blank line in it: a table of rows, a list of names or figures, a pasted hash, a
run-on) is not prose a reporter wrote, so the extractor does not read it. And it reads at most
``MAX_MODEL_CHARS`` characters of an article (real news is 2-30k characters); the run's metadata names
each article read in part and how many characters were left unread. Text within both limits is read
exactly as before (the model gets the same pieces, the rules the same text), so ordinary articles get
the same facts.

The rules read the same regions (``read_text``): joined by a paragraph break into one shorter text, so
no pattern scans the skipped stretches (blanking them in place would leave long runs of spaces that a
pattern with an open-ended run of whitespace rescans), and every fact's offsets are mapped back onto
the article's text (``ReadText.facts_to_article``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from pipelines.extraction.model import ArticleFacts, Evidence, Quantity
from pipelines.extraction.sentences import split_sentences

# The longest sentence of the 153 gold articles (devset, seeds, heldout, blind..blind13) has 383
# characters, of 500 benchmark-corpus articles 1,136: a "sentence" over 5,000 is a list, a table or a run.
MAX_PROSE_SENTENCE_CHARS = 5_000
# Real news is 2-30k characters (the longest gold article 3,896); 200k characters of prose cost the
# model 3-7 s on the benchmark machine, so no article holds it for minutes.
MAX_MODEL_CHARS = 200_000


@dataclass(frozen=True)
class ModelInput:
    """The stretches of the text the model reads, as (start, end), and how many characters it does not."""

    regions: list[tuple[int, int]]
    unread_chars: int


def model_input(
    text: str, sentence_limit: int = MAX_PROSE_SENTENCE_CHARS, cap: int = MAX_MODEL_CHARS
) -> ModelInput:
    """Stretches of prose: the text cut around each sentence longer than ``sentence_limit`` and after
    the last whole sentence within ``cap`` characters read; the whole text when neither applies."""
    if len(text) <= min(sentence_limit, cap):
        return ModelInput([(0, len(text))] if text else [], 0)  # no sentence too long, no cap reached
    regions: list[tuple[int, int]] = []
    start = 0  # start of the stretch being read
    last_end = 0  # end of the last sentence seen
    read = 0
    for sentence in split_sentences(text):
        if sentence.end - sentence.start > sentence_limit:
            read += _close(regions, start, min(sentence.start, start + cap - read))  # cut only spaces
            start = sentence.end
        elif read + sentence.end - start > cap:
            read += _close(regions, start, max(start, last_end))
            return ModelInput(regions, len(text) - read)
        last_end = sentence.end
    # After the last sentence only whitespace is left (or the text has no sentence): read it when it fits
    # the cap, else stop at the last sentence (a megabyte of blank lines is nothing to read).
    end = len(text) if read + len(text) - start <= cap else max(start, last_end)
    read += _close(regions, start, end)
    return ModelInput(regions, len(text) - read)


def _close(regions: list[tuple[int, int]], start: int, end: int) -> int:
    if end <= start:
        return 0
    regions.append((start, end))
    return end - start


# Between two read regions: a paragraph break, so no sentence of the read text runs from one into the next.
REGION_BREAK = "\n\n"

Span = tuple[int, int, str]


@dataclass(frozen=True)
class ReadText:
    """The text the rules read (the regions joined by ``REGION_BREAK``) and the way back to the article's
    offsets. ``starts[i]`` is where region ``i`` begins in ``text``."""

    text: str
    regions: list[tuple[int, int]]
    starts: list[int]
    unread_chars: int

    @property
    def whole(self) -> bool:
        return not self.unread_chars

    def spans_to_read(self, spans: list[Span]) -> list[Span]:
        """Entity spans given on the article moved onto the read text; a span outside every region is
        dropped (the model reads only the regions, so it finds none there)."""
        region_starts = [start for start, _ in self.regions]
        moved = []
        for start, end, label in spans:
            index = bisect_right(region_starts, start) - 1
            if index >= 0 and end <= self.regions[index][1]:
                shift = self.starts[index] - self.regions[index][0]
                moved.append((start + shift, end + shift, label))
        return moved

    def to_article(self, start: int, end: int) -> tuple[int, int]:
        """A span of the read text as a span of the article: cut at the end of the region it starts in
        (a region break is no text of the article; one starting in a break starts at the next region)."""
        index = max(0, bisect_right(self.starts, start) - 1)
        region_start, region_end = self.regions[index]
        length = region_end - region_start
        if start - self.starts[index] >= length and index + 1 < len(self.regions):
            index += 1
            region_start, region_end = self.regions[index]
            length = region_end - region_start
        offset = min(max(0, start - self.starts[index]), length)
        stop = min(max(offset, end - self.starts[index]), length)
        return region_start + offset, region_start + stop

    def facts_to_article(self, facts: ArticleFacts, article: str) -> ArticleFacts:
        """The same facts with every evidence and quantity at its place in ``article``."""
        facts.unread_chars = self.unread_chars
        if not self.regions:  # nothing read (a text that is one list or token): nothing to move
            return facts

        def moved(record: Evidence | Quantity) -> Evidence | Quantity:
            start, end = self.to_article(record.start, record.end)
            return replace(record, start=start, end=end, text=article[start:end])

        for organization in facts.organizations:
            organization.mentions = [moved(mention) for mention in organization.mentions]
        for person in facts.people:
            person.mentions = [moved(mention) for mention in person.mentions]
        for fact in (*facts.deals, *facts.metrics):
            fact.evidence = moved(fact.evidence)
        facts.quantities = [moved(quantity) for quantity in facts.quantities]
        return facts


def read_text(text: str) -> ReadText:
    """What the rules read of ``text``: the model's regions (``model_input``), joined into one text."""
    reading = model_input(text)
    if not reading.unread_chars:
        return ReadText(text, reading.regions, [0] * len(reading.regions), 0)
    pieces, starts, position = [], [], 0
    for start, end in reading.regions:
        starts.append(position)
        pieces.append(text[start:end])
        position += end - start + len(REGION_BREAK)
    return ReadText(REGION_BREAK.join(pieces), reading.regions, starts, reading.unread_chars)
