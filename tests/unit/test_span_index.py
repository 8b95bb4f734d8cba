"""The span indexes answer exactly what the scans they replace answered (random spans, every edge)."""

from __future__ import annotations

import random

from pipelines.extraction.span_index import Coverage, StartIndex


def _random_spans(rng: random.Random, count: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(count):
        start = rng.randint(0, 60)
        spans.append((start, start + rng.choice([0, 0, 1, 2, 5, 30, -3])))  # empty and reversed too
    return spans


def test_coverage_counts_what_the_sum_over_every_span_counts() -> None:
    rng = random.Random(7)
    for _ in range(3_000):
        spans = _random_spans(rng, rng.randint(0, 8))
        coverage = Coverage(spans)
        start = rng.randint(-5, 70)
        end = start + rng.randint(-3, 40)
        expected = sum(max(0, min(e, end) - max(s, start)) for s, e in spans)
        assert coverage.covered(start, end) == max(expected, 0), (spans, start, end)


def test_start_index_finds_the_items_inside_and_overlapping_in_their_own_order() -> None:
    rng = random.Random(11)
    for _ in range(3_000):
        items = [(s, e) for s, e in _random_spans(rng, rng.randint(0, 8)) if e >= s]
        index = StartIndex(items, lambda item: item)
        start = rng.randint(-5, 70)
        end = start + rng.randint(0, 40)
        assert index.within(start, end) == [(s, e) for s, e in items if start <= s and e <= end]
        assert index.starting(start, end) == [(s, e) for s, e in items if start <= s < end]
        assert index.around(start, end) == [(s, e) for s, e in items if s <= start and end <= e]
        assert index.overlaps(start, end) == any(s < end and start < e for s, e in items), (items, start, end)


def test_overlapping_and_the_last_accepted_item_within_are_the_scans_answers_sorted_or_not() -> None:
    rng = random.Random(13)
    for round_ in range(4_000):
        spans = [(s, e) for s, e in _random_spans(rng, rng.randint(0, 10)) if e >= s]
        if round_ % 2:
            spans.sort()  # items in start order take the walk back, the others the listing
        items = [(s, e, number) for number, (s, e) in enumerate(spans)]  # equal spans told apart
        index = StartIndex(items, lambda item: item[:2])
        start = rng.randint(-5, 70)
        end = start + rng.randint(0, 40)
        assert index.overlapping(start, end) == [i for i in items if i[0] < end and start < i[1]]
        accept = rng.choice([lambda item: True, lambda item: item[2] % 2 == 0, lambda item: False])
        inside = [i for i in items if start <= i[0] and i[1] <= end and accept(i)]
        assert index.last_within(start, end, accept) == (inside[-1] if inside else None), (items, start, end)
