"""`detectors.school_lowercase`: school names in text typed without capitals.

Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from detectors import nlp
from detectors.base import SchoolProfile
from detectors.school import SchoolDetector
from detectors.school_lowercase import plain_school_names, without_capitals
from tests.conftest import text_item


def _names(text: str) -> list[str]:
    return [span.text for span in plain_school_names(nlp.doc(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i do breakfast club at thornwick lane infants mon to fri", "thornwick lane infants"),
        ("leaving the wolds end college after nine years and i cant stop crying", "wolds end college"),
        ("first day on supply at st wilfreds catholic primary done", "st wilfreds catholic primary"),
        ("back at holmewood high school tomorrow for parents evening", "holmewood high school"),
        ("im a ta in year two at brackley moor academy and i love it", "brackley moor academy"),
    ],
)
def test_a_plainly_typed_school_name_is_found(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "i work in the office of a busy primary and i love it",  # a description after "a", not a name
        "my nieces high school has one science teacher",  # after a possessive
        "retired primary teacher now full time gran",  # a kind of post, and no place before it
        "i run a club at two secondary schools on tuesdays",  # a number, not a name
        "we bought roses at the plant nursery on the ring road",  # "plant" makes it a kind of nursery
        "so proud of my class at the local primary",  # a kind of school
    ],
)
def test_a_description_of_a_school_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_only_text_without_capitals_is_read_this_way() -> None:
    assert without_capitals("i'm at thornwick lane infants till six, I think")
    assert not without_capitals("I'm at Thornwick Lane Infants till six")
    assert not without_capitals("a day out at Pendle Moor, then thornwick lane infants")


def test_a_plainly_typed_workplace_becomes_a_finding_and_a_parents_school_does_not() -> None:
    detector = SchoolDetector(SchoolProfile())
    found = detector.detect(text_item("first day as a ta at thornwick lane primary today and i loved it"))
    assert [(m.value, m.tier) for m in found] == [("Thornwick Lane Primary", "likely")]
    assert detector.detect(text_item("my son goes to thornwick lane primary and loves it")) == []
