"""Messages the person sent, in every Facebook and Instagram generation and flavour.

Only the owner's own messages may reach the detectors: the parent's number in the same
thread, the group's title and a message the person took back are decoys that no finding may
carry (`fixtures.meta_messages`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from detectors.base import Item
from fixtures import meta_messages as mm
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import GENERATIONS as FB_GENERATIONS
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import GENERATIONS as IG_GENERATIONS
from fixtures.instagram_archive import InstagramArchive
from fixtures.meta_kit import Built
from tests.fetchers.meta_scan import assert_planted, scan_json

CASES = [("facebook", g, f) for g in FB_GENERATIONS for f in (("html",) if g == "g0" else ("json", "html"))]
CASES += [("instagram", g, f) for g in IG_GENERATIONS for f in (("json",) if g == "i0" else ("json", "html"))]
G3_FOLDER = "your_facebook_activity/messages/inbox/"


def _build(platform: str, generation: str, flavour: str, **kwargs: object) -> Built:
    archive = FacebookArchive(messages=True, **kwargs) if platform == "facebook" else InstagramArchive(messages=True)  # type: ignore[arg-type]
    return archive.build(generation, flavour)  # type: ignore[arg-type]


def _items(tree: dict[str, bytes | str], dest: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(write_tree(tree, dest))
    fetcher = recognise(archive)
    assert fetcher is not None
    report = SourceReport(str(dest))
    return list(fetcher(archive, report).items()), report


def _message_items(items: list[Item]) -> list[Item]:
    files = ("html/messages.htm", "messages.json")
    return [i for i in items if "/message_1." in i.provenance.file or i.provenance.file in files]


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
@pytest.mark.parametrize(("platform", "generation", "flavour"), CASES)
def test_own_messages_are_found_and_other_peoples_never(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], platform: str, generation: str, flavour: str, as_zip: bool
) -> None:
    built = _build(platform, generation, flavour)
    source = write_tree(built.tree, tmp_path / ("export.zip" if as_zip else "export"), as_zip=as_zip)
    document = scan_json(capsys, source)
    assert document["sources"][0]["platform"] == platform
    assert document["sources"][0]["unreadable"] == []
    assert_planted(document, built)  # includes the thread's phone and e-mail, and no decoy at all
    phone = next(f for f in document["findings"] if f["value"] == mm.OWN_PHONE)
    expected = "2019-06-16T09:00:00" if generation == "i0" else "2023-11-14T22:15:00"
    assert phone["created_at"].startswith(expected)
    assert phone["item_id"] is None
    assert phone["visibility"] == "custom"


def test_the_decoys_are_findable_when_their_sender_is_the_owner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control for the test above: the parent's number is missed because of who sent it."""
    built = _build("facebook", "g3", "json", name=mm.OTHER)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "fb.zip", as_zip=True))
    values = {f["value"] for f in document["findings"] if "/messages/" in f["file"]}
    assert "+447700900499" in values and "parent.dm@example.net" in values
    assert "rep.title@example.net" not in values  # the thread's title is never read


def test_mojibake_in_messages_is_repaired(tmp_path: Path) -> None:
    for platform, generation in (("facebook", "g3"), ("instagram", "i3"), ("facebook", "g1")):
        items, _ = _items(_build(platform, generation, "json").tree, tmp_path / f"{platform}{generation}")
        texts = [i.text for i in _message_items(items) if i.text]
        assert mm.OWN_TEXT in texts
        assert not any("Ã" in t or "ð" in t for t in texts)


@pytest.mark.parametrize(
    ("platform", "generation", "flavour"), [c for c in CASES if c[2] != "html" or c[1] in ("g0", "g3")]
)
def test_message_items_carry_the_message_provenance_and_only_the_owners_words(
    tmp_path: Path, platform: str, generation: str, flavour: str
) -> None:
    items, _ = _items(_build(platform, generation, flavour).tree, tmp_path / "export")
    texts = _message_items(items)
    assert texts
    assert all(i.provenance.section == "message" and i.provenance.visibility == "custom" for i in texts)
    assert all(i.provenance.item_id is None and i.provenance.created_at is not None for i in texts)
    joined = "\n".join(i.text or "" for i in texts)
    for never in (mm.THEIR_TEXT, mm.UNSENT_TEXT, mm.GROUP_TITLE, mm.OTHER):
        assert never not in joined


