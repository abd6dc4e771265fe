"""Instagram "Download your information": every generation in shared/formats/instagram.md.

I0 (2018-20) is flat JSON at the root (`media.json`, `profile.json`, `comments.json`); I1
(`account_information/`), I2 (`personal_information/`) and I3 (Accounts Centre:
`your_instagram_activity/`, `personal_information/personal_information/`) share the DYI
record shapes (`string_map_data` labels, `media[]` posts) and come as JSON or HTML.  Posts
sit in `content/` or, from 2025, `media/`: both are read.  HTML pages go to `instagram_html`.
2024's account e-mails outside personal information (`autofill_information/`,
`information_about_you/possible_emails.json`) are account items; the phone's synced
contacts (`synced_contacts.json`) are other people's and never read.  Messages are read for
their owner's words; with no personal information to name the owner, `instagram_owner`
infers them from the threads, or no message is read.

Visibility is account-level only: the "Private Account" flag makes posts, stories, reels and
the follower lists "followers", otherwise "public".  Bio, name, username, website and the
profile photo show on every profile, private or not ("public"); the e-mail, phone and other
personal information are account details nobody else sees ("only_me"); archived posts are
hidden ("only_me").  Comments live on other people's posts, whose audience the export does
not record ("unknown").  A story marked for close friends would be "custom", but the notes
find no such per-story field in any export: the key names tried are UNVERIFIED guesses and
no story is marked unless the export says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from audit.archive import Archive
from audit.fetchers.instagram_autofill import autofill_items
from audit.fetchers.instagram_html import InstagramPages
from audit.fetchers.instagram_owner import inferred_owners
from audit.fetchers.meta_common import MetaFetcher, optional, root_by_prefix
from audit.fetchers.meta_labels import map_value, norm_label, string_map
from audit.fetchers.meta_messages import legacy_instagram_items, message_items
from audit.fetchers.meta_owners import instagram_owners
from audit.fetchers.meta_shape import other_kind
from audit.fetchers.meta_text import coordinates, epoch, truthy
from audit.fetchers.timestamps import iso_time
from audit.model import web_address
from detectors.base import Item, Section, Visibility

_N = r"(?:_\d+)?\.json$"
PERSONAL = re.compile(r"(?:^|/)personal_information\.json$")
PRIVACY_CHANGES = re.compile(r"(?:^|/)(?:profile|account)_privacy_changes\.json$")
PROFESSIONAL = re.compile(r"(?:^|/)professional_information\.json$")
ACCOUNT_FILES = re.compile(
    r"(?:^|/)(?:possible_phone_numbers|possible_emails|signup_information|signup_details|profile_based_in"
    r"|account_based_in)\.json$"
)
AUTOFILL = re.compile(r"(?:^|/)autofill_information/autofill_information\.json$")
POSTS = re.compile(r"(?:^|/)(?:content|media)/(?:posts|reels|igtv_videos|other_content)" + _N)
STORIES = re.compile(r"(?:^|/)(?:content|media)/stories" + _N)
ARCHIVED = re.compile(r"(?:^|/)(?:content|media)/archived_posts" + _N)
PROFILE_PHOTOS = re.compile(r"(?:^|/)(?:content|media)/profile_photos\.json$")
COMMENTS = re.compile(r"(?:^|/)comments/(?:post|reels)_comments" + _N)
FOLLOWERS = re.compile(r"(?:^|/)(?:followers|following)" + _N)
CLOSE_FRIENDS = re.compile(r"(?:^|/)close_friends\.json$")
PRIVATE_LABELS = ("Private Account", "Private account", "Account privacy", "Account privato", "Privéaccount")
PUBLIC_LABELS = frozenset({"bio", "biography", "website", "name", "username", "nome", "nome utente", "gebruikersnaam"})
USERNAME_LABELS = ("Username", "Nome utente", "Gebruikersnaam")
_USERNAME = re.compile(r"^[A-Za-z0-9._]{1,30}$")
QUIET_LABELS = frozenset({"private account", "phone confirmed", "account privacy", "phone confirmation method"})
_CLOSE_FRIENDS_KEYS = ("close_friends", "is_close_friends", "audience")


class InstagramFetcher(InstagramPages, MetaFetcher):
    """Reads an Instagram export of any generation, zip or folder, JSON or HTML."""

    platform = "instagram"
    title = "Instagram"
    markers = (
        "personal_information/personal_information/personal_information.json",
        "personal_information/personal_information.json",
        "account_information/personal_information.json",
        "media.json",
        "profile.json",
    )
    root_prefixes = (
        "your_instagram_activity/",
        "personal_information/personal_information",
        "account_information/",
        "followers_and_following/",
        "content/posts_",
        "information_about_you/",
    )

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        if root_by_prefix(archive, cls.root_prefixes):
            return True
        archive.find_root(("media.json",))
        return archive.has("media.json") and archive.has("profile.json")  # I0, flat at the root

    def items(self) -> Iterator[Item]:
        names = self.archive.names()
        self._account: Visibility = "unknown"
        personal = self.matching(PERSONAL)
        profile_items = [i for n in personal for i in self.guarded(n, self._personal(n), may_be_empty=True)]
        if self._account == "unknown":
            for name in self.matching(PRIVACY_CHANGES):
                self._privacy_history(name)
        profile_items += self.html_profile(names)
        if self.archive.has("profile.json") and self.archive.has("media.json"):
            profile_items += self.guarded("profile.json", self._legacy_profile("profile.json"), may_be_empty=True)
        yield from profile_items
        yield from self.html_items(names)
        handlers = (
            (PROFESSIONAL, lambda n: self._strings(n, "profile", "public")),
            (ACCOUNT_FILES, lambda n: self._strings(n, "account", "only_me")),
            (AUTOFILL, lambda n: autofill_items(self, n)),
            (POSTS, lambda n: self._posts(n, self._account)),
            (ARCHIVED, lambda n: self._posts(n, "only_me")),
            (STORIES, self._stories),
            (PROFILE_PHOTOS, self._profile_photos),
            (COMMENTS, self._comments),
            (FOLLOWERS, lambda n: self._connections(n, "follower" if "followers" in n else "following")),
            (CLOSE_FRIENDS, lambda n: self._connections(n, "close_friend", "only_me")),
        )
        for pattern, handler in handlers:
            for name in self.matching(pattern):
                yield from self.guarded(name, handler(name))
        if self.archive.has("media.json"):
            yield from self.guarded("media.json", self._legacy_media("media.json"), may_be_empty=True)
            yield from self.guarded("comments.json", self._legacy_comments("comments.json"), may_be_empty=True)
        owners = instagram_owners(self) or inferred_owners(self, not_under="your_facebook_activity/")
        yield from message_items(self, owners, not_under="your_facebook_activity/")
        yield from legacy_instagram_items(self, owners)

    def holds_instead(self, name: str) -> str | None:
        """A file that gave nothing is named if it is plainly another of Meta's files (`meta_shape.other_kind`)."""
        return other_kind(self.archive, name)

    # -- profile and account ----------------------------------------------------------------

    def _personal(self, name: str) -> Iterator[Item]:
        for record in self.records(name):
            if not isinstance(record, dict):
                continue
            self.set_private(map_value(record, PRIVATE_LABELS))
            page = profile_url(map_value(record, USERNAME_LABELS))  # where the bio and website are edited
            for label, value, _ in string_map(record):
                item = self.profile_item(name, label, value)
                if item:
                    yield item.linked(page if item.provenance.section == "profile" else None)
            photos = record.get("media_map_data")
            for photo in photos.values() if isinstance(photos, dict) else ():
                if isinstance(photo, dict):
                    yield from optional(
                        self.media(photo.get("uri"), None, "public", epoch(photo.get("creation_timestamp")))
                    )

    def set_private(self, flag: Any) -> None:
        private = truthy(flag)
        if private is not None:
            self._account = "followers" if private else "public"

    def profile_item(self, name: str, label: str, value: Any, field: str | None = None) -> Item | None:
        """A personal-information field: public on the profile, or an account detail."""
        words = norm_label(label)
        if words in QUIET_LABELS or words.endswith("href") or truthy(value) is not None:
            return None
        section: Section = "profile" if words in PUBLIC_LABELS else "account"
        visibility: Visibility = "public" if words in PUBLIC_LABELS else "only_me"
        return self.text_item(name, None, field or label, value, section, visibility)

    def _privacy_history(self, name: str) -> None:
        """The last switch between public and private, when personal information says neither."""
        latest: tuple[int, str] | None = None
        for record in self.records(name):
            words = " ".join([str(record.get("title", ""))] + [v for _, v, _ in string_map(record)]).lower()
            when = max((t for _, _, t in string_map(record) if isinstance(t, int)), default=0)
            if ("private" in words) != ("public" in words) and (latest is None or when >= latest[0]):
                latest = (when, "private" if "private" in words else "public")
        if latest:
            self._account = "followers" if latest[1] == "private" else "public"

    def _strings(self, name: str, section: Section, visibility: Visibility) -> Iterator[Item]:
        """Labelled values; a bare list of values (`possible_emails`) is named after its file."""
        stem = name.rsplit("/", 1)[-1].removesuffix(".json")
        for record in self.records(name):
            for label, value, stamp in string_map(record):
                if truthy(value) is None and not label.endswith(".href"):
                    field = stem if label == "value" else label
                    yield from optional(self.text_item(name, None, field, value, section, visibility, epoch(stamp)))

    def _legacy_profile(self, name: str) -> Iterator[Item]:
        """I0 `profile.json`: a flat object; its field names are UNVERIFIED, so any text is read."""
        for record in self.records(name, prefix=""):
            if not isinstance(record, dict):
                continue
            self.set_private(record.get("private_account", record.get("is_private")))
            for key, value in record.items():
                if isinstance(key, str) and isinstance(value, str) and not key.endswith(("_url", "date_joined")):
                    label = {"biography": "bio", "phone_number": "phone number"}.get(key, key)
                    yield from optional(self.profile_item(name, label, value, field=key))

    # -- posts, stories, comments -----------------------------------------------------------

    def _posts(self, name: str, visibility: Visibility) -> Iterator[Item]:
        for post in self.records(name):
            if not isinstance(post, dict):
                continue
            media = [m for m in post.get("media") or () if isinstance(m, dict)] or ([post] if "uri" in post else [])
            first = media[0] if media else post
            when = epoch(post.get("creation_timestamp") or first.get("creation_timestamp"))
            caption = post.get("title") or first.get("title")
            yield from optional(self.text_item(name, None, "title", caption, "post", visibility, when))
            for entry in media:
                if entry.get("title") and entry.get("title") != caption:
                    yield from optional(self.text_item(name, None, "title", entry["title"], "media", visibility, when))
                yield from self._media(name, entry, visibility)

    def _stories(self, name: str) -> Iterator[Item]:
        for story in self.records(name):
            if not isinstance(story, dict):
                continue
            marked = any(truthy(story.get(k)) or story.get(k) == "close_friends" for k in _CLOSE_FRIENDS_KEYS)
            visibility: Visibility = "custom" if marked else self._account
            when = epoch(story.get("creation_timestamp"))
            yield from optional(self.text_item(name, None, "title", story.get("title"), "post", visibility, when))
            yield from self._media(name, story, visibility)

    def _media(self, name: str, entry: dict[str, Any], visibility: Visibility) -> Iterator[Item]:
        when = epoch(entry.get("creation_timestamp"))
        metadata = entry.get("media_metadata")
        point = None
        for kind in ("photo_metadata", "video_metadata"):
            block = metadata.get(kind) if isinstance(metadata, dict) else None
            for exif in block.get("exif_data") or () if isinstance(block, dict) else ():
                if isinstance(exif, dict) and point is None:
                    point = coordinates(exif.get("latitude"), exif.get("longitude"))
        found = self.media(entry.get("uri"), None, visibility, when, coordinates=point)
        if found is None and point:
            found = self.text_item(name, None, "exif_data", None, "media", visibility, when, coordinates=point)
        yield from optional(found)

    def _profile_photos(self, name: str) -> Iterator[Item]:
        for photo in self.records(name):
            if isinstance(photo, dict):
                yield from self._media(name, photo, "public")

    def _comments(self, name: str) -> Iterator[Item]:
        for record in self.records(name):
            times = [t for label, _, t in string_map(record) if norm_label(label) in ("time", "tijd", "ora")]
            when = (
                epoch(times[0])
                if times
                else epoch((record or {}).get("timestamp") if isinstance(record, dict) else None)
            )
            text = map_value(record, ("Comment", "Opmerking", "Commento"))
            yield from optional(self.text_item(name, None, "Comment", text, "comment", "unknown", when))

    def _connections(self, name: str, field: str, visibility: Visibility | None = None) -> Iterator[Item]:
        for record in self.records(name):
            entries = [e for e in (record.get("string_list_data") or ()) if isinstance(e, dict)] or [{}]
            yield self.connection(name, field, visibility or self._account, epoch(entries[0].get("timestamp")))

    # -- I0 (2018-2020) ---------------------------------------------------------------------------

    def _legacy_media(self, name: str) -> Iterator[Item]:
        for key, visibility in (
            ("photos", self._account),
            ("videos", self._account),
            ("stories", self._account),
            ("profile", "public"),
        ):
            for entry in self.records(name, prefix=f"{key}.item"):
                if not isinstance(entry, dict):
                    continue
                when = iso_time(entry.get("taken_at"))
                place = entry.get("location") if isinstance(entry.get("location"), str) else None
                yield from optional(
                    self.text_item(name, None, "caption", entry.get("caption"), "post", visibility, when)
                )
                yield from optional(
                    self.text_item(name, None, "location", place, "checkin", visibility, when, place=place)
                )
                yield from optional(self.media(entry.get("path"), None, visibility, when))

    def _legacy_comments(self, name: str) -> Iterator[Item]:
        if not self.archive.has(name):
            return
        for key in ("media_comments", "live_comments"):
            for entry in self.records(name, prefix=f"{key}.item"):
                if isinstance(entry, list) and len(entry) >= 2:
                    yield from optional(
                        self.text_item(name, None, key, entry[1], "comment", "unknown", iso_time(entry[0]))
                    )


def profile_url(username: str | None) -> str | None:
    """The profile page of the account (`personal_information`'s Username): Instagram's download
    gives no address for a post, but the profile's own findings can be reached at once."""
    name = username.strip().lstrip("@") if username else ""
    return web_address(f"https://www.instagram.com/{name}/") if _USERNAME.match(name) else None
