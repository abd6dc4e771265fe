"""Which LinkedIn messages and invitations are the person's own (shared/formats/linkedin.md).

Only what the person wrote is read from their inbox: their own details, given away in
private, are theirs to review; what others wrote to them is not.  LinkedIn has written two
layouts under one file name, and each tells the sender apart differently:

- `Messages.csv` of the 2018 export: `From,To,Date,Subject,Content,Direction,Folder`, where
  `Direction` is `OUTGOING` or `INCOMING`.
- `messages.csv` of later exports: `CONVERSATION ID, ..., FROM, SENDER PROFILE URL, ...,
  IS MESSAGE DRAFT` with no direction.  The sender is named, not identified: the owner is the
  name in `Profile.csv`, or, with no profile in this part of the export, the sender found in
  the most conversations.

A draft is seen by no one but its writer: `IS MESSAGE DRAFT`, or in 2018 a `Folder` naming
drafts (UNVERIFIED that such a folder is exported).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from audit.fetchers.linkedin_csv import Row, fix_mojibake
from detectors.base import Visibility

NOBODY = "\0"
"""An owner no sender matches: a file with no senders at all."""


def sender(row: Row) -> str:
    """The `From`/`FROM` name as compared with the owner's (lower case, mojibake undone)."""
    return fix_mojibake(row.get("From")).lower()


def own_messages(rows: Iterable[Row], owner: str) -> Iterator[tuple[Row, Visibility]]:
    """The person's own rows of either layout, with who can see each."""
    for row in rows:
        direction = row.get("Direction").upper()
        if row.has("Direction") and direction:
            mine = direction.startswith("OUT")
        else:
            mine = bool(owner) and (sender(row) == owner or row.get("SENDER PROFILE URL").lower() == owner)
        if not mine:
            continue
        draft = row.get("IS MESSAGE DRAFT").lower() in ("true", "yes") or "DRAFT" in row.get("Folder").upper()
        yield row, "only_me" if draft else "custom"


def likeliest_sender(rows: Iterable[Row]) -> str:
    """The sender (profile URL, else name) found in the most conversations of `messages.csv`."""
    conversations: dict[str, set[str]] = {}
    for row in rows:
        name = row.get("SENDER PROFILE URL") or fix_mojibake(row.get("FROM"))
        conversations.setdefault(name.lower(), set()).add(row.get("CONVERSATION ID"))
    counts = Counter({name: len(ids) for name, ids in conversations.items() if name})
    return counts.most_common(1)[0][0] if counts else NOBODY


def sent_invitation(row: Row, owner: str) -> bool:
    """An invitation the person sent; `Direction` values (`OUTGOING`) are UNVERIFIED here."""
    return row.get("Direction").upper().startswith("OUT") or bool(owner) and row.get("From").lower() == owner
