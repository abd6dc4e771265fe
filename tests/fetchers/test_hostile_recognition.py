"""Issue 13's last fuzz classes, part two: another platform's file inside an export (the export
with more of its own files is read, the stranger named) and a Meta file saved over another of
Meta's own kinds (named by what it holds).  Exports are built here from invented data."""

from __future__ import annotations

import json
from pathlib import Path

from audit.pipeline import scan
from fixtures.exportkit import write_tree
from fixtures.x_archive import XArchive
from tests.fetchers.hostile_kit import MASTODON_LIKES, facebook_tree, instagram_tree, scan_tree, skipped_reasons

# -- another platform's file inside an export: chosen by weight, the stranger named ---------------------


def _sources(tree: dict[str, bytes | str], tmp_path: Path) -> dict[str, dict[str, str]]:
    result = scan([write_tree(tree, tmp_path / "export")])
    return {s.platform: {u.path: u.reason for u in s.unreadable} for s in result.sources}


def _linkedin(folder: bool = False) -> dict[str, bytes | str]:
    from fixtures.linkedin_archive import LinkedInArchive

    return dict(
        LinkedInArchive(headline="Year 4 Teacher", emails=[("robin.example@example.com", "Yes")]).tree(folder=folder)
    )


def test_a_bluesky_repo_beside_an_x_archive_is_named_and_the_archive_read(tmp_path: Path) -> None:
    from fixtures.bluesky_archive import BlueskyArchive

    tree: dict[str, bytes | str] = {**XArchive().tree("data"), "repo.car": BlueskyArchive().car()}
    result = scan_tree(tree, tmp_path)
    assert [s.platform for s in result.sources] == ["x"]
    assert skipped_reasons(result)["repo.car"] == "looks like a Bluesky file inside an X (Twitter) export: not read"
    assert result.sources[0].items > 0


def test_a_mastodon_outbox_inside_an_instagram_export_is_named(tmp_path: Path) -> None:
    tree = {**instagram_tree("json"), "outbox.json": MASTODON_LIKES}
    reasons = _sources(tree, tmp_path)
    assert list(reasons) == ["instagram"]
    assert reasons["instagram"]["outbox.json"] == "looks like a Mastodon file inside an Instagram export: not read"


def test_the_export_with_more_of_its_own_files_wins_over_a_stray_page(tmp_path: Path) -> None:
    profile = "account_information/personal_information.html"
    tree = {**_linkedin(), profile: instagram_tree("html")[profile]}  # both are recognised
    reasons = _sources(tree, tmp_path)
    assert list(reasons) == ["linkedin"]
    assert reasons["linkedin"]["account_information/"] == (
        "looks like Instagram files (1 file) inside a LinkedIn export: not read"
    )


def test_an_export_it_cannot_reach_is_named_when_a_stray_file_is_read(tmp_path: Path) -> None:
    from fixtures.bluesky_archive import BlueskyArchive

    linkedin = _linkedin(folder=True)  # two folders down: not an export it reads on its own
    tree = {**{f"part_2/{n}": v for n, v in linkedin.items()}, "part_2/rexample.car": BlueskyArchive().car()}
    reasons = _sources(tree, tmp_path)
    assert list(reasons) == ["bluesky"]
    assert reasons["bluesky"]["Complete_LinkedInDataExport_10-04-2026/"] == (
        f"looks like a LinkedIn export ({len(linkedin)} files) inside a Bluesky export: not read; scan it on its own"
    )


def test_a_mastodon_archive_without_its_actor_is_named_not_passed_off_asinstagram_tree(tmp_path: Path) -> None:
    from fixtures.mastodon_archive import MastodonArchive, Toot

    tree = dict(MastodonArchive(toots=[Toot("1", "<p>Ring me on 07700 900321</p>")]).tree())
    del tree["actor.json"]
    profile = "account_information/personal_information.html"
    tree[profile] = instagram_tree("html")[profile]
    reasons = _sources(tree, tmp_path)
    assert reasons["instagram"]["outbox.json"] == "looks like a Mastodon file inside an Instagram export: not read"


# -- a Meta file saved over another of Meta's own -----------------------------------------------------


def test_the_profile_page_replaced_by_the_start_page_is_named(tmp_path: Path) -> None:
    tree = facebook_tree("g1", "html")
    name = "profile_information/profile_information.html"
    tree[name] = (
        '<html><head><title>Your information</title></head><body class="_5vb_"><h1>Start here</h1></body></html>'
    )
    assert skipped_reasons(scan_tree(tree, tmp_path))[name].startswith(
        "it holds the export's start page, not profile details: was it replaced by another file of the same name?"
    )


def test_the_followers_page_replaced_by_a_profile_page_is_named(tmp_path: Path) -> None:
    tree = instagram_tree("html")
    name = "followers_and_following/followers_1.html"
    assert name in tree
    tree[name] = facebook_tree("g1", "html")["profile_information/profile_information.html"]
    assert "it holds profile details, not a list of followers" in skipped_reasons(scan_tree(tree, tmp_path))[name]


def test_a_comments_file_replaced_by_a_friends_list_is_named(tmp_path: Path) -> None:
    tree = instagram_tree("json")
    name = "comments/post_comments.json"
    tree[name] = json.dumps({"friends_v2": []})
    assert "it holds a friends list, not comments" in skipped_reasons(scan_tree(tree, tmp_path))[name]


def test_an_empty_followers_page_with_its_own_title_stays_silent(tmp_path: Path) -> None:
    tree = instagram_tree("html")
    name = "followers_and_following/followers_1.html"
    tree[name] = (
        '<html><head><title>Followers</title></head><body class="_5vb_"><main class="_a706"></main></body></html>'
    )
    assert name not in skipped_reasons(scan_tree(tree, tmp_path))
