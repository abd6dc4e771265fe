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
from audit.pipeline import scan
from fixtures.exportkit import write_tree
from fixtures.tiktok_archive import TikTokArchive
from fixtures.x_archive import XArchive
from tests.fetchers.hostile_kit import MASTODON_LIKES, facebook_tree, instagram_tree, scan_tree, skipped_reasons

X_PAGE = "<!DOCTYPE html><html><body>Your Twitter archive</body></html>"
LINKEDIN_CSV = "First Name,Last Name,Headline\nRobin,Example,Teacher\n"
THREAD = "messages/inbox/alexsample_10150000000000001/message_1"


# -- a conversation swapped for another file ----------------------------------------------------


@pytest.mark.parametrize(("flavour", "stranger"), [("json", MASTODON_LIKES), ("html", LINKEDIN_CSV)])
def test_a_conversation_replaced_by_another_file_is_named(tmp_path: Path, flavour: str, stranger: str) -> None:
    tree = instagram_tree(flavour)
    name = f"{THREAD}.{flavour}"
    assert name in tree
    tree[name] = stranger
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "doesn't look like one of Instagram's conversation files" in reasons[name]
    assert "replaced by another file of the same name" in reasons[name]


def test_a_well_shaped_conversation_with_nothing_of_the_owners_stays_silent(tmp_path: Path) -> None:
    tree = instagram_tree("json")
    name = f"{THREAD}.json"
    thread = json.loads(tree[name])
    thread["messages"] = [m for m in thread["messages"] if m.get("sender_name") != "Sam Example"]
    tree[name] = json.dumps(thread)
    assert [n for n in tree if n.endswith("message_1.json")] == [name]  # the only thread: the owner a participant
    assert name not in skipped_reasons(scan_tree(tree, tmp_path))


def test_an_empty_conversation_page_of_metas_shape_stays_silent(tmp_path: Path) -> None:
    tree = facebook_tree("g2b", "html")
    name = next(n for n in tree if n.endswith("message_1.html"))
    tree[name] = '<html><body class="_5vb_ _2yq"><main class="_a706" role="main"></main></body></html>'
    assert name not in skipped_reasons(scan_tree(tree, tmp_path))


# -- a small file swapped for another platform's --------------------------------------------------


def test_a_small_page_replaced_by_another_platforms_page_is_named(tmp_path: Path) -> None:
    tree = facebook_tree("g2b", "html")
    name = "friends_and_followers/friends.html"
    assert name in tree
    tree[name] = X_PAGE
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "doesn't look like one of Facebook's files" in reasons[name]


def test_an_empty_page_of_metas_shape_stays_silent(tmp_path: Path) -> None:
    tree = facebook_tree("g2b", "html")
    name = "friends_and_followers/friends.html"
    tree[name] = '<html><body class="_5vb_ _2yq"><h1>Friends</h1></body></html>'
    assert name not in skipped_reasons(scan_tree(tree, tmp_path))


def test_a_small_json_file_replaced_by_another_platforms_is_named(tmp_path: Path) -> None:
    tree = instagram_tree("json")
    name = "comments/post_comments.json"
    assert name in tree
    tree[name] = MASTODON_LIKES
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "doesn't look like one of Instagram's files" in reasons[name]


def test_an_empty_json_file_of_metas_shape_stays_silent(tmp_path: Path) -> None:
    tree = instagram_tree("json")
    name = "comments/post_comments.json"
    tree[name] = json.dumps({"comments_media_comments": []})
    assert name not in skipped_reasons(scan_tree(tree, tmp_path))


def test_the_legacy_timeline_replaced_by_a_later_page_is_named(tmp_path: Path) -> None:
    tree = facebook_tree("g0", "html")
    name = "html/timeline.htm"
    assert name in tree
    tree[name] = '<html><body class="_5vb_"><div class="_a706">Start here</div></body></html>'
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "doesn't look like one of Facebook's files" in reasons[name]


def test_the_legacy_contact_page_replaced_by_a_later_page_is_named(tmp_path: Path) -> None:
    tree = facebook_tree("g0", "html")
    name = "html/contact_info.htm"
    assert name in tree
    tree[name] = '<html><body class="_5vb_"><div class="_a706"><h1>Start here</h1></div></body></html>'
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "doesn't look like one of Facebook's files" in reasons[name]


# -- TikTok TXT re-saved as UTF-16-BE ---------------------------------------------------------------


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF16_BE])
def test_a_tiktok_text_file_in_utf16_be_is_read(tmp_path: Path, bom: bytes) -> None:
    comment = "e-mail me at sam.tutor@example.org"
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", comment)]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    text = tree[name]
    tree[name] = bom + (text if isinstance(text, str) else text.decode("utf-8")).encode("utf-16-be")
    result = scan_tree(tree, tmp_path)
    assert name not in skipped_reasons(result)
    assert any(f.value == "sam.tutor@example.org" and f.file == name for f in result.findings)


