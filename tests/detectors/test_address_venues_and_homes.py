"""Venues, public events and homes said in passing, on invented sentences: a venue, a faith group's hall or a "Holy ..." church named
before a street line and its postcode (`address_site_filters.ORGANISATION_NAMED_BEFORE`); a lone postcode of an event
open to everyone (`address_postcode_filters.PUBLIC_EVENT`) or told as where to park (`PLACE_TO_DRIVE_TO`); a home said
as a named person's or a possessive's house, yard or room on a street, or "at his on ..." (`address_label.RESIDENCE`); and
a line ending in a state and a postal code abroad kept whole."""

from __future__ import annotations

import pytest

from detectors.address_postcode_filters import PUBLIC_EVENT
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    "text",
    [
        "Carol service: St Wilfrid's Abbey, Quarry Road, Tansley LS99 9ZZ, 6pm, mince pies after",
        "Holy Cross, Fenwick Lane, LS99 9ZZ. Mass 10am and 6pm",
        "Nagar kirtan sets off from Guru Nanak Sabha, Larkspur Road, LS99 9ZZ at 10",
        "Leavers' disco is at The Bowling Pavilion, Mill Lane, Quillby LS99 9ZZ from 7 till 10",
        "The Wharf Museum, Canal Street, LS99 9ZZ: free entry on Sundays",
    ],
)
def test_a_venue_named_before_its_address_is_no_home(text: str) -> None:
    assert address_values(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Sat nav for the gala: LS99 9ZZ (the rec ground). Gates 11am",
        "The village fete is on the green this year, LS99 9ZZ, from 12",
        "Remembrance parade forms up at LS99 9ZZ, 10.40 sharp",
        "Car boot every Sunday, field by the garden centre, LS99 9ZZ, sellers from 6am",
        "If you come for the walk, park at LS99 9ZZ behind the church and follow the signs",
        "U9s away at Dunmore on Sunday, KO 10am, LS99 9ZZ",
        "Walking netball on Thursdays by the old mill, LS99 9ZZ, all welcome",
        "Camogie blitz Saturday, Moor Road, LS99 9ZZ, bring a hurley",
    ],
)
def test_the_postcode_of_a_public_event_or_where_to_park_is_no_home(text: str) -> None:
    assert address_values(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Bonfire at ours this year! LS99 9ZZ, 7pm, bring sparklers",
        "Fireworks in our garden Saturday, postcode LS99 9ZZ, kids welcome",
    ],
)
def test_an_event_at_home_keeps_its_postcode(text: str) -> None:
    assert address_values(text) == ["LS99 9ZZ"], text
    assert not filter_applies(PUBLIC_EVENT, text, "LS99 9ZZ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The cat got out of our back yard on Thistle Street last night, please look in your sheds", "Thistle Street"),
        ("Nana's house on Pelham Road has had no heating since Tuesday", "Pelham Road"),
        ("Popped round to see Dad at his on Wren Close, he's mended the gate at last", "Wren Close"),
        ("My spare room on Larkspur Avenue is still full of boxes from the move", "Larkspur Avenue"),
    ],
)
def test_a_home_said_as_someones_house_yard_or_room_on_a_street(text: str, value: str) -> None:
    assert address_values(text) == [value], text


def test_the_car_park_of_a_named_shop_is_no_home() -> None:
    assert address_values("Tesco's car park on Mill Lane is closed for resurfacing") == []


def test_a_line_with_a_state_and_postal_code_abroad_is_kept_whole() -> None:
    text = "Our new place is 12 Banksia Bend, Wallaroo QLD 4999, come and stay"
    assert address_values(text) == ["12 Banksia Bend, Wallaroo QLD 4999"]
