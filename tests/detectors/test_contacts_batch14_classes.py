"""Classes of the fourteenth contacts batch (`gatherings`, `travel`), on invented sentences: a home said by its
nearness to the writer's ("from near mine on ..."), by whose it is ("your place on ..."), or by how far the writer
lives from the reader ("we're only three doors down on ..."), as statements of residence (`address_label.RESIDENCE`)."""

from __future__ import annotations

import pytest

from tests.conftest import address_values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lift share to the festival, leaving 8am from near mine on Wensley Crescent", "Wensley Crescent"),
        ("Thanks for the sofa Mo, your place on Gannet Close is a palace", "Gannet Close"),
        ("We're only three doors down on Ferncliffe Road if you need sugar", "Ferncliffe Road"),
        ("I'm just a few streets away on Hebble Lane, I'll bring chairs", "Hebble Lane"),
    ],
)
def test_a_home_said_by_whose_it_is_or_how_near(text: str, value: str) -> None:
    assert value in address_values(text)


def test_a_street_near_nobodys_home_is_not_one() -> None:
    assert address_values("Traffic is three streets deep on Canal Road again, avoid") == []
