"""A phone finding names the number's country in words a person reads, never a calling code."""

from __future__ import annotations

import pytest

from detectors.phone_regions import country


@pytest.mark.parametrize(
    ("region", "words"),
    [
        ("AU", "Australia"),  # the short list
        ("US", "the US"),
        ("CZ", "the Czech Republic"),  # the shipped names, with "the" where it is said
        ("AE", "the United Arab Emirates"),
        ("NL", "the Netherlands"),
        ("MX", "Mexico"),
        ("MD", "Moldova"),  # the list's "Moldova, Republic of" as people say it
        ("VG", "the British Virgin Islands"),
        ("001", "abroad"),  # an international service number has no country
    ],
)
def test_a_region_is_named_in_words(region: str, words: str) -> None:
    assert country(region) == words
