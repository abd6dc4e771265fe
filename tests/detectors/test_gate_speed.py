"""Issue 16's cheaper gate steps give the answers of the steps they replace, on invented texts.

`has_digit` reads an ASCII text's folded bytes instead of scanning the text; the job gate's
`KeywordGate` answers from the words the gate has already screened (`opens`) and tests a pattern's
one-word slots as one subset; the e-mail gate looks for a dot a spelt-out domain needs before the
spelt-out search; the school candidates look for what a tag and a saint's name open with first.  Each is held here against the plain check it stands for.
"""

from __future__ import annotations

import random
import re

from detectors.email import (
    _DOMAIN_DOT,
    _OBFUSCATED,
    _OBFUSCATION_NEAR_AT,
    _SPELT_HINT,
    EmailDetector,
    _may_hold_at_address,
    _may_spell_at,
    _may_spell_near_at,
)
from detectors.gate import has_digit
from detectors.job_gate import ROLE_GATE as _GATE
from detectors.job_gate import gate_words as _screen
from detectors.job_title import touches_any
from detectors.nlp import KeywordGate
from detectors.school_candidates import _SAINT_NAME, _SCHOOLISH_TAG, _bare_names, _tags
from detectors.school_life import life_opens, wider_opens
from detectors.words import WORDS_CACHED_CHARS, words
from tests.detectors.test_gate_prescreens import TEXTS, _item

DIGIT = re.compile(r"\d")


def test_has_digit_is_a_digit_search() -> None:
    rng = random.Random(16)
    pieces = ("Year", "6", "٣", "①", "²", "Ⅻ", "𝟕", "no", " ", "\u00a0", "é", "🙂", "x" * WORDS_CACHED_CHARS, "0", "9")
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    for text in [*texts, *TEXTS]:
        assert has_digit(text) == (DIGIT.search(text) is not None), text


def test_has_digit_past_the_cached_length() -> None:
    assert has_digit("x" * WORDS_CACHED_CHARS + " 7")
    assert not has_digit("x" * (WORDS_CACHED_CHARS + 5))


def _as_written(gate: KeywordGate, text: str) -> bool:
    """A `KeywordGate` as first written: every pattern checked slot by slot."""
    found = words(text)
    if gate._any.isdisjoint(found):
        return False
    if not gate._anchors.isdisjoint(found):
        return True
    present = frozenset(found)
    return any(all(not slot.isdisjoint(present) for slot in slots) for slots in gate._full)


def test_keyword_gate_from_its_screened_words_is_the_gate() -> None:
    screen = _screen()
    assert screen is not None and _GATE.screen is not None and _GATE.screen <= screen
    for text in TEXTS:
        screened = screen.intersection(words(text))
        assert _GATE.opens(screened, text) == _GATE(text) == _as_written(_GATE, text), text


def test_keyword_gate_with_one_word_and_wider_slots() -> None:
    patterns: list[list[dict[str, object]]] = [
        [{"LOWER": "head"}, {"LOWER": "of"}, {"LOWER": {"IN": ["year", "dept"]}}],
        [{"LOWER": "my"}, {"LOWER": "class"}],
        [{"LOWER": "the"}, {"LOWER": "class"}, {"LOWER": "of"}, {"LOWER": "2024", "OP": "?"}],
        [{"LOWER": "lanyard"}],
    ]
    gate = KeywordGate(patterns, ("head", "of", "year", "dept", "my", "class", "the"))
    for text in ("Head of Year again", "head of dept", "head of the year", "my class", "class my", "the class of",
                 "of the class", "LANYARD", "head year", "", "my head of class year"):  # fmt: skip
        assert gate(text) == _as_written(gate, text), text
        assert gate.opens(gate._any.intersection(words(text)), text) == gate(text), text


def test_job_gate_order_does_not_change_it() -> None:
    screen = _screen()
    assert screen is not None
    for text in TEXTS:
        screened = screen.intersection(words(text))
        before = bool(screened) and (life_opens(screened, text) or wider_opens(screened, text) or _GATE(text))
        assert touches_any(_item(text)) == before, text


SPELT = (
    "jo at example dot com", "jo AT example DOT org", "jo [at] example [dot] net", "jo(at)example(.)com",
    "jo{at}example{dot}org", "jo @ example.com", "@sam jo at example . com", "@sam jo at example.com",
    "@sam meet me at 5", "@sam see you at the pub", "@sam k dot osei 90 at example punto com", "@sam at home.",
    "@sam at <3", "@sam jo at example\u00a0dot\u00a0com", "@sam ſam at exampl\u212a.org", "@sam at x.-",
)  # fmt: skip


def test_a_spelt_out_domain_always_has_its_dot() -> None:
    for text in [*SPELT, *TEXTS]:
        for found in _OBFUSCATED.finditer(text):
            assert _DOMAIN_DOT.search(found.group("domain")), text


def test_the_email_gate_is_as_written() -> None:
    detector = EmailDetector()
    for text in [*SPELT, *TEXTS]:
        if "@" in text:
            near = _may_spell_near_at(text) and _OBFUSCATION_NEAR_AT.search(text) is not None
            before = _may_hold_at_address(text) or (near and _OBFUSCATED.search(text) is not None)
        else:
            before = _may_spell_at(text) and _SPELT_HINT.search(text) is not None
            before = before and _OBFUSCATED.search(text) is not None
        assert detector.wants(_item(text)) == before, text


SAINTS = ("St Bede's", "ST WILFREDS", "Saint Mary", "SAINT JOHN", "st bede", "St. Anne's", "Sts", "at St\u00a0Kew",
          "leaving Stoneleigh", "to St Ives Primary", "#StBedes", "@StBedesPrimary", "#stbedes school")  # fmt: skip


def test_saint_names_and_tags_open_as_the_checks_say() -> None:
    for text in [*SAINTS, *TEXTS]:
        if _SAINT_NAME.search(text):
            assert "St" in text or "ST" in text or "Saint" in text or "SAINT" in text, text
        if _SCHOOLISH_TAG.search(text):
            assert "@" in text or "#" in text, text
    assert any(c.found_as.startswith("a saint's") for text in SAINTS for c in _bare_names(text))
    assert [c.start for c in _tags("#StBedes @StBedesPrimary #stbedes school")] == [9]


def test_typographic_punctuation_parts_words_as_its_ascii_twin_does() -> None:
    """Phones type "…", curly quotes and dashes: "SENCo…" and "“Year 6 teacher”" hold their words, as "SENCo..."
    does; a letter beyond ASCII stays part of its word, and the folded text keeps one byte for one byte."""
    from detectors.words import folded

    assert words("SENCo… again") == words("SENCo... again")
    assert words("“Year 6 teacher” – TA\u00a0now") == words('"Year 6 teacher" - TA now')
    assert words("I’m a TA") == words("I'm a TA")
    assert words("café in Zürich") == ["café".encode(), b"in", "zürich".encode()]
    for text in ("SENCo… again", "“quoted”", "a\u00a0b"):
        assert len(folded(text)) == len(text.encode("utf-8"))
    assert _GATE("SENCo… again") and _GATE("“Year 6 teacher” is my job")
