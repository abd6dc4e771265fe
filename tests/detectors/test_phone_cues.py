"""Whose a number is: the word lists and helpers of `phone_cues`, each on invented sentences."""

from __future__ import annotations

import pytest

from detectors.phone_cues import ORGANISATION, OWN_NUMBER, is_landline, organisation_ends, private_person_end


@pytest.mark.parametrize(
    ("text", "names_one"),
    [
        ("Ask Kestrel Homes on", True),  # a firm's name by its last word
        ("The Plough's number is", True),  # a venue's number, by "The …'s number"
        ("Visiting at Larch House care home ends at 7, call", True),
        ("phone first, trade customers only:", True),
        ("Millers opens until 10 on Fridays, ring", True),
        ("ask the Beavers leader on", True),
        ("the bus company's depot has it, ring", True),
        ("the station's lost property desk is on", True),
        ("call the dog warden on", True),
        ("Ward 12, visiting 2-8, the ward phone is", True),
        ("Meals on Wheels: to change your order ring", True),
        ("Any queries Housing", True),
        ("the housing office is on", True),
        ("Dad's on a ward at the General, his mobile is", False),
        ("the warden's number is on the door, but Nan's own is", False),  # a sheltered flat's warden
        ("my number in case the courier needs it:", False),
        ("my sister Homes in on bargains", False),  # "Homes" without a name before it
        ("text me after tea", False),
    ],
)
def test_organisation_words_and_names(text: str, names_one: bool) -> None:
    assert (ORGANISATION.search(text) is not None) is names_one


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("my mobile is", True),
        ("call me on", True),
        ("mine's", True),
        ("loving my home-made soup", False),  # "home" in a compound, not the household
        ("ring about refunds, mine came through", False),  # "mine" of a refund, not a number
    ],
)
def test_own_number_words(text: str, claims: bool) -> None:
    assert (OWN_NUMBER.search(text) is not None) is claims


@pytest.mark.parametrize(
    ("before", "person"),
    [
        ("give the cash to my aunt, she runs the stall: Rosa, ", True),
        ("bric-a-brac at ours, Text Rosa ", True),
        ("ask her neighbour ", True),
        ("lessons go via the agency (Larchfield Tutors ", False),  # a firm's two-word name
        ("cover goes through the agency (Brightpath, ", False),  # a firm in brackets
        ("Booking on ", False),  # the first word of a sentence is no name
    ],
)
def test_a_private_person_named_before_the_number(before: str, person: bool) -> None:
    assert (private_person_end(before) >= 0) is person


def test_organisations_set_aside_or_owned_do_not_count() -> None:
    assert organisation_ends("he mends bikes in his garage, text") == []
    assert organisation_ends("ring me, not the salon, on") == []
    assert organisation_ends("ring me, not the salon, on", set_aside_too=True) != []
    assert organisation_ends("ring the garage on") != []


@pytest.mark.parametrize(
    ("raw", "landline"),
    [
        ("0113 496 0123", True),
        ("(0161) 496 0999", True),
        ("+44 20 7946 0123", True),
        ("07700 900123", False),
        ("+61 3 5550 1234", True),  # Australia's reserved landlines, by their country code
        ("+61 491 570 156", False),  # and its reserved mobiles
    ],
)
def test_a_landline_is_told_from_a_mobile(raw: str, landline: bool) -> None:
    assert is_landline(raw) is landline
