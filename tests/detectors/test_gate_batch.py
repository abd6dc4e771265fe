"""Batch screens (issue 16) only save time: every item a gate accepts gets through its detector's screen,
and a batch's word split is the one `detectors.words` makes text by text.

Held on the invented texts of `test_gate_prescreens` (the words the gates look for, their near misses,
case twins, odd spaces) and on texts made to trip a batch: a NUL, a text too long to be cached, no text.
"""

from __future__ import annotations

import random
import re

import pytest

from audit.detection import outcome
from detectors import build_detectors, words
from detectors.address import AddressDetector
from detectors.address_gate import _GATE_WORDS
from detectors.base import Item, Provenance, SchoolProfile
from detectors.gate import has_digit
from detectors.gate_batch import TextBatch, vocabulary, wanted
from detectors.school import SchoolDetector
from tests.detectors.test_gate_prescreens import TEXTS

PROFILE = SchoolProfile(name="Fernside Primary School", aliases=("Fernside Primary",), town="Fernside",
                        handles=("FernsidePrimary",), domains=("fernside.example.org",))  # fmt: skip
ODD = [
    "", "a\x00b 07700 900123", "\x00", "call 0113 496 0123\x00", "x" * 1200 + " 12 Mill Lane teacher @jo",
    "jo@example.com", "jo (at) example (dot) com", "\u0661\u0662 Mill Lane", "Ofsted\x1cday", "ſchool #FernsidePrimary",
    "seven seven double oh nine double oh one two three", "12 Larkspur Close, LS99 9ZZ", "@sam see you at 5",
]  # fmt: skip


def _items(texts: list[str]) -> list[Item]:
    sections = ("post", "profile", "comment", "checkin")
    out = []
    for n, text in enumerate(texts):
        section = sections[n % len(sections)]
        provenance = Provenance("x", "tweets.js", str(n), "bio" if section == "profile" else "full_text", section)  # type: ignore[arg-type]
        out.append(Item(provenance, text=text or None, place="Fernside Primary School" if n % 97 == 5 else None))
    return out


ITEMS = _items([*ODD, *TEXTS])
CHUNKS = [ITEMS[at : at + 256] for at in range(0, len(ITEMS), 256)]


def test_a_batch_splits_its_texts_as_words_does() -> None:
    for chunk in (*CHUNKS, _items(ODD)):
        words.forget()
        batch = TextBatch(chunk)
        expected = [words.words(item.text or "") for item in chunk]
        assert batch.words == expected
        assert batch.folded == [words.folded(item.text or "") for item in chunk]
        assert [words.words(item.text or "") for item in chunk] == expected  # as kept in the cache


def test_kept_words_are_the_ones_made_afresh_and_long_texts_are_not_kept() -> None:
    words.forget()
    long = "teacher " * 200
    words.remember(["Marking books", long], [words._fold("Marking books"), words._fold(long)], [[b"marking"], [b"x"]])
    assert words.words("Marking books") == [b"marking"]
    assert words.words(long) == words._fold(long).split()
    assert words.fold_all(["a\x00b", "c"]) is None
    words.forget()
    assert words.words("Marking books") == [b"marking", b"books"]


def test_each_test_of_a_batch_is_the_test_of_each_text() -> None:
    digit = re.compile(r"\d")
    for chunk in CHUNKS:
        texts = [item.text or "" for item in chunk]
        batch = TextBatch(chunk, frozenset({b"teacher", b"school", b"at"}))
        every = range(len(texts))
        assert batch.with_digit() == {n for n in every if has_digit(texts[n])}
        assert batch.with_digit() == {n for n in every if digit.search(texts[n])}
        assert batch.non_ascii() == {n for n in every if not texts[n].isascii()}
        assert batch.containing("@") == {n for n in every if "@" in texts[n]}
        assert batch.searching(digit, range(0, len(texts), 2)) == {n for n in every[::2] if digit.search(texts[n])}
        for keywords in (frozenset({b"teacher"}), frozenset({b"at", b"school"}), frozenset({b"olives", b"x"})):
            assert batch.with_words(keywords) == {n for n in every if not keywords.isdisjoint(words.words(texts[n]))}
        assert batch.with_place() == {n for n in every if chunk[n].place}


