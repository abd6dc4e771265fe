"""A household's own mailbox: a family's or a couple's, shared by its people (clause 2.4.3).

Two filters drop mailboxes that look shared or made for a purpose: `email_shared_inbox.SHARED_INBOX_NAMED` ("our
shared inbox", "the team mailbox") and `email_filters.ORGANISATION_MAILBOX` (a role word before the @: "photos@",
"rsvp@").  Both are right for a workplace and wrong for a home: a couple's wedding mailbox, a family's inbox for
sharing out a grandparent's hospital visits, reach private people and nobody else, as the policy means a personal address.

`household_mailbox` tells the two apart by what the text and the address say of a household:

- a household word in the few sentences before the address or in the address itself: a wedding, a family, a relative
  ("Grandpa's visits"), a couple, a baby, a christening;
- and something that makes the mailbox the household's rather than a firm's it deals with: the text calls it
  *our* shared mailbox, or the domain is a household's own (two names joined, "samandalex.", or "family.",
  "wedding."), or the mailbox name joins two names.

No organisation may be named there ("the wedding venue's shared inbox" stays a venue's): the
organisation words are `phone_cues.ORGANISATION`'s.
"""

from __future__ import annotations

import re

from detectors.phone_cues import FAMILY, ORGANISATION

_HOUSEHOLD_WORDS = re.compile(
    rf"(?i)\b(?:wedding|weddings|newlyweds?|honeymoon|christening|engagement|family|families|couple|"
    rf"(?:the\s+)?kids|baby|babies|{FAMILY})(?:['’]s)?\b"
)
"""A household and its occasions: "our wedding", "the family", "Mum", "the kids"."""
_HOUSEHOLD_PIECE = re.compile(r"(?i)^(?:wedding|family|home|household|the[a-z]+s)$")
"""A label of the address that is a household's own: "wedding.", "family.", "thebrowns."."""
_TWO_NAMES = re.compile(r"(?i)^[a-z]{3,10}(?:and|n|plus)[a-z]{3,10}$")
"""Two names run together ("samandalex", "jonandpriya"): a couple's own label."""
_OUR_SHARED = re.compile(r"(?i)\bour\s+(?:own\s+)?(?:shared|joint|family)\s+(?:e-?mail|inbox|mailbox|address)\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_WITHIN = 160


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - _WITHIN) : start]
    return window[max((m.end() for m in _SENTENCE_START.finditer(window)), default=0) :]


def _paragraph_before(text: str, start: int) -> str:
    """The paragraph before the address, up to `_WITHIN` characters: "Grandpa's visits this month … anyone who
    can't make theirs, tell the family inbox …" names the household a sentence before the mailbox."""
    window = text[max(0, start - _WITHIN) : start]
    return window[window.rfind("\n\n") + 1 :]


def household_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the address at `text[start:end]` is a family's or a couple's own, by the words around it."""
    address = text[start:end].lower()
    local, _, domain = address.rpartition("@")
    pieces = [piece for piece in re.split(r"[._-]", local) if piece]
    labels = [label for label in domain.split(".") if label][:-1]
    sentence, paragraph = _sentence_before(text, start), _paragraph_before(text, start)
    if ORGANISATION.search(paragraph):
        return False
    household_said = _HOUSEHOLD_WORDS.search(paragraph) is not None or any(
        _HOUSEHOLD_WORDS.fullmatch(piece) for piece in pieces
    )
    if not household_said:
        return False
    households_own = any(_HOUSEHOLD_PIECE.match(label) or _TWO_NAMES.match(label) for label in labels)
    return (
        households_own or any(_TWO_NAMES.match(piece) for piece in pieces) or _OUR_SHARED.search(sentence) is not None
    )
