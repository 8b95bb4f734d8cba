"""people.py's titled-name forms: each declares, beside its pattern, the words one of which every match
holds, and a window holding none of them is skipped; the matches must be exactly those of scanning every
window, and every form's own example must still be found through the prefilter."""

import pytest

from pipelines.extraction import people

TEXTS = [
    "Ana Ruiz, who is chief executive of Quarvo, said the deal closed. Shares rose.",
    "Ana Ruiz, who remains chief executive, spoke. The chief executive said so.",
    "Ana Ruiz heads the company since 2019, its chief executive said.",
    "Ana Ruiz runs the bank. The chief financial officer Tom Lee agreed.",
    "Ana Ruiz leads the group, the chief executive said. Tom Lee chairs the board.",
    "Ana Ruiz, the bank's chief financial officer, said the bank runs well; Tom Lee leads its unit.",
    "The president said nothing. Who is the chief executive? Nobody heads it.",
    "Tom Lee, a retail analyst at Quarvo Securities, said sales were weak. The analyst said so.",
]
FORMS = people._TITLED_NAME_PATTERNS
EXAMPLES = [form.example for form in FORMS]


def _matches(text: str, prefilter: bool) -> list[tuple[int, int, int]]:
    windows = people._title_windows(text)
    found = []
    for index, form in enumerate(FORMS):
        scanned = people._windows_holding(text, windows, form.needed_words) if prefilter else windows
        found += [
            (index, m.start(), m.end()) for lo, hi in scanned for m in form.pattern.finditer(text, lo, hi)
        ]
    return found


def test_four_forms_declare_the_words_their_matches_hold() -> None:
    declared = sorted(form.needed_words for form in FORMS if form.needed_words)
    assert declared == [
        ("analyst", "economist", "strategist"),
        ("heads", "runs"),
        ("leads", "chairs"),
        ("who",),
    ]


@pytest.mark.parametrize("index", range(len(FORMS)))
def test_every_form_finds_a_name_in_its_own_example_through_the_prefilter(index: int) -> None:
    form = FORMS[index]
    text = form.example
    windows = people._windows_holding(text, people._title_windows(text), form.needed_words)
    assert windows, f"the prefilter skips every window of {text!r}"
    assert any(m.group(1) for lo, hi in windows for m in form.pattern.finditer(text, lo, hi)), text


def test_every_needed_word_is_written_in_its_pattern() -> None:
    # A word the pattern never writes cannot be one every match holds.
    for form in FORMS:
        assert all(word in form.written for word in form.needed_words), form.written


@pytest.mark.parametrize("text", TEXTS + EXAMPLES)
def test_the_prefilter_keeps_every_match(text: str) -> None:
    assert _matches(text, prefilter=True) == _matches(text, prefilter=False)


def test_the_examples_do_match_the_prefiltered_patterns() -> None:
    # Otherwise the test above would pass on patterns that never match.
    prefiltered = {index for index, form in enumerate(FORMS) if form.needed_words}
    hit = {index for text in TEXTS for index, _s, _e in _matches(text, prefilter=False)}
    assert prefiltered <= hit


def test_a_window_without_the_words_is_skipped() -> None:
    text = "Ana Ruiz, the chief executive, said."
    windows = people._title_windows(text)
    assert people._windows_holding(text, windows, ("heads", "runs")) == []
    assert people._windows_holding(text, windows, ()) == windows


@pytest.mark.parametrize("heading", ["Management\n", "3) People\n\n", "4. Management\n\n"])
def test_a_titled_name_under_a_section_heading_leaves_the_heading_out(heading):
    from pipelines.extraction.people.titled_names import _titled_name_spans

    text = f"Kestrel Foods grew.\n\n{heading}Ana Ruiz, Chief Executive Officer of Kestrel, said it grew."
    found = {text[s:e] for s, e, _trusted in _titled_name_spans.__wrapped__(text)}
    assert "Ana Ruiz" in found
    assert not any("\n" in name for name in found)


def test_a_name_the_model_and_a_title_form_agree_on_is_kept_over_an_organization_guess():
    from pipelines.extraction.people.name_spans import _name_spans

    text = "Kestrel Foods grew, said the chief executive of the company, Ana Ruiz, on a call."
    start = text.index("Ana Ruiz")
    span = (start, start + len("Ana Ruiz"))
    tagged, _strong = _name_spans(text, [(*span, "PERSON")], {"Ana Ruiz", "Kestrel Foods"})
    assert span in tagged
    untagged, _strong = _name_spans(text, [], {"Ana Ruiz", "Kestrel Foods"})
    assert span not in untagged  # the form alone is not trusted over the organization's reading
