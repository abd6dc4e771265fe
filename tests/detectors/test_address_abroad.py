"""Addresses abroad written name first (detectors/address_abroad.py) and lone postcodes
(detectors/address_lone_postcodes.py).  Invented streets; postal codes zero-filled or real districts with
invented "Z" units."""

from __future__ import annotations

import pytest

from detectors.address_abroad import may_hold, streets_abroad
from tests.conftest import address_values


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "if you're ever in Valencia, mi casa es su casa: Carrer de les Taronges Blaves 9, 3º, 46000",
            "Carrer de les Taronges Blaves 9",
        ),
        ("nueva casa 🏠 Calle Romero Alto 23, 2ºB, 29000 Marbella", "Calle Romero Alto 23"),
        ("her new address for cards: ul. Zielona Łąka 18/5, 80-000 Gdańsk", "ul. Zielona Łąka 18/5"),
        ("Oma has moved! She lives at Birkenstraße 12, 80000 München now", "Birkenstraße 12"),
    ],
)
def test_a_line_abroad_after_a_word_of_home(text: str, line: str) -> None:
    assert [found for found, _, _ in streets_abroad(text)] == [line]
    assert may_hold(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stayed at a lovely hotel, Calle Romero Alto 23, right by the beach",
        "we're staying at Calle Romero Alto 23 for the week, tapas every night",
        "Best tapas bar in town: Carrer de la Platja 14",
        "we're at Calle Romero Alto 23 for the conference all week",
        "Calle Romero Alto 23 is where the market is",
        "we're at calle romero 23",  # no capital: not a name
    ],
)
def test_no_home_abroad_without_a_word_of_home(text: str) -> None:
    assert list(streets_abroad(text)) == []


def test_the_detector_reports_a_home_abroad_and_skips_a_holiday_let() -> None:
    assert address_values("nueva casa 🏠 Calle Romero Alto 23, 29000 Marbella") == ["Calle Romero Alto 23"]
    assert address_values("Our holiday let: Rua das Amoras 22, 8600-000 Lagos, bookings open for summer") == []


def test_the_pre_screen_passes_what_the_pattern_finds() -> None:
    assert not may_hold("see you at 10, the usual place")
    assert may_hold("we're at Piazza Grande 4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pickup at YO10 3ZV, no deliveries", ["YO10 3ZV"]),  # V is no unit letter: a typo after a word of address
        ("postcode is LS99 9ZK", ["LS99 9ZK"]),
        ("the YO10 3ZV model is out of stock", []),
        ("we're in LS99 9ZZ now", ["LS99 9ZZ"]),
    ],
)
def test_lone_postcodes(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected
