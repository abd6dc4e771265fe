"""Towns abroad a text names point a number written without its country code to their country (`towns_abroad`)."""

from __future__ import annotations

import pytest

from detectors import towns_abroad
from detectors.base import Item, Provenance
from detectors.phone import PhoneDetector
from detectors.towns_abroad import regions_of_towns, towns_named


def _named(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[start:end], regions) for start, end, regions in towns_named(text)]


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("Mum's flat in Olhão has a sea view", "Olhão", "PT"),
        ("we're renting near Marbella till June", "Marbella", "ES"),
        ("Paket bitte an Am Lindenhang 4, 33602 Bielefeld", "Bielefeld", "DE"),  # after a postal code
        ("Back from Frankfurt tomorrow", "Frankfurt", "DE"),  # "Frankfurt am Main" as people say it
        ("ring the Cyprus number if the UK one's off", "Cyprus", "CY"),  # a country's own name
        ("the flat (Utrecht) is tiny", "Utrecht", "NL"),
    ],
)
def test_a_town_said_as_a_place_points_to_its_country(text: str, town: str, region: str) -> None:
    found = dict(_named(text))
    assert town in found
    assert region in found[town]


@pytest.mark.parametrize(
    "text",
    [
        "Got the 8:15 Enterprise to work again",  # a town's name said as a thing's
        "took the Green line all the way",
        "Nice one, see you Friday",  # a capital any first word has
        "Moving to Perth in March",  # a UK town too: the closed list of `phone_regions` reads it
        "Split the bill three ways?",
    ],
)
def test_a_name_not_said_as_a_place_abroad_points_nowhere(text: str) -> None:
    assert _named(text) == []


def test_a_name_of_towns_in_two_countries_gives_the_bigger_first_and_the_nearest_town_wins() -> None:
    regions = regions_of_towns("Grandma's in Salamanca now", 0)
    assert {"ES", "MX"} <= set(regions)
    text = "In Lisbon for a week, then on to Málaga; call me on"
    assert regions_of_towns(text, len(text))[0] == "ES"  # Málaga is nearer the number


@pytest.mark.parametrize(
    ("text", "value", "why"),
    [
        ("Mum's landline in Olhão is 289 000 123, she never answers the mobile", "+351289000123", "a town there"),
        ("Ring me when you get to Sitges, my mobile is 611 000 132", "+34611000132", "a town there"),
        ("Opa lives in Bielefeld, his Festnetz is 0521 0000 0123", "+4952100000123", "a town there"),
        ("In Lagos for the summer, my number is 0803 000 0142", "+2348030000142", "country named"),  # the list first
    ],
)
def test_a_number_beside_a_town_abroad_is_that_countrys(text: str, value: str, why: str) -> None:
    found = list(PhoneDetector().detect(Item(Provenance("x", "f", "1", "text"), text=text)))
    assert [m.value for m in found] == [value]
    assert why in found[0].rule


def test_a_uk_number_beside_a_town_abroad_stays_a_uk_number() -> None:
    text = "Back from Marbella, same number as ever: 07700 900123"
    found = list(PhoneDetector().detect(Item(Provenance("x", "f", "1", "text"), text=text)))
    assert [m.value for m in found] == ["+447700900123"]


def test_without_the_shipped_places_no_town_points_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    towns_abroad.towns_abroad.cache_clear()
    monkeypatch.setattr(towns_abroad, "_package_folder", lambda: None)
    try:
        assert _named("Mum's flat in Olhão") == []
    finally:
        towns_abroad.towns_abroad.cache_clear()
