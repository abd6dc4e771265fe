"""Whether a file that parsed is one of Meta's at all: judged by shape, never by size.

Why: people swap files between exports and platforms (a `message_1.html` saved over with a
LinkedIn CSV, an Instagram `post_comments.json` with a Mastodon `likes.json`).  The swapped-in
file parses, gives nothing, and would pass for an empty one: a conversation in which the person
said nothing, a friends page with no friends.  Empty files of Meta's own shape must stay silent,
so the test is what every Meta file has whatever it holds:

- a JSON file is a list, or an object whose first key is Meta's lower-case snake case
  (`comments_v2`, `profile_user`, `participants`); other platforms start with `@context`
  (Mastodon), `Activity` or `Profile` (TikTok), or are not JSON at all (X's `window.YTD`);
- a conversation in JSON names its `participants` or `messages` (I0's `conversation`) near
  the top;
- a page carries Meta's class names somewhere: the minified `_a6-g`, `_2pin`, `_3-95` of
  2018 on, `pam`/`uiBoxWhite` cards, or the legacy archive's `contents`, `nav`, `meta`,
  `thread` and `message` blocks.  Another platform's page, a CSV or JSON saved as `.html`, has
  none.

Only a clear miss counts, and only for a file that then gives nothing (`Fetcher.guarded`).
"""

from __future__ import annotations

import re
from typing import BinaryIO

_BOM = b"\xef\xbb\xbf"
_META_JSON = re.compile(rb'\s*(?:\[|\{\s*(?:\}|"[a-z][a-z0-9_]*"\s*:))')
_PAGE_CLASS = re.compile(
    r"""\bclass\s*=\s*["']?(?:[^"'>]*\s)?(?:_[0-9a-z]|pam\b|uiBoxWhite\b|contents\b|nav\b|meta\b|thread\b|message\b)""",
    re.IGNORECASE,
)
HEAD_BYTES = 64 * 1024
"""How far into a conversation file its keys are looked for: a thread names its participants first."""


def head_of(stream: BinaryIO) -> bytes | None:
    """The first bytes of a stream without consuming them; None if it cannot peek (the TikTok
    TXT reader uses it too, to tell a page or JSON file saved under a `.txt` name)."""
    peek = getattr(stream, "peek", None)
    if not callable(peek):
        return None
    head = peek(HEAD_BYTES)
    return head[:HEAD_BYTES] if isinstance(head, bytes) else None


def json_is_meta(head: bytes, keys: tuple[str, ...] = ()) -> bool:
    """Whether a JSON file's first bytes are Meta's shape (and name one of `keys`, if given)."""
    head = head.removeprefix(_BOM)
    if not head.strip():
        return True  # an empty file is damaged, not another platform's: its reader says so
    if not _META_JSON.match(head):
        return False
    return not keys or any(re.search(rb'"' + key.encode() + rb'"\s*:', head) for key in keys)


_LEGACY_CLASS = re.compile(r"""\bclass\s*=\s*["']?(?:[^"'>]*\s)?(?:contents|nav|meta|comment|thread|message)\b""", re.I)


def page_is_meta(markup: str, legacy: bool = False) -> bool:
    """Whether a page carries any of the class names Meta's pages have (see the module's doc);
    with `legacy`, those of the 2010-2018 archive only (a later page is not a legacy timeline)."""
    return (_LEGACY_CLASS if legacy else _PAGE_CLASS).search(markup) is not None
