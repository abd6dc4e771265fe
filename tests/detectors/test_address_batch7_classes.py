"""Issue 10's address classes from batch 7: streets ending "End" and the Scots "Loan" (`street_ends`), a holiday stay
reviewed and a relative's key safe (`address_stays`), a run of house numbers after "we're" or a flat's number, a block
of flats' name before its street, "home address" after a school's word and a venue with its address in brackets.
Invented streets, towns and postcodes (real districts, invented "Z" units)."""

from __future__ import annotations

import pytest

from detectors.address_stays import STAY_REVIEWED, relatives_key_safe
from detectors.street_ends import not_a_street_end
from tests.conftest import address_values, filter_applies


@pytest.mark.parametrize(
    ("name", "written", "expected"),
    [
        (["Tanpit"], "End", False),
        (["Corbie"], "Loan", False),
        (["West"], "End", True),
        (["Town"], "End", True),
        (["Land's"], "End", True),
        (["Student"], "Loan", True),
        (["Pellock"], "end", True),  # "Pellock end of the month": the word is not a street's
    ],
)
def test_not_a_street_end(name: list[str], written: str, expected: bool) -> None:
    assert not_a_street_end(name, written) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we live at 9 Tanpit End, Quillby", ["9 Tanpit End"]),
        ("new address: 6 Corbie Loan, Perth PH1 9ZW", ["PH1 9ZW"]),
        ("my aunt at 4 Wren End has taken in my parcel again", ["4 Wren End"]),
        ("saw 3 West End shows this year", []),
        ("we live in the East End now", []),
        ("paid off 2 Student Loan instalments", []),
        ("Moving to Pellock end of the month", []),
    ],
)
def test_streets_ending_end_or_loan(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        ("Three nights at Wrenlow Lodge, 6 Tarn Side, would recommend", "6 Tarn Side", True),
        ("Highly recommend the cabin at 2 Pike Row, Quillby", "2 Pike Row", True),
        ("stayed a week at 8 Quay Row in May, lovely little place", "8 Quay Row", True),
        ("we moved to 5 Pell Lane, would recommend the street", "5 Pell Lane", False),  # a home said as such
        ("the bin men on Quill Lane, 10/10 today", "Quill Lane", False),  # a score alone is no review
    ],
)
def test_stay_reviewed(text: str, candidate: str, expected: bool) -> None:
    assert filter_applies(STAY_REVIEWED, text, candidate) is expected


def test_relatives_key_safe() -> None:
    assert relatives_key_safe("The district nurse calls at Grandad's daily, the key safe code is by text")
    assert not relatives_key_safe("check-in after 4, key safe by the door, sleeps 6")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grandad's carers come twice a day now: 9 Pell Gardens, Quillby LS6 9ZQ. Key safe by the door", ["LS6 9ZQ"]),
        ("Holiday cottage, 9 Pell Gardens, Quillby LS6 9ZQ, key safe by the door, sleeps 6", []),
        ("we're 8-10 Pell Row now, two cottages knocked into one", ["8-10 Pell Row"]),
        ("Flat 4, 11-13 Quill Row, Quillby LS6 9ZR. Ring the top bell", ["LS6 9ZR"]),
        ("Stockists: 11-13 Quill Row, Quillby LS6 9ZR", []),  # a run of numbers is premises
        ("Flat 5, Tanner's Court, 9 Weir Row, Quillby LS6 9ZT", ["LS6 9ZT"]),
        ("The school office needs a home address: 6 Pell Lane, Quillby LS6 9ZU", ["LS6 9ZU"]),
        ("The Plough (4 Pell Lane, Quillby) does the best pies", []),
    ],
)
def test_homes_the_filters_gave_away(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
