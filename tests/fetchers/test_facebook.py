"""Facebook exports of every generation and flavour, as zip and folder, scanned end to end."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.facebook import FacebookFetcher
from detectors.base import Item
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import GENERATIONS, FacebookArchive, mixed_g3
from tests.fetchers.meta_scan import assert_planted, scan_json

CASES = [(g, f) for g in GENERATIONS for f in (("html",) if g == "g0" else ("json", "html"))]


def _items(path: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(path)
    fetcher = recognise(archive)
    assert fetcher is FacebookFetcher
    report = SourceReport(str(path))
    return list(fetcher(archive, report).items()), report


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
@pytest.mark.parametrize(("generation", "flavour"), CASES)
def test_every_planted_phone_and_email_is_found_where_it_was_planted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], generation: str, flavour: str, as_zip: bool
) -> None:
    built = FacebookArchive().build(generation, flavour)  # type: ignore[arg-type]
    source = write_tree(built.tree, tmp_path / ("facebook-sam.zip" if as_zip else "facebook-sam"), as_zip=as_zip)
    document = scan_json(capsys, source)
    assert document["sources"][0]["platform"] == "facebook"
    assert document["sources"][0]["unreadable"] == []
    assert len(built.planted) >= 5
    assert_planted(document, built)


def test_a_wrapping_folder_is_looked_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    built = FacebookArchive().build("g3", "json")
    source = write_tree({f"facebook-sam-2024/{k}": v for k, v in built.tree.items()}, tmp_path / "w.zip", as_zip=True)
    assert_planted(scan_json(capsys, source), built)


def test_truncated_json_and_misencoded_page_are_unreadable_and_the_rest_is_scanned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = mixed_g3()
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "mixed.zip", as_zip=True))
    unreadable = {u["path"]: u["reason"] for u in document["sources"][0]["unreadable"]}
    assert set(unreadable) == {
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        "your_facebook_activity/comments_and_reactions/comments.html",
    }
    assert "truncated" in unreadable["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"]
    assert "UTF-8" in unreadable["your_facebook_activity/comments_and_reactions/comments.html"]
    assert not any(re.search(r"\d{5}|Caf", reason) for reason in unreadable.values())
    assert_planted(document, built)  # the profile, the first post before the break, check-ins ...


def test_mojibake_is_repaired_before_detectors_see_it(tmp_path: Path) -> None:
    items, _ = _items(write_tree(FacebookArchive().build("g3", "json").tree, tmp_path / "fb"))
    texts = [i.text for i in items if i.text]
    assert any(t.startswith("Café brunch 😂") for t in texts)
    assert "Teacher, runner, tea drinker ☕" in texts
    assert not any("Ã" in t or "ð" in t for t in texts)


def test_profile_work_education_address_are_profile_items(tmp_path: Path) -> None:
    items, _ = _items(write_tree(FacebookArchive().build("g2", "json").tree, tmp_path / "fb"))
    profile = {i.provenance.field: i.text for i in items if i.provenance.section == "profile"}
    assert profile["work_experiences.title"] == "Year 4 Teacher"
    assert profile["work_experiences.employer"] == "Example Primary School"
    assert profile["education_experiences.name"] == "Exampleton High School"
    assert profile["current_city.name"] == "Exampleton"
    assert profile["hometown.name"] == "Brackenford"
    assert profile["address"].startswith("1 Example Road, Exampleton, AB1 2CD")
    assert all(i.provenance.visibility == "unknown" for i in items if i.provenance.section == "profile")


@pytest.mark.parametrize("flavour", ["json", "html"])
def test_checkins_carry_place_and_coordinates(tmp_path: Path, flavour: str) -> None:
    items, _ = _items(write_tree(FacebookArchive().build("g3", flavour).tree, tmp_path / "fb"))
    checkins = [i for i in items if i.provenance.section == "checkin" and i.coordinates]
    assert checkins
    assert {i.place for i in checkins} == {"Example Primary School"}
    assert {i.coordinates for i in checkins} == {(51.5001, -0.1201)}
    if flavour == "json":
        assert "100000000000001" in {i.provenance.item_id for i in checkins}


@pytest.mark.parametrize("generation", ["g1", "g2", "g3"])
def test_a_cards_title_is_its_own_item_as_in_the_json_download(tmp_path: Path, generation: str) -> None:
    """The 2018-21 card's `div._2pio` ("Sam Example updated their status.") is a title, as JSON's
    `title` is: it does not run into the post's own words."""
    html, _ = _items(write_tree(FacebookArchive().build(generation, "html").tree, tmp_path / "html"))
    posts = [i for i in html if i.provenance.section == "post" and i.text and "Sports day" in i.text]
    assert posts and all(not i.text.startswith("Sam Example") for i in posts)  # type: ignore[union-attr]
    titles = {i.text for i in html if i.provenance.field == "title"}
    assert "Sam Example updated their status." in titles


