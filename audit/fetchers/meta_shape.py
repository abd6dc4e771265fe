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

A file may also be one of Meta's own saved over another (the profile page under the followers'
name, the start page under the profile's): its first JSON key or its page title says which kind
it is (`other_kind`), and one that gives nothing while plainly another kind is named.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, BinaryIO

from audit.errors import UnreadableMember

if TYPE_CHECKING:
    from audit.archive import Archive

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


# -- one of Meta's own files saved over another ---------------------------------------------------

KINDS: dict[str, str] = {
    "profile": "profile details",
    "start": "the export's start page",
    "friends": "a friends list",
    "followers": "a list of followers",
    "following": "a list of accounts followed",
    "comments": "comments",
    "posts": "posts",
    "stories": "stories",
    "archived": "archived posts",
    "groups": "groups joined",
    "conversation": "a conversation",
    "privacy": "privacy settings",
    "autofill": "autofill details",
    "emails": "possible e-mail addresses",
    "checkins": "check-ins",
    "contacts": "an address book",
}
"""The kinds of Meta file told apart here, in words."""
_BY_STEM = {
    **dict.fromkeys(("profile_information", "personal_information", "profile", "contact_info"), "profile"),
    "start_here": "start",
    **dict.fromkeys(("friends", "your_friends"), "friends"),
    "followers": "followers",
    **dict.fromkeys(("following", "who_you've_followed", "who_you_ve_followed", "who_you_follow"), "following"),
    **dict.fromkeys(("comments", "post_comments"), "comments"),
    **dict.fromkeys(("your_posts", "your_posts__check_ins__photos_and_videos", "posts"), "posts"),
    "stories": "stories",
    **dict.fromkeys(("archived_posts", "archive"), "archived"),
    **dict.fromkeys(("your_group_membership_activity", "your_groups"), "groups"),
    "message": "conversation",
    "autofill_information": "autofill",
    "possible_emails": "emails",
    "check-ins": "checkins",
}
"""A file's kind by its name (without `_<n>` and extension); names read otherwise are not judged."""
_BY_KEY = {
    **dict.fromkeys(("profile", "profile_v2", "profile_user"), "profile"),
    **dict.fromkeys(("friends", "friends_v2"), "friends"),
    "relationships_followers": "followers",
    **dict.fromkeys(("following_v2", "following_v3", "relationships_following"), "following"),
    **dict.fromkeys(("comments", "comments_v2", "comments_media_comments", "media_comments"), "comments"),
    "ig_stories": "stories",
    "ig_archived_post_media": "archived",
    **dict.fromkeys(("groups_joined", "groups_joined_v2"), "groups"),
    "participants": "conversation",
    "privacy_v2": "privacy",
    "ig_autofill_data": "autofill",
    "inferred_data_inferred_emails": "emails",
    **dict.fromkeys(("address_book", "address_book_v2", "contacts_contact_info"), "contacts"),
}
"""A JSON file's kind by its first key: keys only one kind of Meta file opens with."""
_BY_TITLE = {
    **dict.fromkeys(("profile information", "personal information", "contact info"), "profile"),
    "your information": "start",
    **dict.fromkeys(("friends", "your friends"), "friends"),
    "followers": "followers",
    **dict.fromkeys(("following", "who you've followed", "who you follow"), "following"),
    "comments": "comments",
    **dict.fromkeys(("your posts", "posts"), "posts"),
    "stories": "stories",
    **dict.fromkeys(("archived posts", "archive"), "archived"),
    **dict.fromkeys(("groups", "your groups"), "groups"),
    "privacy settings": "privacy",
    "autofill information": "autofill",
    "possible emails": "emails",
    "check-ins": "checkins",
    **dict.fromkeys(("contacts uploaded from your phone", "synced contacts"), "contacts"),
}
"""A page's kind by its title, as Meta's English pages have it; a title in another language, or
a conversation's (its people's names), is no kind: such a page is not judged."""
_STEM = re.compile(r"(?:_\d+)?\.(?:json|html?)$", re.IGNORECASE)
_FIRST_KEY = re.compile(rb'\s*\{\s*"([a-z][a-z0-9_]*)"\s*:')
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
NOT_ITS_KIND = (
    "it holds {found}, not {expected}: was it replaced by another file of the same name? (nothing from it was checked)"
)


def other_kind(archive: Archive, name: str) -> str | None:
    """Why a Meta file that gave nothing is another kind of Meta file than its name says
    (a profile page saved as `followers_1.html`), or None when it is not plainly so."""
    expected = _BY_STEM.get(_STEM.sub("", name.rsplit("/", 1)[-1]).lower())
    if expected is None:
        return None
    try:
        with archive.open(name) as stream:
            head = stream.read(HEAD_BYTES)
    except (UnreadableMember, OSError):
        return None
    found = kind_of(head.removeprefix(_BOM))
    if found is None or found == expected:
        return None
    return NOT_ITS_KIND.format(found=KINDS[found], expected=KINDS[expected])


def kind_of(head: bytes) -> str | None:
    """The kind of Meta file these first bytes open, by its first JSON key or its page title."""
    key = _FIRST_KEY.match(head)
    if key:
        return _BY_KEY.get(key.group(1).decode())
    title = _TITLE.search(head)
    if title:
        words = " ".join(unescape(title.group(1).decode("utf-8", "replace")).split()).lower()
        return _BY_TITLE.get(words)
    return None
