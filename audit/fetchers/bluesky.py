"""Bluesky repository export (`repo.car`, "Export my data"): shared/formats/bluesky.md.

The export is one CAR file of the account's public records, read as a stream by
`bluesky_car` (two passes, never whole).  It may come bare (`repo.car`, read through
`audit.cararchive`), in a folder or zip beside blob files (`goat blob export` writes
`<handle>_blobs/<cid>` with no extension), or as goat's `<handle>.<date>.car`.  Blobs are
matched to records by CID, the file's name without any extension.

What is read: the profile (name, bio, pronouns, website, avatar, banner), posts (text, link
facets, hashtags, link cards, alt text and images), lists and starter packs (their names can
name a class).  Likes, reposts, follows, blocks and list members are other people's content
and are skipped.  Records of other atproto apps (link-in-bio boards, blogs, reviews: any
collection outside `app.bsky.*`, `chat.bsky.*` and `com.atproto.*`) are read generically by
`bluesky_lexicon`, every string that may be words, as posts whose field is the collection's
name (the one thing that tells the person which app to open), with their blobs as media.

Everything in a repo is public (the spec: "current repository contents are publicly
available"); the `!no-unauthenticated` self-label only asks apps to hide content from
logged-out viewers, so items stay "public".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from audit.archive import Archive
from audit.cararchive import CarError
from audit.errors import UnreadableMember
from audit.fetchers.base import LAYOUT_ERRORS, Fetcher
from audit.fetchers.bluesky_car import RepoIndex, cid_text, index, records
from audit.fetchers.bluesky_lexicon import record_texts
from audit.fetchers.timestamps import iso_time
from detectors.base import Item, MediaRef, Provenance, Section

IGNORED = frozenset(
    {
        "app.bsky.feed.like",
        "app.bsky.feed.repost",
        "app.bsky.graph.follow",
        "app.bsky.graph.block",
        "app.bsky.graph.listitem",
        "app.bsky.graph.listblock",
        "app.bsky.feed.threadgate",
        "app.bsky.feed.postgate",
        "app.bsky.graph.verification",
        "chat.bsky.actor.declaration",
        "app.bsky.actor.contentVisibilityDeclaration",
    }
)
"""Collections that hold other people's content or settings, never the person's words."""
IMAGE_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif"}
_HANDLE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")
_DID = re.compile(r"^did:[a-z]+:[A-Za-z0-9._:%-]{1,2048}$")
_RKEY = re.compile(r"^[A-Za-z0-9._:~-]{1,512}$")
_PAGES = {
    "app.bsky.actor.profile": "https://bsky.app/profile/{who}",
    "app.bsky.feed.post": "https://bsky.app/profile/{who}/post/{rkey}",
    "app.bsky.graph.list": "https://bsky.app/profile/{who}/lists/{rkey}",
    "app.bsky.graph.starterpack": "https://bsky.app/starter-pack/{who}/{rkey}",
}
"""Where bsky.app shows a record of each collection; other apps' records have no known page."""


def bsky_url(handle: str | None, did: str | None, key: str) -> str | None:
    """The bsky.app page of the record at `collection/rkey`, by handle where the export names it
    (bsky.app takes the account's DID in its place, so a bare `repo.car` still gets its links)."""
    collection, _, rkey = key.partition("/")
    page = _PAGES.get(collection)
    who = handle or (did if did and _DID.match(did) else None)
    if page is None or who is None or not _RKEY.match(rkey):
        return None
    return page.format(who=who, rkey=rkey)


def handle_in(names: list[str]) -> str | None:
    """The account's handle, from the names goat gives its files (`<handle>_blobs/<cid>`,
    `<handle>.<date>.car`); a bare `repo.car` does not say."""
    for name in names:
        top = name.split("/", 1)[0].lower()
        stem = top.removesuffix("_blobs") if "/" in name else re.sub(r"\.\d{8,14}\.car$", "", top)
        if stem != top and _HANDLE.match(stem):
            return stem
    return None


