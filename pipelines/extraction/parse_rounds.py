"""Several articles' rules sharing one dependency parse per round (issue 11).

A parse call costs about 3 ms whatever its size and a sentence about 1.7 ms more (speed12), and the rules
of one article ask for a few small batches one after the other (reporting subjects, titles, deal parties,
deal sentences, each metric owner's sentence), each list known only when its stage runs. So the articles
of a group take turns: each runs its stages until it asks for a parse (or is done), and once every
article of the group is waiting, all their pending sentences go through ``nlp.pipe`` in one call and each
article resumes with its own parses. One batch per 16 articles cost 36% less parse than one call per
question, with the same parses (each sentence is still a document of its own).

Each article runs in a thread of its own, but only one runs at a time: the coordinator hands the turn to
one article and waits until it hands the turn back (by asking or finishing), so the rules never run
concurrently and see nothing of each other (the stages keep no state between articles but bounded caches
of pure functions). Threads, not generators, because a parse is asked for deep inside a stage (a metric's
owner, several calls down): turning every stage into a generator would rewrite all of them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipelines.extraction import syntax

# Articles whose parses share a round: speed12 measured 16 (a few pending lists each) at -36% of the parse;
# more would keep more articles' partial results alive at once for little further gain.
GROUP_SIZE = 16

_current = threading.local()  # in an article's thread: its ``_Turn`` and the ``ParseRounds`` it runs under


@dataclass
class _Turn:
    call: Callable[[], Any]
    go: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    question: list[str] | None = None  # sentence texts the article waits to have parsed
    answer: list[syntax.SentenceParse] | None = None
    result: Any = None
    error: BaseException | None = None
    done: bool = False
    seconds: float = 0.0  # wall seconds the article held the turn, plus its share of the rounds' parses


class ParseRounds:
    """Runs calls (one article's rules each) in turns, answering their parse questions in shared rounds."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self._back = threading.Semaphore(0)  # released by an article's thread when it hands the turn back

    def run(self, calls: Sequence[Callable[[], Any]]) -> list[tuple[Any, float]]:
        """(result, or the exception it raised; seconds) per call, in order."""
        turns = [_Turn(call) for call in calls]
        for turn in turns:
            threading.Thread(target=self._play, args=(turn,), daemon=True, name="dealwire-rules-turn").start()
            self._resume(turn)  # runs until its first question or its end
        waiting = [turn for turn in turns if not turn.done]
        while waiting:
            self._answer(waiting)
            for turn in waiting:
                self._resume(turn)
            waiting = [turn for turn in waiting if not turn.done]
        return [(turn.error if turn.error is not None else turn.result, turn.seconds) for turn in turns]

    def _play(self, turn: _Turn) -> None:
        _current.turn, _current.rounds = turn, self
        turn.go.acquire()
        try:
            turn.result = turn.call()
        except BaseException as exc:  # noqa: BLE001 - the article's outcome, reported by the caller
            turn.error = exc
        finally:
            turn.done = True
            self._back.release()

    def _resume(self, turn: _Turn) -> None:
        started = time.perf_counter()
        turn.go.release()
        self._back.acquire()
        turn.seconds += time.perf_counter() - started

    def _answer(self, waiting: list[_Turn]) -> None:
        """Every waiting article's question parsed in one call; each turn's share of it by sentences."""
        texts = [text for turn in waiting for text in turn.question or ()]
        started = time.perf_counter()
        parses = syntax.sentence_parses(syntax.load_parser(self.model), texts)
        spent = time.perf_counter() - started
        offset = 0
        for turn in waiting:
            asked = len(turn.question or ())
            turn.answer, turn.question = parses[offset : offset + asked], None
            turn.seconds += spent * asked / max(1, len(texts))
            offset += asked

    def ask(self, texts: list[str]) -> list[syntax.SentenceParse]:
        """Called in an article's thread: hand the turn back with ``texts``, resume with their parses."""
        turn: _Turn = _current.turn
        turn.question = texts
        self._back.release()
        turn.go.acquire()
        answer, turn.answer = turn.answer, None
        return answer or []


def current_rounds(model: str | None) -> ParseRounds | None:
    """The rounds this thread's article runs under, if it does (and for the same model)."""
    rounds = getattr(_current, "rounds", None)
    return rounds if rounds is not None and rounds.model == model else None


def run_grouped(calls: Sequence[Callable[[], Any]], model: str | None = None) -> list[tuple[Any, float]]:
    """``ParseRounds.run`` over groups of ``GROUP_SIZE`` calls, in order."""
    outcomes: list[tuple[Any, float]] = []
    for first in range(0, len(calls), GROUP_SIZE):
        outcomes += ParseRounds(model).run(calls[first : first + GROUP_SIZE])
    return outcomes
