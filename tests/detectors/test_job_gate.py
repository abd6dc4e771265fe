"""The job detector's batch screen (`detectors.job_gate`) never turns away a text its gate accepts.

Its lone rules are worked out from the gate's tables, so they are held against the gate itself: texts put
together from every screen word, the words their rules name, the other words of the gate's patterns and
phrases, handles and hashtags with and without a school word, and near misses, all invented.
"""

from __future__ import annotations

import random

from detectors import job_gate, job_title, school_life
from detectors.base import Item, Provenance
from detectors.gate_batch import TextBatch
from detectors.job_gate import job_screen, lone_rule, lone_rules

SCREEN = job_gate.gate_words() or frozenset()


def _pieces() -> list[str]:
    """The gate's words and their neighbours, as a text may write them."""
    rules = lone_rules(job_gate.ROLE_GATE, SCREEN)
    words = {word.decode() for word in SCREEN}
    words |= {word.decode() for rule in rules.values() if rule is not None for word in rule[0]}
    phrases = [phrase for under in school_life._PHRASES_BY_KEY.values() for _, phrase in under]
    patterns = [single.union(*wider) for under in job_gate.ROLE_GATE._by_key.values() for single, wider in under]
    words |= {word.decode() for slots in (*phrases, *patterns) for word in slots}
    spelled = sorted(words)
    return [*spelled, *(w.upper() for w in spelled[::7]), *(w.title() for w in spelled[::5])]


PIECES = _pieces()
EXTRA = ("@FernsidePrimary", "#OakhurstAcademy", "@jo", "#fun", "@", "#", "Grade 6", "P7", "Year 4", "yr9s", "ſchool",
         "olives", "x", "I", "my", "the", "of", "wet", "play", "1:1", "half-term", "é", "🙂")  # fmt: skip
JOINS = (" ", " ", " ", ", ", ". ", "\n", "-", "'", "’", "\u00a0", "_", "")


def _items(texts: list[str]) -> list[Item]:
    return [Item(Provenance("x", "tweets.js", str(n), "full_text"), text=text) for n, text in enumerate(texts)]


def test_the_screen_keeps_every_text_the_gate_accepts() -> None:
    rng = random.Random(16)
    texts = []
    for _ in range(12000):
        count = rng.choice((1, 1, 1, 2, 2, 3))
        parts = [rng.choice(PIECES) for _ in range(count)] + [rng.choice(EXTRA) for _ in range(rng.randint(0, 2))]
        rng.shuffle(parts)
        texts.append("".join(part + rng.choice(JOINS) for part in parts))
    items = _items(texts)
    for at in range(0, len(items), 1000):
        chunk = items[at : at + 1000]
        batch = TextBatch(chunk, SCREEN)
        screened = job_screen(batch, job_gate.ROLE_GATE, SCREEN)
        accepted = {n for n, item in enumerate(chunk) if job_title.touches_any(item)}
        assert accepted <= screened, [chunk[n].text for n in accepted - screened]
        assert len(screened) < len(batch.with_words(SCREEN))  # it does turn some away


def test_a_word_that_opens_alone_has_no_rule_and_a_dead_one_needs_more() -> None:
    rules = lone_rules(job_gate.ROLE_GATE, SCREEN)
    assert rules[b"teacher"] is None and rules[b"senco"] is None and rules[b"year"] is None
    assert rules[b"one"] == (frozenset(), False)  # "one to one support": "support" is a screen word too
    assert rules[b"miss"] == (frozenset(), True)  # an everyday life word: a second one, or a school's handle
    play = lone_rule(b"play", job_gate.ROLE_GATE, SCREEN)
    assert play is not None and b"wet" in play[0]


def test_the_detector_screens_with_it() -> None:
    texts = ["what a day", "wet play again", "one more day", "I'm a teacher", "miss you @FernsidePrimary", "olives"]
    chunk = _items(texts)
    detector = job_title.JobTitleDetector()
    screened = detector.screen(TextBatch(chunk, detector.screen_words()))
    assert screened is not None
    passed = {texts[n] for n in screened}
    assert passed >= {text for text, item in zip(texts, chunk, strict=True) if detector.wants(item)}
    assert "what a day" not in passed and "olives" not in passed
