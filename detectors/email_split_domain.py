"""An address whose domain a machine reading a screenshot split with a space: "jo@mail.exam ple.org", "….co m".

Text pasted from a screenshot or a photographed card carries spaces the reader put in where the letters sat far
apart.  Inside a mailbox's domain such a space cuts the address short: the plain pattern reads
"jo@mail.exam" and stops, and the address reported is wrong (or no address at all).  The piece after the space
is joined back only when the join is plainly the rest of a domain, so a word after an address is never taken
into it:

- the piece has a dot and ends in a common top-level label ("ple.org"), and the address before it does not
  (a finished "jo@example.com" is never extended by the next words);
- or the piece is one or two letters that finish the address's last label into "com", "org" or "net"
  ("….co m", "….ne t");

and the piece ends the address: nothing but a space, the end of the text or punctuation comes after it.
"""

from __future__ import annotations

import re

_COMMON_ENDS = frozenset("com org net uk info io me ie eu de fr es it nl au ca us nz edu gov".split())
"""Top-level labels the rest of a split domain ends in (one a reader could cut; "co" alone is not one, as
"….co m" is a cut "com" far more often than Colombia)."""
_FINISHED = _COMMON_ENDS
"""Last labels that end an address already: one of them, and the next piece is the sentence's."""
_PIECE = re.compile(r" ([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?=$|[\s,;:!?)'\"]|\.(?:$|\s))")
_SHORT_ENDS = {"co": "m", "or": "g", "ne": "t", "c": "om", "o": "rg", "n": "et"}
"""A last label and the letters the cut took from it ("co" + "m" is "com")."""


def rejoined_end(text: str, end: int, address: str) -> int | None:
    """Where the address that the plain pattern read up to `end` really ends, when a space the reader put in
    split its domain (see the module's docstring); None when nothing after it is the rest of its domain."""
    piece = _PIECE.match(text, end)
    if piece is None:
        return None
    rest = piece.group(1)
    last = address.rpartition(".")[2].lower()
    if "." in rest:
        if rest.rpartition(".")[2] in _COMMON_ENDS and last not in _FINISHED and rest[0].isalpha():
            return piece.end(1)
        return None
    return piece.end(1) if _SHORT_ENDS.get(last) == rest else None
