"""Facebook's legacy timeline (`html/timeline.htm`, 2010-2018), read as a stream of posts.

The legacy archive writes the whole of a person's timeline into one page, as a flat run

    <div class="meta">Thursday, November 30, 2017 at 3:39pm PST</div>
    Sam Example updated his status.
    <div class="comment">the post's own words</div>

with no element around one post (checked on a real 2017 archive, shared/formats/facebook.md;
mjperrone/personal-lexicon `parse_facebook.py` describes the same run, and some archives wrap
each post in a `<p>`).  Read as a tree, the page is one record and every post loses its
date; and a timeline of ten years runs to many megabytes.  So the page is never parsed
into a tree: lxml's push parser reads it forward, a chunk at a time, and every `div.meta` opens
a new post that runs until the next one.  The post's words are its `div.comment`s; loose
text beside them ("Sam Example shared a link.") is its title; images and links into the
export are its media.  Dates name their zone, so they become aware datetimes.  A page cut
off, mis-encoded or nested deeper than `html_depth.MAX_DEPTH` half way keeps the posts read
before the break, and is reported (no tree is built, but a page 200,000 levels deep still
took seconds to stream).

Other people write on a person's timeline too ("Alex Sample wrote on your timeline.").  Those
words are the other person's, so when the owner's name is known (the `index.htm` heading),
a post whose title names someone else and not the owner is left out, like another person's
message in `meta_messages`.  A post with no title is a status update: the owner's own.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from audit.errors import UnreadableMember
from audit.fetchers.html_depth import MAX_DEPTH, TooDeepHtml
from audit.fetchers.meta_common import MEDIA_SUFFIXES, MetaFetcher
from audit.fetchers.meta_messages import owner_key
from audit.fetchers.meta_shape import page_is_meta
from audit.fetchers.meta_text import zoned_time
from detectors.base import Item, Visibility

CHUNK = 64 * 1024
"""Bytes read (and fed to the parser) at a time: memory stays flat whatever the page's size."""
VISIBILITY: Visibility = "unknown"
"""The legacy archive records no audience for a post."""
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "blockquote", "pre", "br"})
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "noscript"})
_SKIPPED_CLASSES = frozenset({"footer", "nav"})
"""The "Downloaded by ..." footer and the navigation list are the archive's, not a post's."""
_LINKS = frozenset({"a", "img", "video", "source"})
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(slots=True)
class LegacyPost:
    """One post of the timeline, as the scanner collects it."""

    stamp: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    comments: list[list[str]] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


class TimelineScanner:
    """Parser events in, posts out: finished posts pile up in `done` as the page is fed.

    It is the *target* of lxml's push parser (libxml2's HTML parser, in C): the markup is
    fed a chunk at a time and arrives here as start, data and end events, balanced and in
    order, and no tree is ever built.  `html.parser` did the same three times slower.
    """

    def __init__(self) -> None:
        self.done: list[LegacyPost] = []
        self._post: LegacyPost | None = None
        self._roles: list[str] = []
        """The role of every element open around the current point: "meta", "comment",
        "skip" or "" (each element inherits its parent's role unless it has its own)."""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if len(self._roles) >= MAX_DEPTH:
            raise TooDeepHtml(MAX_DEPTH)
        role = self._roles[-1] if self._roles else ""
        classes = set((attrib.get("class") or "").split())
        if role != "skip":
            target = attrib.get("href") or attrib.get("src")
            if self._post is not None and target and tag in _LINKS:
                self._post.links.append(target)
            if tag in _BLOCKS:
                self._write("\n", role)
        if tag in _SKIPPED_TAGS or (tag == "div" and classes & _SKIPPED_CLASSES):
            role = "skip"
        elif role == "" and "meta" in classes:
            self._finish()
            self._post = LegacyPost()
            role = "meta"
        elif role == "" and "comment" in classes and self._post is not None:
            self._post.comments.append([])
            role = "comment"
        self._roles.append(role)

    def end(self, tag: str) -> None:
        role = self._roles.pop() if self._roles else ""
        if tag in _BLOCKS:
            self._write("\n", role)

    def data(self, text: str) -> None:
        self._write(text, self._roles[-1] if self._roles else "")

    def comment(self, text: str) -> None:
        """HTML comments are not text."""

    def close(self) -> None:
        self._finish()

    def _write(self, text: str, role: str) -> None:
        post = self._post
        if post is None or role == "skip":
            return  # the page's heading and navigation come before the first post
        if role == "meta":
            post.stamp.append(text)
        elif role == "comment":
            post.comments[-1].append(text)
        else:
            post.title.append(text)

    def _finish(self) -> None:
        if self._post is not None:
            self.done.append(self._post)
            self._post = None


