"""The last classes of issue 13's fuzz run: files swapped for another of the same name, judged by
shape (a conversation or a small page that parses but is not Meta's is named; an empty one of
the right shape is not), a TikTok TXT file re-saved as UTF-16-BE, X direct messages after an
`account.js` too damaged to name the owner, another platform's file inside an export (the export
with more of its own files is read, the stranger named) and a Meta file saved over another of
Meta's own kinds.  Exports are built here from invented data."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers.meta_html import page_text
from audit.pipeline import ScanResult, scan
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive
from fixtures.tiktok_archive import TikTokArchive
from fixtures.x_archive import XArchive

MASTODON_LIKES = json.dumps(
    {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "orderedItems": []}
)
X_PAGE = "<!DOCTYPE html><html><body>Your Twitter archive</body></html>"
LINKEDIN_CSV = "First Name,Last Name,Headline\nRobin,Example,Teacher\n"
THREAD = "messages/inbox/alexsample_10150000000000001/message_1"


def _scan(tree: dict[str, bytes | str], tmp_path: Path) -> ScanResult:
    return scan([write_tree(tree, tmp_path / "export")])


def _reasons(result: ScanResult) -> dict[str, str]:
    (report,) = result.sources
    return {skipped.path: skipped.reason for skipped in report.unreadable}


def _instagram(flavour: str) -> dict[str, bytes | str]:
    return dict(InstagramArchive(messages=True).build("i1", flavour).tree)  # type: ignore[arg-type]


def _facebook(generation: str, flavour: str) -> dict[str, bytes | str]:
    return dict(FacebookArchive(messages=True).build(generation, flavour).tree)  # type: ignore[arg-type]


# -- a conversation swapped for another file ----------------------------------------------------


@pytest.mark.parametrize(("flavour", "stranger"), [("json", MASTODON_LIKES), ("html", LINKEDIN_CSV)])
def test_a_conversation_replaced_by_another_file_is_named(tmp_path: Path, flavour: str, stranger: str) -> None:
    tree = _instagram(flavour)
    name = f"{THREAD}.{flavour}"
    assert name in tree
    tree[name] = stranger
    reasons = _reasons(_scan(tree, tmp_path))
    assert "doesn't look like one of Instagram's conversation files" in reasons[name]
    assert "replaced by another file of the same name" in reasons[name]


def test_a_well_shaped_conversation_with_nothing_of_the_owners_stays_silent(tmp_path: Path) -> None:
    tree = _instagram("json")
    name = f"{THREAD}.json"
    thread = json.loads(tree[name])
    thread["messages"] = [m for m in thread["messages"] if m.get("sender_name") != "Sam Example"]
    tree[name] = json.dumps(thread)
    assert [n for n in tree if n.endswith("message_1.json")] == [name]  # the only thread: the owner a participant
    assert name not in _reasons(_scan(tree, tmp_path))


def test_an_empty_conversation_page_of_metas_shape_stays_silent(tmp_path: Path) -> None:
    tree = _facebook("g2b", "html")
    name = next(n for n in tree if n.endswith("message_1.html"))
    tree[name] = '<html><body class="_5vb_ _2yq"><main class="_a706" role="main"></main></body></html>'
    assert name not in _reasons(_scan(tree, tmp_path))


# -- a small file swapped for another platform's --------------------------------------------------


def test_a_small_page_replaced_by_another_platforms_page_is_named(tmp_path: Path) -> None:
    tree = _facebook("g2b", "html")
    name = "friends_and_followers/friends.html"
    assert name in tree
    tree[name] = X_PAGE
    reasons = _reasons(_scan(tree, tmp_path))
    assert "doesn't look like one of Facebook's files" in reasons[name]


def test_an_empty_page_of_metas_shape_stays_silent(tmp_path: Path) -> None:
    tree = _facebook("g2b", "html")
    name = "friends_and_followers/friends.html"
    tree[name] = '<html><body class="_5vb_ _2yq"><h1>Friends</h1></body></html>'
    assert name not in _reasons(_scan(tree, tmp_path))


def test_a_small_json_file_replaced_by_another_platforms_is_named(tmp_path: Path) -> None:
    tree = _instagram("json")
    name = "comments/post_comments.json"
    assert name in tree
    tree[name] = MASTODON_LIKES
    reasons = _reasons(_scan(tree, tmp_path))
    assert "doesn't look like one of Instagram's files" in reasons[name]


def test_an_empty_json_file_of_metas_shape_stays_silent(tmp_path: Path) -> None:
    tree = _instagram("json")
    name = "comments/post_comments.json"
    tree[name] = json.dumps({"comments_media_comments": []})
    assert name not in _reasons(_scan(tree, tmp_path))


def test_the_legacy_timeline_replaced_by_a_later_page_is_named(tmp_path: Path) -> None:
    tree = _facebook("g0", "html")
    name = "html/timeline.htm"
    assert name in tree
    tree[name] = '<html><body class="_5vb_"><div class="_a706">Start here</div></body></html>'
    reasons = _reasons(_scan(tree, tmp_path))
    assert "doesn't look like one of Facebook's files" in reasons[name]


def test_the_legacy_contact_page_replaced_by_a_later_page_is_named(tmp_path: Path) -> None:
    tree = _facebook("g0", "html")
    name = "html/contact_info.htm"
    assert name in tree
    tree[name] = '<html><body class="_5vb_"><div class="_a706"><h1>Start here</h1></div></body></html>'
    reasons = _reasons(_scan(tree, tmp_path))
    assert "doesn't look like one of Facebook's files" in reasons[name]


# -- TikTok TXT re-saved as UTF-16-BE ---------------------------------------------------------------


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF16_BE])
def test_a_tiktok_text_file_in_utf16_be_is_read(tmp_path: Path, bom: bytes) -> None:
    comment = "e-mail me at sam.tutor@example.org"
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", comment)]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    text = tree[name]
    tree[name] = bom + (text if isinstance(text, str) else text.decode("utf-8")).encode("utf-16-be")
    result = _scan(tree, tmp_path)
    assert name not in _reasons(result)
    assert any(f.value == "sam.tutor@example.org" and f.file == name for f in result.findings)


# -- X direct messages after a damaged account.js -----------------------------------------------------


def _x_tree(account_id: str) -> dict[str, bytes | str]:
    tree = dict(XArchive(dms=[("900", "1234567890", "my number is 07700 900333")]).tree("data"))
    account = tree["data/account.js"]
    account = account if isinstance(account, str) else account.decode("utf-8")
    tree["data/account.js"] = account.replace('"1234567890"', json.dumps(account_id), 1)
    return tree


def test_dms_after_an_account_file_too_damaged_to_name_the_owner_are_read(tmp_path: Path) -> None:
    result = _scan(_x_tree("!" * 2000 + "1234567890"), tmp_path)
    dms = [f for f in result.findings if f.file == "data/direct-messages.js"]
    assert [f.value for f in dms] == ["+447700900333"]


def test_dms_of_someone_else_are_still_left_out_when_the_owner_is_known(tmp_path: Path) -> None:
    result = _scan(_x_tree("2222222222"), tmp_path)
    assert not [f for f in result.findings if f.file == "data/direct-messages.js"]


# -- the owner's name damaged in the profile file: Meta threads named, not passed off as empty ----------


def test_threads_after_a_profile_whose_name_is_damaged_are_named(tmp_path: Path) -> None:
    tree = _instagram("html")
    profile = "account_information/personal_information.html"
    page = tree[profile]
    page = page if isinstance(page, str) else page.decode("utf-8")
    assert "Sam Example" in page
    tree[profile] = page.replace("Sam Example", "Sam Exa\u2060mple")  # one character slipped into the name
    reasons = _reasons(_scan(tree, tmp_path))
    assert "not one message in the export is from the name in the profile file" in reasons[f"{THREAD}.html"]


# -- a zip bomb's padding inside a Meta page ------------------------------------------------------------


def test_a_page_padded_with_megabytes_of_spaces_is_read(tmp_path: Path) -> None:
    tree = _facebook("g2b", "html")
    name = next(n for n in tree if n.endswith("message_1.html"))
    page = tree[name]
    page = page if isinstance(page, str) else page.decode("utf-8")
    tree[name] = page.replace("</main>", " " * (5 * 1024 * 1024) + "</main>", 1)
    export = write_tree(tree, tmp_path / "export")
    assert len(page_text(open_archive(export), name)) < len(page) + 2048  # the padding is squeezed as it is read
    result = scan([export])
    assert name not in _reasons(result)
    assert any(f.file == name for f in result.findings)


# -- LinkedIn: the person's messages, but a header with no column for their words ----------------------


def test_linkedin_messages_whose_content_column_is_damaged_are_named(tmp_path: Path) -> None:
    from fixtures.linkedin_archive import LinkedInArchive, Message

    archive = LinkedInArchive(
        headline="Year 4 Teacher", messages=[Message("conv-1", "Robin Example", "Hi, my mobile is 07700 900777")]
    )
    tree = dict(archive.tree("2024"))
    name = next(n for n in tree if n.lower() == "messages.csv")
    text = tree[name]
    text = text if isinstance(text, str) else text.decode("utf-8-sig")
    assert ",CONTENT," in text
    tree[name] = text.replace(",CONTENT,", "," + "a" * 5000 + "CONTENT,", 1)  # a long word lost in the header
    reasons = _reasons(_scan(tree, tmp_path))
    assert "no 'CONTENT' column" in reasons[name]


@pytest.mark.parametrize("stranger", [X_PAGE, 'var user_details = {\n  "screen_name" : "MsExample"\n}', MASTODON_LIKES])
def test_a_tiktok_text_file_replaced_by_another_platforms_file_is_named(tmp_path: Path, stranger: str) -> None:
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", "see you at 4")]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    tree[name] = stranger
    reasons = _reasons(_scan(tree, tmp_path))
    assert "doesn't look like one of TikTok's files" in reasons[name]


def test_an_empty_tiktok_text_file_stays_silent(tmp_path: Path) -> None:
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", "see you at 4")]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    tree[name] = ""
    assert name not in _reasons(_scan(tree, tmp_path))


def test_a_tiktok_text_file_replaced_by_a_csv_is_named(tmp_path: Path) -> None:
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", "see you at 4")]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    tree[name] = "Notes:\nExported connections\n\n" + LINKEDIN_CSV
    assert "doesn't look like one of TikTok's files" in _reasons(_scan(tree, tmp_path))[name]


def test_tiktok_messages_after_a_profile_whose_username_is_damaged_are_named(tmp_path: Path) -> None:
    chats = {"bakes_by_b": [("2024-06-05 18:05:00", "mrs_reed_reads", "my number is 07700 900321")]}
    tree = dict(TikTokArchive(chats=chats).tree("txt"))
    profile = next(n for n in tree if n.endswith("Profile Info.txt"))
    text = tree[profile]
    text = text if isinstance(text, str) else text.decode("utf-8")
    assert "mrs_reed_reads" in text
    tree[profile] = text.replace("mrs_reed_reads", "mrs_reXd_reads")
    reasons = _reasons(_scan(tree, tmp_path))
    (messages,) = [n for n in tree if n.endswith("Direct Messages.txt")]
    assert "not one of them is from the username in the profile file" in reasons[messages]


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
    result = _scan(tree, tmp_path)
    assert [s.platform for s in result.sources] == ["x"]
    assert _reasons(result)["repo.car"] == "looks like a Bluesky file inside an X (Twitter) export: not read"
    assert result.sources[0].items > 0


def test_a_mastodon_outbox_inside_an_instagram_export_is_named(tmp_path: Path) -> None:
    tree = {**_instagram("json"), "outbox.json": MASTODON_LIKES}
    reasons = _sources(tree, tmp_path)
    assert list(reasons) == ["instagram"]
    assert reasons["instagram"]["outbox.json"] == "looks like a Mastodon file inside an Instagram export: not read"


def test_the_export_with_more_of_its_own_files_wins_over_a_stray_page(tmp_path: Path) -> None:
    profile = "account_information/personal_information.html"
    tree = {**_linkedin(), profile: _instagram("html")[profile]}  # both are recognised
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


def test_a_mastodon_archive_without_its_actor_is_named_not_passed_off_as_instagram(tmp_path: Path) -> None:
    from fixtures.mastodon_archive import MastodonArchive, Toot

    tree = dict(MastodonArchive(toots=[Toot("1", "<p>Ring me on 07700 900321</p>")]).tree())
    del tree["actor.json"]
    profile = "account_information/personal_information.html"
    tree[profile] = _instagram("html")[profile]
    reasons = _sources(tree, tmp_path)
    assert reasons["instagram"]["outbox.json"] == "looks like a Mastodon file inside an Instagram export: not read"


# -- a Meta file saved over another of Meta's own -----------------------------------------------------


def test_the_profile_page_replaced_by_the_start_page_is_named(tmp_path: Path) -> None:
    tree = _facebook("g1", "html")
    name = "profile_information/profile_information.html"
    tree[name] = (
        '<html><head><title>Your information</title></head><body class="_5vb_"><h1>Start here</h1></body></html>'
    )
    assert _reasons(_scan(tree, tmp_path))[name].startswith(
        "it holds the export's start page, not profile details: was it replaced by another file of the same name?"
    )


def test_the_followers_page_replaced_by_a_profile_page_is_named(tmp_path: Path) -> None:
    tree = _instagram("html")
    name = "followers_and_following/followers_1.html"
    assert name in tree
    tree[name] = _facebook("g1", "html")["profile_information/profile_information.html"]
    assert "it holds profile details, not a list of followers" in _reasons(_scan(tree, tmp_path))[name]


def test_a_comments_file_replaced_by_a_friends_list_is_named(tmp_path: Path) -> None:
    tree = _instagram("json")
    name = "comments/post_comments.json"
    tree[name] = json.dumps({"friends_v2": []})
    assert "it holds a friends list, not comments" in _reasons(_scan(tree, tmp_path))[name]


def test_an_empty_followers_page_with_its_own_title_stays_silent(tmp_path: Path) -> None:
    tree = _instagram("html")
    name = "followers_and_following/followers_1.html"
    tree[name] = (
        '<html><head><title>Followers</title></head><body class="_5vb_"><main class="_a706"></main></body></html>'
    )
    assert name not in _reasons(_scan(tree, tmp_path))
