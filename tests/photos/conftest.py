"""An X export with three invented photos, for the deep scan's tests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fixtures.exportkit import jpeg, write_tree
from fixtures.x_archive import Tweet, XArchive

ST_AIDANS = Path(__file__).resolve().parents[2] / "examples" / "st-aidans.toml"


@pytest.fixture
def photo_export(tmp_path: Path) -> Path:
    """Three tweets with one photo each (different bytes), in the 2020+ layout."""
    tweets = [
        Tweet(f"11000000000000005{n:02d}", f"Photo {n}", datetime(2024, 5, n + 1, 19, 0, tzinfo=UTC)) for n in range(3)
    ]
    for n, tweet in enumerate(tweets):
        tweet.media.append((f"Pk{n}AbCdEfGh.jpg", jpeg(colour=("#5a8", "#a58", "#85a")[n])))
    return write_tree(XArchive(tweets=tweets).tree("data"), tmp_path / "twitter-2024-06-30")
