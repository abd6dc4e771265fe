"""What a stranger can read on a page, in pieces the detectors can be run on.

A page says things in more places than its visible words: the title and the preview text a
link shows (`<meta>`, OpenGraph), structured data for search engines (`structured`), the
`tel:` and `mailto:` behind a "call me" button (often the only copy of a number), `rel=me`
links to the person's other profiles, and the alt text of images.  Each piece keeps the place
it came from (`field`), so a finding says where on the page to look.  Scripts and styles are
never read as text and nothing is run: a page that only fills itself in with JavaScript is
what it is (see `walls`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from audit.fetchers.public_page.noindex import ROBOTS_META_NAMES
from detectors.base import Section

SKIPPED = frozenset({"script", "style", "template", "svg", "head", "iframe", "object", "canvas", "math"})
BLOCKS = frozenset(
    "p div section article main header footer nav aside li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table tr td th "
    "blockquote pre address figure figcaption form fieldset details summary caption body noscript".split()
)
META_KEYS = frozenset(
    "description author keywords og:title og:description og:email og:phone_number og:street-address og:locality "
    "og:region og:postal-code og:country-name profile:username profile:first_name profile:last_name "
    "twitter:title twitter:description twitter:creator".split()
)
_COUNTS = re.compile(
    r"^\s*[\d.,]+\s*[KkMm]?\s+Posts?,\s*[\d.,]+\s*[KkMm]?\s+Following,\s*[\d.,]+\s*[KkMm]?\s+Followers?\s*·\s*"
)
"""Mastodon's `og:description` starts with the account's counts before the bio."""
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_NOISE = (Comment, Declaration, Doctype, ProcessingInstruction)


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of text a stranger can see, and where it is."""

    field: str
    text: str
    section: Section = "profile"
    item_id: str | None = None
    """The piece's own address (a post's); None for the page itself."""
    created_at: datetime | None = None


@dataclass
class PageContent:
    """Everything read from one page."""

    title: str = ""
    pieces: list[Piece] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)
    """(absolute address, alt text) of each image."""
    alternates: list[tuple[str, str]] = field(default_factory=list)
    """(type, absolute address) of each `<link rel="alternate">`: Mastodon's ActivityPub actor."""
    meta: dict[str, str] = field(default_factory=dict)
    words: int = 0
    """How many words the visible text holds: a login wall or an app shell holds few."""
    structured: bool = False
    """Whether the page describes a person in structured data (JSON-LD, h-card, microdata)."""
    robots: list[str] = field(default_factory=list)
    """The content of each `<meta name="robots">` (or one naming a search engine): `noindex`."""


