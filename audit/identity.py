"""What makes a finding "the same one" next year: the anchor its fingerprint is built on.

The annual re-check carries the person's decisions from one export to the next, so a finding's
identity must rest on what the person would call the same thing, and never on how the export
happened to lay it out that year:

- the platform;
- the platform's own id of the item (a tweet's id is the same in a 2017 Grailbird archive and in
  a 2024 `data/` one);
- where there is none (Meta's posts, profile fields), the item's time to the minute in UTC and a
  digest of its normalised text (Unicode-folded, case-folded, letters and digits only, so an HTML
  and a JSON flavour of the same post agree, whatever their entities, spacing or mojibake repair);
- for a media file with no text, the file's own name;
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
_NOT_WORD = re.compile(r"[\W_]+")


def normalised_text(text: str) -> str:
    """The words of a text only: what two layouts of one post have in common."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("", folded)


def anchor(item: Item) -> str:
    """Where an item lives, in terms that survive every export generation of the same account."""
    where = item.provenance
    if where.item_id:
        return f"{where.platform}:id:{where.item_id}"
    if where.section in ("profile", "account"):
        return f"{where.platform}:profile"
    parts = [where.platform]
    if where.created_at is not None:
        when = where.created_at
        when = when.astimezone(UTC) if when.tzinfo else when
        parts.append(when.strftime("%Y-%m-%dT%H:%M"))
    words = normalised_text(item.text or "")
    if words:
        parts.append("text:" + hashlib.sha256(words.encode()).hexdigest()[:24])
    elif item.media is not None:
        parts.append("media:" + item.media.path.rsplit("/", 1)[-1])
    else:
        parts.append("file:" + where.file.rsplit("/", 1)[-1])
    return ":".join(parts)


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