@pytest.mark.parametrize(
    ("platform", "generation", "flavour"), [("facebook", "g2", "json"), ("instagram", "i3", "html")]
)
def test_photos_and_links_the_person_sent_are_items(
    tmp_path: Path, platform: str, generation: str, flavour: str
) -> None:
    items, _ = _items(_build(platform, generation, flavour).tree, tmp_path / "export")
    media = {i.provenance.file: i for i in items if i.media is not None and "messages/inbox/" in i.provenance.file}
    folder = ("your_instagram_activity/" if generation == "i3" else "") + "messages/inbox/"
    own = media[mm.photo_path(folder)]
    assert own.provenance.visibility == "custom" and own.provenance.created_at is not None
    with own.media.opener() as stream:  # type: ignore[union-attr]
        assert stream.read(2) == b"\xff\xd8"
    assert mm.other_photo_path(folder) not in media  # the parent's photo is theirs
    links = [i for i in _message_items(items) if i.text == mm.OWN_LINK]
    assert links and all(i.provenance.field in ("share.link", "content") for i in links)


def test_a_truncated_thread_is_reported_and_the_rest_is_scanned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = _build("facebook", "g3", "json")
    broken = mm.truncated(built, G3_FOLDER)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "fb.zip", as_zip=True))
    unreadable = {u["path"]: u["reason"] for u in document["sources"][0]["unreadable"]}
    assert list(unreadable) == [broken]
    assert "truncated" in unreadable[broken] and "07700" not in unreadable[broken]
    assert_planted(document, built)  # the profile, posts ... still found


def test_without_an_owner_name_no_message_is_read(tmp_path: Path) -> None:
    built = _build("facebook", "g3", "json")
    del built.tree["personal_information/profile_information/profile_information.json"]
    built.tree["your_facebook_activity/posts/placeholder.json"] = "[]"  # still recognised as Facebook
    items, _ = _items(built.tree, tmp_path / "fb")
    assert not _message_items(items)


def test_late_legacy_archives_split_messages_into_numbered_pages(tmp_path: Path) -> None:
    built = _build("facebook", "g0", "html")
    built.tree["messages/1.html"] = built.tree.pop("html/messages.htm")
    items, _ = _items(built.tree, tmp_path / "fb")
    texts = [i.text for i in items if i.provenance.file == "messages/1.html"]
    assert texts == [mm.OWN_EMAIL_TEXT, mm.OWN_TEXT]


def test_a_combined_export_reads_each_platforms_threads_once(tmp_path: Path) -> None:
    """Facebook leaves `your_instagram_activity/messages` to the Instagram reader."""
    built = _build("facebook", "g3", "json")
    ig_folder = "your_instagram_activity/messages/inbox/"
    mm.add_threads(built, FacebookArchive().name, ig_folder, "json")  # same owner name
    items, _ = _items(built.tree, tmp_path / "fb")
    assert not [i for i in items if i.provenance.file.startswith("your_instagram_activity/")]
    assert [i for i in items if i.provenance.file.startswith(G3_FOLDER)]


def test_a_legacy_archive_without_its_index_page_takes_the_owner_from_the_messages_title(tmp_path: Path) -> None:
    built = _build("facebook", "g0", "html")
    del built.tree["index.htm"]
    items, _ = _items(built.tree, tmp_path / "fb")
    assert [i.text for i in items if i.provenance.file == "html/messages.htm"] == [mm.OWN_EMAIL_TEXT, mm.OWN_TEXT]


def test_instagram_cards_name_their_sender_in_an_h2(tmp_path: Path) -> None:
    """Instagram's message pages use its own card (`div._a6-g`, `h2` sender, `div._a6-o` time)."""
    built = _build("instagram", "i2", "html")
    name = mm.thread_path("messages/inbox/", "html")

    def card(sender: str, text: str, when: str) -> str:
        return (
            f'<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">{sender}</h2>'
            f'<div class="_3-95 _a6-p"><div><div></div><div>{text}</div></div></div>'
            f'<div class="_3-94 _a6-o">{when}</div></div>'
        )

    built.tree[name] = (
        '<html><body><div class="_3-8y _3-95"><h1>alex_sample</h1></div><main>'
        + card(mm.OTHER, mm.THEIR_TEXT, "Nov 14, 2023 10:16 pm")
        + card("Sam Example", mm.OWN_TEXT, "Nov 14, 2023 10:15 pm")
        + "</main></body></html>"
    )
    items, _ = _items(built.tree, tmp_path / "ig")
    (own,) = [i for i in items if i.provenance.file == name]
    assert own.text == mm.OWN_TEXT
    assert own.provenance.created_at is not None and own.provenance.created_at.hour == 22
