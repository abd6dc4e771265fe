"""Exact pre-screens of the issue 16 speed round: each says "cannot match" only where the full path finds nothing.

Invented texts only: the shapes each screen turns away ("2nd", "4th", a capital after a comma), the shapes it
must keep (a postcode, a street-shaped name after "on" or a comma), and case twins the folded bytes do not
lower-case ("ſ", "İ", the Kelvin sign).
"""

from __future__ import annotations

import pytest

from detectors.address_gate import address_screen, wants_address
from detectors.base import Item, Provenance
from detectors.gate_batch import TextBatch
from detectors.role_everyday import EVERYDAY_SENSE
from detectors.role_filters import (
    _DENIES,
    _HELPER,
    _OWN_SCHOOL_DAYS,
    _PUPIL,
    _STUDENT,
    _VISITOR,
    DENIES_SCHOOL_JOB,
    OWN_SCHOOL_DAYS,
    PARENT_HELPER,
    PUPILS_VOICE,
    STUDENTS_VOICE,
    VISITOR,
)
from detectors.role_register import _SPEAKER, _no_speaker


def _items(texts: list[str]) -> list[Item]:
    return [Item(Provenance("x", "tweets.js", str(n), "full_text"), text=text) for n, text in enumerate(texts)]


ADDRESS_TEXTS = [
    "happy 2nd birthday to the best dog, cake at 4pm",
    "4th time lucky, the bus was late again",
    "parcel to LS99 9ZZ please",
    "send it to 12 Larkspur Close, LS99 9ZZ",
    "ls99 9zz is the code",
    "GIR 0AA",
    "Gir 0aa",
    "we moved, Orchard Lea is lovely",
    "I'm on Fernlea now",
    "I'm home, Sam said hello",
    "I'm on Monday, Tuesday off",
    "live on Birch Lea, by the shop",
    "home x2ab, a1 0ab",
    "re: 3rd floor, Oakley",
    "our street, The Spinney, is quiet",
    "\u0130'm on Fernlea",
]


def test_the_address_screen_keeps_every_text_its_gate_accepts() -> None:
    items = _items(ADDRESS_TEXTS)
    screened = address_screen(TextBatch(items))
    accepted = {n for n, item in enumerate(items) if wants_address(item)}
    assert accepted <= screened
    assert {2, 3, 4, 5} <= accepted  # the postcodes, in either case
    assert not {0, 1, 9, 10} & screened  # an ordinal or a capital after a comma alone: turned away in the batch


@pytest.mark.parametrize(
    ("pattern", "kept"),
    [
        (_PUPIL, PUPILS_VOICE),
        (_OWN_SCHOOL_DAYS, OWN_SCHOOL_DAYS),
        (_STUDENT, STUDENTS_VOICE),
        (_DENIES, DENIES_SCHOOL_JOB),
        (_HELPER, PARENT_HELPER),
        (_VISITOR, VISITOR),
    ],
)
def test_each_role_filter_answers_as_its_pattern(pattern: object, kept: object) -> None:
    texts = [
        "the supply teacher gave us a free period",
        "LET US GO HOME, SAID MY NEW MATHS TEACHER",
        "when I was in Year 9 we did this",
        "sat my A-levels in the rain",
        "I'm a Year 12 student",
        "I'm a Year 12 \u017ftudent",  # "ſ": a case twin of "s", not lower-cased in the folded bytes
        "I'm not even a teacher",
        "helping out as a parent reader",
        "school visit today, 200 kids",
        "thanks for ho\u017fting me",
        "marking all weekend",
        "\u0130 love Fridays",
    ]
    for text in texts:
        expected = pattern.search(text.replace("\u2019", "'")) is not None  # type: ignore[attr-defined]
        assert kept(text, 0, len(text)) == expected  # type: ignore[operator]


def test_the_everyday_sense_filter_still_reads_a_text_that_folds_inexactly() -> None:
    assert EVERYDAY_SENSE("tru\u017ft me, it is fine", 0, 20)  # "ſ": read by the pattern, not the word split
    assert EVERYDAY_SENSE("trust me, it is fine", 0, 20)
    assert not EVERYDAY_SENSE("what a lovely day", 0, 17)


def test_no_speaker_is_the_regex_on_every_kind_of_text() -> None:
    texts = ["Staff can request leave", "me_too", "_me", "ME!", "m e", "1me", "we're off", "it's us",
             "I", "pupils respond", "me\U0001f642", "\u00e9me", "ourselves", "mine-field", "Ive"]  # fmt: skip
    for text in texts:
        assert _no_speaker(text) == (not _SPEAKER.found_in(text))
