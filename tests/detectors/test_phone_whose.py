"""Whose a number is, when a post names an organisation and a person: the cues and phone filters
that let a private person's number through (issue 10, batch 3's classes), on invented sentences
with Ofcom's drama numbers and reserved values."""

from __future__ import annotations

import pytest

from detectors.base import Item, Provenance
from detectors.phone import PhoneDetector, judge
from detectors.phone_cues import ASKED_FOR, ORGANISATION, OWN_NUMBER
from detectors.phone_filters import LANDLINE_IN_AN_ORGANISATIONS_POST, ORGANISATIONS_NUMBER
from detectors.phone_service_filters import LANDLINE_FOR_A_SERVICE
from detectors.phone_trade_filters import LANDLINE_OF_A_RECOMMENDED_TRADER


def _found(text: str) -> list[str]:
    item = Item(Provenance("x", "posts.json", "1", "text"), text=text)
    return [m.value for m in PhoneDetector().detect(item)]


def _applies(rule, text: str, number: str) -> bool:  # type: ignore[no-untyped-def]
    start = text.index(number)
    return bool(rule(text, start, start + len(number)))


@pytest.mark.parametrize(
    ("text", "asked"),
    [("ring Liz (she has the list) on", True), ("contact Imran for tickets", True), ("ring the office", False)],
)
def test_asked_for_by_name(text: str, asked: bool) -> None:
    assert (ASKED_FOR.search(text) is not None) is asked


def test_we_are_on_is_our_number() -> None:
    assert OWN_NUMBER.search("We're on 0117 496 0001 if so") is not None


@pytest.mark.parametrize("words", ["the chippy", "the Kings Arms", "it was a fax", "the number on the advert"])
def test_new_organisation_words(words: str) -> None:
    assert ORGANISATION.search(words) is not None


@pytest.mark.parametrize(
    ("rule", "text", "number", "expected"),
    [
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "Chair of the Tennis Club now. Queries to me: 0116 496 0002",
         "0116 496 0002", False),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "Trip contact: my wife Ama, 0115 496 0003 (home) or the school",
         "0115 496 0003", False),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "Rota for the cubs: ring Dot (she keeps the list) on 0116 496 0004",
         "0116 496 0004", False),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "van for sale, call Baz on 0113 496 0005 (it's a garage, mind)",
         "0113 496 0005", True),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "The surgery has moved. Ring 0113 496 0006 for appointments",
         "0113 496 0006", True),
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "Hope the hospital's ok. I'll feed the cat, just ring 0121 496 0012",
         "0121 496 0012", False),  # the writer offering: their own line
        (LANDLINE_IN_AN_ORGANISATIONS_POST, "I'm at the surgery now, ring them on 0121 496 0013 to book",
         "0121 496 0013", True),  # "them": the surgery's
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "Nan and Stan are in Alicante now. To ring them it's +34 965 000 114",
         "+34 965 000 114", False),  # "them": the relatives named before
        (LANDLINE_OF_A_RECOMMENDED_TRADER, "Brilliant roofers. Ring them on 0113 496 0015, they did ours",
         "0113 496 0015", True),
        (LANDLINE_FOR_A_SERVICE, "ask Bea (she keeps the book) on 0113 496 0007", "0113 496 0007", False),
        (ORGANISATIONS_NUMBER, "Spare room – mail rooms@lettings.example.net or text 07700 900008",
         "07700 900008", False),
        (ORGANISATIONS_NUMBER, "blankets for the dog rescue, I'm collecting – 07700 900009", "07700 900009", False),
        (ORGANISATIONS_NUMBER, "raffle at the community centre, contact Anil for tickets – 07700 900010",
         "07700 900010", False),
        (ORGANISATIONS_NUMBER, "The number for the Kings Arms is on the menu: 0114 496 0011", "0114 496 0011", True),
    ],
)  # fmt: skip
def test_each_filter(rule, text: str, number: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert _applies(rule, text, number) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Five stars for the chippy!! Ring your orders in 0115 496 0012", []),
        ("Tried the number on the advert, 01632 960 013, and it was a fax", []),
        ("We're on 0117 496 0014 if you can lend the Scouts a trailer", ["+441174960014"]),
        ("Cleaning, ring Kev on mobile O77OO 9OO O15", ["+447700900015"]),
        ("Back in Manila now! text me sa 0917 000 0123", ["+639170000123"]),  # Manila: the Philippines
    ],
)
def test_in_the_detector(text: str, found: list[str]) -> None:
    assert _found(text) == found


def test_the_letter_o_needs_a_whole_number() -> None:
    assert judge("OO 12") is None
    assert judge("O77OO 9OO 8O4") is not None
