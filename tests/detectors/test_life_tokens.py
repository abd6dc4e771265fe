"""`life_tokens.TokenWords`: the phrase-matched reading gives what reading every token gives (invented texts)."""

from __future__ import annotations

import random

from detectors import nlp
from detectors.life_tokens import TokenWords
from detectors.school_life import LIFE_WORDS, life_areas, life_cues

PIECES = (
    "INSET", "#inset", "##Inset", "marking", "Books", "half-term", "half", "term", "1:1", "a-level", "Year", "6",
    "SLT", "slt's", "staffroom!", "kids", "the", "I", "love", "Ofsted", "(ppa)", "x", "😀", "ſats", "EHCP",
    "tas", "TA's", "@school", "e-mail", "open evening", "wet play",
)  # fmt: skip


def _texts(count: int = 3000) -> list[str]:
    rng = random.Random(20)
    return [
        "".join(rng.choice(PIECES) + rng.choice((" ", "  ", ", ", "-", "\n", "")) for _ in range(rng.randint(0, 12)))
        for _ in range(count)
    ]


def test_both_readings_find_the_same_tokens() -> None:
    texts = _texts()
    found = 0
    matched, read = TokenWords(LIFE_WORDS), TokenWords(LIFE_WORDS)
    for text, doc in zip(texts, nlp.docs(texts), strict=True):
        every_token = [(lower, t.i) for t in doc if (lower := t.lower_.lstrip("#")) in LIFE_WORDS]
        assert matched(doc, text) == every_token, text
        assert read(doc) == every_token, text
        found += bool(every_token)
    assert found > 2000


def test_cues_and_areas_are_the_same_given_the_text_or_not() -> None:
    texts = _texts(500)
    for text, doc in zip(texts, nlp.docs(texts), strict=True):
        with_text = (life_cues(doc, text=text), life_areas(doc, text))
        fresh = nlp.english()(text)  # another `Doc`, so nothing kept from the first reading answers
        assert (life_cues(fresh), life_areas(fresh)) == with_text, text


def test_the_latest_answer_is_kept_for_the_same_doc_only() -> None:
    words = TokenWords({"marking"})
    first, second = nlp.english()("Marking again"), nlp.english()("no marking")
    assert words(first, "Marking again") == [("marking", 0)]
    assert words(first) is words(first, "Marking again")
    assert words(second, "no marking") == [("marking", 1)]