def clean(text: str) -> str:
    """Text as the detectors should see it: Unicode-folded, no zero-width tricks, tidy spaces."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def read_page(html: str, url: str) -> PageContent:
    """Every piece of one page (already fetched; nothing here touches the network)."""
    from audit.fetchers.public_page.structured import structured_pieces

    soup = BeautifulSoup(html, "lxml")
    content = PageContent()
    _head(soup, url, content)
    found = structured_pieces(soup, html, url)
    content.structured = bool(found)
    content.pieces += found
    content.pieces += _links(soup, url)
    for address, alt in _images(soup, url):
        content.images.append((address, alt))
        if alt:
            content.pieces.append(Piece(f"image alt text ({_short(address)})", alt))
    blocks = visible_blocks(soup)
    content.words = sum(len(text.split()) for _, text in blocks)
    content.pieces += [Piece(f"page text ({where})" if where else "page text", text) for where, text in blocks]
    content.pieces = _unique(content.pieces)
    return content


def _head(soup: BeautifulSoup, url: str, content: PageContent) -> None:
    """The title, the meta and OpenGraph descriptions, and the alternate links."""
    if soup.title and soup.title.string:
        content.title = clean(soup.title.get_text())
        if content.title:
            content.pieces.append(Piece("title", content.title))
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or "").strip().lower()
        value = clean(str(meta.get("content") or ""))
        if not key or not value:
            continue
        content.meta.setdefault(key, value)
        if key in ROBOTS_META_NAMES:
            content.robots.append(value)
        if key in META_KEYS:
            text = _COUNTS.sub("", value) if key in ("og:description", "description") else value
            if text:
                content.pieces.append(Piece(f"meta {key}", text))
    for link in soup.find_all("link", href=True):
        rels = [str(rel).lower() for rel in link.get("rel") or ()]
        if "alternate" in rels:
            content.alternates.append((str(link.get("type") or "").lower(), urljoin(url, str(link["href"]))))


def _links(soup: BeautifulSoup, url: str) -> list[Piece]:
    """`tel:`, `sms:`, `mailto:` and WhatsApp links, and the person's `rel=me` profiles."""
    pieces: list[Piece] = []
    for link in soup.find_all(["a", "area", "link"], href=True):
        href = str(link["href"]).strip()
        scheme = href.split(":", 1)[0].lower()
        if scheme in ("tel", "sms", "mailto"):
            value = unquote(href.split(":", 1)[1]).split("?", 1)[0].strip().lstrip("/")
            for part in value.split(",") if scheme == "mailto" else [value]:
                if part.strip():
                    pieces.append(Piece(f"{scheme}: link", part.strip()))
        elif (urlsplit(href).hostname or "").lower() in ("wa.me", "api.whatsapp.com"):
            pieces.append(Piece("WhatsApp link", href))
        rels = [str(rel).lower() for rel in link.get("rel") or ()]
        if "me" in rels and scheme in ("http", "https"):
            pieces.append(Piece("rel=me link", urljoin(url, href)))
    return pieces


def _images(soup: BeautifulSoup, url: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for image in soup.find_all("img"):
        source = str(image.get("src") or "").strip()
        alt = clean(str(image.get("alt") or ""))
        if source and not source.startswith("data:"):
            found.append((urljoin(url, source), alt))
        elif alt:
            found.append(("", alt))
    return found


def _short(address: str) -> str:
    return address.rsplit("/", 1)[-1][:60] or "image"


def _unique(pieces: list[Piece]) -> list[Piece]:
    """Each text once per place kind: `og:description` and `description` often repeat each other."""
    seen: set[tuple[str, str | None]] = set()
    kept: list[Piece] = []
    for piece in pieces:
        key = (piece.text, piece.item_id)
        if key not in seen:
            seen.add(key)
            kept.append(piece)
    return kept


class _Blocks:
    """Walks the body and cuts its text into blocks, each with a short path to its element."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self._parts: list[str] = []

    def walk(self, node: Tag, path: tuple[str, ...]) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                name = child.name.lower()
                if name in SKIPPED:
                    continue
                if name == "br":
                    self._parts.append("\n")
                elif name in BLOCKS:
                    self.flush(path)
                    inner = (*path, _label(child))
                    self.walk(child, inner)
                    self.flush(inner)
                else:  # inline: no space added, as a browser shows `<b>07700</b>900123`
                    self.walk(child, path)
            elif isinstance(child, NavigableString) and not isinstance(child, _NOISE):
                self._parts.append(str(child))

    def flush(self, path: tuple[str, ...]) -> None:
        text = clean("".join(self._parts))
        self._parts = []
        if text and any(ch.isalnum() for ch in text):
            self.blocks.append((" > ".join(path[-3:]), text))


def _label(tag: Tag) -> str:
    """`section#bio`, `p.note` or `li`: enough to find the element in the page's source."""
    ident = tag.get("id")
    if isinstance(ident, str) and ident:
        return f"{tag.name}#{ident[:30]}"
    classes = tag.get("class")
    first = classes[0] if isinstance(classes, list) and classes else classes if isinstance(classes, str) else ""
    return f"{tag.name}.{str(first)[:30]}" if first else str(tag.name)


def visible_blocks(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """(element path, text) of each block of visible text, scripts and styles left out."""
    root = soup.body or soup
    walker = _Blocks()
    walker.walk(root, ())
    walker.flush(())
    return walker.blocks
