"""`role_events._KEYWORD_SCREEN` is a pre-screen of `_KEYWORDS`: it never turns away a text the expression matches."""

from __future__ import annotations

import random

from detectors.gate import folds_exactly
from detectors.role_events import _KEYWORD_SCREEN, _KEYWORDS, _may_hold_event
from detectors.words import folded

PIECES = (
    "job", "JOB", "Post", "role", "position", "year", "placement", "QTS", "qtls", "QTLS", "pgce", "NPQH", "induction",
    "day", "week", "Term", "start", "promoted", "appointed", "interview", "taught", "teaching", "lectures", "to",
    "be", "become", "join", "TO", "Be", "x", "the", "j ob", "q-ts", "ſtart", "ı", "wee\u212a", "é", "🙂",
)  # fmt: skip
SPACES = (" ", "  ", "\u00a0", "\u2003", "\t", "\n", "\x1c", "", "-", "’")


def test_the_screen_never_turns_away_a_keyword() -> None:
    rng = random.Random(16)
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) + rng.choice(SPACES) for _ in range(rng.randint(1, 5)))
        if _KEYWORDS.search(text):
            assert not folds_exactly(text) or _KEYWORD_SCREEN.search(folded(text)), text
        assert _may_hold_event(text) == (_KEYWORDS.search(text) is not None), text
