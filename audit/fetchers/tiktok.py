"""TikTok "Download your data" export: shared/formats/tiktok.md.

A JSON export is a zip holding one file, `user_data.json` (≈2021-2024) or
`user_data_tiktok.json` (≈2024 on): one object of human-readable sections whose key names
changed between versions.  It is walked once (`tiktok_json.walk`), building only the profile,
the person's posts, comments, messages, settings and location records, one at a time.  The
export holds no photos or videos, only links to TikTok's CDN, so there is no EXIF to read.

A TXT export (the other choice when requesting) is read by `tiktok_txt`.

Who can see what: each post's `WhoCanView` where present; otherwise the account's private flag
from `App Settings` (key name UNVERIFIED); otherwise "unknown".  The profile is public even for
private accounts; e-mail, phone, Autofill, saved addresses, location data and DMs are the
account's own ("only_me", DMs "custom").  Comments follow the commented video: "unknown".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from audit.archive import Archive
from audit.errors import UnreadableMember
from audit.fetchers.base import Fetcher
from audit.fetchers.tiktok_fields import (
    ACCOUNT_FIELDS,
    PROFILE_FIELDS,
    field,
    gps,
    parse_date,
    private_flag,
    profile_url,
    tiktok_url,
    who_can_view,
)
from audit.fetchers.tiktok_json import ANY_KEY, EACH, Hit, Target, aliases, walk
from audit.fetchers.tiktok_txt import TXT_MARKERS, TikTokText, is_text_export
from detectors.base import Item, Visibility

JSON_NAMES = ("user_data_tiktok.json", "user_data.json")
_PROFILE_ROOT = aliases("Profile", "Profile And Settings")
_ACTIVITY = aliases("Your Activity", "Activity")
TARGETS = (
    Target("profile", (_PROFILE_ROOT, aliases("Profile Info", "Profile Information"), aliases("ProfileMap"))),
    Target("autofill", (_PROFILE_ROOT, aliases("Autofill", "Auto Fill"))),
    Target("settings", (aliases("App Settings"), aliases("Settings"), aliases("SettingsMap"))),
    Target("post", (aliases("Post", "Video"), aliases("Posts", "Videos"), aliases("VideoList"), EACH)),
    Target(
        "deleted",
        (
            aliases("Post", "Video"),
            aliases("Recently Deleted Posts", "Recently Deleted Videos"),
            aliases("PostList", "VideoList"),
            EACH,
        ),
    ),
    Target("comment", (aliases("Comment", "Comments"), aliases("CommentsList"), EACH)),
    Target("comment", (aliases("Comment", "Comments"), aliases("Comments"), aliases("CommentsList"), EACH)),
    Target(
        "message",
        (
            aliases("Direct Message", "Direct Messages"),
            aliases("Direct Messages", "Chat History"),
            aliases("ChatHistory"),
            ANY_KEY,
            EACH,
        ),
    ),
    Target("location", (_ACTIVITY, aliases("Most Recent Location Data"), aliases("LocationData"))),
    Target(
        "address",
        (
            aliases("TikTok Shop", "Tiktok Shopping"),
            aliases("Saved Address Information"),
            aliases("SavedAddress"),
            EACH,
        ),
    ),
    Target("review", (aliases("Location Review"), aliases("Location Reviews"), aliases("ReviewsList"), EACH)),
)
_SECTION_KEY = re.compile(
    rb'"(Profile|Profile And Settings|Video|Post|Comment|Activity|Your Activity|App Settings|Direct Messages?)"\s*:'
)


class TikTokFetcher(Fetcher):
    """Reads a TikTok export, JSON or TXT, zip or folder."""

    platform = "tiktok"
    title = "TikTok"
    markers = (*JSON_NAMES, *TXT_MARKERS)

    @classmethod
    def recognises(cls, archive: Archive) -> bool:
        """`user_data_tiktok.json` is TikTok's own name; the older `user_data.json` is generic,
        so it must also open with one of TikTok's section keys.  TXT exports by their file set."""
        if archive.has(JSON_NAMES[0]):
            return True
        if archive.has(JSON_NAMES[1]):
            try:
                with archive.open(JSON_NAMES[1]) as stream:
                    return bool(_SECTION_KEY.search(stream.read(65536)))
            except (OSError, ValueError, UnreadableMember):
                return False
        return is_text_export(archive.names())

    def items(self) -> Iterator[Item]:
        self._username = ""
        self._private: bool | None = None
        self._settings_seen = False
        self._waiting: list[dict[str, Any]] = []  # posts with no audience, until settings are read
        self._unsure: list[tuple[Hit, str]] = []  # messages read before the owner's name was known
        name = next((n for n in JSON_NAMES if self.archive.has(n)), None)
        if name is None:
            yield from TikTokText(self).items()
            return
        read = 0
        for item in self.guarded(name, self._json(name), may_be_empty=True):  # posts may wait for the settings
            read += 1
            yield item
        yield from self.guarded(name, self._flush(name), may_be_empty=read > 0)

    def _json(self, name: str) -> Iterator[Item]:
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                for hit in walk(stream, name, TARGETS):
                    if isinstance(hit.value, dict):
                        yield from self._hit(name, hit)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)

    def _hit(self, name: str, hit: Hit) -> Iterator[Item]:
        record, kind = hit.value, hit.target
        if kind == "profile":
            yield from self._profile(name, record)
        elif kind == "autofill":
            yield from self._autofill(name, record)
        elif kind == "settings":
            self._private, self._settings_seen = private_flag(record), True
        elif kind in ("post", "deleted"):
            if kind == "post" and who_can_view(field(record, "WhoCanView")) is None and not self._settings_seen:
                self._waiting.append(record)
            else:
                yield from self._post(name, record, deleted=kind == "deleted")
        elif kind == "comment":
            when = parse_date(field(record, "date"))
            link = field(record, "url", "link", "VideoLink")  # UNVERIFIED that comments carry one
            item_id = link if isinstance(link, str) and link else None
            comment = field(record, "comment")
            yield from self.texts(name, item_id, "comment", comment, "comment", "unknown", when, url=tiktok_url(link))
        elif kind == "message":
            yield from self._message(name, hit)
        else:
            yield from self._place(name, kind, record)

    def _profile(self, name: str, record: dict[str, Any]) -> Iterator[Item]:
        username = field(record, "userName")
        self._username = username.strip().lstrip("@").casefold() if isinstance(username, str) else ""
        url = f"https://www.tiktok.com/@{self._username}" if self._username else None  # where to go and fix it
        page = profile_url(self._username)
        for key in PROFILE_FIELDS:
            yield from self.texts(name, url, key, field(record, key), "profile", "public", url=page)
        for key, value in record.items():  # bio links: the key's name is UNVERIFIED
            folded = str(key).casefold()
            if ("link" in folded or "website" in folded) and "photo" not in folded and "video" not in folded:
                yield from self.texts(name, url, str(key), value, "profile", "public", url=page)
        for key in ACCOUNT_FIELDS:
            yield from self.texts(name, None, key, field(record, key), "account", "only_me")

    def _autofill(self, name: str, record: dict[str, Any]) -> Iterator[Item]:
        """What TikTok stored to fill in forms: the account's own, but a full postal address."""
        for key in ("PhoneNumber", "Email", "FirstName", "LastName"):
            yield from self.texts(name, None, key, field(record, key), "account", "only_me")
        parts = [field(record, k) for k in ("Unit", "Address", "City", "ZipCode", "State", "Country")]
        address = ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        yield from self.texts(name, None, "Address", address, "account", "only_me")

    def _post(self, name: str, record: dict[str, Any], *, deleted: bool = False) -> Iterator[Item]:
        link = field(record, "Link", "VideoLink")
        item_id = link if isinstance(link, str) and link else None
        when = parse_date(field(record, "Date"))
        visibility = "only_me" if deleted else who_can_view(field(record, "WhoCanView")) or self._account()
        url = None if deleted else tiktok_url(link)  # a deleted video's page is gone
        for key in ("Title", "Description", "AddYoursText"):
            yield from self.texts(name, item_id, key, field(record, key), "post", visibility, when, url=url)
        place = field(record, "Location")
        if isinstance(place, str) and place.strip():
            yield from self.texts(name, item_id, "Location", place, "checkin", visibility, when, place=place, url=url)

    def _account(self) -> Visibility:
        """A post with no audience of its own: private accounts show posts to followers only."""
        return "unknown" if self._private is None else "followers" if self._private else "public"

    def _message(self, name: str, hit: Hit) -> Iterator[Item]:
        """Only the person's own messages: the other party's words are not theirs to fix."""
        sender = field(hit.value, "From")
        sender = sender.strip().lstrip("@").casefold() if isinstance(sender, str) else ""
        if not self._username:
            self._unsure.append((hit, sender))
            return
        yield from self._own_message(name, hit, sender, self._username)

    def _own_message(self, name: str, hit: Hit, sender: str, owner: str) -> Iterator[Item]:
        if not sender or sender != owner:
            return
        chat = hit.keys[-1] if hit.keys else ""  # "Chat History with <user>:"
        other = re.sub(r"^chat history with\s*|:\s*$", "", chat, flags=re.IGNORECASE).strip() or None
        when = parse_date(field(hit.value, "Date"))
        yield from self.texts(name, other, "Content", field(hit.value, "Content"), "message", "custom", when)

    def _place(self, name: str, kind: str, record: dict[str, Any]) -> Iterator[Item]:
        when = parse_date(field(record, "Date"))
        if kind == "location":  # the device's last position, held by TikTok, seen by nobody else
            point = gps(field(record, "GpsData"))
            if point is not None:
                yield from self.texts(name, None, "GpsData", None, "account", "only_me", when, coordinates=point)
        elif kind == "address":
            info = field(record, "adress_info", "address_info")
            yield from self.texts(name, None, "adress_info", info, "account", "only_me")
        elif kind == "review":  # a review's audience is UNVERIFIED: unknown
            place = field(record, "PlaceName")
            place = place if isinstance(place, str) else None
            yield from self.texts(name, None, "PlaceName", place, "checkin", "unknown", when, place=place)
            for key in ("Review", "Content", "Comment"):  # the text's key is UNVERIFIED
                yield from self.texts(name, None, key, field(record, key), "checkin", "unknown", when)

    def _flush(self, name: str) -> Iterator[Item]:
        """Posts and messages held back until the file had said what they depended on."""
        for record in self._waiting:
            yield from self._post(name, record)
        owner = self._username or _only_common_sender(self._unsure)
        for hit, sender in self._unsure:
            yield from self._own_message(name, hit, sender, owner)

    def texts(
        self, name: str, item_id: str | None, key: str, text: Any, *args: Any, url: str | None = None, **extra: Any
    ) -> Iterator[Item]:
        """`text_item`, for values that may be numbers or null (TikTok writes both), with the
        post's page where the export gives one."""
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            text = str(text)
        item = self.text_item(name, item_id, key, text, *args, **extra)
        if item is not None:
            yield item.linked(url)


def _only_common_sender(messages: list[tuple[Hit, str]]) -> str:
    """With no profile in the file, the owner is the one sender found in every chat (if one)."""
    chats: dict[tuple[str, ...], set[str]] = {}
    for hit, sender in messages:
        chats.setdefault(hit.keys, set()).add(sender)
    common = set.intersection(*chats.values()) if len(chats) > 1 else set()
    common.discard("")
    return common.pop() if len(common) == 1 else ""
