"""Home or not, in the forms batch 3 of the contacts corpus showed (issue 10): a house's name that
reads like a venue's, a flat in a block before its street line, an institution, a shop as a landmark,
a bus route, a street party, house numbers given apart and streets named as where people live.
Invented sentences; postcodes are real districts with invented "Z" units."""

from __future__ import annotations

import pytest

from detectors.address_business import SHOP_NAMED_BEFORE, VENUE_OR_BUSINESS
from detectors.address_name_filters import BUS_ROUTE
from detectors.address_parts import house_number_apart
from detectors.filters import Filter
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (VENUE_OR_BUSINESS, "Post to Gran at The Beeches, 4 Moor View, Kendal LA9 6ZZ", "4 Moor View", False),
        (VENUE_OR_BUSINESS, "Quiz at The Red Lion, 4 Moor View tonight", "4 Moor View", True),
        (VENUE_OR_BUSINESS, "Oakley General Infirmary, Ward Lane, parking is awful", "Ward Lane", True),
        (VENUE_OR_BUSINESS, "the care home won't take post so send it to my sister's: 6 Ash Row", "6 Ash Row", False),
        (VENUE_OR_BUSINESS, "Donations: drop off point is the hall, 3 Mill Lane", "3 Mill Lane", True),
        (SHOP_NAMED_BEFORE, "Barbers at 12 Hill Road do a kids' cut for £8", "12 Hill Road", True),
        (SHOP_NAMED_BEFORE, "moved into the flat above the bakers at 12 Hill Road", "12 Hill Road", False),
        (BUS_ROUTE, "no, the bus is the 3 Mill Lane one", "3 Mill Lane", True),
        (BUS_ROUTE, "we're at 3 Mill Lane, bus stops outside", "3 Mill Lane", False),
    ],
)  # fmt: skip
def test_each_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


def test_number_apart_belongs_to_the_nearer_street() -> None:
    text = "park on Ash Road not ours (Ash Close), it's tiny. Number 4"
    assert house_number_apart(text, text.index(" not ours")) is None
    assert house_number_apart("it's Ash Close, number 4", len("it's Ash Close")) == "4"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Send Nan a card: 9 Larch Court, 22 Hill Road, Heaton, NE6 5ZZ", ["NE6 5ZZ"]),
        ("Cards to:\nFlat 2, Birch Court\n41 Hill Road\nGloucester\nGL1 4ZZ", ["GL1 4ZZ"]),
        ("Just finished 84 Charing Cross Road, what a book", []),
        ("Planning the road's first street party, meeting at ours (no. 31) on Tuesday", []),
        ("Old Mr Hale at number 5 is poorly. If you pass Beech Road pop a card in", ["5 Beech Road"]),
        ("Free sofa, you collect. Rowan Road, Oakley, message for number", ["Rowan Road"]),
        ("Meet at mine? It's the end terrace on Quarry Row, blue door", ["Quarry Row"]),
        ("Left my hat at yours I think, Cedar Avenue, can you post it?", ["Cedar Avenue"]),
        ("Neighbour on Alder Mount has had his bike nicked", ["Alder Mount"]),
        ("My nan lived on Tansy Street all her life", ["Tansy Street"]),
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    assert address_values(text) == found
