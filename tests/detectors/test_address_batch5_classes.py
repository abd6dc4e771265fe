"""Contacts batch 5's address classes (train and dev errors): pasted structures (a poster's or a list's lines as
clauses of their own, a letterhead above its address), quoted addresses, planning sites, organisations' letterheads,
care homes, classes at a named place, empty houses, a place's postcode given for directions, holiday check-ins and
show homes, "to let" as a verb, "were" read as "we're", burglaries "to us", who-lives questions without their
question mark, a rota's "OPEN" before a day, new premises, homes sold by their owners, "after school", a person named
before the address, "the postcode for the gate", numbered cottages, Welsh estates' street words and Dublin's
districts.  Invented sentences; reserved numbers and "Z" postcode units."""

from __future__ import annotations

import pytest

from detectors.address_business import VENUE_OR_BUSINESS, school_or_venue_before
from detectors.address_context import FIRST_PERSON, clause_before
from detectors.address_filters import (
    DENIED_ADDRESS,
    ORGANISATIONS_PREMISES,
    PROPERTY_LISTING,
    ROAD_NEWS,
    TITLE_OF_A_WORK,
    WHO_LIVES_QUESTION,
)
from detectors.address_label import labelled_addresses
from detectors.address_neighbours import home_said_before
from detectors.address_postcode_filters import CODE_LABELLED, PLACE_TO_DRIVE_TO
from detectors.address_site_filters import (
    ACTIVITY_AT_PLACE,
    CARE_HOME,
    EMPTY_HOUSE,
    ORGANISATION_NAMED_BEFORE,
    PLANNING_SITE,
)
from detectors.filters import Filter
from tests.conftest import address_values, filter_applies, rules_address_values


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        # the site of a planning application, unless the writer's own
        (PLANNING_SITE, "Two houses proposed on the plot behind Wren Barn, Quill Lane", "Wren Barn, Quill Lane", True),
        (PLANNING_SITE, "Comments wanted on a change of use at 9 Tansy Street (bakery into flats)", "9 Tansy Street",
         True),
        (PLANNING_SITE, "Ref 26/00871/FUL, 9 Tansy Street: two storeys", "9 Tansy Street", True),
        (PLANNING_SITE, "we're on a plot at 4 Heron Rise while the house is built", "4 Heron Rise", False),
        (PLANNING_SITE, "I object as the owner of Wren Cottage, Quill Lane, next door", "Wren Cottage, Quill Lane",
         False),
        # an organisation's name heads the address
        (ORGANISATION_NAMED_BEFORE, "Till slip:\nHollyfield Garden Centre, Tansy Road, Brackenford LS99 9ZZ",
         "LS99 9ZZ", True),
        (ORGANISATION_NAMED_BEFORE, "10 Jan - away @ Quillby Rovers, Heron Rd LS99 9ZZ", "LS99 9ZZ", True),
        (ORGANISATION_NAMED_BEFORE, "Capel Horeb, Heol y Felin, Brackenford LS99 9ZZ", "LS99 9ZZ", True),
        (ORGANISATION_NAMED_BEFORE, "St Wren's Church, Heron Lane, Brackenford LS99 9ZZ", "LS99 9ZZ", True),
        (ORGANISATION_NAMED_BEFORE, "Nadolig llawen! 3 Rhes y Capel, Brackenford LS99 9ZZ", "LS99 9ZZ", False),
        (ORGANISATION_NAMED_BEFORE, "we live behind Tansy Methodist Church, 4 Quill Road", "4 Quill Road", False),
        (ORGANISATION_NAMED_BEFORE, "The Old Chapel, Heron Lane, Brackenford LS99 9ZZ", "LS99 9ZZ", False),
        (ORGANISATION_NAMED_BEFORE, "Church Lane, Brackenford LS99 9ZZ", "LS99 9ZZ", False),
        # a care home, unless a home is named after it
        (CARE_HOME, "Grandad's moved to Larchfield Care Home, 7 Quill Road, on Friday", "7 Quill Road", True),
        (CARE_HOME, "Job ad: night carer at Larchfield Nursing Home, 7 Quill Road", "Larchfield Nursing Home, 7 Quill Road",
         True),
        (CARE_HOME, "Nan's in a care home now but Grandad is still at home, 7 Quill Road", "7 Quill Road", False),
        (CARE_HOME, "cards for Grandad to 7 Quill Road please", "7 Quill Road", False),
        # classes or sessions held at a named place
        (ACTIVITY_AT_PLACE, "Come and try our Tuesday sessions at Tansy Fitness Barn, 21 Heron Road", "21 Heron Road",
         True),
        (ACTIVITY_AT_PLACE, "piano lessons at Gran's, 21 Heron Road", "21 Heron Road", False),
        (ACTIVITY_AT_PLACE, "lessons at my house, 21 Heron Road", "21 Heron Road", False),
        # an empty house
        (EMPTY_HOUSE, "The bungalow on Quill Lane has been derelict since the fire", "Quill Lane", True),
        (EMPTY_HOUSE, "this cottage on Quill Lane stood boarded up all winter", "Quill Lane", True),
        (EMPTY_HOUSE, "our house on Quill Lane was empty while we were away", "Quill Lane", False),
        (EMPTY_HOUSE, "that house on Quill Lane has a lovely garden", "Quill Lane", False),
        # a place's postcode given for directions
        (PLACE_TO_DRIVE_TO, "Meet by the trolleys, LS99 9ZZ is the big Asdale", "LS99 9ZZ", True),
        (PLACE_TO_DRIVE_TO, "Tickets say LS99 9ZY or LS99 9ZZ for the showground entrance", "LS99 9ZY", True),
        (PLACE_TO_DRIVE_TO, "Lambing open day: LS99 9ZZ for the farm shop, then follow the signs", "LS99 9ZZ", True),
        (PLACE_TO_DRIVE_TO, "Sat nav LS99 9ZZ gets you to the park and ride", "LS99 9ZZ", True),
        (PLACE_TO_DRIVE_TO, "Parking for the fun run is at the rugby club (LS99 9ZZ). Sat nav struggles after the ford.",
         "LS99 9ZZ", True),
        (PLACE_TO_DRIVE_TO, "sat nav LS99 9ZZ, ours is the house with the red door", "LS99 9ZZ", False),
        (PLACE_TO_DRIVE_TO, "LS99 9ZZ is the postcode for my house", "LS99 9ZZ", False),
        (PLACE_TO_DRIVE_TO, "we're in LS99 9ZZ now", "LS99 9ZZ", False),
        (PLACE_TO_DRIVE_TO, "LS99 9ZZ is the Old Rectory, by the church", "LS99 9ZZ", False),
        (PLACE_TO_DRIVE_TO, "cards: LS99 9ZZ – the Quillbys, at the end", "LS99 9ZZ", False),
        # "the postcode for the gate" is a postcode
        (CODE_LABELLED, "the postcode for the gate is LS99 9ZZ, down the track", "LS99 9ZZ", False),
        (CODE_LABELLED, "boarding at gate LS99 9ZZ", "LS99 9ZZ", True),
        # property and holiday lets
        (PROPERTY_LISTING, "Could you help me to let people know the car boot is at 5 Tansy Road", "5 Tansy Road",
         False),
        (PROPERTY_LISTING, "Flat to let, 5 Tansy Road, £700 a month", "5 Tansy Road", True),
        (PROPERTY_LISTING, "Viewing day at the show home, 2 Heron Drive, 10-4", "2 Heron Drive", True),
        (PROPERTY_LISTING, "Wren Cottage, 3 Quill Lane - sleeps 6, dogs welcome", "3 Quill Lane", True),
        (PROPERTY_LISTING, "Cabin for the hen weekend, 3 Quill Lane: key safe code comes on the day", "3 Quill Lane",
         True),
        (PROPERTY_LISTING, "Just listed: 8 Heron Cottages, a first-time buyer's dream", "8 Heron Cottages", True),
        # road news about the writer's own house
        (ROAD_NEWS, "Someone broke into the shed at 4 Wren Close, the police were lovely to us", "4 Wren Close",
         False),
        (ROAD_NEWS, "Police at 4 Wren Close, avoid the area", "4 Wren Close", True),
        # a who-lives question typed without its question mark
        (WHO_LIVES_QUESTION, "who lives on Tansy Road, there's a van blocking the whole street", "Tansy Road", True),
        (WHO_LIVES_QUESTION, "my uncle who lives on Tansy Road is 90 today", "Tansy Road", False),
        # a fire at a shop: "were" is not "we're"
        (ROAD_NEWS, "Crews were called to a fire at 12 Quill Street, traffic is queuing", "12 Quill Street", True),
        # an address book is no book
        (TITLE_OF_A_WORK, "In Nan's address book: 27 Tansy Road", "27 Tansy Road", False),
        (TITLE_OF_A_WORK, "Reading the book 27 Tansy Road, gripping", "27 Tansy Road", True),
        # a rota's "OPEN" slot before a day is no opening hours; new premises are a business's
        (VENUE_OR_BUSINESS, "Dog walking rota for 3 Heron Hill\nTue - Sam\nWed - OPEN\nThu - Pat", "3 Heron Hill",
         False),
        (VENUE_OR_BUSINESS, "The dental practice has moved to new premises, 5 Tansy Street", "5 Tansy Street", True),
        # a home sold by its owner
        (VENUE_OR_BUSINESS, "We're selling the semi ourselves, private sale: 17 Heron Grove, 3 beds, £190k",
         "17 Heron Grove", False),
        (VENUE_OR_BUSINESS, "Estate agents: 3 bed semi, 17 Heron Grove, £190k", "17 Heron Grove", True),
        # a person's home inside an organisation's text
        (ORGANISATIONS_PREMISES, "Parish magazine: the flower rota is kept by Mrs Quill, who lives at 7 Heron Rise",
         "7 Heron Rise", False),
        (ORGANISATIONS_PREMISES, "Parish magazine: cards for the Quill family at their home, 8 Tansy Lane",
         "8 Tansy Lane", False),
        (ORGANISATIONS_PREMISES, "Parish magazine: dog walker available, living on Quill Close, very reasonable",
         "Quill Close", False),
        (ORGANISATIONS_PREMISES, "Parish magazine: the jumble sale is at 8 Tansy Lane", "8 Tansy Lane", True),
        # an address the writer says is nowhere near theirs
        (DENIED_ADDRESS, "The raffle list has me down at 12 Heron Street, I live nowhere near it", "12 Heron Street",
         True),
    ],
)  # fmt: skip
def test_batch5_filters(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("we're 19 Heron Drive, blue door", "19 Heron Drive", True),
        ("I'm the new tenant at 9a Tansy Street, hi all", "9a Tansy Street", True),
        ("the bins are still outside ours on 14 Quill Rise", "14 Quill Rise", True),
        ("tea's at Auntie Wren's, 54 Heron Street", "54 Heron Street", True),
        ("staying at my sister's till June, 12 Tansy Road", "12 Tansy Road", True),
        ("Yes I'm still at 6 Quill Road, nothing's changed", "6 Quill Road", True),
        ("we're just past the postbox at 21 Heron Way", "21 Heron Way", True),
        ("ask Mr Okoro at 8 Tansy Grove about the hedge", "8 Tansy Grove", True),
        ("the family at 6 Heron Road have a new puppy", "6 Heron Road", True),
        ("our tortoise is missing, please return him to 66 Quill Road", "66 Quill Road", True),
        ("post any finds to us, 66 Quill Road", "66 Quill Road", True),
        ("come to my door, 61 Tansy Street", "61 Tansy Street", True),
        ("New term, so his address is 2 Heron View until summer", "2 Heron View", True),
        ("Uncle Tam: 27 Heron Road", "27 Heron Road", True),
        ("Saying hello as the new neighbours at No. 5 Tansy Road", "5 Tansy Road", True),
        ("spare courgettes on my front step, 88 Quill Road", "88 Quill Road", True),
        ("drop-off is at her house – 72 Heron Road", "72 Heron Road", True),
        ("My brother's address in Perth: 41 Quill Ridge Drive", "41 Quill Ridge Drive", True),
        ("spare tickets are with Bryony at 4 Tansy Close", "4 Tansy Close", True),
        ("the cafe is open Mon to Fri at 14 Tansy Street", "14 Tansy Street", False),
        ("I'm at 14 Tansy Street for the coffee morning", "14 Tansy Street", False),  # a check-in
        ("I've moved into my own place", "own place", False),  # no numbered street
        ("Cofion! We're number 5, Heol y Wren", "5, Heol y Wren", False),  # name-last keeps its rule
    ],
)
def test_home_said_before(text: str, candidate: str, expected: bool) -> None:
    assert home_said_before(text, text.index(candidate)) is expected


