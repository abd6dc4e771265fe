"""A mailbox name spaced out at its dots, before a spaced @: "kit . morrow @ example . net" (clause 2.4.3).

People who space an address to keep it from scrapers space all of it, the dots of the name as well as the @
and the domain's dots.  The spaced-@ pattern (`email._SPACED`) reads a name as the run of characters right
before " @ ", which for "kit . morrow @ example . net" is "morrow" alone: the finding would hold a mailbox that
is not the writer's ("morrow@example.net") and miss the one that is.  So the name is read back over each
" . " to its first piece.

Only when the address is spaced the same way after the @ ("example . com"): one spacing style through the
whole address is what someone hiding an address does, whereas "sorted . morrow @ example.net" could be
a sentence's full stop before a name.  A piece of the name is a run of mailbox characters with no space
inside, so prose before it ("write to kit . morrow @ …") is never drawn in.
"""

from __future__ import annotations

import re

_PIECES_BEFORE = re.compile(r"(?<![\w.@+-])(?:[A-Za-z0-9_+-]+[ \t]\.[ \t])+$")
"""Name pieces each followed by a spaced dot, ending right where the spaced match starts: "kit . "."""
_LOOK_BACK = 64
"""Characters before the match read for the pieces (a long name is a few pieces of a dozen characters)."""


def spaced_name_start(text: str, start: int, end: int) -> int | None:
    """Where the whole mailbox name starts when the spaced address `text[start:end]` ("morrow @ example . net")
    is the last piece of a name spaced at its dots ("kit . morrow"), else None."""
    if start < 3 or " . " not in text[start:end].partition("@")[2] or text[start - 3 : start] != " . ":
        return None
    found = _PIECES_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    return found.start() if found else None