@pytest.mark.parametrize("profile", [None, PROFILE], ids=["no profile", "profile"])
def test_every_screen_lets_through_what_its_gate_accepts(profile: SchoolProfile | None) -> None:
    detectors = [detector for detector in build_detectors(profile) if not detector.handles_media]
    screened = 0
    for chunk in CHUNKS:
        batch = TextBatch(chunk, vocabulary(tuple(detectors)))
        for detector in detectors:
            accepted = [n for n, item in enumerate(chunk) if detector.wants(item)]
            screen = detector.screen(batch)
            assert screen is None or set(accepted) <= set(screen), detector.kind
            assert wanted(batch, detector.wants, screen) == accepted
            screened += screen is not None
    assert screened >= 3 * len(CHUNKS)  # phone, job title, school (and address with its screen)


def test_the_batch_path_finds_what_the_item_path_finds() -> None:
    detectors = [detector for detector in build_detectors(PROFILE) if not detector.handles_media]
    chunk = CHUNKS[0]
    found = {(position, tuple(wanted_at)) for position, wanted_at, _ in outcome(chunk, detectors, None)}
    expected = set()
    for position, detector in enumerate(detectors):
        accepted = tuple(n for n, item in enumerate(chunk) if detector.wants(item))
        if accepted:
            expected.add((position, accepted))
    assert found == expected


@pytest.mark.parametrize("profile", [None, SchoolProfile(name="Hall Green Primary", handles=("HallGreenPri",))])
def test_the_school_screen_keeps_what_its_gate_accepts_word_by_word(profile: SchoolProfile | None) -> None:
    """`SchoolDetector.screen`: a word that opens the gate alone, two everyday life words ("class", "test"),
    or, with neither and no "#", a handle holding a school word (`school._HANDLE_WITH_SCHOOL_WORD`)."""
    rng = random.Random(19)
    parts = ("@", "@@", "Kestrel", "ACADEMY", "acad", "Pri", "mary", "_", "9", "High", "coll", "Infants", "x", "ſchool",
             "Trust", "nur", "sery", "CofE", "catholic", " ", " ", "\u00a0", ".", "-", "olives", "e", "jo", " class ",
             " test ", " Hall ", " kids ", " reading ", " Year 6 ", " yr ", " INSET ", " head ", "#", " green ")  # fmt: skip
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 9))) for _ in range(4000)]
    detector = SchoolDetector(profile)
    chunk = _items(texts)
    batch = TextBatch(chunk, detector.screen_words())
    accepted = {n for n, item in enumerate(chunk) if detector.wants(item)}
    screened = detector.screen(batch)
    assert accepted <= screened
    assert len(accepted) > 1000 and len(screened) < len(texts) - 500


def test_the_address_screen_keeps_what_its_gate_accepts_piece_by_piece() -> None:
    """`address_gate.address_screen`: every way `wants_address` says yes (a postcode's shape, a label, a street
    abroad or with its word, a street with none after a cue word) put together from pieces and near misses."""
    rng = random.Random(23)
    parts = ("12", "7a", "3", " LS99 9ZZ", " ls99 9zz", "9ZZ", " Mill Lane", " road", " Rd", " Calle Romero", "ul.",
             " Lindenstrasse", "gracht", " address:", " lives at", " moved to", " we're at", "I'm", " on ", " On ",
             ", ", ",", " the ", " the green", " Fernlea", " Orchard Lea", " The Spinney", " Meadowbank", " Oakley",
             " home", " cards to", " send", " mine", "x", " ", "\t", "\n", ".", "!", "@", "é", "\u0661", "ſ", " jo",
             " post", " keys to", " re", " live", " sold", " our street", " the cul-de-sac", " I'm at ", " we're at ", "11",
             " the crescent")  # fmt: skip
    texts = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(4000)]
    detector = AddressDetector()
    chunk = _items(texts)
    batch = TextBatch(chunk, detector.screen_words())
    accepted = {n for n, item in enumerate(chunk) if detector.wants(item)}
    screened = detector.screen(batch)
    assert accepted <= screened
    assert len(accepted) > 1000 and len(screened) < len(batch.with_digit() | batch.with_words(_GATE_WORDS)) - 300


@pytest.mark.parametrize(
    "text",
    ["we're in the cul-de-sac, The Spinney", "moved onto the estate, Fernlea", "we're at 11 the willows",
     "I'm at 6 the maltings", "I'm on Fernlea", "your mum's house on Ladybank", "we live on Ladybank"],
)  # fmt: skip
def test_the_address_screen_keeps_a_street_with_neither_word_nor_number(text: str) -> None:
    """Each passes the screen by one way only: a capital after a comma or "on", or a number before "the"."""
    detector = AddressDetector()
    chunk = _items([text])
    assert detector.wants(chunk[0])
    assert detector.screen(TextBatch(chunk, detector.screen_words())) == {0}
