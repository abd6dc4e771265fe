"""Issue 10, batch 4's classes: streets with neither a street word nor a number, lower-case "11 the green", a
home said around a street with no street word (keys, "is ours", a home left after years), a relative's home in
words ("past hers on", "staying with us on"), two houses knocked into one, flats written with a slash, places
that are nobody's home now (a blue plaque, a restaurant, a house come across), counts and stretches that are no
house number, famous addresses shortened, districts that hold homes.  Invented sentences; reserved numbers and
"Z" postcode units."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_business import VENUE_OR_BUSINESS
from detectors.address_filters import MEASURE_OR_FRACTION, PREMISES_RANGE, PROPERTY_LISTING, TITLE_OF_A_WORK
from detectors.address_parts import house_number_apart
from detectors.address_place_filters import EATING_OUT, HISTORIC_HOUSE, SOME_HOUSE
from detectors.address_unworded import RULE_LOWER, RULE_NAME, unworded_streets
from detectors.filters import Filter
from detectors.postcode import parse_postcode
from detectors.street import famous
from detectors.street_unmarked import unmarked_streets
from tests.conftest import address_values, filter_applies, text_item


@pytest.mark.parametrize(
    ("rule", "text", "candidate", "expected"),
    [
        (HISTORIC_HOUSE, "Spotted a blue plaque on 31 Quillby Street today", "31 Quillby Street", True),
        (HISTORIC_HOUSE, "a poet lived there in the 1820s: 4 Tansy Row", "4 Tansy Row", False),
        (HISTORIC_HOUSE, "7 Tansy Row, where a poet lived there in the 1820s", "7 Tansy Row", True),
        (HISTORIC_HOUSE, "we live at 9 Quillby Street, next to the blue plaque", "9 Quillby Street", False),
        (HISTORIC_HOUSE, "party at 9 Quillby Street on Saturday", "9 Quillby Street", False),
        (EATING_OUT, "Anniversary dinner at Fennimores, 22 Tansy Street 🥂", "22 Tansy Street", True),
        (EATING_OUT, "Sunday lunch at Gran's, 22 Tansy Street", "22 Tansy Street", False),
        (EATING_OUT, "Sunday lunch at my mum's, 22 Tansy Street", "22 Tansy Street", False),
        (EATING_OUT, "we live at 22 Tansy Street", "22 Tansy Street", False),
        (SOME_HOUSE, "There's a house on Quillby Road with a life-size dinosaur in the garden", "Quillby Road", True),
        (SOME_HOUSE, "Saw a bungalow on Quillby Road that's painted purple", "Quillby Road", True),
        (SOME_HOUSE, "we've bought a house on Quillby Road!!", "Quillby Road", False),
        (SOME_HOUSE, "it's a mews house on Quillby Road, the blue door", "Quillby Road", False),
        (SOME_HOUSE, "there's a house on Quillby Road, ours is the one with the gnome", "Quillby Road", False),
        # two houses knocked into one are a home when the writer says so
        (PREMISES_RANGE, "We're at 21-23 Quillby Road now, come round", "21-23 Quillby Road", False),
        (PREMISES_RANGE, "Vintage furniture, 21-23 Quillby Road", "21-23 Quillby Road", True),
        # a flat's number before a slash is no fraction
        (MEASURE_OR_FRACTION, "Our flat: 4/19 Quokka Street, Fremantle", "19 Quokka Street", False),
        (MEASURE_OR_FRACTION, "lived at 2/1 14 Tansy Street for a year", "14 Tansy Street", False),
        (MEASURE_OR_FRACTION, "the old map says 3 and 1/4 Quillby Street", "4 Quillby Street", True),
        (MEASURE_OR_FRACTION, "1/2 Tansy Street", "2 Tansy Street", True),
        (VENUE_OR_BUSINESS, "Unit 3/40 Quokka Street, Fremantle is home now", "40 Quokka Street", False),
        (VENUE_OR_BUSINESS, "Collection from Unit 3, 40 Quokka Street", "40 Quokka Street", True),
        (VENUE_OR_BUSINESS, "For the Welsh branch of the family: 6 Heol Tansy Road", "6 Heol Tansy Road", False),
        (VENUE_OR_BUSINESS, "The bank's new branch: 6 Tansy Road", "6 Tansy Road", True),
        (VENUE_OR_BUSINESS, "We're staying at The Granary, Ash Farm, Quill Lane", "Ash Farm, Quill Lane", False),
        # "can't read" is no book
        (TITLE_OF_A_WORK, "IN CAPITALS SO THE DRIVER CAN'T MISS IT OR CAN'T READ IT: 4 TANSY LANE", "4 TANSY LANE", False),
        (TITLE_OF_A_WORK, "Currently reading 4 Tansy Lane, what a book", "4 Tansy Lane", True),
        # a holiday cottage the writer bought is their home; a buyer's viewing is a house on the market
        (PROPERTY_LISTING, "No more holiday lets for us, we've bought Wren Cottage, Quill Lane!", "Quill Lane", False),
        (PROPERTY_LISTING, "Stayed at Wren Cottage, Quill Lane, lovely holiday cottage", "Quill Lane", True),
        (PROPERTY_LISTING, "Second viewing at 8 Tansy Road on Friday, fingers crossed", "8 Tansy Road", True),
    ],
)  # fmt: skip
def test_round_four_filters(rule: Filter, text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(rule, text, candidate) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm on Ferndene, the house with the red gate. Pop round", [("Ferndene", RULE_NAME)]),
        ("remember your nan's house on Quillbank? the big hedge", [("Quillbank", RULE_NAME)]),
        ("Party on our street, Willow Lea, from 4pm", [("Willow Lea", RULE_NAME)]),
        ("We're in the cul-de-sac, The Copse, at the far end", [("The Copse", RULE_NAME)]),
        ("we're just round the corner on Tansy Brow!", [("Tansy Brow", RULE_NAME)]),
        ("we're at 7 the crescent now, come over", [("7 the crescent", RULE_LOWER)]),
        ("I'm at 3 the paddock (behind the shop), knock loud", [("3 the paddock", RULE_LOWER)]),
        # towns, areas and things that only look like one
        ("we moved to Huddersfield last year", []),
        ("we live in Tyneside now", []),
        ("I'm watching it on Freeview, ch 12", []),
        ("I'm on Broadway tonight!", []),
        ("the match on Sunday was great, Highfield won", []),
        ("bus 7 the green one, not the red one", []),
        ("Reading 7 the crescent moon poems", []),
    ],
)  # fmt: skip
def test_unworded_streets(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(value, rule) for value, _, _, _, rule in unworded_streets(text)] == expected


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("24 Quillside is officially ours!!", True),
        ("picked up the keys to 3 Tansybank 🔑", True),
        ("Leaving 8 Quillgarth after 19 years, sob", True),
        ("Christmas in Nana's back garden, 4 Wren Cottages, Little Quill", True),
        ("The old homestead 😂 2 Tansy Cottages, where I grew up", True),
        ("5 Guys after 2 years of waiting", False),
        ("Leaving 3 Rovers fans happy", False),
    ],
)
def test_a_home_said_around_an_unmarked_street(text: str, home: bool) -> None:
    assert any(street.home for street in unmarked_streets(text)) is home


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("we lived at 3 Quillfield for 9 yrs!!! miss it", ["3 Quillfield"]),
        ("Finally got the keys!!! 24 Tansyside is officially ours", ["24 Tansyside"]),
        ("I walked past hers on Quillby Road and the lights were off", ["Quillby Road"]),
        ("They're staying with us on Quillby Avenue till Friday", ["Quillby Avenue"]),
        ("Post to the old place on Tansy Street gets sent on", ["Tansy Street"]),
        ("We're in the new build on Quillby Way now", ["Quillby Way"]),
        ("Widowed, two cats. Live on Quill Garth, happy to chat", ["Quill Garth"]),
        ("the bins on Quillby Drive haven't been emptied for weeks. We live here!", ["Quillby Drive"]),
        ("pls send it to my home address: 20 Tansy Close, Quilltown NR18 0ZW", ["NR18 0ZW"]),
        ("Quiz answer 7) 10 Downing St", []),
        ("Street party on Quillby Road, from no. 2 to no. 40. Cake at ours (no. 17)", ["17 Quillby Road"]),
        ("Bin lorry stuck on Quillby Road. Three point turn attempt number 14", []),
        ("Walked down Quillby Road today. The new bakery at number 42 is lovely", []),
        ("Birthday meal at Fennimores, 15 Tansy Street, thanks all", []),
    ],
)  # fmt: skip
def test_batch_four_classes_through_the_detector(text: str, values: list[str]) -> None:
    item = text_item(text)
    detector = AddressDetector()
    assert (address_values(text) if detector.wants(item) else []) == values


def test_shortened_famous_addresses_and_districts_with_homes() -> None:
    assert famous("10 Downing St") and famous("221B Baker St.") and not famous("10 Tansy St")
    assert house_number_apart("Quillby Road, we're at number 9", 12) == "9"
    assert house_number_apart("Quillby Road. attempt number 14", 12) is None
    for code in ("NR18 0ZW", "UB8 1ZZ", "CT9 2ZY"):
        postcode = parse_postcode(code)
        assert postcode is not None and postcode.is_geographic
    unreal = parse_postcode("BS98 1ZZ")
    assert unreal is not None and not unreal.geographic_district


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("We're 40  SO EXCITED!!!", []),
        ("we're 12 TODAY", []),
        ("WE'RE AT 7 QUILLFIELD, COME ROUND", ["7 QUILLFIELD"]),
        ("We're at 7 Quillfield now, come round", ["7 Quillfield"]),
    ],
)
def test_a_name_in_capitals_among_lower_case_is_shouting(text: str, values: list[str]) -> None:
    assert [street.line for street in unmarked_streets(text)] == values
