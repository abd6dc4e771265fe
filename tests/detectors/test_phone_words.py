"""Phone numbers spelt out in words (issue 10): the digit-word reader on its own and in the
detector, on invented sentences with Ofcom's drama numbers and the reserved 555-01xx range."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.phone import PhoneDetector
from detectors.phone_words import has_spelt_number, spelt_numbers


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("zero seven seven double oh, nine double oh, one two three", ["07700900123"]),
        ("oh-seven-seven-oh-oh nine-oh-oh four-five-six", ["07700900456"]),
        ("seven seven double oh, nine double oh, seven eight nine (add the 0)", ["07700900789"]),
        ("three one two, five five five, oh one four seven", ["3125550147"]),
        ("one two three four five, once I caught a fish alive", []),  # a rhyme: too few digits
        ("we had double trouble and seven seconds to spare", []),
    ],
)
def test_spelt_numbers(text: str, digits: list[str]) -> None:
    assert [found[0] for found in spelt_numbers(text)] == digits


def test_gate() -> None:
    assert has_spelt_number("text me: oh seven seven double oh nine double oh one one two")
    assert not has_spelt_number("seven days of rain and five of sun")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mum's mobile is zero seven seven double oh, nine double oh, three four five", ["+447700900345"]),
        ("text me! three one two, five five five, oh one five nine", ["+13125550159"]),
        ("the house phone: oh one one three, four nine six, oh seven seven two", ["+441134960772"]),
        ("order ref one two three four five six seven eight nine one", []),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    detector = PhoneDetector()
    if found:
        assert detector.wants(item)
    assert [m.value for m in detector.detect(item)] == found
