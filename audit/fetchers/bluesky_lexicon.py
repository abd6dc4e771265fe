"""The words in records of other atproto apps, whose lexicons we cannot know in advance.

A Bluesky account's repo also holds the records of every other app the person signed into
with it: link-in-bio boards (`blue.linkat.board`: cards of `url`, `text`, `emoji`), blog
entries, book reviews, event RSVPs, and lexicons invented next month.  Their field names differ
from app to app and nest freely, so no list of field names can keep up; instead every string
value is read, at any depth, except what is plainly not words a person wrote:

- identifiers: `$type`, and fields named like ids (`id`, `rkey`, `cid`, `did`, `*Id`, `*_id`);
- references: `at://` URIs (a strongRef's `uri`) and DIDs, CIDs (`bafy...`, or a link, which
  decodes to bytes), and lexicon tokens (`app.bsky.graph.defs#curatelist`);
- dates and times (`createdAt`, an event's `startsAt`): ISO 8601 by the data-model spec;
- blobs (`{"$type": "blob", "ref": ...}` or the legacy `{"cid": ..., "mimeType": ...}`),
  which are handed back apart so the photo they point at can be checked.

Web links (`https://`, `mailto:`) are kept: on a link board they are the content, and a
`mailto:` or a page under a school's domain says as much as any bio.
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 32
"""Deeper nesting than any lexicon needs; a record built to recurse forever stops here."""
_ID_KEY = re.compile(r"^(?:id|rkey|cid|did|tid|rev|sig)$|(?:Id|_id|ID|Cid|Did)$")
_NOT_WORDS = re.compile(
    r"^(?:"
    r"at://\S*"  # a reference to another record
    r"|did:[a-z]+:\S+"  # an account
    r"|b[a-z2-7]{58,}|Qm[1-9A-HJ-NP-Za-km-z]{44}"  # a CID in text form
    r"|[a-z][a-z0-9-]*(?:\.[a-zA-Z0-9-]+)+#[a-zA-Z0-9_]+"  # a lexicon token
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"  # a date or time
    r")$"
)


def is_blob(value: dict[str, Any]) -> bool:
    """A blob ref in either form the data model has used."""
    return value.get("$type") == "blob" or ("mimeType" in value and ("ref" in value or "cid" in value))


def record_texts(record: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """(the record's strings that may be words, in order and each once; its blob refs)."""
    texts: dict[str, None] = {}
    blobs: list[dict[str, Any]] = []
    stack: list[tuple[Any, int]] = [(record, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            text = value.strip()
            if text and not _NOT_WORDS.match(text):
                texts.setdefault(text)
        elif depth >= MAX_DEPTH:
            continue
        elif isinstance(value, dict):
            if is_blob(value):
                blobs.append(value)
                continue
            children = [
                v for k, v in value.items() if not (isinstance(k, str) and (k.startswith("$") or _ID_KEY.search(k)))
            ]
            stack.extend((child, depth + 1) for child in reversed(children))
        elif isinstance(value, list):
            stack.extend((child, depth + 1) for child in reversed(value))
    return list(texts), blobs
