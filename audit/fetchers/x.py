"""X (Twitter) archive: every generation described in shared/formats/x.md.

Three layouts: Grailbird (2012-2018, `tweets.csv` + `data/js/tweets/YYYY_MM.js`: `x_grailbird`), the GDPR
root layout (2018-2020, `tweet.js` at the root) and the `data/` layout (2020 on).  Every
data file is one JavaScript assignment `window.YTD.<name>.partN = [...]`; the part after the
first "=" is streamed with ijson.  Posts carry no audience of their own: they are public
unless the account is protected (`protected-history.js`, or `user.protected` in Grailbird).
Media files are `<tweet id>-<file name>` in a tweets' media folder and are joined to their tweet
by that id; a video's file is named after its `.mp4` variant, not the `.jpg` in `media_url`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from audit.errors import UnreadableMember
from audit.fetchers.base import LAYOUT_ERRORS, Fetcher, then_raise
from audit.fetchers.jsonstream import iter_array, skip_to_assignment
from audit.fetchers.x_fields import (
    conversation_url,
    coordinates,
    handle_of,
    media_file_names,
    parse_date,
    part_order,
    place_name,
    profile_url,
    status_url,
)
from audit.fetchers.x_files import (
    ACCOUNT_FILES,
    ACCOUNT_ID,
    DM_FILES,
    NOT_READ,
    OTHER_TWEET_FILES,
    TWEET_FILES,
    TWEET_MEDIA,
    UNDATED,
    Fields,
)
from audit.fetchers.x_grailbird import XGrailbird
from detectors.base import Item, Visibility


class XFetcher(XGrailbird, Fetcher):
    """Reads an X archive, zip or folder, streaming each data file."""

    platform = "x"
    title = "X (Twitter)"
    markers = (
        "data/manifest.js",
        "data/tweets.js",
        "data/account.js",
        "tweet.js",
        "tweets.js",
        "account.js",
        "tweets.csv",
        "data/js/tweet_index.js",
    )

    not_read = NOT_READ

    def items(self) -> Iterator[Item]:
        names = self.archive.names()
        self._account_id: str | None = None
        self._handle: str | None = None  # from account.js (or Grailbird's user details): for links
        self._seen: set[str] = set()
        self._media = {n.rsplit("/", 1)[-1]: n for n in names if "_media/" in n}
        self._tweet_media: dict[str, list[str]] = {}
        for name in names:
            match = TWEET_MEDIA.match(name)
            if match:
                self._tweet_media.setdefault(match.group(1), []).append(name)
        grailbird = self.archive.has("tweets.csv") or self.archive.has("data/js/tweet_index.js")
        self._visibility: Visibility = "public" if grailbird else self._safe_account_visibility()
        for file, keys, fields, date_keys in ACCOUNT_FILES:
            path = self._path(file)
            if path:
                yield from self.guarded(path, self._account_file(path, keys, fields, date_keys))
        if grailbird:
            yield from self.guarded("tweets.csv", self._grailbird(names))
            return
        for name in sorted((n for n in names if TWEET_FILES.match(n)), key=part_order):
            yield from self.guarded(name, self._tweets(name, self._visibility))
        for stem, visibility in OTHER_TWEET_FILES.items():
            for name in names:
                if re.match(rf"^(?:data/)?{stem}s?(?:-part\d+)?\.js$", name):
                    yield from self.guarded(name, self._tweets(name, visibility))
        for name in names:
            if re.match(r"^(?:data/)?(?:deleted-)?note-tweet(?:-part\d+)?\.js$", name):
                yield from self.guarded(name, self._note_tweets(name))
            elif DM_FILES.match(name) and "headers" not in name:
                yield from self.guarded(name, self._direct_messages(name), may_be_empty=True)

    # -- reading helpers ---------------------------------------------------------------

    def _records(self, name: str) -> Iterator[Any]:
        """Each element of one `window.YTD.x.partN = [...]` file; a broken file is reported."""
        self.report.current_file = name
        try:
            with self.archive.open(name) as stream:
                skip_to_assignment(stream, name)
                yield from iter_array(stream, name)
        except UnreadableMember as error:
            self.report.skip(name, error.reason)

    def _path(self, name: str) -> str:
        """Find a file in either layout: `data/x.js` (2020 on) or `x.js` (2018-2020)."""
        for candidate in (f"data/{name}", name):
            if self.archive.has(candidate):
                return candidate
        return ""

    def clean_text(self, text: str) -> str:
        """X never decoded the HTML entities it wrote (`&amp;`, `&gt;`)."""
        return html.unescape(text)

    # -- account and profile -----------------------------------------------------------

    def _safe_account_visibility(self) -> Visibility:
        """The account's audience; "unknown" (and the file reported) if the history is garbled."""
        try:
            return self._account_visibility()
        except LAYOUT_ERRORS as error:
            self.report.skip(self.report.current_file, f"unexpected layout ({type(error).__name__})")
            return "unknown"

    def _account_visibility(self) -> Visibility:
        """Protected accounts show posts to approved followers only; the last action wins."""
        path = self._path("protected-history.js")
        if not path:
            return "public"
        latest: tuple[datetime, str] | None = None
        for record in self._records(path):
            history = record.get("protectedHistory", record) if isinstance(record, dict) else {}
            # dates, not strings: the 2018-2020 layout wrote epoch counts of varying length
            when, action = parse_date(history.get("protectedAt")) or UNDATED, str(history.get("action", ""))
            if latest is None or when >= latest[0]:
                latest = (when, action)
        return "followers" if latest and latest[1].lower() == "protect" else "public"

    def _account_file(
        self, path: str, keys: tuple[str, ...], fields: Fields, date_keys: tuple[str, ...]
    ) -> Iterator[Item]:
        """The text fields of one account file's records (`keys` lead from a record to them)."""
        for record in self._records(path):
            inner = record
            for key in keys:
                inner = inner.get(key, {}) if isinstance(inner, dict) else {}
            if not isinstance(inner, dict):
                continue
            if inner.get("accountId") and ACCOUNT_ID.fullmatch(str(inner["accountId"])):
                self._account_id = str(inner["accountId"])  # a damaged one names nobody: see DMs
            if "username" in inner:  # only account.js names the account as it is now
                self._handle = handle_of(inner["username"]) or self._handle
            when = next((parse_date(inner[k]) for k in date_keys if inner.get(k)), None)
            for field, section, visibility in fields:
                item = self.text_item(path, None, field, inner.get(field), section, visibility, when)
                if item:
                    yield item.linked(profile_url(self._handle) if section == "profile" else None)

    # -- posts ---------------------------------------------------------------------------

    def _tweets(self, name: str, visibility: Visibility) -> Iterator[Item]:
        tweet_items = self._tweet
        for record in self._records(name):
            tweet = record.get("tweet", record) if isinstance(record, dict) else None
            if isinstance(tweet, dict):
                yield from tweet_items(name, tweet, visibility)

    def _tweet(self, name: str, tweet: dict[str, Any], visibility: Visibility) -> Iterable[Item]:
        """A tweet's items: its text, its images' descriptions, its media files (a list, not a
        generator: this runs once per tweet, 100,000 times for a big archive)."""
        get = tweet.get
        tweet_id = str(get("id_str") or get("id") or "") or None
        if tweet_id:
            if tweet_id in self._seen:
                return []
            self._seen.add(tweet_id)
        text = tweet["full_text"] if "full_text" in tweet else get("text")
        if not isinstance(text, str) or text.startswith("RT @"):
            return []  # a retweet repeats someone else's words
        entities = get("entities") or {}
        for url in entities.get("urls") or ():
            if isinstance(url, dict) and url.get("url") and url.get("expanded_url"):
                text = text.replace(str(url["url"]), str(url["expanded_url"]))
        user = get("user")
        if isinstance(user, dict):  # Grailbird: the author, i.e. the person
            self._handle = self._handle or handle_of(user.get("screen_name"))
            if "protected" in user:
                visibility = "followers" if user.get("protected") in (True, "true") else "public"
        created = parse_date(get("created_at"))
        url = None if visibility == "only_me" else status_url(self._handle, tweet_id)  # a deleted post has none
        item = self.text_item(
            name,
            tweet_id,
            "full_text" if "full_text" in tweet else "text",
            text,
            "post",
            visibility,
            created,
            url=url,
            coordinates=coordinates(tweet) if "geo" in tweet or "coordinates" in tweet else None,
            place=place_name(tweet),
        )
        items = [item] if item else []
        try:
            media = (get("extended_entities") or {}).get("media") or entities.get("media") or ()
            files: list[str] = []
            for entry in media:
                if not isinstance(entry, dict):
                    continue
                alt = self.text_item(
                    name,
                    tweet_id,
                    "media_alt",
                    entry.get("media_alt") or entry.get("ext_alt_text"),
                    "post",
                    visibility,
                    created,
                    url=url,
                )
                if alt:
                    items.append(alt)
                files += (self._media.get(f"{tweet_id}-{n}", "") for n in media_file_names(entry))
            files += self._tweet_media.get(tweet_id or "", ())  # any other file X named by this tweet
            for path in dict.fromkeys(files) if files else ():
                if path:
                    items.append(self.media_item(path, tweet_id, visibility, created, url=url))
        except Exception as error:  # as a generator would: the items before it, then the error
            return then_raise(items, error)
        return items

    def _note_tweets(self, name: str) -> Iterator[Item]:
        for record in self._records(name):
            note = record.get("noteTweet", {}) if isinstance(record, dict) else {}
            text = (note.get("noteTweetResults") or note.get("core") or {}).get("text")
            tweet_id = str(note.get("tweetId") or note.get("noteTweetId") or "") or None
            visibility = "only_me" if "deleted" in name else self._visibility  # as deleted-tweets.js
            url = None if visibility == "only_me" else status_url(self._handle, tweet_id)
            item = self.text_item(
                name, tweet_id, "note_text", text, "post", visibility, parse_date(note.get("createdAt")), url=url
            )
            if item:
                yield item

    def _direct_messages(self, name: str) -> Iterator[Item]:
        """Only the messages the person sent: their own details given away in private.

        When `account.js` is missing or too damaged to name the account, or a message's sender
        is damaged, whose message it is cannot be told: it is read (both sides) rather than lost.
        """
        for record in self._records(name):
            conversation = record.get("dmConversation", {}) if isinstance(record, dict) else {}
            url = conversation_url(conversation.get("conversationId"))
            for event in conversation.get("messages") or ():
                message = event.get("messageCreate") if isinstance(event, dict) else None
                if not isinstance(message, dict):
                    continue
                sender = str(message.get("senderId"))
                if self._account_id and ACCOUNT_ID.fullmatch(sender) and sender != self._account_id:
                    continue  # someone else's; with no owner known (or a damaged sender), both sides are read
                item = self.text_item(
                    name,
                    str(message.get("id") or "") or None,
                    "text",
                    message.get("text"),
                    "message",
                    "custom",
                    parse_date(message.get("createdAt")),
                    url=url,
                )
                if item:
                    yield item
