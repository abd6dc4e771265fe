"""Street lines: the shapes `detectors.street` finds and the look-alikes it turns away."""

from __future__ import annotations

import pytest

from detectors.street import ABROAD, BARE, NUMBERED, Street, judge_abroad, judge_street, street_windows


def _abroad(text: str) -> list[str]:
    return [street.line for found in ABROAD.finditer(text) if (street := judge_abroad(text, found))]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("12 rue des Lilas, Lyon", ["12 rue des Lilas"]),
        ("7 impasse des Mûriers à Vence", ["7 impasse des Mûriers"]),
        ("number 11, Ffordd yr Afon", ["11 Ffordd yr Afon"]),
        ("5 Heol y Felin", ["5 Heol y Felin"]),
        ("sent 3 rue letters", []),  # no capitalised name
        ("top 10 rue Lafayette shops", []),  # a rank, not a house
        ("1999 calle Mayor", []),  # a year
    ],
)
def test_streets_written_name_last(text: str, lines: list[str]) -> None:
    assert _abroad(text) == lines
    assert all(street_windows(text) for _ in lines)  # the gate's windows reach them


def _numbered(text: str) -> list[str]:
    return [street.line for found in NUMBERED.finditer(text) if (street := judge_street(text, found))]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("4 Carriage House Mews", ["4 Carriage House Mews"]),  # "House" inside the name
        ("14 Manor House Road", ["14 Manor House Road"]),
        ("12 Mill Lane Cricket Club", []),  # an organisation's name
        ("3 Tansy Road Primary", []),
        ("12 Tansy Road Methodist Church", []),
        ("on my 2 Fernley Park zoo trip", []),  # a zoo's name, not a street
    ],
)
def test_names_with_house_and_organisations_named_after_streets(text: str, lines: list[str]) -> None:
    assert _numbered(text) == lines


def test_windows_never_cut_a_word() -> None:
    text = "Quill Street Fair on Sunday, noon till 6: 30 food stalls and a band"
    assert _numbered(text[: street_windows(text)[0][1]]) == []
    assert street_windows(text)[0][1] >= text.index("stalls") + len("stalls")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mam's house on Knockroe Park is freezing tonight", True),  # lived on: an estate's street
        ("they live on Ashgrove Park now", True),
        ("a picnic on Victoria Park with the kids", False),  # a park
        ("walked the dog round Fernley Park", False),
    ],
)
def test_a_park_lived_on_is_a_street(text: str, found: bool) -> None:
    assert any(street.line.endswith("Park") for street in _streets(text)) is found


def _streets(text: str) -> list[Street]:
    return [street for found in BARE.finditer(text) if (street := judge_street(text, found)) is not None]