def blob_cid(blob: Any) -> str | None:
    """The CID of a blob ref: `{"$type": "blob", "ref": <link>}` or legacy `{"cid": "bafk..."}`."""
    if not isinstance(blob, dict):
        return None
    ref = blob.get("ref")
    if isinstance(ref, dict):  # the JSON form {"$link": ...}, should a tool have rewritten it
        ref = ref.get("$link")
    if isinstance(ref, str):
        return ref
    legacy = blob.get("cid")
    return cid_text(ref) or (legacy if isinstance(legacy, str) else None)


class BlueskyFetcher(Fetcher):
    """Reads a Bluesky repo export: a bare `.car`, or a folder or zip holding one and its blobs."""

    platform = "bluesky"
    title = "Bluesky"
    markers = ("repo.car",)

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        """A `.car` at the root; failing that, one a single folder down (goat's `<handle>.<date>.car`)."""
        names = archive.names()
        if any(_is_car(n) and "/" not in n for n in names):
            return True
        nested = [n for n in names if _is_car(n) and n.count("/") == 1]
        if len(nested) == 1:
            archive.find_root([nested[0].split("/", 1)[1]])
            return any(_is_car(n) and "/" not in n for n in archive.names())
        return False

    def items(self) -> Iterator[Item]:
        names = self.archive.names()
        self._blobs = {_stem(n): n for n in names if not _is_car(n)}
        self._used: set[str] = set()
        self._handle = handle_in(names)
        for name in (n for n in names if _is_car(n) and "/" not in n):
            yield from self.guarded(name, self._car(name))
        for cid, name in sorted(self._blobs.items()):  # blobs no surviving record names
            if name not in self._used and cid.startswith("baf"):
                yield self._media(name, "", None, None, "unknown")

    def _car(self, name: str) -> Iterator[Item]:
        self.report.current_file = name
        started = self.archive.bytes_read
        try:
            with self.archive.open(name) as stream:
                found = index(stream, IGNORED)
        except (CarError, UnreadableMember) as error:
            self.report.skip(name, error.reason)
            return
        finally:  # scan progress follows the second pass, the one that yields items
            self.archive.bytes_read = started
        if found.problem:
            self.report.skip(name, f"{found.problem}; records were read by their type instead, without their names")
        broken, odd = [0], 0

        def on_broken() -> None:
            broken[0] += 1

        try:
            with self.archive.open(name) as stream:
                for cid, record in records(stream, found, on_broken):
                    try:  # one record in a shape we do not know must not cost the rest
                        batch = list(self._named(name, found, cid, record))
                    except LAYOUT_ERRORS:
                        odd += 1
                        continue
                    yield from batch
        except (CarError, UnreadableMember) as error:
            self.report.skip(name, f"{error.reason}; the records before it were read")
        if broken[0]:
            self.report.skip(name, f"{broken[0]} damaged block(s) could not be decoded and were skipped")
        if odd:
            self.report.skip(name, f"{odd} record(s) in an unexpected layout were skipped")

    def _named(self, name: str, found: RepoIndex, cid: bytes, record: Any) -> Iterator[Item]:
        if not isinstance(record, dict):
            return
        keys = found.keys.get(cid)
        named = keys is not None  # a record's address needs its real key
        if keys is None:  # fallback: no MST name, so only a block declaring its type counts
            kind = record.get("$type")
            if not isinstance(kind, str):
                return
            keys = [f"{kind}/{cid_text(cid) or 'unknown'}"]
        for key in keys:
            collection = key.split("/", 1)[0]
            item_id = f"at://{found.did}/{key}" if found.did else key
            url = bsky_url(self._handle, found.did, key) if named else None
            yield from self._record(name, collection, item_id, record, url)

    def _record(
        self, name: str, collection: str, item_id: str, record: dict[str, Any], url: str | None = None
    ) -> Iterator[Item]:
        when = iso_time(record.get("createdAt"))
        texts: list[tuple[str, Any]] = []
        blobs: list[Any] = []
        section: Section = "other"
        if collection in IGNORED:
            return
        if collection == "app.bsky.actor.profile":
            section = "profile"
            texts = [(key, record.get(key)) for key in ("displayName", "description", "pronouns", "website")]
            blobs = [record.get("avatar"), record.get("banner")]
        elif collection == "app.bsky.feed.post":
            section = "comment" if isinstance(record.get("reply"), dict) else "post"
            texts = [("text", record.get("text")), *_facet_links(record.get("facets"))]
            tags = [t for t in record.get("tags") or () if isinstance(t, str)]
            texts.append(("tags", " ".join(f"#{t}" for t in tags)))
            _embed(record.get("embed"), texts, blobs)
        elif collection in ("app.bsky.graph.list", "app.bsky.graph.starterpack"):
            texts = [("name", record.get("name")), ("description", record.get("description"))]
        elif not collection.startswith(("app.bsky.", "chat.bsky.", "com.atproto.")):
            section = "post"
            strings, blobs = record_texts(record)
            texts = [(collection, text) for text in strings]
        for field, text in texts:
            item = self.text_item(name, item_id, field, text, section, "public", when)
            if item:
                yield item.linked(url)
        for blob in blobs:
            cid = blob_cid(blob)
            path = self._blobs.get(cid) if cid else None
            if path:
                self._used.add(path)
                yield self._media(path, blob.get("mimeType"), item_id, when, "public").linked(url)

    def _media(self, path: str, mime: Any, item_id: str | None, when: datetime | None, visibility: Any) -> Item:
        """A blob file as a media item.

        goat names blobs by CID with no extension, and the photo-location detector picks images
        by suffix, so `MediaRef.path` carries the suffix of the record's `mimeType` (the bytes
        are opened from the real member; provenance names the real file).
        """
        archive = self.archive
        shown = path
        if "." not in path.rsplit("/", 1)[-1] and isinstance(mime, str) and mime in IMAGE_SUFFIX:
            shown = path + IMAGE_SUFFIX[mime]
        provenance = Provenance(self.platform, path, item_id, "media", "media", when, visibility)
        media = MediaRef(shown, lambda: archive.open(path), archive.size(path))
        return Item(provenance, media=media)


