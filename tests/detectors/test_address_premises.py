"""Issue 10, batch 10's classes: places nobody lives in (`NON_RESIDENTIAL_PREMISES`) and homes given to a person
whatever is being done to them (`owned_home_before`).  Invented people, streets and postcodes (unit letters Z)."""

from __future__ import annotations

import pytest

from detectors.address_premises import NON_RESIDENTIAL_PREMISES, home_given_before, owned_home_before
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("my order has been stuck at the Quillby depot (LS9 4ZQ) since Monday", "LS9 4ZQ", True),
        ("Returns go to Bay 3, Tansy Business Park, NE6 2ZR apparently", "NE6 2ZR", True),
        ("Is the parcel pick-up point at 40 Heron Parade any good?", "40 Heron Parade", True),
        ("Our head office is 4th Floor, 7 Larch Quay, M3 9ZT", "M3 9ZT", True),
        ("Come and say hi, we're on stand C17 at the expo, Wrenfield Centre, B29 8ZP", "B29 8ZP", True),
        ("Quiz night at the clubhouse, 2 Osier Walk, bring a pen", "2 Osier Walk", True),
        ("jumble sale in St Oswin's hall, 11 Fennel Row, 10am", "11 Fennel Row", True),
        ("what does 'YO10 7ZD' on the flyer mean, is that the convention?", "YO10 7ZD", True),
        ("The registered office (the firm's, not where we live) is 8 Tarn Court, G12 5ZW", "G12 5ZW", True),
        ("Masterclass in Unit 3B, Tansy Enterprise Park, S6 9ZR, 12 places left", "S6 9ZR", True),
        ("Studio hire at Ropewalk Studios, 8 Ropewalk, NG1 5ZU, by the hour", "NG1 5ZU", True),
        ("we live above the depot, 3 Quarry Side, S11 6ZK", "S11 6ZK", False),
        ("my studio flat is at 4 Ropewalk, NG1 5ZV, tiny but mine", "NG1 5ZV", False),
        ("Registered office of my one-person firm: 9 Sorrel Way, PL4 3ZF, which is my spare room", "PL4 3ZF", False),
        ("the pick-up point is my porch, 22 Linnet Road, any time", "22 Linnet Road", False),
        ("flat's over the bakery - 2nd floor, 14b Kestrel Street", "14b Kestrel Street", False),
        ("moving into halls on Sunday! Room 9, Tansy Hall, NG7 5ZQ", "NG7 5ZQ", False),
        ("we've moved to 5 Bracken Rise, CF14 2ZL", "CF14 2ZL", False),
        # a club's ground or rooms (batch 29's clubs): nobody lives at the pavilion or the rugby club
        ("Nets on Friday at the pavilion, 2 Wicket Row, 6pm sharp", "2 Wicket Row", True),
        ("Taster session at Quillby Sports Ground, Dell Lane, YO10 4ZT, boots on", "YO10 4ZT", True),
        ("Over 40s touch rugby, Tuesdays at Tansy RUFC, Moor Side, S6 2ZQ", "S6 2ZQ", True),
        ("AGM in the function room at the Fox, 9 Kiln Street, members only", "9 Kiln Street", True),
        ("TO EVERYONE AT THE BOWLS CLUB I HAVE MOVED TO 4 LARCH WAY HU5 2ZL", "HU5 2ZL", False),
        # community rooms, a soft play, an allotment plot by its number; an event that "has moved" is no one moving
        ("Residents' AGM, Tansy Community Rooms, 21 Osier Road, 7.30pm", "21 Osier Road", True),
        ("Party's moved to Jungle Soft Play, 3 Heron Way, CF10 9ZL, because of the rain", "CF10 9ZL", True),
        ("Ellie's party has moved to the community centre, 2 Larch Way, CF10 9ZM", "CF10 9ZM", True),
        ("Courier left my seed order at Plot 7, Osier Lane. I'm on plot 17", "7, Osier Lane", True),
        ("Mum has moved to the flat above the community centre, 2 Tansy Way", "2 Tansy Way", False),
        # a short-stay car park, a park and ride, a bus bay; a postcode "for the sat nav" is as often a home's
        ("Pick-up at the Short Stay 2, TW6 2ZG, not the drop-off zone", "TW6 2ZG", True),
        ("Satnav for the Elland Road park & ride, LS11 0ZE, then walk over", "LS11 0ZE", True),
        ("Meet me at Bay 14, Osier Road, the bus stop not the parking bay", "14, Osier Road", True),
        ("postcode for the satnav is LS17 7ZH, we're the last house before the farm track", "LS17 7ZH", False),
    ],
)
def test_non_residential_premises(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(NON_RESIDENTIAL_PREMISES, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selling my late aunt's flat myself, 6 Wren Gardens, EH10 4ZP. Viewings on request", True),
        ("my grandad's old bungalow at 17 Moss Lane went to auction today, odd seeing it on Zoopla", True),
        ("Our new address: 3 Heron Walk", True),
        ("Priya's cottage at 2 Fold Lane is up for rent while she's abroad", True),
        ("Estate agents at 10 Market Street are hiring", False),
        ("The shop at 4 Quay Street has opening hours on the door", False),
    ],
)
def test_owned_home_before(text: str, expected: bool) -> None:
    start = text.index(next(w for w in text.split() if w[0].isdigit() and len(w) < 4))
    assert owned_home_before(text, start) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selling my late aunt's flat myself, 6 Wren Gardens, EH10 4ZP. Viewings on request", ["EH10 4ZP"]),
        ("my grandad's old bungalow at 17 Moss Lane went to auction, it's on Rightmove now", ["17 Moss Lane"]),
        ("my order has been stuck at the Quillby depot (LS9 4ZQ) since Monday", []),
        ("Returns go to Unit 5, Tansy Trading Park, NE6 2ZR apparently", []),
        ("Quiz night at the clubhouse, 2 Osier Walk, bring a pen", []),
        ("The venue's new address is 1 Abbey Yard, next to the old Co-op", []),
        ("We've moved the club nights to the pavilion, 4 Mill Lane", []),
        ("we live above the depot, 3 Quarry Side, S11 6ZK", ["S11 6ZK"]),
    ],
)
def test_detector(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words right before the address that give it as someone's home, whatever venue or trade the text also names
        ("Book club's at mine now the church hall has shut, 4 Larch Way, HU5 2ZL, Thursday 7pm", ["HU5 2ZL"]),
        ("Cards for Nana can go to the office, or post direct to me, I'm at 9 Sorrel Rise, LS29 9ZQ", ["LS29 9ZQ"]),
        ("Thank-you cards for her knitting club: her address is 7 Fennel Street, Quillby CA3 9ZW", ["CA3 9ZW"]),
        ("Bookkeeping for sole traders | Home office: 52 Tansy Avenue, RG2 7ZV (by appointment)", ["RG2 7ZV"]),
        (
            "Found a wedding band on the path outside 14 Pear Tree Walk (that's my house) this morning",
            ["14 Pear Tree Walk"],
        ),
        ("Your cat is in our kitchen again, we're a few doors down at 48 Hazel Mount", ["48 Hazel Mount"]),
        ("Please note my new address for the chess club's post box: 6 Tansy Court, Quillby CA3 9ZT", ["CA3 9ZT"]),
        ("Book group is at hers this month (the library's shut), 12 Sorrel Rise", ["12 Sorrel Rise"]),
        ("Allotment society treasurer. Live at 3 Wren Close, ring the bell", ["3 Wren Close"]),
        ("Fundraiser for the Okafors, whose house at 9 Osier Walk flooded on Sunday", ["9 Osier Walk"]),
        ("Yoga studio? No, just the back bedroom of 21 Larch Way", ["21 Larch Way"]),
        ("I've moved out, so post for the kids (school letters too) to 12 Osier Road, PL4 8ZD", ["PL4 8ZD"]),
        ("Address for the school friends' cards: the Okonjos, 16 Wren Way, York YO10 4ZQ", ["YO10 4ZQ"]),
        ("Can someone get my mum from the station to hers at 15 Priory Walk, DN1 2ZW?", ["DN1 2ZW"]),
        # and none where nothing gives it as a home
        ("Quiz night at the clubhouse, 2 Osier Walk, bring a pen", []),
        ("The venue's new address is 1 Abbey Yard, next to the old Co-op", []),
        ("We've moved the club nights to the pavilion, 4 Mill Lane", []),
    ],
)
def test_an_address_given_as_someones_home_is_kept(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected, text


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Mum's new address for post: ", True),
        ("she's now at ", True),
        ("view it at his bungalow, ", True),
        ("and Mr Barker from ", True),
        ("the meeting's at hers, ", True),
        ("we still live on ", True),
        ("Flood appeal for the Dunnes, whose house at ", True),
        ("the venue's new address is ", False),
        ("the gig is at ", False),
        ("our office is at ", False),
    ],
)
def test_home_given_before(before: str, expected: bool) -> None:
    text = before + "12 Wren Close"
    assert home_given_before(text, len(before)) is expected
