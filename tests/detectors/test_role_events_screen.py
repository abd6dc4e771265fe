"""The pre-screens of `role_events`: `_KEYWORD_SCREEN` of `_KEYWORDS`, `_EVENT_WORDS` of `_EVENTS`; neither ever turns
away a text the expressions match."""

from __future__ import annotations

import random

import pytest

from detectors import role_events
from detectors.gate import folds_exactly
from detectors.role_events import _EVENT_WORDS, _EVENTS, _KEYWORD_SCREEN, _KEYWORDS, _may_hold_event, career_events
from detectors.words import folded, words
from tests.detectors.test_role_events import OWN, SOMEONE_ELSES

PIECES = (
    "job", "JOB", "Post", "role", "position", "year", "placement", "QTS", "qtls", "QTLS", "pgce", "NPQH", "induction",
    "day", "week", "Term", "start", "promoted", "appointed", "interview", "taught", "teaching", "lectures", "to",
    "be", "become", "join", "TO", "Be", "x", "the", "j ob", "q-ts", "ſtart", "ı", "wee\u212a", "é", "🙂", "since",
    "Month", "for", "of",
)  # fmt: skip
SPACES = (" ", "  ", "\u00a0", "\u2003", "\t", "\n", "\x1c", "", "-", "’")
EVENT_SPACES = (" ", " ", " ", "  ", "\t", "\n", "\x1c", "", "-", "'", ", ")


def test_the_screen_never_turns_away_a_keyword() -> None:
    rng = random.Random(16)
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) + rng.choice(SPACES) for _ in range(rng.randint(1, 5)))
        if _KEYWORDS.search(text):
            assert not folds_exactly(text) or _KEYWORD_SCREEN.search(folded(text)), text
        assert _may_hold_event(text) == (_KEYWORDS.search(text) is not None), text


EVENT_PIECES = (
    *OWN, *SOMEONE_ELSES, "I", "i've", "have", "having", "been", "my", "got", "Landed", "accepted", "offered", "NEW",
    "starting", "started", "start", "promoted", "appointed", "as", "to", "a", "the", "new", "acting", "TA", "teacher",
    "deputy head", "head of year", "NQT", "ECT", "job", "post", "role", "position", "year", "placement", "QTS", "pgce",
    "npqsl", "ect induction", "first", "last", "day", "week", "term", "proud", "honoured", "be", "join", "them",
    "interview", "interviewed", "for", "at", "in", "taught", "teaching", "lecturing", "school", "primary", "Year 3",
    "probationary", "teacher training", "x", "jobs", "started.", "to-be", "as_", "day1", "(", "!",
)  # fmt: skip


def test_the_event_words_never_turn_away_an_event() -> None:
    """`role_events._EVENT_WORDS`: an ASCII text an event's pattern matches holds one word of each of its sets."""
    rng = random.Random(17)
    for _ in range(30000):
        text = "".join(rng.choice(EVENT_PIECES) + rng.choice(EVENT_SPACES) for _ in range(rng.randint(2, 9)))
        if not text.isascii():
            continue
        present = frozenset(words(text))
        for (what, pattern), slots in zip(_EVENTS, _EVENT_WORDS, strict=True):
            if pattern.search(text):
                assert all(not slot.isdisjoint(present) for slot in slots), (what, text)


def test_career_events_find_what_reading_every_pattern_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screened reading (`role_events._may_hold`) finds exactly what every pattern read in full finds."""
    rng = random.Random(18)
    texts = ["".join(rng.choice(EVENT_PIECES) + rng.choice(EVENT_SPACES) for _ in range(rng.randint(2, 9)))
             for _ in range(5000)]  # fmt: skip
    screened = [career_events(text) for text in texts]
    monkeypatch.setattr(role_events, "_may_hold", lambda plain: role_events._EVENTS)
    assert screened == [career_events(text) for text in texts]
    assert sum(map(bool, screened)) > 100
