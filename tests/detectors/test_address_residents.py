"""Issue 10's address classes: a private person or household named before a street (`PRIVATE_RESIDENT`), a home
left or lived in (`HOME_LEFT_OR_LIVED_IN`), street words that need a capitalised name (Nook, Gate, Mead...), a
shouted word after a street, a stay at a relative's that is no holiday let.  Invented sentences, streets and people;
reserved postcode units."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_business import VENUE_OR_BUSINESS
from detectors.address_context import clause_before
from detectors.address_filters import PROPERTY_LISTING
from detectors.address_residents import HOME_LEFT_OR_LIVED_IN, PRIVATE_RESIDENT, household_before, resident_cue
from tests.conftest import address_values, filter_applies, text_item


def _cue(text: str, street: str) -> str | None:
    start = text.index(street)
    found = resident_cue(clause_before(text, start), text[start + len(street) : start + len(street) + 40])
    return found.name if found else None


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("the kind old gent on Pelbury Road who feeds the birds is 90", "Pelbury Road", PRIVATE_RESIDENT.name),
        ("I rent a room off a lady on Quillan Avenue", "Quillan Avenue", PRIVATE_RESIDENT.name),
        ("Mrs Adebayo on Tansy Lane does the best alterations", "Tansy Lane", PRIVATE_RESIDENT.name),
        ("he's staying with his nan on Wrenfield Street", "Wrenfield Street", PRIVATE_RESIDENT.name),
        ("The Pembertons at 3 Larch Grove have just had twins", "3 Larch Grove", PRIVATE_RESIDENT.name),
        ("we moved away from Sorrel Road in 2010", "Sorrel Road", HOME_LEFT_OR_LIVED_IN.name),
        ("after 25 years on Quillby Crescent they're off to Spain", "Quillby Crescent", HOME_LEFT_OR_LIVED_IN.name),
        ("we rented on Fenwick Terrace before we bought", "Fenwick Terrace", HOME_LEFT_OR_LIVED_IN.name),
        # a stranger passing along a street, a chain shop with a plural-looking name, a trade
        ("the man on Quillan Street selling balloons was a legend", "Quillan Street", None),
        ("a woman on Tansy Road was knocked off her bike", "Tansy Road", None),
        ("Is that the Greggs at 45 Larch Street?", "45 Larch Street", None),
        ("the Londis on Wren Road sells it", "Wren Road", None),
        ("the butcher on Fenwick Lane is shut", "Fenwick Lane", None),
    ],
)
def test_resident_cues(text: str, street: str, expected: str | None) -> None:
    assert _cue(text, street) == expected


def test_a_household_is_no_venue_but_a_shop_still_is() -> None:
    family = "The Pembertons at 3 Larch Grove are moving next month"
    assert household_before("The Pembertons at ", " are moving")
    assert not filter_applies(VENUE_OR_BUSINESS, family, "3 Larch Grove")
    assert filter_applies(VENUE_OR_BUSINESS, "The Red Lion, 3 Larch Street is open", "3 Larch Street")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pembertons at 3 Larch Grove are moving next month", ["3 Larch Grove"]),
        ("Thank you to the lovely lady on Sorrel Rise who found our cat in her garden", ["Sorrel Rise"]),
        ("We moved from Quillby Road years ago, nothing goes there now", ["Quillby Road"]),
        # street words that need a capitalised name
        ("the boiler at 4 Wrenfield Nook has packed in", ["4 Wrenfield Nook"]),
        ("leave the parcel at 22 Quillgate Gate with my neighbour", ["22 Quillgate Gate"]),
        ("Mum's house is 27 Tansy Hollow if you're dropping cards off", ["27 Tansy Hollow"]),
        ("Grandma's place: 12 Larkfield Brow, Leeds", ["12 Larkfield Brow"]),
        ("we waited at the school gate for ages", []),
        ("Listened to 2 Strawberry Fields covers on the train", []),
        ("bought 2 Wensley Dale cheeses at the market", []),
        # a shouted word after the street is not a title's next word
        ("someone took the pots from the front of 5 Sorrel Close AGAIN. Please share", ["5 Sorrel Close"]),
    ],
)
def test_the_detector(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


def test_a_stay_at_a_relatives_is_no_holiday_let() -> None:
    assert not filter_applies(PROPERTY_LISTING, "Stayed at my aunt's in 21 Larch Close all week", "21 Larch Close")
    assert not filter_applies(PROPERTY_LISTING, "We stayed at Nan's, 4 Larch Grove, all half term", "4 Larch Grove")
    assert filter_applies(PROPERTY_LISTING, "Stayed at 14 Quill Row, Whitby, would stay again", "14 Quill Row")


def test_the_cue_is_named_in_the_explanation() -> None:
    [match] = AddressDetector().detect(text_item("Mrs Adebayo on Tansy Lane does the best alterations"))
    assert match.rule == PRIVATE_RESIDENT.name and match.value == "Tansy Lane"
