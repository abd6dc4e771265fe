"""What makes a finding "the same one" next year: the anchor its fingerprint is built on.

The annual re-check carries the person's decisions from one export to the next, so a finding's
identity must rest on what the person would call the same thing, and never on how the export
happened to lay it out that year:

- the platform;
- the platform's own id of the item (a tweet's id is the same in a 2017 Grailbird archive and in
  a 2024 `data/` one), except on Facebook and Instagram, whose JSON flavour carries ids that the
  HTML flavour of the same download does not;
- where there is none (Meta's posts), the item's day and a digest of the line of text that holds
  the evidence, normalised (Unicode-folded, case-folded, letters and digits only), so that an
  HTML and a JSON flavour of the same post agree whatever their entities, spacing or mojibake
  repair, and whether the flavour shows the photo's caption inside the post or beside it, with
  the post's time or the photo's;
- with no text, the place a check-in names, else its position, else a media file's own name;
- for the profile (bio, contact fields, "about"), the profile itself: the same number in next year's
  bio is the same finding even if the words around it, or the field's name, changed.

File paths, field names ("text" or "full_text") and the layout generation never enter it.
`legacy_anchor` is the anchor of identity version 1 (platform, id or file name and time, field),
kept so that decisions saved under it are carried over (`audit.recheck.carry_over`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC

from detectors.base import Item

IDENTITY_VERSION = 2
_IDS_NOT_IN_EVERY_FLAVOUR = frozenset({"facebook", "instagram"})
_NOT_WORD = re.compile(r"[\W_]+")


def normalised_text(text: str) -> str:
    """The words of a text only: what two layouts of one post have in common."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("", folded)


def anchor(item: Item, start: int = 0, end: int = 0) -> str:
    """Where the evidence at `start:end` of an item lives, in terms that survive every export
    generation of the same account."""
    where = item.provenance
    if where.item_id and where.platform not in _IDS_NOT_IN_EVERY_FLAVOUR:
        return f"{where.platform}:id:{where.item_id}"
    if where.section in ("profile", "account"):
        return f"{where.platform}:profile"
    parts = [where.platform]
    if where.created_at is not None:
        when = where.created_at
        when = when.astimezone(UTC) if when.tzinfo else when
        parts.append(when.strftime("%Y-%m-%d"))
    words = normalised_text(_line(item.text or "", start, end))
    if words:
        parts.append("text:" + hashlib.sha256(words.encode()).hexdigest()[:24])
    elif item.place:
        parts.append("place:" + hashlib.sha256(normalised_text(item.place).encode()).hexdigest()[:24])
    elif item.coordinates is not None:
        parts.append("at:{:.3f},{:.3f}".format(*item.coordinates))
    elif item.media is not None:
        parts.append("media:" + item.media.path.rsplit("/", 1)[-1])
    else:
        parts.append("file:" + where.file.rsplit("/", 1)[-1])
    return ":".join(parts)


def _line(text: str, start: int, end: int) -> str:
    """The line of `text` holding `start:end` (the whole text when the span is empty)."""
    if end <= start:
        return text
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : last if last >= 0 else len(text)]


def legacy_anchor(item: Item) -> str:
    """Identity version 1: the platform's id, else the file's name and the item's time; then the field."""
    where = item.provenance
    if where.item_id:
        base = where.item_id
    else:
        base = where.file.rsplit("/", 1)[-1]
        if where.created_at is not None:
            base += "@" + where.created_at.isoformat()
    return f"{where.platform}:{base}:{where.field}"
