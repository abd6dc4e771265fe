"""Issue 10's chat-style home cues (`detectors.address_told`): an address given as the answer to "where is it?",
a gathering at a relative's house and its address, a street someone has been on for years.  Invented sentences,
streets and people."""

from __future__ import annotations

import pytest

from detectors.address_context import clause_before
from detectors.address_told import (
    ADDRESS_GIVEN_AS_ANSWER,
    AT_SOMEONES_HOUSE,
    LIVED_THERE_FOR_YEARS,
    told_cue,
)
from tests.conftest import address_values


def _cue(text: str, street: str, numbered: bool = True) -> str | None:
    start = text.index(street)
    found = told_cue(clause_before(text, start), text[start + len(street) : start + len(street) + 40], numbered)
    return found.name if found else None


@pytest.mark.parametrize(
    ("text", "street", "numbered", "expected"),
    [
        ("yeah its 14 quillfern rise, the one with the red door", "14 quillfern rise", True, ADDRESS_GIVEN_AS_ANSWER),
        ("it's 7 tamberley court round the back", "7 tamberley court", True, ADDRESS_GIVEN_AS_ANSWER),
        ("it's Tamberley Court I think", "Tamberley Court", False, None),
        ("the wake is at our bev's after, 3 pennock view", "3 pennock view", True, AT_SOMEONES_HOUSE),
        ("we're round my nan's tonight – 22 Orlet Mead", "22 Orlet Mead", True, AT_SOMEONES_HOUSE),
        ("lunch at Nando's, 5 Grell Street", "5 Grell Street", True, None),
        ("he's been on Wimbrel Avenue 30 year now", "Wimbrel Avenue", False, LIVED_THERE_FOR_YEARS),
        ("we've lived on Caddow Road since 1994", "Caddow Road", False, LIVED_THERE_FOR_YEARS),
        ("she's been on Caddow Road all morning with the roadworks", "Caddow Road", False, None),
    ],
)
def test_told_cues(text: str, street: str, numbered: bool, expected: object) -> None:
    name = getattr(expected, "name", None)
    assert _cue(text, street, numbered) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("omg yes u can come!! its 14 quillfern rise, bring a sleeping bag", ["14 quillfern rise"]),
        ("dear all the tea is at our bev's after, 3 pennock view, love jean", ["3 pennock view"]),
        ("ah that's me grandad's road, he's been on Wimbrel Avenue 30 year", ["Wimbrel Avenue"]),
        ("the bus goes past quillfern rise every ten minutes", []),
    ],
)
def test_detector_reads_told_cues(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
