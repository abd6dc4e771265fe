"""Address books synced from the person's phone are other people's data: never an item, never a finding.

Facebook keeps them as `your_address_books.json` (2018-23), `contacts_uploaded_from_your_phone.json`
(2024 on) and the legacy contact page's "Address Book"; Instagram as `synced_contacts.json`.
Every number and address in them is a decoy (`fixtures.meta_kit.ADDRESS_BOOK`), while the
person's own details planted elsewhere must still be found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.meta_common import other_peoples
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import GENERATIONS as FB_GENERATIONS
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import GENERATIONS as IG_GENERATIONS
from fixtures.instagram_archive import InstagramArchive
from fixtures.meta_kit import ADDRESS_BOOK, ADDRESS_BOOK_DECOYS, Built
from tests.fetchers.meta_scan import assert_planted, scan_json

CASES = [("facebook", g, f) for g in FB_GENERATIONS for f in (("html",) if g == "g0" else ("json", "html"))]
CASES += [("instagram", g, f) for g in IG_GENERATIONS if g != "i0" for f in ("json", "html")]


def _build(platform: str, generation: str, flavour: str) -> Built:
    archive = FacebookArchive(contacts=True) if platform == "facebook" else InstagramArchive(contacts=True)
    return archive.build(generation, flavour)  # type: ignore[arg-type]


@pytest.mark.parametrize(("platform", "generation", "flavour"), CASES)
def test_no_finding_comes_from_an_address_book_and_own_details_are_still_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], platform: str, generation: str, flavour: str
) -> None:
    built = _build(platform, generation, flavour)
    assert set(ADDRESS_BOOK_DECOYS) <= set(built.decoys)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "export.zip", as_zip=True))
    assert document["sources"][0]["platform"] == platform
    assert document["sources"][0]["unreadable"] == []
    assert_planted(document, built)  # own e-mail and phone found; no decoy found at all
    assert not [f for f in document["findings"] if other_peoples(f["file"])]


@pytest.mark.parametrize(("platform", "generation", "flavour"), CASES)
def test_an_address_book_gives_no_item_at_all(tmp_path: Path, platform: str, generation: str, flavour: str) -> None:
    built = _build(platform, generation, flavour)
    books = [name for name in built.tree if other_peoples(name)]
    assert books or generation == "g0"  # G0's address book sits inside the contact page
    archive = open_archive(write_tree(built.tree, tmp_path / "export"))
    fetcher = recognise(archive)
    assert fetcher is not None
    items = list(fetcher(archive, SourceReport("export")).items())
    assert not [i for i in items if i.provenance.file in books]
    texts = "\n".join(i.text or "" for i in items)
    for first, last, _, points in ADDRESS_BOOK:
        assert f"{first} {last}" not in texts.replace("Alex Sample's post", "")
        assert not any(point in texts for point in points)


@pytest.mark.parametrize(
    "name",
    [
        "personal_information/other_personal_information/contacts_uploaded_from_your_phone.json",
        "personal_information/other_personal_information/your_imported_contacts.json",
        "personal_information/profile_information/contacts_uploaded_before_2021.json",
        "personal_information/profile_information/synced_contacts_from_instagram.json",
        "other_personal_information/your_address_books.json",
        "about_you/your_address_books.html",
        "connections/contacts/synced_contacts.json",
        "contacts/synced_contacts.html",
        "contacts.json",
    ],
)
def test_every_known_address_book_file_is_recognised_as_other_peoples(name: str) -> None:
    assert other_peoples(name)
    assert other_peoples("facebook-sam-2024/" + name)


@pytest.mark.parametrize(
    "name",
    [
        "personal_information/profile_information/profile_information.json",
        "personal_information/personal_information/personal_information.json",
        "personal_information/autofill_information/autofill_information.json",
        "html/contact_info.htm",
        "your_facebook_activity/messages/inbox/alexsample_1/message_1.json",
    ],
)
def test_the_persons_own_files_are_not_taken_for_address_books(name: str) -> None:
    assert not other_peoples(name)
