"""Who owns an Instagram export that has no personal information to say so.

Messages are read only for their owner's own words (`meta_messages`), and the owner's name
normally comes from `personal_information`.  People download only some categories, though,
and an export of messages alone has no `personal_information/` at all: then the owner is
inferred from the threads themselves, and only when the evidence is unambiguous.

1. The owner is in every thread: the names present in all threads (a JSON thread's
   `participants`, an HTML thread's senders) narrow to the owner as soon as the person has
   talked to two different people.
2. When several names remain (one thread, or every thread with the same person), a name
   that matches the export's own username decides: the download is named
   `instagram-<username>-YYYY-MM-DD-<random>.zip` (shared/formats/instagram.md, I3).
3. Otherwise the thread folders decide: a thread's folder is named after the *other*
   account (`<username>_<thread id>`), so a name matching a folder is not the owner's; if
   exactly one name is left, it is the owner's.

Anything else gives no owner, and no message is read: reading a stranger's words as the
person's would be worse than reading none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from audit.errors import UnreadableMember
from audit.fetchers.meta_common import MetaFetcher
from audit.fetchers.meta_html import load_page, page_records
from audit.fetchers.meta_messages import THREAD_HTML, THREAD_JSON, json_participants, owner_key

_EXPORT_NAME = re.compile(r"(?:^|[/\\])instagram-(?P<user>[A-Za-z0-9._]+)-\d{4}-\d{2}-\d{2}-[A-Za-z0-9]+(?:\.zip)?$")
_THREAD_FOLDER = re.compile(r"/(?P<user>[^/]+?)_\d+/message_\d+\.[a-z]+$")
_NOT_ALNUM = re.compile(r"[\W_]+")


def inferred_owners(fetcher: MetaFetcher, not_under: str) -> frozenset[str]:
    """The owner's name (as `owner_key` compares it) from the threads, or none when unsure."""
    threads = [
        n for n in fetcher.archive.names() if not_under not in n and (THREAD_JSON.search(n) or THREAD_HTML.search(n))
    ]
    people = [names for thread in threads if (names := _people(fetcher, thread))]
    if not people:
        return frozenset()
    common = frozenset.intersection(*people)
    if len(common) <= 1:
        return common
    users = {squash(u) for u in export_usernames(fetcher.archive.label)}
    named = {c for c in common if squash(c) in users}
    if len(named) == 1:
        return frozenset(named)
    others = {squash(m["user"]) for thread in threads if (m := _THREAD_FOLDER.search(thread))}
    left = {c for c in common if squash(c) not in others}
    return frozenset(left) if len(left) == 1 else frozenset()


def export_usernames(label: str) -> list[str]:
    """Usernames in the download's own name(s) (a multi-part source joins its parts with " + ")."""
    return [m["user"] for part in label.split(" + ") if (m := _EXPORT_NAME.search(part.strip()))]


def squash(name: str) -> str:
    """A name or username reduced to its letters and digits, to compare "Sam Example" with "sam_example"."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", name).casefold())


def _people(fetcher: MetaFetcher, name: str) -> frozenset[str]:
    """The names in one thread: JSON participants, or HTML card senders (a card's `h2`)."""
    try:
        found = list(json_participants(fetcher, name) if name.endswith(".json") else _html_senders(fetcher, name))
    except UnreadableMember:
        return frozenset()  # the thread's own reader reports it
    return frozenset(k for k in map(owner_key, found) if k)


def _html_senders(fetcher: MetaFetcher, name: str) -> Iterator[str]:
    for record in page_records(load_page(fetcher.archive, name)):
        if record.when is not None and record.title:
            yield record.title
