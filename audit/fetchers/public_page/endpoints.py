"""The documented public endpoints that serve the same public profile as data.

Some platforms' profile pages are empty shells filled in by JavaScript, but the same public
profile is served, to anyone and without logging in, by an endpoint the platform documents:

- Mastodon (any server): the ActivityPub actor the page links to with `<link rel="alternate"
  type="application/activity+json">`, and the first page of its outbox (public posts only;
  servers in "secure mode" refuse it to anonymous clients, which is said, not worked round);
- Bluesky (`bsky.app/profile/HANDLE`): the public AppView, `app.bsky.actor.getProfile` and
  `app.bsky.feed.getAuthorFeed` on `public.api.bsky.app`;
- GitHub (`github.com/LOGIN`): the REST API's `GET /users/LOGIN` on `api.github.com`.

Only these are ever contacted besides the page's own site; their JSON is read into `Piece`s
whose field names the endpoint and the property.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from audit.fetchers.html_text import html_to_text
from audit.fetchers.public_page.extract import PageContent, Piece, clean
from audit.fetchers.timestamps import iso_time
from detectors.base import Section

BLUESKY_APPVIEW = "https://public.api.bsky.app"
GITHUB_API = "https://api.github.com"
ACTIVITY_JSON = "application/activity+json"
FEED_LIMIT = 30
GITHUB_NOT_USERS = frozenset(
    "about account apps collections contact customer-stories enterprise events explore features issues login "
    "marketplace new notifications orgs pricing pulls search security settings signup sponsors topics trending".split()
)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One public endpoint to fetch for a page."""

    platform: str
    title: str
    """What it is, in words: "Mastodon profile (ActivityPub actor)"."""
    url: str
    accept: str


def endpoints_for(page_url: str, content: PageContent | None) -> list[Endpoint]:
    """The documented endpoints serving the profile at `page_url`, or [] for any other page."""
    parts = urlsplit(page_url)
    host = (parts.hostname or "").lower()
    segments = [segment for segment in parts.path.split("/") if segment]
    if host in ("github.com", "www.github.com") and len(segments) == 1 and segments[0].lower() not in GITHUB_NOT_USERS:
        login = quote(segments[0])
        return [
            Endpoint(
                "github", "GitHub profile (public API)", f"{GITHUB_API}/users/{login}", "application/vnd.github+json"
            )
        ]
    if host == "bsky.app" and len(segments) == 2 and segments[0] == "profile":
        actor = quote(segments[1])
        return [
            Endpoint(
                "bluesky",
                "Bluesky profile (public AppView)",
                f"{BLUESKY_APPVIEW}/xrpc/app.bsky.actor.getProfile?actor={actor}",
                "application/json",
            ),
            Endpoint(
                "bluesky",
                "Bluesky posts (public AppView)",
                f"{BLUESKY_APPVIEW}/xrpc/app.bsky.feed.getAuthorFeed?actor={actor}&limit={FEED_LIMIT}",
                "application/json",
            ),
        ]
    if content is not None:
        for kind, address in content.alternates:
            if kind == ACTIVITY_JSON and (urlsplit(address).hostname or "").lower() == host:
                return [Endpoint("mastodon", "Mastodon profile (ActivityPub actor)", address, ACTIVITY_JSON)]
    return []


def outbox_endpoint(actor: Any, page_url: str) -> Endpoint | None:
    """The first page of a Mastodon actor's outbox, if it is on the page's own server."""
    outbox = actor.get("outbox") if isinstance(actor, dict) else None
    if not isinstance(outbox, str) or urlsplit(outbox).hostname != urlsplit(page_url).hostname:
        return None
    return Endpoint("mastodon", "Mastodon public posts (ActivityPub outbox)", f"{outbox}?page=true", ACTIVITY_JSON)


def pieces_from(endpoint: Endpoint, data: Any) -> list[Piece]:
    """What one endpoint's JSON shows a stranger."""
    if not isinstance(data, dict):
        return []
    if endpoint.platform == "github":
        return _fields(endpoint, data, ("name", "company", "blog", "location", "email", "bio", "twitter_username"))
    if endpoint.platform == "bluesky" and "getProfile" in endpoint.url:
        return _fields(endpoint, data, ("displayName", "handle", "description"))
    if endpoint.platform == "bluesky":
        return _bluesky_feed(endpoint, data)
    if "outbox" in endpoint.title:
        return _mastodon_outbox(endpoint, data)
    return _mastodon_actor(endpoint, data)


def _fields(endpoint: Endpoint, data: dict[str, Any], keys: tuple[str, ...]) -> list[Piece]:
    return [
        Piece(f"{endpoint.title}: {key}", clean(value))
        for key in keys
        if isinstance(value := data.get(key), str) and clean(value)
    ]


def _mastodon_actor(endpoint: Endpoint, actor: dict[str, Any]) -> list[Piece]:
    pieces = _fields(endpoint, actor, ("name", "preferredUsername"))
    if isinstance(actor.get("summary"), str):
        pieces.append(Piece(f"{endpoint.title}: summary", clean(html_to_text(actor["summary"]))))
    for entry in actor.get("attachment") or ():
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            label = clean(html_to_text(str(entry.get("name") or "")))
            value = clean(html_to_text(entry["value"]))
            if value:
                pieces.append(Piece(f"{endpoint.title}: profile field", f"{label}: {value}" if label else value))
    return [piece for piece in pieces if piece.text]


def _mastodon_outbox(endpoint: Endpoint, page: dict[str, Any]) -> list[Piece]:
    """Public posts on the outbox's first page (anonymous clients are shown nothing else)."""
    pieces: list[Piece] = []
    for activity in page.get("orderedItems") or ():
        note = activity.get("object") if isinstance(activity, dict) and activity.get("type") == "Create" else None
        if not isinstance(note, dict):
            continue
        address = note.get("url") if isinstance(note.get("url"), str) else note.get("id")
        item_id = address if isinstance(address, str) else None
        section: Section = "comment" if note.get("inReplyTo") else "post"
        when = iso_time(note.get("published"))
        texts = [("summary", note.get("summary")), ("content", note.get("content"))]
        texts += [("image description", a.get("name")) for a in note.get("attachment") or () if isinstance(a, dict)]
        for key, value in texts:
            if isinstance(value, str) and (text := clean(html_to_text(value))):
                pieces.append(Piece(f"{endpoint.title}: {key}", text, section, item_id, when))
    return pieces


def _bluesky_feed(endpoint: Endpoint, data: dict[str, Any]) -> list[Piece]:
    """The person's own posts in the author feed (reposts of others' posts are left out)."""
    pieces: list[Piece] = []
    for entry in data.get("feed") or ():
        if not isinstance(entry, dict) or entry.get("reason"):
            continue
        post = entry.get("post")
        if not isinstance(post, dict) or not isinstance(post.get("record"), dict):
            continue
        record: dict[str, Any] = post["record"]
        author = post["author"] if isinstance(post.get("author"), dict) else {}
        uri, handle = str(post.get("uri") or ""), str(author.get("handle") or "")
        item_id = f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}" if uri and handle else uri or None
        section: Section = "comment" if record.get("reply") else "post"
        when = iso_time(record.get("createdAt"))
        texts = [("text", record.get("text"))]
        embed: dict[str, Any] = record["embed"] if isinstance(record.get("embed"), dict) else {}
        texts += [
            ("image description", image.get("alt")) for image in embed.get("images") or () if isinstance(image, dict)
        ]
        for key, value in texts:
            if isinstance(value, str) and (text := clean(value)):
                pieces.append(Piece(f"{endpoint.title}: {key}", text, section, item_id, when))
    return pieces
