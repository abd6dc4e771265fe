"""Issue 10, round 2: the named filters and shapes added from batch 3's train and dev errors (wrong place,
who-lives questions, a building said to be a dentist, a number given apart in road news, hours in the next
sentence, a person's house in brackets after a venue word, landmarks by distance, "Av", numbered cottages,
post for a previous owner).  Invented sentences; reserved numbers and "Z" postcode units."""

from __future__ import annotations

import pytest

from detectors.address_business import VENUE_OR_BUSINESS, school_or_venue_before
from detectors.address_filters import PUBLIC_BUILDING, TITLE_OF_A_WORK, WHO_LIVES_QUESTION, WRONG_PLACE
from detectors.address_parts import house_number_apart
from detectors.filters import Filter
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (WRONG_PLACE, "the taxi went to 5 Wren Close instead of Wren Court. I live at 5 Wren Court", "5 Wren Close", True),
        (WRONG_PLACE, "parcel delivered to 12 Tansy Lane by mistake, I'm at 21", "12 Tansy Lane", True),
        (WRONG_PLACE, "Pizza delivered to 26 Quill Street instead of 62, cheers", "26 Quill Street", False),
        (WRONG_PLACE, "we moved to 5 Wren Close instead of renting", "5 Wren Close", False),
        (WHO_LIVES_QUESTION, "which of you lot lives on Tansy Road? a car alarm is going", "Tansy Road", True),
        (WHO_LIVES_QUESTION, "who lives at 9 Tansy Road?? your hedge is on fire", "9 Tansy Road", False),
        (WHO_LIVES_QUESTION, "my sister lives on Tansy Road", "Tansy Road", False),
        (PUBLIC_BUILDING, "the address you gave me is 14 Quill Rd but the map says that's a dentist??", "14 Quill Rd", True),
        (PUBLIC_BUILDING, "the party is at 14 Quill Rd, that's a lovely house", "14 Quill Rd", False),
        (TITLE_OF_A_WORK, "Neighbourhood Watch meeting at 17 Heron Avenue (Pam's) 7pm", "17 Heron Avenue", False),
        (VENUE_OR_BUSINESS, "📍 Fruit picking at Ash Farm, Quill Road. £4/kg. Open 9-5 daily", "Quill Road", True),
        (VENUE_OR_BUSINESS, "Party at ours, 4 Quill Road. Bring a bottle!", "4 Quill Road", False),
    ],
)  # fmt: skip
def test_round_two_filters(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


def test_a_persons_house_in_brackets_hands_a_venue_word_back() -> None:
    assert not school_or_venue_before("Residents' meeting at ", None, " (Pam's) 7pm")
    assert school_or_venue_before("Residents' meeting at ", None, " 7pm")


@pytest.mark.parametrize(
    ("context", "venue"),
    [
        ("We're 2 mins from school, ", False),
        ("a 5 min walk from the station, ", False),
        ("the school office is at ", True),
        ("not the church hall — ", False),
    ],
)
def test_landmarks_and_set_aside_venues(context: str, venue: bool) -> None:
    assert school_or_venue_before(context, None) is venue


def test_a_number_given_apart_in_road_news_is_no_house() -> None:
    text = "Anyone else stuck on Tansy Road? Burst water main outside number 212, water everywhere"
    assert house_number_apart(text, text.index("?")) is None
    text = "it's Tansy Road. Police outside our house, number 12"
    assert house_number_apart(text, text.index(".")) == "12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yoga is in my living room now, not the church hall — 11 Hollin Tree Av, ring the bell", "11 Hollin Tree Av"),
        ("Eggs £1.50/6, honesty box at the gate of 3 Heron Cottages, Long Lane. Ta", "3 Heron Cottages, Long Lane"),
        ("a letter addressed to the previous owner at 24 Fernside. Do I open it?", "24 Fernside"),
        ("Playdate at ours Friday? We're 2 mins from school, 19 Quill Road. 07700 900123", "19 Quill Road"),
        ("for the cousins: The Bungalow, 4 Holme Lane, Oakley, YO41 4ZF. Bring sprouts", "YO41 4ZF"),
        ("Back at my parents' on Tansy Road for Christmas", "Tansy Road"),
        ("Mum's still on Tansy Road if anyone wants to pop in", "Tansy Road"),
        ("Moving day! From Tansy Road to Quill Street, what a week", "Quill Street"),
        ("turn into Tansy Road, we're halfway down on the left", "Tansy Road"),
    ],
)
def test_round_two_homes(text: str, value: str) -> None:
    assert value in address_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anyone else sat in the queue on Tansy Road? Burst water main outside number 212",
        "the taxi went to 5 Wren Close instead of Wren Court",
        "the address you gave me is 14 Quill Rd but the map says that's a dentist??",
    ],
)
def test_round_two_not_homes(text: str) -> None:
    assert "5 Wren Close" not in address_values(text)
    assert not any(value.startswith(("212", "14 Quill")) for value in address_values(text))


def test_av_is_an_avenue_only_as_written_so() -> None:
    assert address_values("selling my 12 Sony AV receiver, barely used") == []
