"""Private messages the person sent, in Facebook and Instagram exports (policy 2.1.5, 2.5.1).

Giving a pupil or a parent a personal number or address happens in private messages, so
threads are read; but only the messages the *person* sent.  A number in someone else's
message is that person's data, not the owner's, and is never read; neither are thread
titles (group names) or participant lists.  The owner is the export's own name: Facebook's
profile name (profile_information, or the G0 `index.htm` heading), Instagram's username and
name (personal_information, or I0 `profile.json`).  When no owner name can be found, no
message is read at all: guessing (say, "the most frequent sender") could hand another
person's messages to the detectors.  Finding those names is `meta_owners`'s.

Layouts (shared/formats/facebook.md, instagram.md), all matched by path suffix:

- JSON threads, `messages/<folder>/<thread>/message_N.json` (FB G1/G2, IG I1/I2; under
  `your_facebook_activity/` or `your_instagram_activity/` from 2024).  The folders `inbox`,
  `archived_threads`, `filtered_threads`, `message_requests` and `e2ee_cutover` all appear
  in public readers' path lists (code-index hits, e.g. find_string ids 62462693790,
  55171423888, 53858033501; repositories unresolved).  Shape confirmed in
  public parsers' models: `{participants: [{name}], title, messages: [{sender_name,
  timestamp_ms, content, photos: [{uri, creation_timestamp}], videos, share: {link,
  share_text}, is_unsent, type}]}` (krunalmiracle/FacebookFileRenamerFromDump
  `models/messages/messages.go`; kacperfaber/facebook-messenger-archive-viewer
  `archive/models.py`; kami-sqmf/insta-message-analyzer `src/instagram.d.ts`, which types
  Instagram's `share` as an object in older files and a list in newer ones: both read).
  `participants` comes first in the file, so messages are streamed from `messages.item`.
- HTML threads, `message_N.html`: the cards of `meta_html`; the sender is the card's `h2`
  (2022 on) or its first block (2018-21 `div._3-96._2pio`), per the notes' card layout.
- G0 `html/messages.htm` (late G0: `messages/<n>.html`): `div.thread > div.message >
  div.message_header > span.user + span.meta`, the text in the `<p>` after each
  `div.message` (hey-johnnypark/fb-messages-to-json and KeyWeeUsr/fbmessageparser READMEs;
  ozacha/fb_messages `01-load-scrape.R` pairs `span.user`, `span.meta` and `p` the same way).
- I0 root `messages.json`: a list of `{participants: [usernames], conversation: [...]}`
  (michabirklbauer/instagram_json_viewer `message_stats.py`, `instaview.py`); the message
  keys `sender`, `created_at`, `text` are UNVERIFIED (no public parser names them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ijson

from audit.errors import UnreadableMember
from audit.fetchers.jsonstream import PARSE_BUFFER, Position
from audit.fetchers.meta_common import MetaFetcher
from audit.fetchers.meta_owners import owner_key
from audit.fetchers.meta_text import display_time, epoch, fix_text, truthy
from audit.fetchers.timestamps import iso_time
from detectors.base import Item, Visibility

_FOLDERS = r"messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/[^/]+/message_\d+"
THREAD_JSON = re.compile(r"(?:^|/)" + _FOLDERS + r"\.json$")
THREAD_HTML = re.compile(r"(?:^|/)" + _FOLDERS + r"\.html?$", re.IGNORECASE)
LEGACY_THREADS = re.compile(r"(?:^|/)(?:html/messages\.htm|messages/\d+\.html?)$", re.IGNORECASE)
MEDIA_KEYS = ("photos", "videos", "gifs")
VISIBILITY: Visibility = "custom"
"""A private message is seen by the thread's participants: a chosen audience."""


# -- reading the threads -----------------------------------------------------------------------


THREAD = "conversation file"
"""What a thread file is called when another file stands in its place (`Fetcher.not_its_shape`)."""
NO_OWNER = (
    "messages not read: the export does not say whose account it is (the profile file is missing or "
    "unreadable), so the person's own messages cannot be told from the others'"
)

NO_OWNER_SEEN = (
    "messages not read: not one message in the export is from the name in the profile file (is that "
    "file damaged?), so the person's own messages cannot be told from the others'"
)


def message_items(fetcher: MetaFetcher, owners: frozenset[str], not_under: str) -> Iterator[Item]:
    """Every message the owner sent, in every thread file except those under `not_under`
    (the other platform's folder in a combined Accounts Centre export)."""
    names = [n for n in fetcher.archive.names() if not_under not in n]
    if not owners:  # no owner name in the export: reading nobody's messages beats guessing whose
        for name in names:
            if THREAD_JSON.search(name) or THREAD_HTML.search(name) or LEGACY_THREADS.search(name):
                fetcher.report.skip(name, NO_OWNER)
        return
    known = set(names)
    watched = _Watched(owners)
    threads: list[tuple[str, Iterator[Item]]] = []
    for name in names:
        if THREAD_JSON.search(name):
            threads.append((name, _json_thread(fetcher, name, watched)))
        elif THREAD_HTML.search(name) and re.sub(r"\.html?$", ".json", name) not in known:
            threads.append((name, _html_thread(fetcher, name, watched)))
        elif LEGACY_THREADS.search(name):
            threads.append((name, _legacy_thread(fetcher, name, watched)))
    yield from _owners_threads(fetcher, threads, watched)


class _Watched:
    """The owner's names, noting every sender they are compared with (`key in owners`)."""

    def __init__(self, owners: frozenset[str]) -> None:
        self.owners = owners
        self.seen: set[str] = set()

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key:
            self.seen.add(key)
        return key in self.owners


