"""Issue 10's house number given apart from its street in a chat (`detectors.address_number_after`): written after
the street's name (`NUMBER_AFTER_STREET`), or answered to "what number?" (`NUMBER_ANSWERED`).  Invented streets,
towns and people."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_number_after import (
    NUMBER_AFTER_STREET,
    NUMBER_ANSWERED,
    number_after_street,
    number_answered,
)
from tests.conftest import address_values, text_item


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("Quorley Drive, 16, Brackenford. can't miss it", "Quorley Drive", "16"),
        ("Quorley Drive 16, Brackenford", "Quorley Drive", "16"),
        ("it's Tansy Walk, 9b.", "Tansy Walk", "9b"),
        ("Quorley Drive, 2 mins from the station", "Quorley Drive", None),
        ("Quorley Drive 16 times a day", "Quorley Drive", None),
        ("kick off on Quorley Drive, 16:30", "Quorley Drive", None),
        ("Quorley Drive, 1998, Brackenford", "Quorley Drive", None),
        ("Quorley Drive, 2.5 miles", "Quorley Drive", None),
        ("Tally: Quorley Drive 3, Tansy Walk 1", "Quorley Drive", None),
    ],
)
def test_number_after_street(text: str, street: str, expected: str | None) -> None:
    assert number_after_street(text, text.index(street) + len(street)) == expected


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        (
            "Ana: I'll drop it round, what number are you?\nBea: 48\nAna: Quorley Crescent yeah?",
            "Quorley Crescent",
            "48",
        ),
        ("Quorley Crescent isn't it? what's your house number?\nits 7", "Quorley Crescent", "7"),
        ("Ana: what number bus?\nBea: 48\nAna: from Quorley Road?", "Quorley Road", None),
        ("Ana: what number table are we?\nBea: 12\nAna: near Quorley Road", "Quorley Road", None),
        ("Ana: which one?\nBea: 48\nAna: Quorley Crescent yeah?", "Quorley Crescent", None),
    ],
)
def test_number_answered(text: str, street: str, expected: str | None) -> None:
    start = text.index(street)
    assert number_answered(text, start, start + len(street)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("Quorley Drive, 16, Brackenford. Ye cannae miss it", ["16 Quorley Drive"], NUMBER_AFTER_STREET),
        (
            "Ana: parcel came to ours, what number is it?\nBea: 62\nBea: on Fennick Crescent, cheers",
            ["62 Fennick Crescent"],
            NUMBER_ANSWERED,
        ),
    ],
)
def test_detector_reads_numbers_given_apart(text: str, expected: list[str], rule: str) -> None:
    matches = list(AddressDetector().detect(text_item(text)))
    assert [m.value for m in matches] == expected
    assert matches[0].rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "roadworks on Quorley Drive, 2 mins from the school",
        "Ana: what number bus goes there?\nBea: 48\nAna: down Quorley Road?",
    ],
)
def test_numbers_that_are_no_house(text: str) -> None:
    assert address_values(text) == []


def test_a_tally_of_streets_gives_no_house_after_its_street() -> None:
    assert "3 Quorley Road" not in address_values("Results: Quorley Road 3, Tansy Lane 1")
