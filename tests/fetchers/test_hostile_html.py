"""Meta HTML pages nested thousands of tags deep: refused before any tree is built, named, the rest scanned.

The pages were read as BeautifulSoup trees walked recursively, so a page nested 1,000 `<div>`s
deep raised RecursionError and lost the whole scan, and 200,000 deep took seconds and hundreds
of MB to build before it did.  Now a page's depth is counted first by a tree-less pass of the
same parser (`audit.fetchers.html_depth`): a page opening more than `MAX_DEPTH` elements at once
is reported as unreadable in one line and every other page of the export is read as before.
The legacy timeline, streamed rather than built, stops at the same depth and keeps what it read.
Each export is a fixture laid out as Meta writes it, with one page's body wrapped in `<div>`s.
"""

from __future__ import annotations

import re
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from audit.fetchers.html_depth import MAX_DEPTH, check_depth
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import AUTOFILL, InstagramArchive
from fixtures.meta_kit import Built
from tests.fetchers.meta_scan import assert_planted, scan_json

SKIPPED = f"nested deeper than {MAX_DEPTH} levels; skipped"
STREAM_STOPPED = f"nested deeper than {MAX_DEPTH} levels; the rest of the page was skipped"
IG_THREAD = "your_instagram_activity/messages/inbox/alexsample_10150000000000001/message_1.html"
IG_POSTS = "your_instagram_activity/media/posts_1.html"
FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html"
_BODY = re.compile(r"<body[^>]*>")


@dataclass(frozen=True)
class Case:
    """An export and the page of it that is nested too deep."""

    build: Callable[[], Built]
    member: str
    reason: str = SKIPPED


CASES = {
    "facebook-friends": Case(lambda: FacebookArchive().build("g1", "html"), "friends/friends.html"),
    "facebook-posts": Case(lambda: FacebookArchive().build("g3", "html"), FB_POSTS),
    "facebook-legacy-contact-info": Case(lambda: FacebookArchive().build("g0", "html"), "html/contact_info.htm"),
    "facebook-legacy-timeline": Case(
        lambda: FacebookArchive().build("g0", "html"), "html/timeline.htm", reason=STREAM_STOPPED
    ),
    "instagram-autofill": Case(lambda: InstagramArchive(account_emails=True).build("i3", "html"), AUTOFILL + ".html"),
    "instagram-posts": Case(lambda: InstagramArchive().build("i3", "html"), IG_POSTS),
    "instagram-thread": Case(lambda: InstagramArchive(messages=True).build("i3", "html"), IG_THREAD),
}


def wrapped(page: bytes | str, depth: int) -> str:
    """The page with everything inside its `<body>` wrapped in `depth` nested `<div>`s."""
    text = page.decode() if isinstance(page, bytes) else page
    found = _BODY.search(text)
    assert found, "a Meta page always has a <body>"
    end = text.rindex("</body>")
    return text[: found.end()] + "<div>" * depth + text[found.end() : end] + "</div>" * depth + text[end:]


def depth_of(page: bytes | str) -> int:
    """How many elements are open at the page's deepest point, as libxml2 (and so bs4) builds it."""
    root = etree.HTML(page.encode() if isinstance(page, str) else page)
    return max(sum(1 for _ in element.iterancestors()) + 1 for element in root.iter())


def without(built: Built, member: str) -> Built:
    """The plantings of every other page: what must still be found."""
    return Built(built.tree, [p for p in built.planted if p.file != member], built.decoys)


@pytest.mark.parametrize("depth", [1_000, 20_000, 200_000])
@pytest.mark.parametrize("name", list(CASES))
def test_a_page_nested_too_deep_is_named_and_the_rest_is_scanned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, depth: int
) -> None:
    case = CASES[name]
    built = case.build()
    built.tree[case.member] = wrapped(built.tree[case.member], depth)
    source = write_tree(built.tree, tmp_path / "export")
    start = time.perf_counter()
    document = scan_json(capsys, source)
    assert time.perf_counter() - start < 5
    assert document["sources"][0]["unreadable"] == [{"path": case.member, "reason": case.reason}]
    assert_planted(document, without(built, case.member))
    assert not [f for f in document["findings"] if f["file"] == case.member]


@pytest.mark.parametrize("name", ["facebook-posts", "facebook-legacy-timeline", "instagram-posts"])
def test_a_page_nested_100_deep_is_read_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    case = CASES[name]
    built = case.build()
    built.tree[case.member] = wrapped(built.tree[case.member], 100)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "export"))
    assert document["sources"][0]["unreadable"] == []
    assert_planted(document, built)


@pytest.mark.parametrize("name", ["facebook-posts", "facebook-legacy-timeline", "instagram-thread"])
def test_the_limit_itself_is_read_whole_and_one_level_more_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """The recursive walks of a tree must survive the deepest page the check lets through."""
    case = CASES[name]
    built = case.build()
    page = built.tree[case.member]
    at_limit = wrapped(page, MAX_DEPTH - depth_of(page))
    assert depth_of(at_limit) == MAX_DEPTH
    built.tree[case.member] = at_limit
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "at"))
    assert document["sources"][0]["unreadable"] == []
    assert_planted(document, built)

    built.tree[case.member] = wrapped(page, MAX_DEPTH - depth_of(page) + 1)
    document = scan_json(capsys, write_tree(built.tree, tmp_path / "over"))
    assert document["sources"][0]["unreadable"] == [{"path": case.member, "reason": case.reason}]


def test_a_page_200000_deep_is_refused_in_bounded_memory_and_time(tmp_path: Path) -> None:
    """Building the tree took bs4 seven seconds and hundreds of MB; counting stops at the limit."""
    case = CASES["facebook-posts"]
    built = case.build()
    built.tree[case.member] = wrapped(built.tree[case.member], 200_000)
    archive = open_archive(write_tree(built.tree, tmp_path / "export", as_zip=True))
    fetcher = recognise(archive)
    assert fetcher is not None
    report = SourceReport("export")
    tracemalloc.start()
    start = time.perf_counter()
    try:
        items = list(fetcher(archive, report).items())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 1
    assert peak < 32 * 1024**2
    assert [(u.path, u.reason) for u in report.unreadable] == [(case.member, SKIPPED)]
    assert items and not [i for i in items if i.provenance.file == case.member]


def test_the_depth_is_the_tree_s_not_a_count_of_tags() -> None:
    """Tags HTML closes by itself do not pile up; a stray end tag does not hide a level."""
    check_depth("<body>" + "<p>a" * 5_000 + "<ul>" + "<li>b" * 5_000 + "</ul><table>" + "<tr><td>c" * 5_000)
    check_depth("<body>" + "<br><img src=a.jpg><hr>" * 5_000)
    with pytest.raises(Exception, match=f"^nested deeper than {MAX_DEPTH} levels$"):
        check_depth("<body>" + "<div>" * MAX_DEPTH + "</span>" * MAX_DEPTH)
    with pytest.raises(Exception, match="nested deeper"):
        check_depth("<body>" + "<span>x" * 5_000)