def _owners_threads(
    fetcher: MetaFetcher, threads: list[tuple[str, Iterator[Item]]], watched: _Watched
) -> Iterator[Item]:
    """The items of every thread.  If the threads have senders but the owner is never one of them
    (nor, in JSON, a participant), the owner's name is most likely damaged (a byte lost in the
    profile file), and the threads are named rather than passed off as empty."""
    silent: list[str] = []
    recognised = False  # once the owner is seen in one thread, a thread they never wrote in is just empty
    for name, reader in threads:
        given = 0
        for item in fetcher.guarded(name, reader, may_be_empty=True):
            given += 1
            yield item
        if given or recognised:
            recognised = True
        elif not any(skipped.path == name for skipped in fetcher.report.unreadable):
            silent.append(name)
            recognised = name.endswith(".json") and any(key in watched for key in json_participants(fetcher, name))
    if not recognised and watched.seen:
        for name in silent:
            fetcher.report.skip(name, NO_OWNER_SEEN)


def json_participants(fetcher: MetaFetcher, name: str) -> Iterator[str]:
    """The names in a JSON thread's `participants`, as `owner_key` compares them.  The list comes
    first in a thread file: reading stops as soon as it is over."""
    try:
        with fetcher.archive.open(name) as stream:
            for prefix, event, value in ijson.parse(Position(stream), buf_size=PARSE_BUFFER):  # nesting capped
                if prefix in ("participants.item.name", "item.participants.item") and isinstance(value, str):
                    yield owner_key(fix_text(value))  # I0's `messages.json`: its first conversation's
                elif prefix in ("participants", "item.participants") and event == "end_array":
                    return
    except (ijson.JSONError, UnicodeDecodeError, UnreadableMember):
        return


def legacy_instagram_items(fetcher: MetaFetcher, owners: frozenset[str]) -> Iterator[Item]:
    """I0 `messages.json`: conversations streamed message by message, the owner's kept."""
    name = "messages.json"
    if not fetcher.archive.has(name):
        return
    if not owners:
        fetcher.report.skip(name, NO_OWNER)
        return
    watched = _Watched(owners)
    yield from _owners_threads(fetcher, [(name, _legacy_instagram(fetcher, name, watched))], watched)


def _json_thread(fetcher: MetaFetcher, name: str, owners: _Watched) -> Iterator[Item]:
    for message in fetcher.records(name, "messages.item", ("participants", "messages"), THREAD):
        if not isinstance(message, dict) or owner_key(message.get("sender_name")) not in owners:
            continue
        if truthy(message.get("is_unsent")):
            continue  # taken back: the other people in the thread no longer see it
        when = epoch(message.get("timestamp_ms"))
        item = fetcher.text_item(name, None, "content", message.get("content"), "message", VISIBILITY, when)
        if item is not None:
            yield item
        share = message.get("share")
        for entry in share if isinstance(share, list) else [share]:
            if isinstance(entry, dict):
                link = fetcher.text_item(name, None, "share.link", entry.get("link"), "message", VISIBILITY, when)
                if link is not None:
                    yield link
        for key in MEDIA_KEYS:
            for media in message.get(key) or ():
                found = fetcher.media(media.get("uri"), None, VISIBILITY, when) if isinstance(media, dict) else None
                if found is not None:
                    yield found


def _html_thread(fetcher: MetaFetcher, name: str, owners: _Watched) -> Iterator[Item]:
    """One card per message; a card without a timestamp is the page's heading (the thread's
    title: other people's names), never read."""
    for record in fetcher.page_records_of(name, THREAD):
        if record.when is None:
            continue
        if record.title:  # 2022 on: the sender is the card's h2
            sender, body = record.title, record.texts
        else:  # 2018-21: the sender is the card's first block
            sender, body = (record.texts[0], record.texts[1:]) if record.texts else ("", [])
        if owner_key(sender) not in owners:
            continue
        item = fetcher.text_item(name, None, "content", "\n".join(body), "message", VISIBILITY, record.when)
        if item is not None:
            yield item
        for link in dict.fromkeys(record.links):
            found = fetcher.media(link, None, VISIBILITY, record.when, base=name)
            if found is not None:
                yield found


def _legacy_thread(fetcher: MetaFetcher, name: str, owners: _Watched) -> Iterator[Item]:
    """G0: each `div.message` header names the sender; its text is in the `<p>`s that follow."""
    from bs4 import Tag  # here, as the page is read: importing bs4 takes a few tenths of a second

    soup = fetcher.page(name, THREAD)
    if soup is None:
        return
    for message in soup.select("div.message"):
        user, meta = message.select_one("span.user"), message.select_one("span.meta")
        if user is None or owner_key(user.get_text(" ", strip=True)) not in owners:
            continue
        when = display_time(meta.get_text(" ", strip=True)) if meta is not None else None
        texts = [p.get_text(" ", strip=True) for p in message.find_all("p")]
        for sibling in message.next_siblings:
            if isinstance(sibling, Tag):
                if sibling.name != "p":
                    break
                texts.append(sibling.get_text(" ", strip=True))
        item = fetcher.text_item(name, None, "content", "\n".join(t for t in texts if t), "message", VISIBILITY, when)
        if item is not None:
            yield item


def _legacy_instagram(fetcher: MetaFetcher, name: str, owners: _Watched) -> Iterator[Item]:
    for message in fetcher.records(name, "item.conversation.item", ("participants", "conversation"), THREAD):
        if not isinstance(message, dict) or owner_key(message.get("sender")) not in owners:
            continue
        when = iso_time(message.get("created_at"))
        item = fetcher.text_item(name, None, "text", message.get("text"), "message", VISIBILITY, when)
        if item is not None:
            yield item
        found = fetcher.media(message.get("media"), None, VISIBILITY, when)
        if found is not None:
            yield found
