"""The address detector's named filters, each on its own, and the hard forms in the detector."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_filters import (
    ADDRESS_FILTERS,
    DENIED_ADDRESS,
    MEASURE_OR_FRACTION,
    PREMISES_RANGE,
    PROPERTY_LISTING,
    PUBLIC_BUILDING,
    ROAD_NEWS,
    SAINT_NOT_STREET,
    SHOP_NAMED_BEFORE,
    TITLE_OF_A_WORK,
    VENUE_OR_BUSINESS,
)
from detectors.base import Item, Provenance
from detectors.filters import Filter
from tests.conftest import filter_applies


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (TITLE_OF_A_WORK, "Rewatched 9 Foxglove Lane last night, still tense", "9 Foxglove Lane", True),
        (TITLE_OF_A_WORK, "current read: 12 Wren Road 📖", "12 Wren Road", True),
        (TITLE_OF_A_WORK, "watched the fireworks from our house, 12 Wren Road", "12 Wren Road", False),
        (VENUE_OR_BUSINESS, "Sunday roast at The Red Lion, 5 High Street", "5 High Street", True),
        (VENUE_OR_BUSINESS, "Collection from Unit 7, Kiln Retail Park, LS6 9ZZ", "LS6 9ZZ", True),
        (VENUE_OR_BUSINESS, "Best chips: The Golden Fry, 9 Harbour Street, open till 9", "9 Harbour Street", True),
        (VENUE_OR_BUSINESS, "Cards to Rev Hughes at The Vicarage, 1 Church Walk", "1 Church Walk", False),
        (VENUE_OR_BUSINESS, "It's 63 Quarry Grove, Leeds LS6 9ZZ", "63 Quarry Grove", False),
        (VENUE_OR_BUSINESS, "party at mine, 6 Poppy Way", "6 Poppy Way", False),
        (PREMISES_RANGE, "Luxury watches, 34-36 Bruton Street", "36 Bruton Street", True),
        (PREMISES_RANGE, "We live at 36 Bruton Street", "36 Bruton Street", False),
        (SAINT_NOT_STREET, "I lived in Port St. Lucie my whole life", "Port St", True),
        (SAINT_NOT_STREET, "We live on Port St now", "Port St", False),
        (MEASURE_OR_FRACTION, "my 500 gb external drive is full", "500 gb external drive", True),
        (MEASURE_OR_FRACTION, "59 and 1/2 Mulberry Street, c1890", "2 Mulberry Street", True),
        (MEASURE_OR_FRACTION, "we live at 2 Mulberry Street", "2 Mulberry Street", False),
        # a story's setting, even when a character "lives" there; a first-person word hands it back
        (TITLE_OF_A_WORK, "In the novel the heroine lives at 3 Quill Row, Ambleford", "3 Quill Row", True),
        (TITLE_OF_A_WORK, "we watched the film at ours, 12 Wren Road", "12 Wren Road", False),
        # a person's house, not a venue; a venue named before it, whoever's birthday it is
        (VENUE_OR_BUSINESS, "party tonight at Dane's, 14 Bramling Rise, round the back", "14 Bramling Rise", False),
        (VENUE_OR_BUSINESS, "Nan's 90th is at the Fernside Social Club, 30 Quarry Street", "30 Quarry Street", True),
        (VENUE_OR_BUSINESS, "Collection from our warehouse: Unit 4, Kiln Trading Estate, LS99 9ZZ", "LS99 9ZZ", True),
        (VENUE_OR_BUSINESS, "Collection from Partco, Unit 7 Retail Park, LS99 9ZZ", "7 Retail Park", True),
        (VENUE_OR_BUSINESS, "cakes to order from my kitchen bakery at 14 Larkspur Close", "14 Larkspur Close", False),
        (SHOP_NAMED_BEFORE, "Queue for the new Bapworth at 45 Quarry Street is huge", "45 Quarry Street", True),
        (SHOP_NAMED_BEFORE, "Nearest shop is the Frobisher's Express at 7 Quarry Road", "7 Quarry Road", True),
        (SHOP_NAMED_BEFORE, "Got the turkey from the butcher at 14 Quarry Street", "14 Quarry Street", True),
        (SHOP_NAMED_BEFORE, "the noodle place at 3 Quarry Street does great broth", "3 Quarry Street", True),
        (SHOP_NAMED_BEFORE, "we've moved into the new place on Tansy Road", "Tansy Road", False),
        (SHOP_NAMED_BEFORE, "Our neighbours the Pellings at 6 Bramble Wynd got a puppy", "6 Bramble Wynd", False),
        (PROPERTY_LISTING, "Studio flat, Heron Quay, £780 pcm, viewings Saturday", "Heron Quay", True),
        (PROPERTY_LISTING, "Room to let in a shared house on Tansy Road, bills included", "Tansy Road", True),
        (PROPERTY_LISTING, "Booked a holiday let on Heron Wynd for half term", "Heron Wynd", True),
        (PROPERTY_LISTING, "our flat on Tansy Road is £900 pcm and worth it", "Tansy Road", False),
        (ROAD_NEWS, "Burst water main on Quarry Road by number 40, traffic crawling", "Quarry Road", True),
        (ROAD_NEWS, "Police outside our house on Tansy Road again", "Tansy Road", False),
        (DENIED_ADDRESS, "No, the party isn't on Quill Street, it moved", "Quill Street", True),
        (DENIED_ADDRESS, "LS99 9ZZ is not my postcode, the courier made it up", "LS99 9ZZ", True),
        (DENIED_ADDRESS, "the app says 9 Plover Wynd, which does not exist", "9 Plover Wynd", True),
        (DENIED_ADDRESS, "Come to 8 Plover Wynd, not 6", "8 Plover Wynd", False),
        (
            PUBLIC_BUILDING,
            "Fun fact: 3 Marlowe Crescent was a tannery and is now a gallery",
            "3 Marlowe Crescent",
            True,
        ),
        (
            PUBLIC_BUILDING,
            "Old photo of 5 Tanner Row in 1890. Now it's a Bapworth",
            "5 Tanner Row",
            True,
        ),
        (PUBLIC_BUILDING, "Our house at 12 Mill Wynd is a listed building", "12 Mill Wynd", False),
    ],
)
def test_each_filter(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


def _found(text: str, judged: bool = False) -> list[tuple[str, str]]:
    """What the rules keep (`judged`: what the detector reports, after the learned judgement)."""
    item = Item(Provenance("x", "f", None, "text"), text=text)
    detector = AddressDetector()
    if not detector.wants(item):
        return []
    found = detector.detect(item) if judged else detector.candidates(item)[0]
    return [(m.value, m.tier) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keys collected, it's 2 Threlkeld Cottages, Keswick CA12 4ZT, come up", [("CA12 4ZT", "likely")]),
        ("We're on Elderberry Way now, the house with the yellow door", [("Elderberry Way", "likely")]),
        ("My grandad's on Kestrel Avenue, visit him", [("Kestrel Avenue", "likely")]),
        ("the lads meet at 19 Swan Lane first", [("19 Swan Lane", "worth a look")]),
        (
            "Lost cat near Hawthorn Road last night. We're at number 42, knock any time",
            [("42 Hawthorn Road", "likely")],
        ),
        ("Meet me at ours, not the café: 8 Tawny Close, back gate's open", [("8 Tawny Close", "likely")]),
        ("Roadworks on Hawthorn Road again, number 42 bus diverted for 3 hours", []),
        ("Nokia S60 5th Edition phones", []),  # an ordinal is not an inward code
        ("Printer model is an HP LS6 9ZZ-something", []),
        ("Not that I live in Leeds anymore, but go to Lygon Street", []),
        ("I'm at Busch Gardens today", []),
        ("I cut my finger drumming with my shoes on state street", []),
        ("my dream home? 10 Downing Street, SW1A 2AA, obviously", []),
        # businesses run from home, landmarks in directions, a person's house after a venue word
        ("Cakes to order from my kitchen bakery at 14 Larkspur Close, LS99 9ZZ", [("LS99 9ZZ", "likely")]),
        ("flat 2 above the garage, opposite the chapel, ls99 9zz, ring twice", [("LS99 9ZZ", "likely")]),
        ("the rehearsal is at Dane's, 12 Pipit Lane, from seven", [("12 Pipit Lane", "worth a look")]),
        ("Left the school bags on the doorstep of 30 Larkspur Grove", [("30 Larkspur Grove", "worth a look")]),
        ("Our school has moved to 14 Quill Road, by the park", []),
        ("Address: Tansy Road Bowls Club, Tansy Road, Ambleford", []),
        ("Hôtel Lisière, 4 rue des Ormes, Arles: lovely breakfast", []),
        ("Quill Street Fair on Sunday, noon till 6: 30 food stalls and a band", []),
        ("Heads up: the office relocates to 2 Quill Street in June", []),  # an office, not "school things"
        ("We live by Fernley Park, lovely for dog walks", []),  # a park
        ("Sunday roast at the Old Tannery House on Quill Street was superb", []),  # a venue's name
        ("Best flat white in town is on Tansy Road", []),  # a coffee, a cafe
        ("Brightsmile Dental, 5 Quill Street, Ambleford LS99 9ZZ: book online", []),
    ],
)
def test_the_rules_on_the_hard_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
    if not expected:  # the judgement hands back no address its rules' filters turned down here
        assert _found(text, judged=True) == []


def test_every_filter_has_a_name_and_a_reason() -> None:
    """The names appear in explanations: each one distinct, each with a reason in words."""
    names = [rule.name for rule in ADDRESS_FILTERS]
    assert len(set(names)) == len(names)
    assert all(rule.why and rule.effect in ("drop", "demote") for rule in ADDRESS_FILTERS)
