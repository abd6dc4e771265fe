"""Facebook "Download your information": every generation in shared/formats/facebook.md.

G0 (2010-2018) is HTML only (`html/timeline.htm`, `index.htm`); G1 (2018-20, `posts/`,
`photos_and_videos/`), G2 (2021-23, `_v2` keys), G2b (`your_activity_across_facebook/`) and
G3 (2024 on, Accounts Centre: `your_facebook_activity/`, `personal_information/`) come as
JSON or HTML with the same file names.  JSON shapes barely changed since 2018, only folders
and the `_v2`/`_v3` suffix did, so files are matched by the end of their path and lists are
found under whatever key the file opens with.  HTML pages go to `facebook_html`.

Address books synced from the person's phone (`contacts_uploaded_from_your_phone.json` and
kin, the legacy contact page's "Address Book") are other people's numbers: never read.

Visibility: no generation records an audience per post or per profile field, so items are
"unknown" (check in Settings > Privacy, or "Edit audience" on the post).  Facts that do
hold: archived and binned posts are seen by the owner only, and the friends list and the
people followed take the audience set in `privacy_settings.json`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from audit.fetchers.facebook_html import FacebookPages
from audit.fetchers.facebook_profile import FacebookProfile, dicts
from audit.fetchers.meta_common import MetaFetcher, optional
from audit.fetchers.meta_labels import flatten, norm_label, place_of, record_time
from audit.fetchers.meta_messages import message_items
from audit.fetchers.meta_owners import facebook_owners
from audit.fetchers.meta_shape import other_kind
from audit.fetchers.meta_text import audience, coordinates, epoch
from detectors.base import Item, Section, Visibility

_END = r"(?:_\d+)?\.json$"
POSTS = re.compile(
    r"(?:^|/)(?:your_posts(?:__check_ins__photos_and_videos)?|posts_on_other_pages_and_profiles"
    r"|group_posts_and_comments|your_posts_and_comments_in_groups|your_comments_in_groups)" + _END
)
HIDDEN_POSTS = re.compile(r"(?:^|/)posts/(?:archive|trash)" + _END)
PROFILE = re.compile(r"(?:^|/)profile_information/profile_information\.json$")
PROFILE_HISTORY = re.compile(r"(?:^|/)profile_update_history" + _END)
COMMENTS = re.compile(r"(?:^|/)comments" + _END)
ALBUMS = re.compile(r"(?:^|/)album/[^/]+\.json$")
LOOSE_MEDIA = re.compile(r"(?:^|/)(?:your_uncategorized_photos|your_videos|your_photos)" + _END)
PLACES = re.compile(r"(?:^|/)(?:check-ins|places_you_have_been_tagged_in|cities_you_have_checked_into)" + _END)
GROUPS = re.compile(r"(?:^|/)(?:your_group_membership_activity|your_groups)" + _END)
FRIENDS = re.compile(r"(?:^|/)(?:friends|your_friends)" + _END)
FOLLOWING = re.compile(r"(?:^|/)(?:who_you_follow|who_you've_followed|who_you_ve_followed)" + _END)
PRIVACY = re.compile(r"(?:^|/)privacy_settings\.json$")

_NOT_TEXT = frozenset({"href", "coordinates"})


class FacebookFetcher(FacebookProfile, FacebookPages, MetaFetcher):
    """Reads a Facebook export, zip or folder or numbered parts, JSON or HTML flavour."""

    platform = "facebook"
    title = "Facebook"
    not_read = (
        ("*likes_and_reactions*", "other people's posts the person liked or saved: not their own words"),
        (
            "*contacts_uploaded_from_your_phone*",
            "the phone's uploaded address book: other people's details, never read",
        ),
    )
    markers = (
        "personal_information/profile_information/profile_information.json",
        "profile_information/profile_information.json",
        "html/timeline.htm",
        "start_here.html",
    )
    root_prefixes = (
        "your_facebook_activity/",
        "your_activity_across_facebook/",
        "personal_information/profile_information/",
        "profile_information/",
        "posts/your_posts",
        "photos_and_videos/",
        "comments_and_reactions/",
        "friends_and_followers/",
        "connections/friends/",
        "friends/friends.",
        "html/timeline.htm",
        "html/contact_info.htm",
        "html/messages.htm",
        "html/friends.htm",
    )

    def items(self) -> Iterator[Item]:
        names = self.archive.names()
        self._friends_visibility: Visibility = "unknown"
        self._following_visibility: Visibility = "unknown"
        for name in self.matching(PRIVACY):
            self._privacy(name)
        owners = facebook_owners(self)
        yield from self.html_items(names, owners)
        handlers = (
            (PROFILE, self._profile),
            (PROFILE_HISTORY, self._profile_history),
            (POSTS, lambda n: self._posts(n, "unknown")),
            (HIDDEN_POSTS, lambda n: self._posts(n, "only_me")),
            (COMMENTS, self._comments),
            (PLACES, self._places),
            (ALBUMS, self._album),
            (LOOSE_MEDIA, self._loose_media),
            (GROUPS, self._groups),
            (FRIENDS, lambda n: self._connections(n, "friend", self._friends_visibility)),
            (FOLLOWING, lambda n: self._connections(n, "following", self._following_visibility)),
        )
        for pattern, handler in handlers:
            for name in self.matching(pattern):
                yield from self.guarded(name, handler(name))
        yield from message_items(self, owners, not_under="your_instagram_activity/")

    def holds_instead(self, name: str) -> str | None:
        """A file that gave nothing is named if it is plainly another of Meta's files (`meta_shape.other_kind`)."""
        return other_kind(self.archive, name)

    # -- account-level facts --------------------------------------------------------------

    def _privacy(self, name: str) -> None:
        """Audience of the friends list and of the people followed, from the settings file."""
        for record in self.records(name):
            for leaf in flatten(record.get("label_values") if isinstance(record, dict) else None):
                self.apply_privacy(leaf.label, leaf.value)

    def apply_privacy(self, label: str, value: Any) -> None:
        setting = audience(value)
        words = norm_label(label)
        if setting is None or "see" not in words:
            return
        if "friends list" in words or "friend list" in words:
            self._friends_visibility = setting
        elif "follow" in words:
            self._following_visibility = setting

    def _profile_history(self, name: str) -> Iterator[Item]:
        for record in self.records(name):
            if isinstance(record, dict):
                yield from self._post(name, record, "unknown", "profile")

    # -- posts, comments, places ------------------------------------------------------------

    def _posts(self, name: str, visibility: Visibility) -> Iterator[Item]:
        for record in self.records(name):
            if isinstance(record, dict):
                yield from self._post(name, record, visibility, "post")

    def _post(self, name: str, record: dict[str, Any], visibility: Visibility, section: Section) -> Iterator[Item]:
        when = epoch(record.get("timestamp"))
        yield from optional(self.text_item(name, None, "title", record.get("title"), section, visibility, when))
        for data in dicts(record.get("data")):
            yield from optional(self.text_item(name, None, "post", data.get("post"), section, visibility, when))
            comment = data.get("comment")
            if isinstance(comment, dict):
                yield from optional(
                    self.text_item(name, None, "comment", comment.get("comment"), "comment", visibility, when)
                )
        yield from self._attachments(name, record, visibility, section, when)

    def _attachments(self, name: str, record: dict[str, Any], visibility: Visibility, section: Section, when: Any):
        for attachment in dicts(record.get("attachments")):
            for data in dicts(attachment.get("data")):
                if isinstance(data.get("media"), dict):
                    yield from self._media(name, data["media"], visibility)
                place = data.get("place")
                if isinstance(place, dict):
                    point = place.get("coordinate") or {}
                    text = ", ".join(str(place[k]) for k in ("name", "address") if place.get(k))
                    where = coordinates(point.get("latitude"), point.get("longitude")) if point else None
                    yield from optional(
                        self.text_item(
                            name,
                            None,
                            "place",
                            text,
                            "checkin",
                            visibility,
                            when,
                            coordinates=where,
                            place=place.get("name") or None,
                        )
                    )
                context = data.get("external_context")
                if isinstance(context, dict):
                    text = " ".join(str(context[k]) for k in ("name", "url") if context.get(k))
                    yield from optional(self.text_item(name, None, "external_context", text, section, visibility, when))
                event = data.get("life_event")
                if isinstance(event, dict):
                    yield from optional(
                        self.text_item(name, None, "life_event", event.get("title"), section, visibility, when)
                    )
                yield from optional(self.text_item(name, None, "text", data.get("text"), section, visibility, when))

    def _media(self, name: str, media: dict[str, Any], visibility: Visibility) -> Iterator[Item]:
        """A photo or video: the file, its caption text and the camera GPS Meta kept for it."""
        when = epoch(media.get("creation_timestamp"))
        metadata = media.get("media_metadata") or {}
        exif: list[dict[str, Any]] = []
        for kind in ("photo_metadata", "video_metadata"):
            block = metadata.get(kind) if isinstance(metadata, dict) else None
            if isinstance(block, dict):
                exif += dicts(block.get("exif_data")) or [block]  # G1 kept the keys in the block itself
        point = next((p for e in exif if (p := coordinates(e.get("latitude"), e.get("longitude")))), None)
        taken = next((t for e in exif if (t := epoch(e.get("taken_timestamp")))), None)
        for field in ("title", "description"):
            yield from optional(self.text_item(name, None, field, media.get(field), "media", visibility, taken or when))
        found = self.media(media.get("uri"), None, visibility, taken or when, coordinates=point)
        if found is None and point:
            found = self.text_item(name, None, "exif_data", None, "media", visibility, taken or when, coordinates=point)
        yield from optional(found)

    def _comments(self, name: str) -> Iterator[Item]:
        for record in self.records(name):
            if isinstance(record, dict):
                yield from self._post(name, {**record, "title": None}, "unknown", "comment")

    def _places(self, name: str) -> Iterator[Item]:
        """`label_values` records: check-ins, places tagged in, cities checked into."""
        for record in self.records(name):
            if not isinstance(record, dict):
                continue
            leaves = list(flatten(record.get("label_values")))
            item_id = str(record["fbid"]) if record.get("fbid") else None
            when = record_time(record, leaves)
            place, address, point = place_of(leaves)
            text = ", ".join(p for p in (place, address) if p)
            yield from optional(
                self.text_item(name, item_id, "place", text, "checkin", "unknown", when, coordinates=point, place=place)
            )
            for leaf in leaves:
                if leaf.value and leaf.value not in (place, address) and norm_label(leaf.label) not in _NOT_TEXT:
                    yield from optional(
                        self.text_item(name, item_id, leaf.label, leaf.value, "checkin", "unknown", when)
                    )

    def _album(self, name: str) -> Iterator[Item]:
        for album in self.records(name, prefix=""):
            if not isinstance(album, dict):
                continue
            when = epoch(album.get("last_modified_timestamp"))
            for field in ("name", "description"):
                yield from optional(self.text_item(name, None, field, album.get(field), "media", "unknown", when))
            for photo in dicts(album.get("photos")):
                yield from self._media(name, photo, "unknown")

    def _loose_media(self, name: str) -> Iterator[Item]:
        for media in self.records(name):
            if isinstance(media, dict):
                yield from self._media(name, media, "unknown")

    # -- groups and connections ---------------------------------------------------------------

    def _groups(self, name: str) -> Iterator[Item]:
        """Groups joined or run: their names are the person's own memberships."""
        for record in self.records(name):
            if not isinstance(record, dict):
                continue
            when = epoch(record.get("timestamp"))
            names = [d.get("name") for d in dicts(record.get("data")) if d.get("name")]
            for group in names or [record.get("name")]:
                yield from optional(self.text_item(name, None, "name", group, "other", "unknown", when))
            if not names and not record.get("name"):
                yield from optional(self.text_item(name, None, "title", record.get("title"), "other", "unknown", when))

    def _connections(self, name: str, field: str, visibility: Visibility) -> Iterator[Item]:
        for record in self.records(name):
            if isinstance(record, dict):
                yield self.connection(name, field, visibility, epoch(record.get("timestamp")))
