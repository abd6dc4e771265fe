"""The e-mail filter for addresses that stand for anyone's: placeholders and patterns.

"user@example.com as the sign-in box's hint", "staff are firstname.lastname@…", "you@yourdomain.example.com",
"the form says a.smith at club dot example dot org, but that's only the template": a form's hint
or an address pattern being explained, never one person's own address (clause 2.4.3 is about a
person's).  The address is read as written, plain or spelt out, and judged by its mailbox name:
the whole of it ("yourname", "xxx") or any of its pieces ("firstname", "surname"), or by what
the text says of it ("not a real address", "a template").
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_TEMPLATE_LOCAL_PARTS = frozenset(
    str.split(
        "name email test example user username user.name user_name yourname your.name your_name yourusername youremail your.email "
        "firstname first.last firstname.lastname firstname.surname first.surname forename.surname "
        "initial.surname name.surname someone somebody john.doe jane.doe joe.bloggs xxx xxxx abc"
    )
)
"""Mailbox names that stand for anyone's as a whole ("yourname@", "john.doe@")."""
_PLACEHOLDER_PIECES = frozenset(
    "firstname lastname surname forename yourname username initial initials yourusername fullname".split()
)
"""Pieces of a mailbox name that only a pattern has: "initial.surname", "sam.surname"."""
_STAND_IN_WORDS = frozenset("test tester testing user demo sample dummy fake example account name email".split())
"""Words a developer's or a form's stand-in mailbox is made of, every piece of it ("demo.account", "tester.name"); a
real mailbox has at least one piece of a name or a nickname ("test.jo" is left alone)."""
_CALLED_A_PLACEHOLDER = re.compile(
    r"(?i)\b(?:placeholder|template|dummy|not\s+a\s+real\s+(?:person|address|one|e-?mail))\b"
)
"""The text says the address is a stand-in ("it's only a made-up example, not anyone's")."""
_TEMPLATE_DOMAIN = re.compile(r"(?i)^(?:your|my)?(?:domain|company|website|provider)\.")
_AT = re.compile(r"(?i)\s*(?:[@＠]|[\[({<]\s*(?:at|@|＠)\s*[\])}>]|\s(?:at|arroba)\s)\s*")
_DOT = re.compile(r"(?i)\s*(?:[\[({<]\s*(?:dot|\.)\s*[\])}>]|\s(?:dot|punto)\s|[._-])\s*")


def _template_address(text: str, start: int, end: int) -> bool:
    """ "firstname.lastname@…", "you@yourdomain.example.com", "a.smith at club dot example dot org (only the template)"."""
    parts = _AT.split(text[start:end].strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    local, domain = parts[0].strip().lower(), parts[1].strip()
    dotted = ".".join(piece for piece in _DOT.split(local) if piece)
    if local in _TEMPLATE_LOCAL_PARTS or dotted in _TEMPLATE_LOCAL_PARTS or _TEMPLATE_DOMAIN.match(domain):
        return True
    if set(dotted.split(".")) & _PLACEHOLDER_PIECES or set(dotted.split(".")) <= _STAND_IN_WORDS:
        return True  # "initial.surname", "demo.account": a stand-in made of stand-in words
    return _CALLED_A_PLACEHOLDER.search(text, max(0, start - 80), min(len(text), end + 80)) is not None


TEMPLATE_ADDRESS = Filter(
    "placeholder address",
    "drop",
    "an address that stands for anyone's: a form's hint or a pattern (firstname.lastname@…, you@yourdomain…)",
    _template_address,
)
