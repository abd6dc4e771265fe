"""Issue 10's batch-6 address classes: streets abroad known by their postal tail (`POSTAL_TOWN_RULE`,
`STATE_TAIL_RULE`), a business's card or letterhead (`TRADE_CARD`), the writer's own house on a street the text
names (`SAME_STREET_RULE`), post addressed to a home, a denied or named care home.  Invented sentences,
streets and people; reserved phone numbers and postcode units."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_abroad_postal import POSTAL_TOWN_RULE, STATE_TAIL_RULE, lines_by_tail
from detectors.address_business import VENUE_OR_BUSINESS
from detectors.address_gate import wants_address
from detectors.address_same_street import SAME_STREET_RULE, other_houses
from detectors.address_site_filters import CARE_HOME
from detectors.address_trade_card import TRADE_CARD
from tests.conftest import address_values, filter_applies, rules_address_values, text_item


@pytest.mark.parametrize(
    ("text", "line", "rule"),
    [
        (
            "Parcel label:\nAn: Jola Wiśniak\nQuellenweg 22\n50667 Köln\nthanks",
            "Quellenweg 22, 50667 Köln",
            POSTAL_TOWN_RULE,
        ),
        ("cards to Tante Rosi — Im Lindengrund 4, 80331 München", "Im Lindengrund 4, 80331 München", POSTAL_TOWN_RULE),
        (
            "envelope: 'Sr. Pardo, Calle del Olivo 12, 3º dcha., 46001 Valencia'",
            "Calle del Olivo 12, 46001 Valencia",
            POSTAL_TOWN_RULE,
        ),
        (
            "summer address:\n3 bis rue des Tilleuls\n69001 Lyon\nbisous",
            "3 bis rue des Tilleuls, 69001 Lyon",
            POSTAL_TOWN_RULE,
        ),
        (
            "Aunty's new place is 9 Wattle Bend, Quokkaville QLD 4999 now",
            "9 Wattle Bend, Quokkaville QLD 4999",
            STATE_TAIL_RULE,
        ),
        (
            "Grandpa's place: 204 Cedar Hollow Trail, Springvale TX – call him",
            "204 Cedar Hollow Trail, Springvale TX",
            STATE_TAIL_RULE,
        ),
        (
            "send it to C-12 Gulmohar Enclave, New Delhi 110099 please",
            "C-12 Gulmohar Enclave, New Delhi 110099",
            STATE_TAIL_RULE,
        ),
    ],
)
def test_a_street_abroad_is_known_by_its_postal_tail(text: str, line: str, rule: str) -> None:
    assert [(found, why) for found, _, _, why in lines_by_tail(text)] == [(line, rule)]
    assert wants_address(text_item(text))
    assert line in rules_address_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Round 7, 2024 Leeds beat us again",  # a year has four digits
        "Our holiday villa booking: Villa Sol, Calle del Mar 7, 03700 Dénia",  # a stay, not a home
        "Beat them 14-3, Springvale TX won the cup",  # no street line before the town
        "Room 12 Wren Hall, Quillby 12345",  # five digits after a town are no PIN (six)
    ],
)
def test_no_postal_tail_line_without_a_street_or_on_a_stay(text: str) -> None:
    assert list(lines_by_tail(text)) == []


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Tansley & Son Funeral Directors, 4 Quill Street, 24 hrs 0113 496 0811", "4 Quill Street"),
        ("Card on the counter: 'Order online or call 0113 496 0818. Jade Garden, 61 Wren Road'", "61 Wren Road"),
        ("'Carpets fitted from £199, call Floorland or visit us at 5 Heron Wharf'", "5 Heron Wharf"),
        ("Letterhead: 'P. QUILL, Master Butcher, 12 Larch Street, Quillby'", "12 Larch Street"),
        ("Bramble & Co.\nDirect line 020 7946 0420\n40 Tansy Street", "40 Tansy Street"),
        ("Address: 2 Wren Lane, Quillby\nHours: 8am-6pm", "2 Wren Lane"),
    ],
)
def test_a_business_card_or_letterhead_is_premises(text: str, candidate: str) -> None:
    assert filter_applies(TRADE_CARD, text, candidate)
    assert candidate not in address_values(text)


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("We've moved! You'll find us at 3 Wren Rise from Monday", "3 Wren Rise"),
        ("after 7 months of solicitors we got the keys: hello 5 Quill Close", "5 Quill Close"),
        ("Tansley & Son did the roof, but we live at 8 Heron Road and love it", "8 Heron Road"),
        ("Our address: 2 Larch Way, Quillby. Home visits by the nurse on Fridays", "2 Larch Way"),
    ],
)
def test_a_home_near_words_of_trade_is_kept(text: str, candidate: str) -> None:
    assert not filter_applies(TRADE_CARD, text, candidate)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hiya, the delivery for 11 Quill Gardens came to us at 13 by mistake!", "13 Quill Gardens"),
        ("Rota:\nBBQ – Femi at 10 Wren Walk\nSalads – us at number 4 and Sam", "4 Wren Walk"),
    ],
)
def test_the_writers_own_house_on_a_street_the_text_names(text: str, value: str) -> None:
    matches = list(AddressDetector().detect(text_item(text)))
    assert any(m.value == value and m.rule == SAME_STREET_RULE for m in matches)


@pytest.mark.parametrize(
    "text",
    [
        "Spare key is with Pam at number 14, our address is 12 Quill Lane",  # a neighbour's house
        "Got a parcel for 12 Wren Close but we're 21, Evri strikes again",  # "we're 21": an age as often
        "Party's at 12 Wren Close, come to us at 3pm",  # a time
        "we're 0/2, 112 Larch Drive, ground floor",  # a flat's floor
    ],
)
def test_no_house_from_a_neighbours_number_a_time_or_an_age(text: str) -> None:
    streets = [(m.start, m.end) for m in AddressDetector().detect(text_item(text))]
    assert list(other_houses(text, streets)) == []


def test_post_addressed_to_a_home_and_a_bookplate_are_homes() -> None:
    text = "Card arrived addressed to 'The Occupier, 14 Quill Avenue' haha"
    assert not filter_applies(VENUE_OR_BUSINESS, text, "14 Quill Avenue")
    assert "14 Quill Avenue" in rules_address_values(text)
    assert "6 Wren Walk" in rules_address_values(
        "a 1970s bookplate 'This book belongs to Ann Quill, 6 Wren Walk, Quillby'"
    )


def test_a_denied_care_home_is_a_home_and_a_named_one_is_not() -> None:
    denied = "it's her new flat, NOT a care home! Flat 4, 2 Quill Road, Southport PR9 0ZZ"
    assert not filter_applies(CARE_HOME, denied, "2 Quill Road")
    assert not filter_applies(VENUE_OR_BUSINESS, denied, "2 Quill Road")
    named = "For the cards: Dad's care home is Wrenfield House, 20 Quill Lane, Sandal WF2 6ZZ"
    assert filter_applies(CARE_HOME, named, "20 Quill Lane, Sandal WF2 6ZZ")
