"""Positions the exports keep outside photo files reach a finding (issue 11, point 5)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from audit.pipeline import scan
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive
from fixtures.x_archive import Tweet, XArchive


def _kinds(tree: dict[str, bytes | str], folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for finding in scan([write_tree(tree, folder)]).findings:
        found.setdefault(finding.kind, set()).add(finding.value)
    return found


def test_a_geotagged_tweet_gives_a_location(tmp_path: Path) -> None:
    when = datetime(2023, 5, 6, 18, 0, tzinfo=UTC)
    archive = XArchive(tweets=[Tweet("1100000000000000050", "home at last", when, geo=(53.92710, -1.38620))])
    for generation in ("data", "root"):
        assert _kinds(archive.tree(generation), tmp_path / generation)["location"] == {"53.927, -1.386"}  # type: ignore[arg-type]


def test_a_facebook_check_in_gives_a_location_with_its_place(tmp_path: Path) -> None:
    found = _kinds(FacebookArchive().build("g3").tree, tmp_path / "fb")
    assert "51.500, -0.120" in found["location"]


def test_instagrams_kept_position_without_the_photo_is_a_photo_location(tmp_path: Path) -> None:
    tree = InstagramArchive().build("i3").tree
    photos = [name for name in tree if name.endswith(".jpg") and "/posts/" in name]
    for name in photos:
        del tree[name]  # the download left the photos out, as the real 2023 export did
    assert "51.50010, -0.12010" in _kinds(tree, tmp_path / "ig")["photo_location"]
