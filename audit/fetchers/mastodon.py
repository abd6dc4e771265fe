"""Mastodon account archive ("Request your archive"): shared/formats/mastodon.md.

The archive is ActivityPub JSON written by Mastodon's BackupService: `actor.json` (the
profile), `outbox.json` (every status the person wrote, all audiences, DMs included),
`likes.json` / `bookmarks.json` (other people's post URIs: nothing of the person's, ignored)
and the media files under `media_attachments/`.  `outbox.json` can be tens of megabytes and
is streamed with ijson, one activity at a time.

Audience is encoded only in a post's `to`/`cc` addressing; it is decoded with the exact
`followers` URI from actor.json (newer servers use numeric `/ap/users/<id>/followers` URIs,
so a suffix match would be wrong).  The bio, display name and profile fields are always public.

Older servers wrote a `.tar.gz` archive instead of a zip; reading tar is the archive layer's
job, and until it does, the person can unpack it and give the folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers.base import Fetcher
from audit.fetchers.html_text import html_to_text
from audit.fetchers.jsonstream import iter_array
from audit.fetchers.timestamps import iso_time
from detectors.base import Item, Section, Visibility

PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
"""The three spellings of the public collection Mastodon accepts (`public_collection?`)."""
MEDIA_DIR = "media_attachments/"


def audience(to: Any, cc: Any, followers: str) -> Visibility:
    """Who can see a status, from its addressing (tag_manager.rb `to`/`cc`).

    public: Public in `to`; unlisted: Public in `cc` (anyone with the link or on the profile:
    "public" here, since nothing stops a stranger reading it); followers-only: the followers
    collection; anything else is direct: only the people mentioned ("custom").
    """
    to_list, cc_list = _uris(to), _uris(cc)
    if PUBLIC & set(to_list) or PUBLIC & set(cc_list):
        return "public"
    if followers and followers in to_list + cc_list:
        return "followers"
    return "custom"


def _uris(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _html(value: Any) -> str | None:
    return html_to_text(value) if isinstance(value, str) else None


class MastodonFetcher(Fetcher):
    """Reads a Mastodon archive, zip or folder."""

    platform = "mastodon"
    title = "Mastodon"
    markers = ("outbox.json", "actor.json")

    not_read = (
        ("likes.json", "other people's posts the person liked or saved: not their own words"),
        ("bookmarks.json", "other people's posts the person liked or saved: not their own words"),
    )

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        """Both files every archive has: one alone is too weak a sign (any ActivityPub dump)."""
        return all(archive.has(marker) for marker in cls.markers)

    def items(self) -> Iterator[Item]:
        self._followers = ""
        self._used: set[str] = set()
        names = self.archive.names()
        media = [n for n in names if n.startswith(MEDIA_DIR)]
        self._by_basename = {n.rsplit("/", 1)[-1]: n for n in media}
        yield from self.guarded("actor.json", self._actor("actor.json"))
        yield from self.guarded("outbox.json", self._outbox("outbox.json"))
        for name in media:  # files no surviving post names (a post deleted, a failed write)
            if name not in self._used:
                yield self.media_item(name, None, "unknown", None)

    # -- profile -----------------------------------------------------------------------------

    def _actor(self, name: str) -> Iterator[Item]:
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                actors = list(iter_array(stream, name, prefix=""))
        except UnreadableMember as error:
            self.report.skip(name, error.reason)
            return
        actor = actors[0] if actors and isinstance(actors[0], dict) else None
        if actor is None:
            self.report.skip(name, "unexpected layout (not an actor object)")
            return
        followers = actor.get("followers")
        self._followers = followers if isinstance(followers, str) else ""
        profile_url = actor.get("url") if isinstance(actor.get("url"), str) else None
        for field, text in (
            ("name", actor.get("name")),
            ("preferredUsername", actor.get("preferredUsername")),
            ("summary", _html(actor.get("summary"))),
        ):
            item = self.text_item(name, profile_url, field, text, "profile", "public")
            if item:
                yield item.linked(profile_url)
        for entry in actor.get("attachment") or ():
            # Profile metadata: "Job: Teacher at X", "Phone: ...", the prime audit target.
            if not isinstance(entry, dict):
                continue
            label, value = _html(entry.get("name")) or "", _html(entry.get("value")) or ""
            if value.strip():
                text = f"{label}: {value}" if label else value
                item = self.text_item(name, profile_url, "attachment", text, "profile", "public")
                if item:
                    yield item.linked(profile_url)
        for key in ("icon", "image"):
            picture = actor.get(key)
            path = self._media_path(picture.get("url")) if isinstance(picture, dict) else None
            if path:
                yield self.media_item(path, profile_url, "public", None).linked(profile_url)

    # -- posts -------------------------------------------------------------------------------

    def _outbox(self, name: str) -> Iterator[Item]:
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                for activity in iter_array(stream, name, prefix="orderedItems.item"):
                    if isinstance(activity, dict):
                        yield from self._activity(name, activity)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)

    def _activity(self, name: str, activity: dict[str, Any]) -> Iterator[Item]:
        """A `Create` of the person's own Note or Question; boosts (`Announce`) are others' words."""
        note = activity.get("object")
        if activity.get("type") != "Create" or not isinstance(note, dict):
            return
        to, cc = note.get("to", activity.get("to")), note.get("cc", activity.get("cc"))
        visibility = audience(to, cc, self._followers)
        section: Section = "message" if visibility == "custom" else "comment" if note.get("inReplyTo") else "post"
        url = note.get("url") if isinstance(note.get("url"), str) else note.get("id")
        item_id = url if isinstance(url, str) else None
        when = iso_time(note.get("published")) or iso_time(activity.get("published"))
        texts: list[tuple[str, Any]] = [
            ("summary", _html(note.get("summary"))),
            ("content", _html(note.get("content"))),
        ]
        for key in ("oneOf", "anyOf"):  # poll options are the person's words too
            texts += [("poll_option", o.get("name")) for o in note.get(key) or () if isinstance(o, dict)]
        attachments = [a for a in note.get("attachment") or () if isinstance(a, dict)]
        texts += [("media_alt", a.get("name")) for a in attachments]
        for field, text in texts:  # the status's own page on its server (`url`, else its `id`)
            item = self.text_item(name, item_id, field, text, section, visibility, when)
            if item:
                yield item.linked(item_id)
        for attachment in attachments:
            path = self._media_path(attachment.get("url"))
            if path:
                self._used.add(path)
                yield self.media_item(path, item_id, visibility, when).linked(item_id)

    def _media_path(self, url: Any) -> str | None:
        """The archive member a rewritten attachment URL names.

        Local storage gives `media_attachments/files/…`; S3/CDN hosting leaves a leading `/`
        and perhaps a bucket prefix (inferred from backup_service.rb, UNVERIFIED in a real
        archive), so the leading `/` is dropped and, failing that, the file's name is matched.
        Referenced files may be missing (a failed download is only logged by the server).
        """
        if not isinstance(url, str) or not url:
            return None
        path = url.lstrip("/")
        if self.archive.has(path):
            return path
        return self._by_basename.get(path.rsplit("/", 1)[-1])
