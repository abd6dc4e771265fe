"""Meta's HTML flavour, read by structure rather than by class names.

Backend: BeautifulSoup over **lxml**.  Each page is parsed whole (one file at a time, never
the export), and a large export has tens of thousands of pages: lxml's C parser is twice as
fast as `html.parser` (a 2 MB page of 5,000 posts: 1.1 s against 2.2 s on the 2-core bench
machine), is already a dependency, and recovers from the broken markup old pages have.  The page is decoded as UTF-8 by us first, strictly, so a
mis-encoded page is reported as unreadable instead of being silently guessed at by the
parser's encoding detection.  A page nested deeper than `html_depth.MAX_DEPTH` is refused
before any tree is built: the walks below recurse once per level.

Class names are minified and churn between years (`pam _3-95 _2pi0 uiBoxWhite` cards in
2018-21, `section._a6-g` from 2022, `div.contents` in the legacy archive), so records are
found by shape:

- a *record* is an element whose first or last child is a bare timestamp ("Jun 04, 2025
  6:46:10 pm": the 2018 card's last div, the 2022 `<footer>`, the 2010 `div.meta`), or any
  `<section>`; the outermost one wins.  A legacy page's timestamp names its zone and gives
  an aware time; the later ones name none and stay naive (`meta_text.zoned_time`);
- key/value data is any table row: two cells (label, value), or one cell holding a label
  div and a value div (Instagram's `td._a6_q`);
- the record's text is its leaf blocks, joined by newlines; links and images that point
  into the export are media.

What is left outside every record (a profile page's loose tables, a heading) becomes one
last record, so no text on a page is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers.html_depth import TooDeepHtml, check_depth
from audit.fetchers.meta_text import is_display_time, zoned_time

if TYPE_CHECKING:
    # bs4 is imported where a page is first parsed or walked, not here: it takes 0.2-0.4 s, and
    # the app imports every fetcher before it draws its first screen.
    from bs4 import BeautifulSoup, Tag

PARSER = "lxml"
BLOCK_SET = frozenset(
    {
        "div",
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "td",
        "th",
        "pre",
        "blockquote",
        "section",
        "footer",
        "ul",
        "table",
        "tr",
    }
)
HEADINGS = frozenset({"h1", "h2", "h3"})
TITLE_CLASSES = frozenset({"_2pio"})
"""The one class name read: the 2018-21 card's first block (`div._3-96._2pio`) is its title ("Sam
Example updated their status.") or a message's sender, as a later card's `h2` is; left in the text,
it ran into the post's own words."""
LINKS = frozenset({"a", "img", "video", "source"})
MAX_PAGE_BYTES = 256 * 1024**2
"""A page larger than this would need gigabytes as a tree; Meta numbers pages well below it."""


@dataclass(slots=True)
class HtmlRecord:
    """One item of a page: a post, a comment, a profile section."""

    title: str = ""
    texts: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    """(label, value) rows of the record's tables, in page order."""
    when: datetime | None = None
    links: list[str] = field(default_factory=list)
    """`href`/`src` values that are not web addresses: files in the export."""

    @property
    def text(self) -> str:
        return "\n".join(t for t in self.texts if t)


_LONG_SPACE = re.compile(r"\s{1024,}")
"""A run of whitespace this long says nothing in HTML, and BeautifulSoup is slow on a huge text node
(a zip bomb's 63 MB of spaces took 7 s a page): it is read as one space."""
SQUEEZE_CHUNK = 1024 * 1024


def _squeezed(archive: Archive, name: str) -> bytes:
    """A page's bytes with every read of nothing but whitespace dropped (one space is kept).

    A bomb's member pads a page with tens of megabytes of spaces; the regex that squeezes runs
    of whitespace and the depth check would each take a second over them, page after page (the
    fuzz run's two hangs).  `bytes.isspace` drops them at the speed of memory first.  Whitespace
    is ASCII, so a dropped read never splits a UTF-8 character.
    """
    parts: list[bytes] = []
    with archive.open(name) as stream:
        while chunk := stream.read(SQUEEZE_CHUNK):
            if not chunk.isspace():
                parts.append(chunk)
            elif not parts or not parts[-1][-1:].isspace():
                parts.append(b" ")
    return b"".join(parts)