def test_a_line_break_ends_a_clause_unless_the_address_opens_its_line() -> None:
    poster = "Quillby Gala, Tansy Park\nStalls from 10\nRaffle prizes to Wren, 4 Heron Way"
    assert clause_before(poster, poster.index("4 Heron")) == "Raffle prizes to Wren, "
    numbered = "Saying hello as the new neighbours at No. 5 Tansy Road"
    assert clause_before(numbered, numbered.index("5 Tansy")) == "Saying hello as the new neighbours at No. "
    letterhead = "Wren & Daughters Bakery\n14 Heron Row, Quillby"
    assert "Bakery" in clause_before(letterhead, letterhead.index("14 Heron"))


def test_a_person_named_before_the_address_hands_a_venue_word_back() -> None:
    assert not school_or_venue_before("coats can go in the church vestry or with Bryony at ", None)
    assert not school_or_venue_before("pop in before school, ", None)
    assert not school_or_venue_before("post for my son: Room 4C, Wren Hall, Quillby ", None)
    assert school_or_venue_before("the church hall at ", None)
    assert school_or_venue_before("the cafe is open Mon to Fri at ", None)
    assert school_or_venue_before("jumble sale in the village hall, ", None)


def test_a_thing_named_after_a_venue_is_no_venue() -> None:
    """ "Coffee table for sale", "gym equipment", "studio flat": a thing sold or a home, not the venue's address."""
    assert not school_or_venue_before("Coffee table for sale, £40, collect from ", None)
    assert not school_or_venue_before("Bar stools, two of them, pick up from ", None)
    assert not school_or_venue_before("my studio flat at ", None)
    assert school_or_venue_before("the new coffee shop at ", None)
    assert school_or_venue_before("the new gym at ", None)


