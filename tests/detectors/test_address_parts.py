"""How an address given in parts is put back together: the house number given before the street."""

from __future__ import annotations

import pytest

from detectors.address_parts import house_number_before


@pytest.mark.parametrize(
    ("text", "street", "number"),
    [
        ("We're at 5, opposite the postbox. Ashby Grove is lovely", "Ashby Grove", "5"),
        ("I'm at number 12 — Wren Court, the blue door", "Wren Court", "12"),
        ("Ours is number 14 - Quill Row, the yellow door", "Quill Row", "14"),
        ("our house is 9. It's on Tansy Close", "Tansy Close", "9"),
    ],
)
def test_finds_the_number_given_first(text: str, street: str, number: str) -> None:
    found = house_number_before(text, text.index(street))
    assert found is not None and found[0] == number


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("I'm 40 and I love Ashby Grove", "Ashby Grove"),  # an age
        ("We're at 5pm on Ashby Grove", "Ashby Grove"),  # a time
        ("we're at 4 Tansy Street, not Quill Street", "Quill Street"),  # another street's number
        ("Bus number 42 goes down Ashby Grove", "Ashby Grove"),  # no first person
        ("We're at 2-1 down, Ashby Grove lot", "Ashby Grove"),  # a score
    ],
)
def test_leaves_other_numbers_alone(text: str, street: str) -> None:
    assert house_number_before(text, text.index(street)) is None
