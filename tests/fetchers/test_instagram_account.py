"""Instagram 2024: the account e-mails outside personal information, and messages in an export
that has no personal information to name its owner."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.instagram import InstagramFetcher
from detectors.base import Item
from fixtures import meta_messages as mm
from fixtures.exportkit import write_tree
from fixtures.instagram_archive import (
    AUTOFILL,
    POSSIBLE_EMAILS,
    SECOND_OTHER,
    SECOND_OWN_TEXT,
    SECOND_THEIR_TEXT,
    InstagramArchive,
    add_second_thread,
)
from fixtures.meta_kit import Built
from tests.fetchers.meta_scan import assert_planted, scan_json

PERSONAL = "personal_information/personal_information/personal_information"
INBOX = "your_instagram_activity/messages/inbox/"


def _items(tree: dict[str, bytes | str], dest: Path) -> list[Item]:
    archive = open_archive(write_tree(tree, dest, as_zip=dest.suffix == ".zip"))
    fetcher = recognise(archive)
    assert fetcher is InstagramFetcher
    return list(fetcher(archive, SourceReport(str(dest))).items())


@pytest.mark.parametrize("flavour", ["json", "html"])
def test_autofill_and_possible_emails_are_account_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flavour: str
) -> None:
    built = InstagramArchive(account_emails=True).build("i3", flavour)
    ext = "." + flavour
    assert AUTOFILL + ext in built.tree and POSSIBLE_EMAILS + ext in built.tree
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "ig.zip", as_zip=True))
    assert document["sources"][0]["unreadable"] == []
    assert_planted(document, built)
    items = _items(built.tree, tmp_path / "ig")
    account = [i for i in items if i.provenance.file in (AUTOFILL + ext, POSSIBLE_EMAILS + ext)]
    assert account and {(i.provenance.section, i.provenance.visibility) for i in account} == {("account", "only_me")}


def test_autofill_address_is_one_line_and_the_number_is_read_once(tmp_path: Path) -> None:
    items = _items(InstagramArchive(account_emails=True).build("i3").tree, tmp_path / "ig")
    fields = {i.provenance.field: i.text for i in items if i.provenance.file == AUTOFILL + ".json"}
    assert fields == {
        "email": "sam.autofill@example.com",
        "tel": "+447700900310",
        "address": "1 Example Road, Exampleton, LS99 9ZZ, United Kingdom",
    }


def test_autofill_in_other_shapes_is_read_too(tmp_path: Path) -> None:
    """Upper-case keys with lists (Messenger's autofill) and `string_map_data` rows."""
    built = InstagramArchive().build("i3")
    built.tree[AUTOFILL + ".json"] = (
        '{"autofill_information_v2": {"EMAIL": ["sam.upper@example.org"], "PHONE": ["+447700900311"]},'
        ' "ig_autofill_information": [{"string_map_data": {"Email address": {"value": "sam.rows@example.net"}}}]}'
    )
    texts = {i.text for i in _items(built.tree, tmp_path / "ig") if i.provenance.file == AUTOFILL + ".json"}
    assert {"sam.upper@example.org", "sam.rows@example.net"} <= texts


def _without_personal(flavour: str = "json", second: bool = True) -> Built:
    built = InstagramArchive(messages=True).build("i3", flavour)
    del built.tree[PERSONAL + "." + flavour]
    built.planted = [  # without the private-account flag, posts' audience is unknown
        replace(p, visibility="unknown") if p.visibility == "followers" else p
        for p in built.planted
        if not p.file.startswith(PERSONAL)
    ]
    if second:
        add_second_thread(built, "Sam Example", INBOX, flavour)
    return built


@pytest.mark.parametrize("flavour", ["json", "html"])
def test_messages_are_read_without_personal_information(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flavour: str
) -> None:
    """Two threads with two different people: the owner is the one name in both."""
    built = _without_personal(flavour)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "ig.zip", as_zip=True))
    assert_planted(document, built)  # both threads' own messages; no other person's words
    texts = [i.text or "" for i in _items(built.tree, tmp_path / "ig") if "/messages/" in i.provenance.file]
    assert mm.OWN_TEXT in texts and SECOND_OWN_TEXT in texts
    assert not any(mm.THEIR_TEXT in t or SECOND_THEIR_TEXT in t or SECOND_OTHER in t for t in texts)


def test_one_thread_names_its_other_person_in_its_folder(tmp_path: Path) -> None:
    """`alexsample_<id>/`: the folder is the other account's, so the owner is the one left."""
    built = _without_personal(second=False)
    texts = [i.text for i in _items(built.tree, tmp_path / "ig") if "/messages/" in i.provenance.file]
    assert mm.OWN_TEXT in texts and mm.THEIR_TEXT not in texts


def test_the_downloads_username_names_the_owner(tmp_path: Path) -> None:
    """Folder names that say nothing; the zip's own name (`instagram-<username>-<date>-<id>`) does."""
    built = _without_personal(second=False)
    built.tree = {k.replace(mm.THREAD, "thread_10150000000000009"): v for k, v in built.tree.items()}
    zipped = tmp_path / "instagram-samexample-2024-07-01-Ab3dEf9h.zip"
    texts = [i.text for i in _items(built.tree, zipped) if "/messages/" in i.provenance.file]
    assert mm.OWN_TEXT in texts and mm.THEIR_TEXT not in texts


def test_with_nothing_to_tell_the_owner_no_message_is_read(tmp_path: Path) -> None:
    built = _without_personal(second=False)
    built.tree = {k.replace(mm.THREAD, "thread_10150000000000009"): v for k, v in built.tree.items()}
    items = _items(built.tree, tmp_path / "instagram-sam.runs-2024-07-01-Ab3dEf9h")
    assert not [i for i in items if "/messages/" in i.provenance.file and i.text]
