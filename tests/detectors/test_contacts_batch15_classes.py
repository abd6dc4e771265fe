"""Classes of the fifteenth contacts batch (`tradework`, `stafflife`), on invented sentences: a home said by where
the person is on the street ("I'm just round the corner on ...", "she's in the bungalows on ...", "came out to us on
...") or by someone who lives "somewhere on" it, as statements of residence (`address_label.RESIDENCE`)."""

from __future__ import annotations

import pytest

from tests.conftest import address_values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Borrow my ladder any time, I'm just round the corner on Tansy Way", "Tansy Way"),
        ("Key safe fitted for Dad, he's in the bungalows on Wrenfield Close", "Wrenfield Close"),
        ("My cousin's in the new builds on Larchfield Drive, the diggers start at seven", "Larchfield Drive"),
        ("The roofer came out to us on Marigold Rise the same afternoon", "Marigold Rise"),
        ("Does anyone know the lady who does alterations? Lives somewhere on Kestrel Drive", "Kestrel Drive"),
    ],
)
def test_a_home_said_by_where_on_the_street_someone_is(text: str, value: str) -> None:
    assert value in address_values(text)


def test_a_shop_round_the_corner_is_nobodys_home() -> None:
    assert address_values("The new bakery is round the corner from the station, lovely bread") == []
