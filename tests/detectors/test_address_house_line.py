"""Issue 10's house lines with no street word (`detectors.address_house_line`): a house number and a name on a
line ending in a postcode (`HOUSE_LINE_POSTCODE`), and "No. 5 The Sidings" (`HOUSE_NUMBER_WORD`).  Invented
streets, towns and people; real postcode districts with invented "Z" units."""

from __future__ import annotations

import pytest

from detectors.address_gate import wants_address
from detectors.address_house_line import HOUSE_LINE_POSTCODE, HOUSE_NUMBER_WORD, house_line_rule
from tests.conftest import address_values, text_item


@pytest.mark.parametrize(
    ("text", "number", "name", "town_or_end", "postcode", "expected"),
    [
        ("Gran – 12 The Quillets, LA2 6ZZ", "12", "The Quillets", True, True, HOUSE_LINE_POSTCODE),
        ("Cards list:\n7 Ashworth, Oakley LS99 9ZZ", "7", "Ashworth", True, True, HOUSE_LINE_POSTCODE),
        ("see you at 8 The Crown, LS1 4ZZ", "8", "The Crown", True, True, None),
        ("new bins came! No. 5 The Sidings, Brackenford", "5", "The Sidings", True, False, HOUSE_NUMBER_WORD),
        ("Number 14 Larchfield, Oakley", "14", "Larchfield", True, False, HOUSE_NUMBER_WORD),
        ("No. 1 Fan, Brackenford", "1", "Fan", True, False, None),
        ("Number 9 Dream, Oakley", "9", "Dream", True, False, None),
        ("No. 5 The Sidings tickets", "5", "The Sidings", False, False, None),
    ],
)
def test_house_line_rule(
    text: str, number: str, name: str, town_or_end: bool, postcode: bool, expected: str | None
) -> None:
    start = text.index(f"{number} {name}")
    assert house_line_rule(text, start, name, town_or_end, postcode) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Card list for this year\nUncle Raj: 4 Quill Road, Oakley LA6 2ZZ\nGran: 15 The Quillets, LA2 6ZZ",
         ["LA6 2ZZ", "LA2 6ZZ"]),
        ("Our new door is painted!! No. 5 The Sidings, Brackenford", ["5 The Sidings"]),
        ("Quiz tonight at 8 The Crown, LS1 4ZZ", []),
        ("Number 9 Dream, Oakley: still the best song", []),
    ],
)  # fmt: skip
def test_detector_reads_house_lines(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


def test_gate_lets_a_house_number_word_in() -> None:
    assert wants_address(text_item("No. 5 The Sidings, Brackenford — come round"))
    assert not wants_address(text_item("No. 3 in the charts, who knew"))