def test_someones_house_after_a_venue_word_hands_the_address_back() -> None:
    assert not school_or_venue_before("somewhere between the post office and her house on ", None)
    assert school_or_venue_before("the RSVP address is the venue, not their house: ", None)


def test_reading_glasses_are_no_title_of_a_work() -> None:
    text = "she lost her reading glasses near her house on Larkspur Way."
    assert address_values(text) == ["Larkspur Way"]


def test_were_is_no_first_person() -> None:
    assert FIRST_PERSON.search("the crews were called") is None
    assert FIRST_PERSON.search("we're called") is not None


def test_a_dublin_district_is_no_house_number() -> None:
    assert not list(labelled_addresses("Address: Dublin 6, Ireland"))
    assert list(labelled_addresses("Address: 6 Quill Terrace, Dublin"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quillby Scouts bring-and-buy, Tansy Hall\nRaffle prizes can go to Priya, 58 Tansy Lane, before the day",
         "58 Tansy Lane"),
        ("The label on the box reads 'R Okoro, 12 Heron Close' so it's next door's", "12 Heron Close"),
        ("Our new landlord wants the meter reading for 3 Tansy Cottages by Friday", "3 Tansy Cottages"),
        ("we've just moved to Heron Villas, the yellow terrace", "Heron Villas"),
        ("Could you drop the tin at my gran's on the way, 7 Wrenfield", "7 Wrenfield"),
        ("Bin day chaos again, the lorry skipped both our houses on Quill Grove", "Quill Grove"),
        ("Parti pen-blwydd yn 12 Maes y Wren nos Sadwrn", "12 Maes y Wren"),
        ("Deliveries: the postcode for the gate is LS99 9ZZ and I'm the farmhouse behind it", "LS99 9ZZ"),
        ("Private sale, we're selling our semi: 5 Heron Close, Brackenford LS99 9ZZ, 3 bed, £200k", "LS99 9ZZ"),
        ("Police came out to us last night, someone tried the door at 9 Wren Drive, LS99 9ZZ", "LS99 9ZZ"),
    ],
)  # fmt: skip
def test_batch5_homes_found(text: str, value: str) -> None:
    assert value in rules_address_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wren & Daughters Bakery\nOpen 8-4\n14 Heron Row, Quillby LS99 9ZZ",
        "app says 'delivered to safe place' but it's not anywhere",
        "For the sat nav: LS99 9ZZ is the leisure centre, park round the back",
        "Council letter came: application for change of use at 14 Tansy Street to a nail bar",
        "Job ad: night carer wanted at Wren View Care Home, 4 Heron Drive, Quillby",
        "The cottage on Quill Lane is derelict now, roof's gone",
        "Our host sent the check-in details: Flat 2C, 14 Wren Road, ring the bell",
    ],
)
def test_batch5_places_left_alone(text: str) -> None:
    assert address_values(text) == []