def clean(parts: list[str]) -> str:
    """Collected text with runs of spaces collapsed and one line per block."""
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def timeline_items(fetcher: MetaFetcher, name: str, owners: frozenset[str]) -> Iterator[Item]:
    """Every post of a legacy timeline page, streamed; a page that is not UTF-8 is reported."""
    scanner = TimelineScanner()
    parser = etree.HTMLParser(target=scanner, no_network=True)
    fetcher.report.current_file = name
    fed = shaped = False
    try:
        for text in _decoded_chunks(fetcher, name):
            if text:
                parser.feed(text)
                fed = fed or not text.isspace()
                shaped = shaped or page_is_meta(text, legacy=True)
            yield from _drain(fetcher, name, scanner, owners)
        if fed:  # libxml2 calls an empty page an error; it is only a timeline with no posts
            parser.close()
            if not shaped:  # another page saved under this name (named if it gave nothing)
                fetcher.not_its_shape(name)
    except UnreadableMember as error:
        fetcher.report.skip(name, error.reason)
    except TooDeepHtml as error:
        fetcher.report.skip(name, f"{error}; the rest of the page was skipped")
    except etree.LxmlError:
        fetcher.report.skip(name, "the page's markup could not be read; the rest of it was skipped")
    scanner.close()
    yield from _drain(fetcher, name, scanner, owners)


def _decoded_chunks(fetcher: MetaFetcher, name: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    offset = 0
    with fetcher.archive.open(name) as stream:
        while chunk := stream.read(CHUNK):
            try:
                yield decoder.decode(chunk)
            except UnicodeDecodeError as error:
                reason = f"not UTF-8 text (byte {offset + error.start}); the rest of the page was skipped"
                raise UnreadableMember(name, reason) from None
            offset += len(chunk)
        yield decoder.decode(b"", final=True)


def _drain(fetcher: MetaFetcher, name: str, scanner: TimelineScanner, owners: frozenset[str]) -> Iterator[Item]:
    posts, scanner.done = scanner.done, []
    for post in posts:
        yield from _post_items(fetcher, name, post, owners)


def _post_items(fetcher: MetaFetcher, name: str, post: LegacyPost, owners: frozenset[str]) -> Iterator[Item]:
    title = clean(post.title)
    if owners and title and not any(owner in owner_key(title) for owner in owners):
        return  # someone else's post on the person's timeline: their words, not the person's
    when = zoned_time(clean(post.stamp))
    for comment in post.comments:
        item = fetcher.text_item(name, None, "post", clean(comment), "post", VISIBILITY, when)
        if item is not None:
            yield item
    item = fetcher.text_item(name, None, "title", title, "post", VISIBILITY, when)
    if item is not None:
        yield item
    for link in dict.fromkeys(post.links):
        if "://" in link or not (link.lower().endswith(MEDIA_SUFFIXES) or "photos/" in link or "videos/" in link):
            continue  # a web address, not a file of the export
        found = fetcher.media(link, None, VISIBILITY, when, base=name)
        if found is not None:
            yield found
