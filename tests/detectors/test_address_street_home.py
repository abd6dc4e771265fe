"""A bare street given as someone's home in the words of a chat (`detectors.address_street_home`), on invented
sentences (never corpus lines)."""

from __future__ import annotations

import pytest

from detectors.address_street_home import street_given_as_home
from tests.conftest import address_values


@pytest.mark.parametrize(
    ("text", "street", "home"),
    [
        ("this is my street 😩 Tansy Terrace has had the road up since Easter", "Tansy Terrace", True),
        ("That's my gran's road! Osier Avenue. Kids kick balls over her fence", "Osier Avenue", True),
        ("Happy to give you a lift, I'm only at the end of Wren Street", "Wren Street", True),
        ("I've got her PE kit. Shall I drop it round? I think you're Larch Close?", "Larch Close", True),
        ("If it's the one on Sorrel Lane that's our house 😂", "Sorrel Lane", True),
        ("Single mum on Fennel Way and the boiler's packed in", "Fennel Way", True),
        ("Hats off to the lollipop lady on Tanner Street, 30 years on that crossing", "Tanner Street", False),
        ("My road is shut again, Station Road is a nightmare", "Station Road", False),
        ("You're on Larch Close now, turn left at the lights", "Larch Close", False),
    ],
)
def test_street_given_as_home(text: str, street: str, home: bool) -> None:
    start = text.index(street)
    assert street_given_as_home(text, start, start + len(street)) is home, text


def test_the_detector_reports_such_a_street() -> None:
    assert address_values("That's my gran's road! Osier Avenue. Kids kick balls over her fence") == ["Osier Avenue"]
