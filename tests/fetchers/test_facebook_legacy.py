"""Facebook's legacy archive (2010-2018): the timeline post by post, and the contact page
without its address book of other people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.facebook import FacebookFetcher
from audit.fetchers.meta_text import zoned_time
from detectors.base import Item
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive, Post
from fixtures.facebook_pages import SHARE, WALL_POST
from fixtures.meta_kit import ADDRESS_BOOK, ADDRESS_BOOK_DECOYS
from tests.fetchers.meta_scan import assert_planted, scan_json

TIMELINE = "html/timeline.htm"
CONTACT = "html/contact_info.htm"


def _items(tree: dict[str, bytes | str], dest: Path) -> tuple[list[Item], SourceReport]:
    archive = open_archive(write_tree(tree, dest))
    fetcher = recognise(archive)
    assert fetcher is FacebookFetcher
    report = SourceReport(str(dest))
    return list(fetcher(archive, report).items()), report


def _minute(epoch: int) -> datetime:
    """The instant the archive shows: it prints minutes, not seconds."""
    return datetime.fromtimestamp(epoch - epoch % 60, tz=UTC)


def test_each_timeline_post_is_its_own_item_with_its_zoned_date(tmp_path: Path) -> None:
    fb = FacebookArchive()
    items, report = _items(fb.build("g0").tree, tmp_path / "fb")
    assert report.unreadable == []
    posts = [i for i in items if i.provenance.file == TIMELINE and i.provenance.field == "post"]
    expected = [(p.text, _minute(p.when)) for p in fb.posts] + [(SHARE[1], _minute(SHARE[2]))]
    assert [(i.text, i.provenance.created_at) for i in posts] == expected
    offsets = [i.provenance.created_at.utcoffset() for i in posts if i.provenance.created_at]
    assert offsets == [timedelta(hours=h) for h in (-7, 1, 1, 0)]  # PDT, BST, UTC+01, GMT as written
    assert {i.provenance.section for i in posts} == {"post"}
    assert {i.provenance.visibility for i in posts} == {"unknown"}


def test_a_posts_title_and_photo_are_items_of_that_post(tmp_path: Path) -> None:
    fb = FacebookArchive()
    items, _ = _items(fb.build("g0").tree, tmp_path / "fb")
    titles = {i.text: i.provenance.created_at for i in items if i.provenance.file == TIMELINE}
    assert titles["Sam Example shared a link."] == _minute(SHARE[2])
    added = titles["Sam Example added a new photo."]
    assert added is not None and added.utcoffset() == timedelta(hours=-4)  # EDT
    photo = [i for i in items if i.media is not None and i.provenance.created_at == added]
    offsets = {i.provenance.created_at.utcoffset() for i in photo if i.provenance.created_at}
    assert {i.media.path for i in photo if i.media} == {"photos/10150000000000001/789_012_n.jpg"}
    assert timedelta(hours=-4) in offsets  # the timeline's own item, besides the album page's


def test_a_friends_post_on_the_timeline_is_theirs_and_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = FacebookArchive().build("g0")
    assert WALL_POST[1] in str(built.tree[TIMELINE])
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "fb.zip", as_zip=True))
    assert_planted(document, built)  # the planted posts are found and the friend's number is a decoy
    items, _ = _items(built.tree, tmp_path / "fb")
    assert not any(WALL_POST[1] in (i.text or "") or "wrote on your timeline" in (i.text or "") for i in items)


@pytest.mark.parametrize(
    "wrap",
    [
        lambda run: run,  # the flat run of a real 2017 archive
        lambda run: f"<p>{run}</p>",  # each post in a <p>, as other archives write it
        lambda run: f"<div>{run}</div>",  # each post in its own <div>
    ],
    ids=["flat", "paragraph", "div"],
)
def test_every_markup_variant_gives_one_item_per_post(tmp_path: Path, wrap: object) -> None:
    stamps = ["Thursday, November 30, 2017 at 3:39pm PST", "Friday, 1 December 2017 at 18:05 GMT"]
    runs = "".join(
        wrap(f'<div class="meta">{stamp}</div><div class="comment">post {n}<br>line two</div>')  # type: ignore[operator]
        for n, stamp in enumerate(stamps)
    )
    tree = FacebookArchive().build("g0").tree
    tree[TIMELINE] = f'<html><body><div class="contents"><h1>Sam Example</h1><div>{runs}</div></div></body></html>'
    items, _ = _items(tree, tmp_path / "fb")
    posts = [(i.text, i.provenance.created_at) for i in items if i.provenance.file == TIMELINE]
    assert posts == [
        ("post 0\nline two", datetime(2017, 11, 30, 23, 39, tzinfo=UTC)),
        ("post 1\nline two", datetime(2017, 12, 1, 18, 5, tzinfo=UTC)),
    ]


def test_a_timeline_of_many_megabytes_is_streamed_post_by_post(tmp_path: Path) -> None:
    count = 30_000
    posts = [Post(f"Weekend run number {n}, lovely weather", 1_300_000_000 + n * 3_600) for n in range(count)]
    tree = FacebookArchive(posts=posts).build("g0").tree
    assert len(str(tree[TIMELINE])) > 3_000_000
    archive = open_archive(write_tree(tree, tmp_path / "fb.zip", as_zip=True))
    fetcher = FacebookFetcher(archive, SourceReport("fb"))
    seen = last = 0
    for item in fetcher.items():
        if item.provenance.file == TIMELINE and item.provenance.field == "post":
            seen += 1
            assert item.provenance.created_at is not None and item.provenance.created_at.tzinfo is not None
            last = int(item.provenance.created_at.timestamp())
    assert seen == count + 1  # and the share
    assert last == SHARE[2] - SHARE[2] % 60


def test_a_timeline_that_breaks_off_into_another_encoding_keeps_what_came_before(tmp_path: Path) -> None:
    posts = [Post(f"Post {n} with enough words to fill the page quickly", 1_300_000_000 + n * 60) for n in range(2_000)]
    tree = FacebookArchive(posts=posts).build("g0").tree
    text = str(tree[TIMELINE])
    cut = text.index("Post 1900 ")
    tree[TIMELINE] = text[:cut].encode() + "Caf\u00e9 07700 900699".encode("cp1252") + text[cut:].encode()
    items, report = _items(tree, tmp_path / "fb")
    reasons = {u.path: u.reason for u in report.unreadable}
    assert list(reasons) == [TIMELINE]
    assert "UTF-8" in reasons[TIMELINE] and "900699" not in reasons[TIMELINE] and "Caf" not in reasons[TIMELINE]
    read = [i.text for i in items if i.provenance.file == TIMELINE and i.provenance.field == "post"]
    assert read[:1000] == [p.text for p in posts[:1000]]  # every chunk before the break was read
    assert not any("900699" in (t or "") for t in read)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Thursday, November 30, 2017 at 3:39pm PST", -8),
        ("Friday, July 14, 2017 at 9:05am PDT", -7),
        ("Friday, July 14, 2017 at 9:05am EDT", -4),
        ("Thursday, November 30, 2017 at 3:39pm EST", -5),
        ("Thursday, November 30, 2017 at 3:39pm CST", -6),
        ("Friday, July 14, 2017 at 9:05am CDT", -5),
        ("Thursday, November 30, 2017 at 3:39pm MST", -7),
        ("Friday, July 14, 2017 at 9:05am MDT", -6),
        ("Thursday, 30 November 2017 at 15:39 GMT", 0),
        ("Friday, 14 July 2017 at 09:05 BST", 1),
        ("Thursday, 30 November 2017 at 15:39 UTC", 0),
        ("Wednesday, November 12, 2008 at 8:53pm UTC+01", 1),
        ("Wednesday, November 12, 2008 at 8:53pm UTC-07", -7),
        ("Wednesday, November 12, 2008 at 8:53pm UTC+05:30", 5.5),
    ],
)
def test_zone_names_become_their_offsets(text: str, hours: float) -> None:
    when = zoned_time(text)
    assert when is not None and when.utcoffset() == timedelta(hours=hours)


def test_an_unknown_zone_keeps_the_wall_time_and_invents_no_offset() -> None:
    when = zoned_time("Thursday, November 30, 2017 at 3:39pm XYZ")
    assert when == datetime(2017, 11, 30, 15, 39) and when.tzinfo is None
    assert zoned_time("Jun 04, 2025 6:46:10 pm") == datetime(2025, 6, 4, 18, 46, 10)  # HTML flavour: no zone


def test_the_contact_page_gives_the_persons_details_and_never_the_address_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = FacebookArchive(contacts=True).build("g0")
    assert "Address Book" in str(built.tree[CONTACT]) and set(ADDRESS_BOOK_DECOYS) <= set(built.decoys)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "fb.zip", as_zip=True))
    assert_planted(document, built)  # own mobile and e-mail found; no address-book number or e-mail
    items, _ = _items(built.tree, tmp_path / "fb")
    texts = "\n".join(i.text or "" for i in items if i.provenance.file == CONTACT)
    assert "07700 900201" in texts
    for first, last, _, points in ADDRESS_BOOK:
        assert f"{first} {last}" not in texts and not any(p in texts for p in points)


def test_an_address_book_without_its_heading_is_still_not_read(tmp_path: Path) -> None:
    """No heading: the table's header row (Name, Contacts) still marks a list of other people."""
    built = FacebookArchive(contacts=True).build("g0")
    built.tree[CONTACT] = str(built.tree[CONTACT]).replace("<h2>Address Book</h2>", "")
    items, _ = _items(built.tree, tmp_path / "fb")
    texts = "\n".join(i.text or "" for i in items if i.provenance.file == CONTACT)
    assert "07700 900201" in texts
    assert not any(p in texts for *_, points in ADDRESS_BOOK for p in points)


def test_the_address_book_numbers_would_be_found_if_they_were_the_persons_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control for the two tests above: the decoys are missed because of where they are."""
    built = FacebookArchive(contacts=True).build("g0")
    page = str(built.tree[CONTACT])
    own_rows = "".join(
        f"<tr><th>{first} {last}</th><td><ul>" + "".join(f"<li>contact: {p}</li>" for p in points) + "</ul></td></tr>"
        for first, last, _, points in ADDRESS_BOOK
    )
    without_book = page[: page.index("<h2>Address Book</h2>")] + "</div></div></body></html>"
    built.tree[CONTACT] = without_book.replace("</table>", own_rows + "</table>", 1)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "fb.zip", as_zip=True))
    found = {f["value"] for f in document["findings"] if f["file"] == CONTACT}
    assert "+447700900601" in found and "jordan.book@example.net" in found
