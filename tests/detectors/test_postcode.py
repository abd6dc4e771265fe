"""Postcode validation, strict and (at the end of a street line) loose about the unit letters."""

from __future__ import annotations

import pytest

from detectors.postcode import find_postcodes, parse_postcode


@pytest.mark.parametrize("raw", ["LS99 4ZK", "LS99 4ZC", "BD98 9ZV", "ls99 2zi"])
def test_unit_letters_royal_mail_never_uses_pass_only_when_loose(raw: str) -> None:
    assert parse_postcode(raw) is None
    loose = parse_postcode(raw, loose_unit=True)
    assert loose is not None and loose.text == " ".join(raw.upper().split())


@pytest.mark.parametrize("raw", ["LS31 9ZK", "QA1 1AK", "B0 4ZK"])
def test_loose_still_needs_a_real_district(raw: str) -> None:
    assert parse_postcode(raw, loose_unit=True) is None


def test_find_postcodes_loose_and_strict() -> None:
    text = "16 Tansy Wynd, Brackenford LS99 4ZK and LS99 9ZZ"
    assert [code.text for code, _, _ in find_postcodes(text)] == ["LS99 9ZZ"]
    assert [code.text for code, _, _ in find_postcodes(text, loose_unit=True)] == ["LS99 4ZK", "LS99 9ZZ"]