def test_photos_are_lazy_media_with_the_exif_location_meta_kept(tmp_path: Path) -> None:
    items, _ = _items(write_tree(FacebookArchive().build("g3", "json").tree, tmp_path / "fb.zip", as_zip=True))
    media = [i for i in items if i.media is not None]
    assert {m.media.path.rsplit("/", 1)[-1] for m in media if m.media} == {"123_456_n.jpg", "789_012_n.jpg"}
    located = [m for m in media if m.coordinates]
    assert [m.coordinates for m in located] == [(51.5001, -0.1201)]
    assert located[0].media is not None
    with located[0].media.opener() as stream:
        assert stream.read(2) == b"\xff\xd8"  # a JPEG, opened only now


def test_friends_are_counted_but_their_names_never_reach_detectors(tmp_path: Path) -> None:
    archive = FacebookArchive()
    for generation, flavour in CASES:
        items, _ = _items(write_tree(archive.build(generation, flavour).tree, tmp_path / f"{generation}{flavour}"))
        texts = "\n".join(i.text or "" for i in items)
        assert "Alex Sample" not in texts.replace("Alex Sample's post", "")
        assert "Robin Placeholder" not in texts


def test_privacy_settings_give_the_friends_list_its_audience_and_posts_stay_unknown(tmp_path: Path) -> None:
    items, _ = _items(write_tree(FacebookArchive().build("g3", "json").tree, tmp_path / "fb"))
    friends = [i for i in items if i.provenance.field == "friend"]
    assert len(friends) == 2 and {i.provenance.visibility for i in friends} == {"only_me"}
    posts = [i for i in items if i.provenance.section == "post" and "archive" not in i.provenance.file]
    assert posts and {i.provenance.visibility for i in posts} == {"unknown"}  # "future posts" is not the past


def test_group_memberships_are_read(tmp_path: Path) -> None:
    items, _ = _items(write_tree(FacebookArchive().build("g2", "json").tree, tmp_path / "fb"))
    assert [i.text for i in items if "group" in i.provenance.file] == ["Brackenford Runners"]


def test_html_is_read_by_structure_not_class_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    built = FacebookArchive().build("g3", "html")
    stripped = {
        name: re.sub(r'\sclass="[^"]*"', "", content) if isinstance(content, str) else content
        for name, content in built.tree.items()
    }
    assert_planted(scan_json(capsys, write_tree(stripped, tmp_path / "fb")), built)


def test_console_script_scans_a_facebook_zip(tmp_path: Path) -> None:
    built = FacebookArchive().build("g3", "json")
    source = write_tree(built.tree, tmp_path / "facebook-sam-2024-11-01-a1b2c3d4.zip", as_zip=True)
    script = Path(sys.executable).with_name("profile-audit")
    done = subprocess.run(
        [str(script), "scan", str(source), "--json", "--quiet"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    assert_planted(json.loads(done.stdout), built)
