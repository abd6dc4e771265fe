"""Phone numbers written digit by digit, each digit apart ("0 7 7 0 0 9 0 0 ..."): `phone_words.spaced_digits`."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.phone import PhoneDetector


def _found(text: str) -> list[tuple[str, str]]:
    item = Item(Provenance("x", "tweets.js", "1", "text"), text=text)
    detector = PhoneDetector()
    return [(m.value, m.rule) for m in detector.detect(item)] if detector.wants(item) else []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Free to a good home, two armchairs. Ring Maureen 0,1,1,5 4,9,6 0,3,2,8", "+441154960328"),
        ("it's Priya — 0 7 7 0 0 – 9 0 0 – 2 4 6, text don't ring", "+447700900246"),
        ("Mobile:- 0.7.7.0.0 9.0.0 8.1.3", "+447700900813"),
    ],
)
def test_a_number_written_digit_by_digit_is_found(text: str, number: str) -> None:
    found = _found(text)
    assert [value for value, _ in found] == [number]
    assert "digit by digit" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "countdown from 1 2 3 4 5 6 7 8 9 0 and we're off",  # digits apart that are no number
        "Pins for the raffle: 3 1 4 1 5 9 2 6 5 3",
        "Score after ten ends: 0 1 1 0 2 0 1 0 0 1 (we lost)",
    ],
)
def test_runs_of_digits_that_are_no_phone_number_are_not_found(text: str) -> None:
    assert _found(text) == []
