"""`school_other_trusts.NOT_A_SCHOOLS_TRUST` on invented names."""

from __future__ import annotations

import pytest

from detectors.school_other_trusts import NOT_A_SCHOOLS_TRUST


@pytest.mark.parametrize(
    ("name", "fires"),
    [
        ("Larchfield NHS Foundation Trust", True),
        ("Wrenmoor Wildlife Trust", True),
        ("the National Trust", True),
        ("Pennock Housing Trust", True),
        ("Beacon Learning Trust", False),
        ("Larchfield Academy Trust", False),
        ("St Oswald's Catholic Education Trust", False),
        ("Wrenmoor Schools Trust", False),
    ],
)
def test_a_trust_of_another_trade(name: str, fires: bool) -> None:
    text = f"Governor at {name}, views my own"
    start = text.index(name)
    assert NOT_A_SCHOOLS_TRUST(text, start, start + len(name)) is fires, name
