"""Instagram exports of every generation and flavour, as zip and folder, scanned end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.instagram import InstagramFetcher
from detectors.base import Item
from fixtures.exportkit import write_tree
from fixtures.instagram_archive import GENERATIONS, InstagramArchive
from fixtures.meta_kit import meta_json
from tests.fetchers.meta_scan import assert_planted, scan_json

CASES = [(g, f) for g in GENERATIONS for f in (("json",) if g == "i0" else ("json", "html"))]


def _items(path: Path) -> list[Item]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is InstagramFetcher
    return list(fetcher(archive, SourceReport(str(path))).items())


@pytest.mark.parametrize("private", [True, False], ids=["private", "public"])
@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
@pytest.mark.parametrize(("generation", "flavour"), CASES)
def test_every_planted_phone_and_email_is_found_where_it_was_planted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], generation: str, flavour: str, as_zip: bool, private: bool
) -> None:
    built = InstagramArchive(private=private).build(generation, flavour)  # type: ignore[arg-type]
    source = write_tree(built.tree, tmp_path / ("instagram.zip" if as_zip else "instagram"), as_zip=as_zip)
    document = scan_json(capsys, source)
    assert document["sources"][0]["platform"] == "instagram"
    assert document["sources"][0]["unreadable"] == []
    assert len(built.planted) >= 6
    assert_planted(document, built)


def test_2024_content_folder_is_read_as_well_as_2025_media(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    built = InstagramArchive(posts_dir="content").build("i3", "json")
    assert any(name.startswith("your_instagram_activity/content/") for name in built.tree)
    assert_planted(scan_json(capsys, write_tree(built.tree, tmp_path / "ig")), built)


def test_private_account_flag_sets_post_visibility_and_profile_fields_keep_theirs(tmp_path: Path) -> None:
    items = _items(write_tree(InstagramArchive(private=True).build("i3", "json").tree, tmp_path / "ig"))
    by_field = {(i.provenance.file.rsplit("/", 1)[-1], i.provenance.field): i.provenance.visibility for i in items}
    assert by_field[("posts_1.json", "title")] == "followers"
    assert by_field[("personal_information.json", "Bio")] == "public"
    assert by_field[("personal_information.json", "Email")] == "only_me"
    assert by_field[("archived_posts.json", "title")] == "only_me"
    assert not any(i.text in ("True", "False") for i in items)  # the flag itself is not text to read


def test_without_a_flag_visibility_is_unknown_not_guessed(tmp_path: Path) -> None:
    tree = InstagramArchive().build("i2", "json").tree
    personal = "personal_information/personal_information.json"
    tree[personal] = str(tree[personal]).replace('"Private Account"', '"Something else"')
    items = _items(write_tree(tree, tmp_path / "ig"))
    assert {
        i.provenance.visibility for i in items if i.provenance.field == "title" and "posts_1" in i.provenance.file
    } == {"unknown"}


def test_close_friends_story_is_custom_only_when_the_export_says_so(tmp_path: Path) -> None:
    """The story key is UNVERIFIED (the notes find none): a story says nothing, so it is not custom."""
    tree = InstagramArchive(private=False).build("i3", "json").tree
    stories = "your_instagram_activity/media/stories.json"
    tree[stories] = meta_json(
        {
            "ig_stories": [
                {"uri": "", "creation_timestamp": 1, "title": "for my close friends", "close_friends": True},
                {"uri": "", "creation_timestamp": 2, "title": "for everyone"},
            ]
        }
    )
    items = _items(write_tree(tree, tmp_path / "ig"))
    seen = {i.text: i.provenance.visibility for i in items if i.provenance.file == stories}
    assert seen == {"for my close friends": "custom", "for everyone": "public"}


def test_post_gps_is_kept_as_coordinates_on_the_media(tmp_path: Path) -> None:
    for flavour in ("json", "html"):
        items = _items(write_tree(InstagramArchive().build("i3", flavour).tree, tmp_path / flavour))
        assert (51.5001, -0.1201) in {i.coordinates for i in items}, flavour
        assert any(i.media and i.media.path.endswith("17900000000000001.jpg") for i in items)


def test_followers_and_tagged_users_never_reach_detectors(tmp_path: Path) -> None:
    for generation, flavour in CASES:
        items = _items(
            write_tree(InstagramArchive().build(generation, flavour).tree, tmp_path / f"{generation}{flavour}")
        )
        assert not any("alex_sample" in (i.text or "") or "pupil_example" in (i.text or "") for i in items)
        assert any(i.provenance.field == "follower" for i in items) or generation == "i0"


def test_mojibake_caption_is_repaired(tmp_path: Path) -> None:
    items = _items(write_tree(InstagramArchive().build("i1", "json").tree, tmp_path / "ig"))
    assert "Sports day! Questions to sam.posts@example.net 😂" in {i.text for i in items}
