"""Named e-mail filter for a function's mailbox of several words ("burial.forms@…", "pest.control@…").

`email_function_mailbox.FUNCTION_WORD_MAILBOX` asks of a one-word mailbox ("grants@…") whether anything in the
text makes it a person's.  Departments and desks are as often named with two or three words joined by a dot, a
hyphen or an underscore ("noise.nuisance@", "flood.grants@", "claims-handling@", "lost_keys@"), and no
list of such words can be complete: each round of writers brings new ones, in every language a community writes
in.  The shape alone cannot tell them from a person's "first.last@", so the filter asks the same question as its
one-word sibling, of every piece:

- every piece is a word of letters, three or more of them (an initial makes "j.pike@" a person's);
- the address is at a domain of its own (not a mail service's, not a household's, not the bare example domains);
- no piece is written in the text as somebody's name (a capital inside a sentence: "ask Sam", "Mrs Reed";
  `email_function_mailbox.written_as_a_name`), no piece opens a label of the domain ("sam.reed@samreed…"),
  and no name the text writes is spelt in the address (`email_function_mailbox.name_in_address`);
- its paragraph names an organisation (a council, a surgery, a hospice, a club: `phone_cues.ORGANISATION`), and
  nobody there speaks for themselves ("I", "me", "my": a sole trader's own mailbox, unless the writer says they
  wrote to it: "I've emailed the housing office (repairs.north@…)") or is spoken of as "she" or
  "he" (the organiser's own mailbox).  Without an organisation named, "ines.varga@correo…" is a person's
  address at a mail service whose name no list holds.

A person's work mailbox is their name, and people who pass one on name the person ("her work email is
t.okoro@…" keeps "Tola"'s initial, "Sam Reed's is sam.reed@…" keeps Sam's name); a function's words name nobody.
"""

from __future__ import annotations

import re

from detectors.email_function_mailbox import (
    function_domain,
    name_in_address,
    paragraph_around,
    speaks_for_self,
    written_as_a_name,
    written_to,
)
from detectors.filters import Filter
from detectors.phone_cues import organisation_ends

_PIECES = re.compile(r"[._-]")
_WORD = re.compile(r"[a-z]{3,24}")
_MAX_PIECES = 3
"""Departments are named in one to three words; a longer dotted run is a path or a code, not a mailbox name."""


def function_words(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a mailbox of two or three words at an organisation's own domain, none of
    them written as a name in the text and none opening the domain."""
    candidate = text[start:end]
    if "@" not in candidate:
        return False
    local, _, _ = candidate.strip().lower().rpartition("@")
    pieces = _PIECES.split(local)
    if not 2 <= len(pieces) <= _MAX_PIECES or not all(_WORD.fullmatch(piece) for piece in pieces):
        return False
    labels = function_domain(candidate)
    if labels is None or any(label.startswith(piece) for piece in pieces for label in labels):
        return False  # a mail service's or a household's domain, or "sam.reed@samreedphoto…": the person's own
    if any(written_as_a_name(text, piece, start, end) for piece in pieces):
        return False  # "ask Sam Reed: sam.reed@…": a named person's work mailbox
    return not name_in_address(text, start, end)


_SHE_OR_HE = re.compile(r"(?i)\b(?:she|he|she['’]s|he['’]s|she['’]ll|he['’]ll)\b")
"""Someone spoken of as a person in the address's paragraph ("send photos to the organiser, kit.hale@…, and she'll
sort them"): the mailbox is that person's."""


def _function_words_mailbox(text: str, start: int, end: int) -> bool:
    """ "burial.forms@…council…", "noise.nuisance@…": a function's mailbox, in a paragraph that names an
    organisation (a council, a surgery, a club: `phone_cues.ORGANISATION`) and speaks for nobody's self."""
    if not function_words(text, start, end):
        return False
    if speaks_for_self(text, start, end) and not written_to(text, start):
        return False  # "orders.cakes@… is me": a sole trader's; but "I've emailed noise.nuisance@…" is not
    paragraph = paragraph_around(text, start, end)
    return bool(organisation_ends(paragraph)) and _SHE_OR_HE.search(paragraph) is None


FUNCTION_WORDS_MAILBOX = Filter(
    "function's mailbox of several words",
    "drop",
    "a mailbox of two or three words at an organisation's own domain that the text never gives a person's name "
    "or the writer's",
    _function_words_mailbox,
)