# -- X direct messages after a damaged account.js -----------------------------------------------------


def _x_tree(account_id: str) -> dict[str, bytes | str]:
    tree = dict(XArchive(dms=[("900", "1234567890", "my number is 07700 900333")]).tree("data"))
    account = tree["data/account.js"]
    account = account if isinstance(account, str) else account.decode("utf-8")
    tree["data/account.js"] = account.replace('"1234567890"', json.dumps(account_id), 1)
    return tree


def test_dms_after_an_account_file_too_damaged_to_name_the_owner_are_read(tmp_path: Path) -> None:
    result = scan_tree(_x_tree("!" * 2000 + "1234567890"), tmp_path)
    dms = [f for f in result.findings if f.file == "data/direct-messages.js"]
    assert [f.value for f in dms] == ["+447700900333"]


def test_dms_of_someone_else_are_still_left_out_when_the_owner_is_known(tmp_path: Path) -> None:
    result = scan_tree(_x_tree("2222222222"), tmp_path)
    assert not [f for f in result.findings if f.file == "data/direct-messages.js"]


# -- the owner's name damaged in the profile file: Meta threads named, not passed off as empty ----------


def test_threads_after_a_profile_whose_name_is_damaged_are_named(tmp_path: Path) -> None:
    tree = instagram_tree("html")
    profile = "account_information/personal_information.html"
    page = tree[profile]
    page = page if isinstance(page, str) else page.decode("utf-8")
    assert "Sam Example" in page
    tree[profile] = page.replace("Sam Example", "Sam Exa\u2060mple")  # one character slipped into the name
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "not one message in the export is from the name in the profile file" in reasons[f"{THREAD}.html"]


# -- a zip bomb's padding inside a Meta page ------------------------------------------------------------


def test_a_page_padded_with_megabytes_of_spaces_is_read(tmp_path: Path) -> None:
    tree = facebook_tree("g2b", "html")
    name = next(n for n in tree if n.endswith("message_1.html"))
    page = tree[name]
    page = page if isinstance(page, str) else page.decode("utf-8")
    tree[name] = page.replace("</main>", " " * (5 * 1024 * 1024) + "</main>", 1)
    export = write_tree(tree, tmp_path / "export")
    assert len(page_text(open_archive(export), name)) < len(page) + 2048  # the padding is squeezed as it is read
    result = scan([export])
    assert name not in skipped_reasons(result)
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
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "no 'CONTENT' column" in reasons[name]


@pytest.mark.parametrize("stranger", [X_PAGE, 'var user_details = {\n  "screen_name" : "MsExample"\n}', MASTODON_LIKES])
def test_a_tiktok_text_file_replaced_by_another_platforms_file_is_named(tmp_path: Path, stranger: str) -> None:
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", "see you at 4")]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    tree[name] = stranger
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    assert "doesn't look like one of TikTok's files" in reasons[name]


def test_an_empty_tiktok_text_file_stays_silent(tmp_path: Path) -> None:
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", "see you at 4")]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    tree[name] = ""
    assert name not in skipped_reasons(scan_tree(tree, tmp_path))


def test_a_tiktok_text_file_replaced_by_a_csv_is_named(tmp_path: Path) -> None:
    tree = dict(TikTokArchive(comments=[("2024-06-04 12:00:00", "see you at 4")]).tree("txt"))
    name = next(n for n in tree if n.endswith("Comments.txt"))
    tree[name] = "Notes:\nExported connections\n\n" + LINKEDIN_CSV
    assert "doesn't look like one of TikTok's files" in skipped_reasons(scan_tree(tree, tmp_path))[name]


def test_tiktok_messages_after_a_profile_whose_username_is_damaged_are_named(tmp_path: Path) -> None:
    chats = {"bakes_by_b": [("2024-06-05 18:05:00", "mrs_reed_reads", "my number is 07700 900321")]}
    tree = dict(TikTokArchive(chats=chats).tree("txt"))
    profile = next(n for n in tree if n.endswith("Profile Info.txt"))
    text = tree[profile]
    text = text if isinstance(text, str) else text.decode("utf-8")
    assert "mrs_reed_reads" in text
    tree[profile] = text.replace("mrs_reed_reads", "mrs_reXd_reads")
    reasons = skipped_reasons(scan_tree(tree, tmp_path))
    (messages,) = [n for n in tree if n.endswith("Direct Messages.txt")]
    assert "not one of them is from the username in the profile file" in reasons[messages]
