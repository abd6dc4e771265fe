"""Messages the reader cannot attribute are named in the report, never dropped silently (issue 13)."""

from __future__ import annotations

from pathlib import Path

from audit.fetchers.meta_messages import NO_OWNER
from audit.pipeline import scan
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive


def test_facebook_threads_without_a_profile_are_named(tmp_path: Path) -> None:
    tree = FacebookArchive(messages=True).build("g3", "json").tree
    for name in [n for n in tree if "profile_information" in n]:
        del tree[name]
    result = scan([write_tree(tree, tmp_path / "fb")])
    [report] = result.sources
    threads = [u.path for u in report.unreadable if u.reason == NO_OWNER]
    assert threads and all("message" in path for path in threads)
    assert result.findings  # the rest of the export is scanned


def test_tiktok_txt_messages_without_a_readable_profile_are_named(tmp_path: Path) -> None:
    from audit.fetchers.tiktok_txt import NO_OWNER as TIKTOK_NO_OWNER
    from tests.fetchers.test_tiktok import sample

    tree = sample().tree("txt")
    tree["Profile/Profile Info.txt"] = b"\xff\xfe not the profile"
    [report] = scan([write_tree(tree, tmp_path / "tiktok")]).sources
    named = {u.path for u in report.unreadable if u.reason == TIKTOK_NO_OWNER}
    assert named and all("Direct Messages" in path for path in named)


def test_linkedin_messages_none_of_which_match_the_profiles_owner_are_named(tmp_path: Path) -> None:
    from tests.fetchers.test_linkedin import sample

    archive = sample()
    archive.first, archive.last = "Qx", "Zzzq"  # a damaged Profile.csv names nobody who wrote
    [report] = scan([write_tree(archive.tree(), tmp_path / "linkedin")]).sources
    assert any(u.path.endswith("messages.csv") and "none could be told" in u.reason for u in report.unreadable)
