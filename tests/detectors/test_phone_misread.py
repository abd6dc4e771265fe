"""Phone numbers a machine misread from a screenshot or a photo (letters for digits, spaces inside groups):
the span reader on its own and in the detector, on invented sentences with Ofcom's drama numbers."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.phone import PhoneDetector
from detectors.phone_misread import has_misread_number, misread_numbers, readings


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("the scan says 0l6l 496 O5l9 for him", ["01614960519"]),
        ("card reads O77OO 9OO4l2", ["07700900412"]),
        ("on the fridge: 0116 496 O 3 8 1 (evenings)", ["01164960381"]),
        ("save it: +44 77OO 9OO 6S4", ["+447700900654"]),
        ("landline 01632 96O B2Z", ["01632960822"]),
        ("note said 0l13 496 O233 I think", ["01134960233"]),  # the trailing "I" is dropped
        ("lol I said oo 10 times", []),
        ("the scores were 4O1 233 5566", []),  # no trunk 0, "+" or "(": a reference, not a number
        ("07700 900123 typed cleanly", []),  # no damage: the detector's own pattern reads it
    ],
)
def test_misread_numbers(text: str, digits: list[str]) -> None:
    assert [found[0] for found in misread_numbers(text)][-1:] == digits  # the shortest reading last


def test_readings_drop_trailing_letters_in_turn() -> None:
    assert [digits for digits, _ in readings("0113 496 O233 I", 0)] == ["011349602331", "01134960233"]


def test_gate() -> None:
    assert has_misread_number("ring 07700 9OO l 2 3 tonight")
    assert not has_misread_number("BOO! SOS, I lol")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my gran's new landline is 0l6l 496 O5l9, ring after tea", ["+441614960519"]),
        ("the camera read it as O77OO 9OO4l2 but it's mine", ["+447700900412"]),
        ("pen pal in Spain: +34 6OO OOO l2l", ["+34600000121"]),
        ("Lens read my number as 07700 900 l 7 3, lol", ["+447700900173"]),
        ("the scan of the receipt: TOTAL £58.O4, TABLE l2", []),
        ("SO I BOOk 10 OIl changes", []),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    detector = PhoneDetector()
    if found:
        assert detector.wants(item)
    matches = list(detector.detect(item))
    assert [m.value for m in matches] == found
    assert all("misread" in m.rule for m in matches)
