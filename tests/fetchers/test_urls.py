"""Each finding's way straight to the post: the web address built from what each export holds.

Every archive here is laid out as its platform writes it (the fixture builders of the fetcher
tests); the address is checked on the finding, as the app, the report and the JSON carry it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.model import make_finding, web_address
from audit.pipeline import scan
from detectors.base import Item, Match, Provenance
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive
from fixtures.linkedin_archive import LinkedInArchive, Share
from fixtures.tiktok_archive import TikTokArchive, Video
from fixtures.x_archive import Tweet, XArchive
from tests.fetchers import test_bluesky, test_mastodon, test_x

X_STATUS = "https://x.com/MsExampleTeach/status/"
DID = test_bluesky.DID
TIKTOK = "https://www.tiktokv.com/share/video/7375000000000000{}/"
SHARE_LINK = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7100000000000000001"


def urls(path: Path) -> dict[str, set[str | None]]:
    """Each value found, with the addresses of the findings that hold it."""
    found: dict[str, set[str | None]] = {}
    for finding in scan([path]).findings:
        found.setdefault(finding.value, set()).add(finding.url)
    return found


@pytest.mark.parametrize("generation", ["data", "root", "grailbird"])
def test_x_posts_link_to_their_status_page_by_handle(tmp_path: Path, generation: str) -> None:
    found = urls(write_tree(test_x.sample().tree(generation), tmp_path / "x"))  # type: ignore[arg-type]
    assert found["+447700900123"] == {X_STATUS + "1456000000000000001"}
    assert found["ms.e@example.org"] == {X_STATUS + "1456000000000000002"}
    if generation != "grailbird":  # Grailbird holds no long posts and no messages
        assert found["+441174960123"] == {X_STATUS + "1456000000000000006"}  # a long "note" post
        assert found["+447700900333"] == {"https://x.com/messages/1234567890-2222222222"}
        assert found["ms.example@example.com"] == {None}  # the account's e-mail: a setting, no page


def test_x_profile_links_to_the_profile_and_deleted_posts_to_nothing(tmp_path: Path) -> None:
    when = datetime(2015, 5, 5, 9, 0, tzinfo=UTC)
    archive = XArchive(
        bio="Text me on 07700 900111",
        tweets=[Tweet("1500000000000000001", "hello", when)],
        deleted=[Tweet("1500000000000000002", "old number 07700 900112", when)],
    )
    found = urls(write_tree(archive.tree("data"), tmp_path / "x"))
    assert found["+447700900111"] == {"https://x.com/MsExampleTeach"}
    assert found["+447700900112"] == {None}  # deleted: its page is gone


def test_x_without_the_account_file_still_links_through_the_status_id(tmp_path: Path) -> None:
    tree = test_x.sample().tree("data")
    del tree["data/account.js"]
    found = urls(write_tree(tree, tmp_path / "x"))
    assert found["+447700900123"] == {"https://x.com/i/web/status/1456000000000000001"}


def test_mastodon_statuses_and_profile_link_to_their_pages(tmp_path: Path) -> None:
    found = urls(write_tree(test_mastodon.sample().tree(), tmp_path / "masto"))
    assert found["+447700900321"] == {"https://social.example.org/@rexample/1"}
    assert found["robin.toot@example.com"] == {"https://social.example.org/@rexample/2"}
    assert found["+447700900123"] == {"https://social.example.org/@rexample"}  # a profile field


@pytest.mark.parametrize("layout", ["repo", "goat"])
def test_bluesky_posts_link_to_bsky_app_by_handle(tmp_path: Path, layout: str) -> None:
    tree = test_bluesky.sample().tree(layout)  # type: ignore[arg-type]
    found = urls(write_tree(tree, tmp_path / "bsky"))
    profile = "https://bsky.app/profile/rexample.bsky.social"
    assert found["+447700900321"] == {profile + "/post/3kaaaaaaaaa2a"}
    assert found["+447700900654"] == {profile + "/post/3kaaaaaaaac2a"}  # in a link card


def test_a_bare_bluesky_car_links_by_the_accounts_did(tmp_path: Path) -> None:
    path = tmp_path / "repo.car"
    path.write_bytes(test_bluesky.sample().car())
    found = urls(path)
    assert found["+447700900321"] == {f"https://bsky.app/profile/{DID}/post/3kaaaaaaaaa2a"}


def test_linkedin_shares_and_comments_link_to_the_post(tmp_path: Path) -> None:
    archive = LinkedInArchive(
        shares=[Share("2024-03-14 10:02:11", "urn:li:share:7100000000000000001", "Ring me on 07700 900321")],
        comments=[
            ("2024-02-02 12:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A42", "text 07700 900555"),
            ("2024-02-03 12:00:00", "javascript:alert(1)", "or 07700 900556"),
        ],
        phones=[("07700 900123", "Mobile")],
    )
    found = urls(write_tree(archive.tree("complete"), tmp_path / "li"))
    assert found["+447700900321"] == {SHARE_LINK}
    assert found["+447700900555"] == {"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A42"}
    assert found["+447700900556"] == {None}  # not LinkedIn's page: never offered
    assert found["+447700900123"] == {None}  # a contact detail: no page of its own


@pytest.mark.parametrize("generation", ["2022", "old", "new", "txt"])
def test_tiktok_videos_link_to_the_video_and_deleted_ones_to_nothing(tmp_path: Path, generation: str) -> None:
    archive = TikTokArchive(
        bio="Call 07700 900111 for tutoring",
        videos=[Video("2024-06-01 17:02:44", TIKTOK.format(1), "Tutoring? Call me on 07700 900456")],
        deleted=[Video("2024-05-01 10:00:00", TIKTOK.format(9), "Old one: 07700 900654", "Only me")],
    )
    found = urls(write_tree(archive.tree(generation), tmp_path / "tt"))  # type: ignore[arg-type]
    if generation != "2022":  # the 2022 export keeps no title, so nothing is found in the video
        assert found["+447700900456"] == {TIKTOK.format(1)}
    if generation == "new":
        assert found["+447700900654"] == {None}
    assert found["+447700900111"] == {"https://www.tiktok.com/@mrs_reed_reads"}


def test_facebook_and_instagram_profile_details_link_to_the_profile(tmp_path: Path) -> None:
    """Meta's downloads give no address for a post: only the profile can be linked."""
    facebook = urls(write_tree(FacebookArchive().build("g3", "json").tree, tmp_path / "fb"))
    instagram = urls(write_tree(InstagramArchive().build("i3", "json").tree, tmp_path / "ig"))
    assert facebook["+447700900201"] == {"https://www.facebook.com/sam.example.1"}  # profile_information's username
    assert facebook["+447700900202"] == {None}  # a post: the download gives no address
    assert instagram["+447700900302"] == {"https://www.instagram.com/ms_example_y4/"}  # the bio
    assert instagram["+447700900301"] == {None}  # the account's own phone: a setting, not on the profile
    assert instagram["sam.posts@example.net"] == {None}


