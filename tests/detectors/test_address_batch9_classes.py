"""Issue 10's address classes from batch 9: a house number written in words (`address_worded`), a house number
the writer corrects (`address_corrected`), a home someone lives or lived in said of anyone (`address_lived`), and a
street line in a text typed all in capitals (`street`).  Invented streets, towns and people; postcodes of real
districts with invented "Z" units."""

from __future__ import annotations

import pytest

from detectors.address_corrected import correction_after
from detectors.address_lived import LIVED_THERE
from detectors.address_worded import rewritten
from tests.conftest import address_values


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("send it to sixty three pelham rise", "63"),
        ("we're at Forty-Two Quillet Avenue", "42"),
        ("number nine hundred and six brook drive", "906"),
        ("were at a hundred and one marlow road", "101"),
        ("grandad is at fourteen the spinney", "14"),
    ],
)
def test_worded_house_number_rewritten_in_place(text: str, digits: str) -> None:
    spelt, moved = rewritten(text)
    assert len(spelt) == len(text)
    assert f" {digits} " in f" {spelt} " and len(moved) == 1


@pytest.mark.parametrize(
    "text",
    [
        "in nineteen seventy two tollgate road was quiet",  # a year said aloud
        "a three bed semi on Hoxley Road",  # a count's noun before the street
        "took the number forty bus down Arden Road",  # a bus route
        "one way street ahead",
        "two on Cable Street and one on Marsh Lane",  # a preposition between number and street
    ],
)
def test_worded_numbers_that_are_no_house_number(text: str) -> None:
    assert rewritten(text) == (text, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("post it to seventy two brindle crescent ta", ["72 brindle crescent"]),
        ("we moved to eighteen Harlow Gardens last week", ["18 Harlow Gardens"]),
        ("our address is now thirty one sorrel way, LS6 9ZZ", ["LS6 9ZZ"]),
        ("saw eleven red kites over Fenny Lane today", []),
    ],
)
def test_worded_house_numbers_found(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


def test_worded_house_number_keeps_the_written_span() -> None:
    from detectors.address import AddressDetector
    from tests.conftest import text_item

    text = "cards to twenty two ember close please"
    (found,) = AddressDetector().detect(text_item(text))
    assert text[found.start : found.end] == "twenty two ember close"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("parcel for me, its 37 quarry lane\nsorry 73 not 37", ["73 quarry lane"]),
        ("party at ours, 16 Brackenfield Avenue\nedit: 61 not 16", ["61 Brackenfield Avenue"]),
        ("we live at 44 Tinsel Road\noops 47!! 47 Tinsel Road", ["47 Tinsel Road"]),
        ("bro im at 7 Calder Way not 70 the driver went wrong", ["7 Calder Way"]),
        ("we live at 5 Elm Road, sorry 2pm not 3 for the party", ["5 Elm Road"]),
        ("we live at 9 Heron Close, sorry 3 of us", ["9 Heron Close"]),
    ],
)
def test_corrected_house_number(text: str, expected: list[str]) -> None:
    assert sorted(set(address_values(text))) == expected


def test_correction_names_old_and_new() -> None:
    text = "we're at 12 Plover Drive... typo, I mean 21"
    correction = correction_after(text, text.index("12"), text.index(" Drive") + 6)
    assert correction is not None and (correction.old, correction.new) == ("12", "21")


@pytest.mark.parametrize(
    ("clause", "after", "expected"),
    [
        ("Uncle Stan lived on ", " in Dewsbury until he passed", True),
        ("Auntie Bev lived across the road from us on ", " for ages", True),
        ("Born and bred on ", ", Ossett.", True),
        ("She lived all her life on ", ".", True),
        ("Four of us now live on ", ", all close by", True),
        ("My cousin Ada was at ", " until 1974, then", True),
        ("The band was at ", " studios tonight", False),  # where someone was for an evening
        ("Nan lived in Leeds and worked on ", ".", False),
        ("I'd love to live on ", " one day", False),
        ("imagine living on ", " with all that traffic", False),
    ],
)
def test_lived_there(clause: str, after: str, expected: bool) -> None:
    assert LIVED_THERE.said(clause, after) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grandad lived on Pellow Street till 1991, best chips in town", ["Pellow Street"]),
        ("Born and raised on Quarry Hill Road, never left", ["Quarry Hill Road"]),
        ("CARDS TO 15 MAPLE GROVE THIS YEAR PLEASE", ["15 MAPLE GROVE"]),
        ("Top 10 Christmas Road Trips This Year", []),
    ],
)
def test_lived_there_and_shouted_lines_found(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "That one wasn't even close to the first",
        "meet at 612 Twelve Oaks Parkway by the fountain",
        "Aphex Tribe - live at Quarry Vale tonight!!",
        "The joys of living in the Silver Crescent: 8 reasons",
    ],
)
def test_real_text_look_alikes_not_found(text: str) -> None:
    assert address_values(text) == []
