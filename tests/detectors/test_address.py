"""Address detector: a row per rule with the look-alikes that rule must leave alone."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.base import SchoolProfile, Section
from detectors.postcode import find_postcodes, parse_postcode
from tests.conftest import text_item

ST_AIDANS = SchoolProfile(
    name="St Aidan's C of E Primary School",
    aliases=("St Aidan's Primary", "St Aidans Brackenford"),
    town="Brackenford",
    handles=("StAidansBrackenford", "brackenford_pri"),
)

VALID_POSTCODES = [
    ("LS99 9ZZ", "LS99 9ZZ", True),  # AA99 9AA
    ("ls999zz", "LS99 9ZZ", True),  # any case, no space
    ("M1 1AE", "M1 1AE", True),  # A9 9AA
    ("B33 8TH", "B33 8TH", True),  # A99 9AA
    ("CR2 6XH", "CR2 6XH", True),  # AA9 9AA
    ("W1A 0AX", "W1A 0AX", False),  # A9A 9AA: the BBC's non-geographic district
    ("W1J 6QX", "W1J 6QX", True),  # A9A 9AA: central London
    ("EC1A 1BB", "EC1A 1BB", True),  # AA9A 9AA: central London
    ("SW1A  1AA", "SW1A 1AA", False),  # two spaces; Buckingham Palace, a landmark
    ("GY1 1AA", "GY1 1AA", True),  # Guernsey
    ("GIR 0AA", "GIR 0AA", False),  # Girobank: valid, not a street
    ("XM4 5HQ", "XM4 5HQ", False),  # Santa's reply address
    ("BF1 3AD", "BF1 3AD", False),  # British Forces Post Office
]

INVALID_POSTCODES = [
    "QA1 1AA",  # Q never starts a postcode
    "AI1 1AA",  # I never second
    "M2 3AM",  # unit letters never M: a time
    "B4 5PM",  # a time
    "LS1A 1AA",  # AA9A only in central London
    "B2C 3DE",  # A9A only for E, N, W
    "XX1 1AA",  # no such area
    "ZZ99 3VZ",  # NHS pseudo-postcode: no such area
    "SW1A",  # outward code alone
    "M25",  # a motorway
    "GIR 1AA",  # GIR only as GIR 0AA
    "BFPO 123",  # forces address, not a postcode
    "B0 0TY",  # a word typed with zeros: no district B0
    "LS31 9ZZ",  # Leeds has no district 31
    "AB1 2CD",  # a district retired long ago
]


def test_the_fixture_range_is_a_home_and_other_non_geographic_districts_are_not() -> None:
    """LS99/BD98 hold only PO boxes, so fixtures may use them as homes (like drama numbers)."""
    assert [parse_postcode(raw).is_geographic for raw in ("LS99 9ZZ", "BD98 9YT")] == [True, True]  # type: ignore[union-attr]
    assert parse_postcode("BS80 9ZZ").is_geographic is False  # type: ignore[union-attr]


@pytest.mark.parametrize(("raw", "text", "geographic"), VALID_POSTCODES)
def test_valid_postcodes_are_normalised(raw: str, text: str, geographic: bool) -> None:
    postcode = parse_postcode(raw)
    assert postcode is not None
    assert (postcode.text, postcode.is_geographic) == (text, geographic)


@pytest.mark.parametrize("raw", INVALID_POSTCODES)
def test_invalid_postcodes_are_rejected(raw: str) -> None:
    assert parse_postcode(raw) is None


def test_find_postcodes_reports_spans_and_skips_codes_inside_words() -> None:
    text = "send to LS99 9ZZ, not XLS99 9ZZ or LS99 9ZZA"
    found = find_postcodes(text)
    assert [(p.text, text[s:e]) for p, s, e in found] == [("LS99 9ZZ", "LS99 9ZZ")]


# (text, value, words of the rule that must fire)
FOUND = [
    ("12 Larkspur Close, Brackenford LS99 9ZZ", "LS99 9ZZ", "street address with a UK postcode"),
    ("12 Larkspur Close\nBrackenford\nWest Yorkshire\nLS99 9ZZ", "LS99 9ZZ", "with a UK postcode"),
    ("Flat 3, 7 Mill Lane, ls99 9zy", "LS99 9ZY", "with a UK postcode"),
    ("Just got the keys to 12 Larkspur Close!", "12 Larkspur Close", "house number and street"),
    ("Flat 3, 7 Mill Lane is ours", "Flat 3, 7 Mill Lane", "house number and street"),
    ("Apartment 9, 2 Quayside Mews has a view", "Apartment 9, 2 Quayside Mews", "house number and street"),
    ("12a Station Road, the blue door", "12a Station Road", "house number and street"),
    ("Lights on at 3 St. Mary's Road", "3 St. Mary's Road", "house number and street"),
    ("Bins missed at 12 High St again", "12 High St", "house number and street"),
    ("Sold! 62 Meadow View is off the market", "62 Meadow View", "street-like name"),
    ("3 The Grove looks lovely in the snow", "3 The Grove", "house number and street"),
    ("Candles lit at 3 The Chase tonight", "3 The Chase", "street-like name"),
    ("Lights are up at 5 New Road", "5 New Road", "house number and street"),
    ("our bins at 17 tennyson road were missed", "17 tennyson road", "lower case"),
    ("Invites to The Old Forge, Mill Lane please", "The Old Forge, Mill Lane", "named house"),
    ("We live on Mill Lane so the fair is loud", "Mill Lane", "statement of where they live"),
    ("Moved into our new house on Larkspur Close!", "Larkspur Close", "statement of where they live"),
    ("Our house is on Chapel Street, red door", "Chapel Street", "statement of where they live"),
    ("My grandad's house on Park View Road", "Park View Road", "statement of where they live"),
    ("Renting on Victoria Terrace for now", "Victoria Terrace", "statement of where they live"),
    ("I live in a cul-de-sac called Lavender Court", "Lavender Court", "statement of where they live"),
    ("Our street (Laburnum Grove) has a group chat", "Laburnum Grove", "statement of where they live"),
    ("The dog at the end of Rookery Lane, where we live", "Rookery Lane", "statement of where they live"),
    ("my nan's house at 42 colliery row", "42 colliery row", "statement of where they live"),
    ("I live at 12 Larkspur Close", "12 Larkspur Close", "house number and street in a statement"),
    ("I teach at St Aidan's Primary and we live on Mill Lane", "Mill Lane", "statement of where they live"),
    ("Our postcode is LS99 9ZZ, satnavs hate it", "LS99 9ZZ", "postcode given as an address"),
    ("Has anyone else in LS98 9ZX lost power?", "LS98 9ZX", "UK postcode"),
    ("My brother lives on Mill Lane", "Mill Lane", "statement of where they live"),  # a relative's home
    ("We're on Elm Grove now, yellow door", "Elm Grove", "statement of where they live"),
    ("Party at mine, 6 Poppy Field Way, from 7", "6 Poppy Field Way", "statement of where they live"),
    ("A hedgehog under our shed on Thistle Drive tonight", "Thistle Drive", "statement of where they live"),
    ("Parcel left by our front door on Wren Close, ta", "Wren Close", "statement of where they live"),
    ("Collect it from ours on Sorrel Lane after six", "Sorrel Lane", "statement of where they live"),
    ("I'm only on Tarn Street, I'll walk it over", "Tarn Street", "statement of where they live"),
    ("Ours is the yellow door halfway down Plover Row", "Plover Row", "statement of where they live"),
    ("Flat warming at 8 Heather Brae, Perth!", "8 Heather Brae", "house number and street"),
    ("Send the box to 2207 Sycamore Bend Lane, Boise", "2207 Sycamore Bend Lane", "house number and street"),
]


@pytest.mark.parametrize(("text", "value", "rule"), FOUND)
def test_finds_addresses(text: str, value: str, rule: str) -> None:
    """What the rules keep (the learned judgement after them has its own tests, `test_address_judgement`)."""
    detector = AddressDetector(ST_AIDANS)
    item = text_item(text)
    assert detector.wants(item)
    matches = detector.candidates(item)[0]
    assert [m.value for m in matches] == [value]
    assert rule in matches[0].rule
    assert matches[0].clauses == ("2.3.2",)
    assert value.split()[-1].lower().rstrip(".") in text[matches[0].start : matches[0].end].lower()


NOT_FOUND = [
    "Road to recovery starts today",  # idiom, no number
    "It's a 2 way street, respect both ways",  # counts
    "Communication is a 3 Way Street here",
    "The 2 hour drive to Wales was worth it",
    "It's 2 Degrees Road in the morning",  # units
    "Stuck on the M25 for 2 hours then the A1 road",  # motorways and A-roads
    "The A629 Halifax Road is closed",
    "SW1A is trending",  # outward code alone
    "12 May Street party was the best",  # dates
    "Top 10 Christmas Road Trips",  # ranks
    "Episode 4 Mill Lane murders, no spoilers",
    "Track 7 Side Street Shuffle is such a tune",
    "2019 Road Trip photos",  # a year, not a house number
    "Read 3 Chapel Street mysteries",  # compounds after the type
    "2 Park Lane Tickets spare for Saturday",
    "Roadworks at 12 Bridge Street junction",
    "i'm on the 7 Kings Road bus again",
    "10 Downing Street announced it",  # famous addresses
    "221B Baker Street museum was small",
    "Look up 1 Tree Hill, my favourite show",
    "New cafe opened at 14 High Street",  # venues
    "We're open 9-5 Mon to Fri at 14 Market Street",
    "Accident outside 3 Pendle Road, avoid",
    "Our school office is at 1 Church Lane",  # the school's own address
    "St Aidan's Primary, 1 Church Lane, Brackenford LS98 9AB",
    "#StAidansBrackenford 1 Church Lane LS98 9AB open evening",
    "The school's postal address is 1 Church Lane, Brackenford LS98 9AB",
    "Scaffolding at 10-12 Market Street all week",  # a range of numbers: business premises
    "We walked along Mill Lane to see the lights",  # no statement of residence
    "My road bike got another puncture on Moorside Road",
    "Live music down Canal Street tonight",
    "We live in hope. Park Lane next season",
    "Letters to Santa go to XM4 5HQ",  # non-geographic postcodes
    "GIR 0AA was the Girobank postcode",
    "Sending it BFPO 123",
    "Flight BA1 4TH delayed",  # postcode-shaped codes
    "Order code LS99 9ZZ on the receipt",
    "Product code B2C 3DE out of stock",
    "Meet at 5 then 3pm, back by 5PM",
    "2 very close calls today",  # lower-case look-alikes
    "we had 3 weeks of road closures",
    "Big fan of Tilly Green & the Harbour Lights, I'm #1 supporter!",  # a name like a street, a rank
    "Back at Kestrel Drive services, we're 2 down at half time",  # a score after a street-like name
    "Our 1998 Road Trip album is finally scanned",  # a year before a street-like word, not a house
    "Sunday drive: 2019 Cliff Road rally photos",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_leaves_look_alikes_alone(text: str) -> None:
    detector = AddressDetector(ST_AIDANS)
    item = text_item(text)
    assert not (detector.wants(item) and list(detector.detect(item)))


@pytest.mark.parametrize(
    ("text", "field", "section", "value", "rule"),
    [
        ("Mill Lane", "location", "profile", "Mill Lane", "whole profile field"),
        ("16 Kestrel Drive", "bio", "profile", "16 Kestrel Drive", "in a profile field"),
        ("Brackenford, LS99 9ZT", "location", "profile", "LS99 9ZT", "postcode given as an address"),
        (
            "Just checked in at 12 Larkspur Close",
            "place",
            "checkin",
            "12 Larkspur Close",
            "house number and street",
        ),  # a check-in names a place: no field leniency
    ],
)
def test_profile_fields(text: str, field: str, section: Section, value: str, rule: str) -> None:
    detector = AddressDetector()
    item = text_item(text, field=field, section=section)
    assert detector.wants(item)
    matches = list(detector.detect(item))
    assert [m.value for m in matches] == [value] and rule in matches[0].rule


def test_a_street_in_a_location_field_needs_the_whole_field() -> None:
    detector = AddressDetector()
    item = text_item("Walks along Mill Lane most days", field="bio", section="profile")
    assert not list(detector.detect(item))


def test_one_address_gives_one_match_valued_by_its_postcode() -> None:
    text = "Sold our house on Elm Street; 40 Elm Street, Ashdene LS98 9ZW was good to us"
    matches = list(AddressDetector().detect(text_item(text)))
    assert [m.value for m in matches] == ["LS98 9ZW"]
    assert text[matches[0].start : matches[0].end] == "40 Elm Street, Ashdene LS98 9ZW"


def test_confidence_follows_the_strength_of_the_evidence() -> None:
    detector = AddressDetector()

    def confidence(text: str) -> float:
        (match,) = detector.detect(text_item(text))
        return match.confidence

    with_postcode = confidence("12 Larkspur Close, Brackenford LS99 9ZZ")
    numbered = confidence("12 Larkspur Close is ours")
    weak_type = confidence("12 Larkspur View is ours")
    lower_case = confidence("12 larkspur close is ours")
    assert with_postcode > numbered > weak_type
    assert numbered > lower_case


@pytest.mark.parametrize(
    "text",
    [
        "Lovely walk along the canal this morning",
        "Parkrun PB 24:31 today, 3-1 to the legs",
        "Train delayed again, 07:42 became 08:15",
        "Team Prue all the way",  # a street word, but no digit and nothing about a home
        None,
        "",
    ],
)
def test_gate_turns_away_chatter(text: str | None) -> None:
    item = text_item(text) if text is not None else text_item("x")
    if text is None:
        item = type(item)(item.provenance, text=None)
    assert not AddressDetector().wants(item)


def test_gate_lets_postcodes_and_streets_through() -> None:
    detector = AddressDetector()
    assert detector.wants(text_item("in LS99 9ZZ"))
    assert detector.wants(text_item("at 12 Mill Lane"))
    assert detector.wants(text_item("we live on Mill Lane"))


def test_text_that_changes_length_when_lower_cased_keeps_its_offsets() -> None:
    text = "İstanbul trip over, we live on Mill Lane again"
    (match,) = AddressDetector().detect(text_item(text))
    assert (match.value, text[match.start : match.end]) == ("Mill Lane", "Mill Lane")


HARD_FORMS = [
    # one address given in parts: the street line, then (a line or a sentence on) its postcode
    ("we're at 8 quillon road now, second floor. postcode ls99 9zz", "LS99 9ZZ", "street line and its postcode"),
    ("send it here\nflat 2\n7 marlowe street\nbrackenford\nls99 9zz\ncheers", "LS99 9ZZ", "with a UK postcode"),
    # a unit letter Royal Mail never uses, at the end of a street line: still the line's postcode
    ("Post the invites to my brother at 16 Tansy Wynd, Brackenford LS99 4ZK please", "LS99 4ZK", "with a UK postcode"),
    # a building's name after the flat number, then the street line it stands on
    ("Flat 6, Marlowe Court, 22 Quay Wynd, Brackenford LS99 3ZS. Top floor", "LS99 3ZS", "with a UK postcode"),
    # where on the street, said in the first person
    ("Guitar lessons at mine: I'm at the far end of Quillon Street", "Quillon Street", "where they live"),
    # a private sale's pick-up
    ("old bike going free, pick up from Quillon Rd after six", "Quillon Rd", "collecting"),
    ("Cot mattress, free. Collect from Brackenford, Heron Gate Mount", "Heron Gate Mount", "collecting"),
    # streets written the Welsh, Irish or continental way
    ("Cofion! We're number 5, Heol y Dderwen, green door", "5 Heol y Dderwen", "Welsh, Irish or continental"),
    ("on passe l'été au 7 impasse des Mûriers à Vence", "7 impasse des Mûriers", "Welsh, Irish or continental"),
    ("our cottage is 2 Sráid an Mhuilinn in Dingle, red gate", "2 Sráid an Mhuilinn", "where they live"),
    # "House" inside a street's name
    ("the hens in our back garden at 4 Carriage House Mews", "4 Carriage House Mews", "where they live"),
    # the number given after a first street is another street line's own
    ("Quill Street, then left: we're number 4 Tansy Street, blue door", "4 Tansy Street", "house number and street"),
    # streets with no street word, after a statement of where the writer lives or where post goes
    ("We've moved! 12 Fernside, Oakley. Pop round any time", "12 Fernside", "no street word"),
    ("Meet at ours, 3 Beechwood, Oakley at 7", "3 Beechwood", "no street word"),
    ("cards to Nana at 22 The Paddocks, Oakley x", "22 The Paddocks", "no street word"),
    ("Moved into 6 Westgate last week, chaos", "6 Westgate", "no street word"),
    ("Drop it round to 15 Kingsway, Brackenford when you're passing", "15 Kingsway", "one-word street name"),
    # the house number given a sentence before the street
    ("We're at number 7. Hawthorn Road, the one with the red door", "7 Hawthorn Road", "given apart"),
    ("Ours is number 14 - Quill Row, the yellow door", "14 Quill Row", "given apart"),
    ("I'm at number 12 — Wren Court not Wren Close, happens all the time", "12 Wren Court", "given apart"),
    # post sent to someone's door
    ("Send cards to 4 Wren Court, Brackenford please", "4 Wren Court", "where they live"),
    # abbreviated street words
    ("mailing the care package to 1420 Maple Ridge Dr, Columbus OH", "1420 Maple Ridge Dr", "house number"),
]

NOT_HOMES = [
    "Score: Leeds 3 Harrogate, 2 Halifax",  # a score
    "5 Guys, Leeds is the best burger",  # a count
    "Born 12 May, London",  # a date
    "14, Male, from Brackenford. Football and food",  # an age in a bio
    "Ring us on 01632 960000, 12 Station Approach, for appointments",  # a business
    "Collection from our shop, 12 High Street, Brackenford",  # a shop
    "Meet me at 10 Downing Street ha",  # famous
]


@pytest.mark.parametrize(("text", "value", "rule"), HARD_FORMS)
def test_finds_the_hard_forms(text: str, value: str, rule: str) -> None:
    detector = AddressDetector()
    item = text_item(text)
    assert detector.wants(item)
    assert [(m.value, rule in m.rule) for m in detector.detect(item)] == [(value, True)]


def test_a_street_then_a_postcode_far_apart_stay_two_findings() -> None:
    text = "I live at 12 Tansy Road. " + "Long story about the bins and the fox and the neighbours. " * 3 + "LS99 9ZZ"
    assert [m.value for m in AddressDetector().detect(text_item(text))] == ["12 Tansy Road", "LS99 9ZZ"]


def test_a_pick_up_from_a_business_is_not_a_home() -> None:
    text = "Collection from Unit 7, Kiln Retail Park, LS99 9ZZ if you order online"
    assert list(AddressDetector().detect(text_item(text))) == []


@pytest.mark.parametrize("text", NOT_HOMES)
def test_leaves_scores_ages_and_businesses_alone(text: str) -> None:
    detector = AddressDetector()
    item = text_item(text)
    assert not detector.wants(item) or list(detector.detect(item)) == []