def page_text(archive: Archive, name: str) -> str:
    """One page's markup; UnreadableMember if it is too big, not UTF-8 text or nested too deep."""
    if archive.size(name) > MAX_PAGE_BYTES:
        raise UnreadableMember(name, f"page larger than {MAX_PAGE_BYTES // 1024**2} MiB, not parsed")
    data = _squeezed(archive, name)
    try:
        markup = _LONG_SPACE.sub(" ", data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise UnreadableMember(name, f"not UTF-8 text (byte {error.start}); the page looks mis-encoded") from None
    try:
        check_depth(markup)
    except TooDeepHtml as error:
        raise UnreadableMember(name, f"{error}; skipped") from None
    return markup


def load_page(archive: Archive, name: str) -> BeautifulSoup:
    """Parse one page; UnreadableMember if it is too big, not UTF-8 text or nested too deep."""
    return parse_page(page_text(archive, name))


def parse_page(markup: str) -> BeautifulSoup:
    """The tree of one page's markup (from `page_text`, long runs of whitespace squeezed)."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(markup, PARSER)


def page_records(soup: BeautifulSoup) -> list[HtmlRecord]:
    """Every record on a page, in order, then what was left outside them."""
    from bs4 import Tag

    body = soup.body or soup
    for junk in body.find_all(["script", "style", "noscript"]):
        junk.decompose()
    found: list[Tag] = []
    taken: set[int] = set()
    candidates = [t for t in body.descendants if isinstance(t, Tag) and t.name in ("section", "div", "article")]
    for element in candidates:
        if any(id(parent) in taken for parent in element.parents):
            continue
        if element.name == "section" or _timestamp_child(element) is not None:
            found.append(element)
            taken.add(id(element))
    records = [read_record(element) for element in found]
    rest = read_record(body, skip=taken)
    if rest.texts or rest.pairs or rest.links:
        records.append(rest)
    return records


def read_record(element: Tag, skip: set[int] | None = None) -> HtmlRecord:
    """Read one record without changing the tree; elements whose id is in `skip` are left out.

    The tree is walked by hand: bs4's `find_all` builds a matcher per call, which made a
    5,000-post page take seconds.
    """
    from bs4 import Tag

    record = HtmlRecord()
    excluded = set(skip or ())
    stamp = _timestamp_child(element)
    if stamp is not None:
        record.when = zoned_time(stamp.get_text(" ", strip=True))
        excluded.add(id(stamp))
    for tag in _walk(element, excluded):
        if tag.name in HEADINGS and not record.title:
            record.title = tag.get_text(" ", strip=True)
            excluded.add(id(tag))
    first = next((c for c in element.children if isinstance(c, Tag)), None) if stamp is not None else None
    if not record.title and first is not None and TITLE_CLASSES.intersection(first.get("class") or ()):
        record.title = first.get_text(" ", strip=True)
        excluded.add(id(first))
    for tag in _walk(element, excluded):
        if tag.name in LINKS:
            target = tag.get("href") or tag.get("src")
            if isinstance(target, str) and target and "://" not in target and not target.startswith(("#", "mailto:")):
                record.links.append(target)
        elif tag.name == "tr":
            pair = _pair(tag)
            if pair:
                record.pairs.append(pair)
                excluded.add(id(tag))
    record.texts = list(_leaf_texts(element, excluded))
    return record


def _walk(element: Tag, excluded: set[int]) -> Iterator[Tag]:
    """Descendant tags in document order, not entering excluded ones (the set may grow meanwhile).

    A stack of child iterators, not recursion: each tag is handed up once, not through one
    `yield from` per level above it."""
    from bs4 import Tag

    levels = [iter(element.children)]
    while levels:
        child = next(levels[-1], None)
        if child is None:
            levels.pop()
        elif isinstance(child, Tag) and id(child) not in excluded:
            yield child
            if id(child) not in excluded:
                levels.append(iter(child.children))


def _timestamp_child(element: Tag) -> Tag | None:
    """The first or last child element when it is nothing but a Meta timestamp."""
    from bs4 import Tag

    children = [c for c in element.children if isinstance(c, Tag)]
    if len(children) < 2:
        return None
    for child in (children[-1], children[0]):
        if child.name in BLOCK_SET and is_display_time(child.get_text(" ", strip=True)):
            return child
    return None


def _pair(row: Tag) -> tuple[str, str] | None:
    from bs4 import Tag

    cells = [c for c in row.children if isinstance(c, Tag) and c.name in ("td", "th")]
    if len(cells) >= 2:
        label = cells[0].get_text(" ", strip=True)
        value = "\n".join(c.get_text(" ", strip=True) for c in cells[1:])
        return (label, value) if label and value else None
    if len(cells) == 1:
        parts = [d for d in cells[0].children if isinstance(d, Tag) and d.name == "div"]
        if len(parts) >= 2:
            label = parts[0].get_text(" ", strip=True)
            value = "\n".join(d.get_text(" ", strip=True) for d in parts[1:])
            return (label, value) if label and value else None
    return None


def _leaf_texts(element: Tag, excluded: set[int]) -> Iterator[str]:
    """Text of blocks with no block inside, plus loose text sitting beside child blocks."""
    from bs4 import NavigableString

    for block in [element, *(t for t in _walk(element, excluded) if t.name in BLOCK_SET)]:
        if block is not element and not _has_block(block, excluded):
            text = _text(block, excluded)
            if text and not is_display_time(text):
                yield text
            continue
        loose = " ".join(
            str(child).strip() for child in block.children if type(child) is NavigableString and str(child).strip()
        )
        if loose:
            yield loose


def _has_block(tag: Tag, excluded: set[int]) -> bool:
    return any(t.name in BLOCK_SET for t in _walk(tag, excluded))


def _text(tag: Tag, excluded: set[int]) -> str:
    """A leaf block's text, leaving out excluded parts (a link's own timestamp, say)."""
    from bs4 import NavigableString, Tag

    if not any(id(t) in excluded for t in tag.descendants if isinstance(t, Tag)):
        return tag.get_text(" ", strip=True)
    words = [
        str(node).strip()
        for node in tag.descendants
        if type(node) is NavigableString and not any(id(p) in excluded for p in node.parents)
    ]
    return " ".join(w for w in words if w)
