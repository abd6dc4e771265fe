"""Visibility in words: every contract value explained; unknown says where to look."""

from __future__ import annotations

import pytest

from audit.visibility import explain, how_to_check
from detectors.base import VISIBILITIES


@pytest.mark.parametrize("visibility", VISIBILITIES)
def test_every_visibility_has_words(visibility: str) -> None:
    assert len(explain("x", visibility)) > 20


@pytest.mark.parametrize("platform", ["x", "facebook", "instagram"])
def test_unknown_says_how_to_check_on_that_platform(platform: str) -> None:
    text = explain(platform, "unknown")
    assert "does not say" in text and how_to_check(platform) in text and "Settings" in text


def test_known_visibility_does_not_send_people_looking() -> None:
    assert "Settings" not in explain("facebook", "public")