def _is_car(name: str) -> bool:
    return name.lower().endswith(".car")


def _stem(name: str) -> str:
    """`alice_blobs/bafkrei...` or `blobs/bafkrei....jpg` -> `bafkrei...`."""
    return name.rsplit("/", 1)[-1].split(".", 1)[0]


def _facet_links(facets: Any) -> list[tuple[str, Any]]:
    """Link facets carry the full URL even where the visible text was shortened."""
    links: list[tuple[str, Any]] = []
    for facet in facets if isinstance(facets, list) else ():
        for feature in facet.get("features") or () if isinstance(facet, dict) else ():
            if isinstance(feature, dict) and feature.get("$type") == "app.bsky.richtext.facet#link":
                links.append(("facet_link", feature.get("uri")))
    return links


def _embed(embed: Any, texts: list[tuple[str, Any]], blobs: list[Any]) -> None:
    """Alt text, link cards and blobs of a post's embed, dispatched on `$type` (unknown: ignored)."""
    if not isinstance(embed, dict):
        return
    kind = embed.get("$type")
    if kind == "app.bsky.embed.images" or kind == "app.bsky.embed.gallery":
        for image in embed.get("images" if kind == "app.bsky.embed.images" else "items") or ():
            if isinstance(image, dict):
                texts.append(("alt", image.get("alt")))
                blobs.append(image.get("image"))
    elif kind == "app.bsky.embed.video":
        texts.append(("alt", embed.get("alt")))
        blobs.append(embed.get("video"))
    elif kind == "app.bsky.embed.external" and isinstance(embed.get("external"), dict):
        card = embed["external"]
        texts += [("external_uri", card.get("uri")), ("external_title", card.get("title"))]
        texts.append(("external_description", card.get("description")))
        blobs.append(card.get("thumb"))
    elif kind == "app.bsky.embed.recordWithMedia":
        _embed(embed.get("media"), texts, blobs)
