"""An official's work mailbox passed on by someone they serve: "our housing officer is d.kaur@…-council…", "her work
email is n.ahmed@…homes…" (clauses 2.4.3, 2.1.5).  One named, separately tested drop filter
(tests/detectors/test_email_official.py), `OFFICIALS_WORK_MAILBOX`.

`email_org_domain.PUBLIC_BODYS_MAILBOX` drops a council's or a club's service mailboxes ("swim@…", "fostering@…") but
leaves a named person's ("jo.bloggs@…council…"), since that can be the writer's own.  When the text speaks of that
person in the third person, as the officer, adviser or councillor who deals with the writer, the address is the
body's line to its staff member, quoted: not the writer's and not a private person's.  So the filter needs:

- a name before the @ (`jo.bloggs`, `j.ames`, `cllr.mahmood`) at the domain of a public body, a housing
  association, a charity or a club (the words of `email_org_domain`);
- a word for someone who serves the writer in the clause before it: "our housing officer", "the finance contact",
  "her work email", "Councillor ...", "adviser";
- no first-person word right before the address ("my work email is", "email me at"): then it is the writer's own.
"""

from __future__ import annotations

import re

from detectors.email_org_domain import at_public_body
from detectors.filters import Filter

_NAMED_LOCAL = re.compile(r"(?i)^(?:cllr|councillor|dr|[a-z]{1,2}|[a-z]{3,})[._-][a-z]{2,}\d*$")
"""A person's name before the @: "d.kaur", "gemma.price", "cllr.mahmood" (not one word: "planning@")."""
_SERVES_THE_WRITER = re.compile(
    r"(?i)\b(?:(?:her|his|their)[ \t]+(?:work[ \t]+)?e-?mail|"
    r"(?:our|my|your|the|a|their|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:officer|adviser|advisor|caseworker|case[ \t]+worker|social[ \t]+worker|councillor|clerk|coordinator|"
    r"co-ordinator|negotiator|contact|liaison|manager)|councillor|cllr)\b"
)
"""Someone who serves the writer, named before the address: "our housing officer", "the finance contact"."""
_OWN_BEFORE = re.compile(r"(?i)\b(?:me|my|i['’]?m|i)\b[^.!?\n]{0,24}$")
"""The writer's own word right before the address ("email me at", "my work email is")."""
SERVES_WITHIN = 120
"""Characters before the address read for the word for the official (their sentence, in practice)."""


def _officials_work_mailbox(text: str, start: int, end: int) -> bool:
    """A named official's mailbox at a public body, quoted by someone they serve (see the module's docstring)."""
    local, public = at_public_body(text[start:end])
    if not public or _NAMED_LOCAL.match(local) is None:
        return False
    if _OWN_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    before = text[max(0, start - SERVES_WITHIN) : start]
    return _SERVES_THE_WRITER.search(before) is not None


OFFICIALS_WORK_MAILBOX = Filter(
    "official's work mailbox",
    "drop",
    "a named officer's, adviser's or councillor's mailbox at a public body, passed on by someone they serve",
    _officials_work_mailbox,
)
