"""Addresses the writer labels as such, in any language; and the labels that lead elsewhere."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_label import AT_HOME, SENDING, labelled_addresses
from tests.conftest import text_item

LABELLED = [
    ("Nan's new address: 4 chemin des Vignes, 13100 Aix. Cards please!", "4 chemin des Vignes, 13100 Aix"),
    ("Onkel Bernd wohnt jetzt hier, Adresse: Birkenweg 7, 04109 Leipzig", "Birkenweg 7, 04109 Leipzig"),
    (
        "my cousin lives at Via dei Tigli 23 in Bologna, send the photos there",
        "Via dei Tigli 23 in Bologna, send the photos there",
    ),
    (
        "New address as of June: 2207 Cedar Hollow Drive, Springvale 🏡 come visit",
        "2207 Cedar Hollow Drive, Springvale",
    ),
    # an abbreviation's full stop is not the end of the address
    ("Ciocia Ela, nowy adres: ul. Jaśminowa 7, Gdańsk. Buziaki", "ul. Jaśminowa 7, Gdańsk"),
    # a few words between the label and its colon
    ("L'adresse pour les invitations : 3 allée des Cerisiers, Nantes. Bisous", "3 allée des Cerisiers, Nantes"),
    # a move announced with a colon
    ("O tio Zé mudou de casa: Travessa do Sol 12, Braga. Visitem!", "Travessa do Sol 12, Braga"),
]
NOT_ADDRESSES = [
    "email address: dee.parker@example.com, use that one",
    "IP address: 192.168.0.12 keeps dropping",
    "Address: the big field behind the church (no number, sorry)",
    "She moved to Glasgow in 2019 and loves it",
    "Lives in Fernside · 🎓 Ashbury 2015 · married 12.08.2017",
    "The old gag: my next address: 10 Downing Street, SW1A 2AA 😂",
    "Moved to Toronto for a year of supply teaching, new number 07700 900123",
    "Our neighbours are moving to Portugal in spring after 22 years here",  # a length of time, not a house number
]


@pytest.mark.parametrize(("text", "value"), LABELLED)
def test_a_labelled_address_is_found_in_any_language(text: str, value: str) -> None:
    assert [line for line, *_ in labelled_addresses(text)] == [value]
    (match,) = list(AddressDetector().detect(text_item(text)))
    assert match.value == value and match.rule == "an address the writer labels as one"


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_a_label_leading_to_something_else_is_not_an_address(text: str) -> None:
    detector = AddressDetector()
    item = text_item(text)
    assert not (detector.wants(item) and list(detector.detect(item)))


def test_a_street_the_patterns_know_is_reported_once() -> None:
    text = "New address: 14 Larkspur Close, Brackenford LS99 9ZT"
    assert len(list(AddressDetector().detect(text_item(text)))) == 1


def test_a_shops_labelled_address_is_not_a_home() -> None:
    text = "Our café's new address: Unit 3, 12 Mill Yard, open daily from 8"
    assert list(AddressDetector().detect(text_item(text))) == []


@pytest.mark.parametrize(
    ("pattern", "before", "expected"),
    [
        (SENDING, "please send cards to ", True),
        (SENDING, "Christmas cards to Mam at ", True),
        (SENDING, "post it to me at ", True),
        (SENDING, "I went to ", False),
        (SENDING, "cards on the table, back to ", False),
        (AT_HOME, "we're at ", True),
        (AT_HOME, "ours is number ", True),
        (AT_HOME, "Meet at mine first? ", True),
        (AT_HOME, "We've moved! ", True),
        (AT_HOME, "I'm at ", False),  # a check-in's words
        (AT_HOME, "we're going to ", False),
    ],
)
def test_cues_of_post_and_of_being_home(pattern: object, before: str, expected: bool) -> None:
    assert (pattern.search(before) is not None) is expected  # type: ignore[attr-defined]