def test_the_address_is_no_part_of_a_findings_identity() -> None:
    item = Item(Provenance("x", "data/tweets.js", "1", "full_text", "post", None, "public"), text="ring 07700 900123")
    match = Match("phone", "+447700900123", 5, 17, 0.9, "UK mobile number")
    plain, linked = make_finding(item, match), make_finding(item.linked(X_STATUS + "1"), match)
    assert (plain.url, linked.url) == (None, X_STATUS + "1")
    assert (plain.id, plain.legacy_id, plain.place_id) == (linked.id, linked.legacy_id, linked.place_id)
    assert json.loads(json.dumps(linked.to_json()))["url"] == X_STATUS + "1"


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://x.com/a b",
        "https://x.com/\x1b[2J",
        "http://[::1",
        "https://" + "a" * 3000 + ".example.com/",
        "mailto:someone@example.com",
        "",
    ],
)
def test_only_plain_web_addresses_are_ever_offered(link: str) -> None:
    assert web_address(link) is None


def test_a_platforms_link_must_be_on_its_own_site() -> None:
    assert web_address("https://www.linkedin.com/feed/update/1", ("linkedin.com",))
    assert web_address("https://linkedin.com.example.net/feed", ("linkedin.com",)) is None
    assert web_address("https://evil-linkedin.com/feed", ("linkedin.com",)) is None
