"""A professional's work mailbox at the firm the text names, passed on by a client: "the surveyor we used, Ann Pike at
Pike & Lowe, ann.pike@pikelowe.example.com" (clauses 2.4.3, 2.1.5).  One named, separately tested drop filter
(tests/detectors/test_email_firm_contact.py), `FIRM_CONTACT`.

The other organisation filters (`email_filters.ORGANISATION_NAMED_IN_THE_TEXT`) hand back an address whose local
part is a person's name ("sam@okorophoto...": Sam's own mailbox at the business named after them), because a sole
trader's own name at their own business is their personal contact.  That is right when the writer is the trader,
and wrong when the writer is the trader's client: a solicitor's, accountant's or surveyor's named mailbox at
their firm, copied off a contact card by someone who uses the firm, is that firm's business line, not the
writer's and not a private person's.

So the filter needs all three of:

- a client's word for the professional before the address: "our solicitor", "my accountant", "Mum's
  conveyancer", "the surveyor" (a possessive or "the", never "I'm a solicitor");
- a firm named in the text, in the shape firms are named ("Dwyer & Co", "Pryor & Webb", "Hale Solicitors",
  "Corran Legal LLP");
- that firm's name spelt in the address's domain ("dwyerco", "pryorwebb", "halesolicitors").

A first-person word right before the address ("email me at", "my work email") hands it back to the writer.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_PROFESSIONS = (
    r"solicitors?|accountants?|conveyancers?|estate[ \t]+agents?|letting[ \t]+agents?|mortgage[ \t]+(?:advis[eo]r|broker)s?|"
    r"financial[ \t]+advis[eo]rs?|architects?|surveyors?|lawyers?|barristers?|notary|bookkeepers?|"
    r"insurance[ \t]+brokers?|executors?|probate[ \t]+(?:solicitor|team)"
)
_CLIENTS_WORD = re.compile(
    r"(?i)\b(?:our|my|his|her|their|the|[a-z]+['’]s)[ \t]+(?:new[ \t]+|old[ \t]+|family[ \t]+)?(?:"
    + _PROFESSIONS
    + r")\b"
)
"""A client's word for the professional: "our solicitor", "Mum's conveyancer", "the surveyor"."""
_FIRM = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:&|and)[ \t]+(?:Co|Sons?|Partners|[A-Z][\w'’-]+)\.?"
    r"|[ \t]+(?:Solicitors|Accountants|Associates|Legal|Law|Surveyors|Architects|LLP|Ltd)\b))"
)
"""A firm's name: "Dwyer & Co", "Pryor and Webb", "Hale Solicitors", "Corran Legal"."""
_OWN_BEFORE = re.compile(r"(?i)\b(?:me|my|i['’]?m|i)\b[^.!?\n]{0,24}$")
"""The writer's own word right before the address ("email me at", "my work email is")."""
CLIENT_WITHIN = 240
"""Characters before the address read for the client's word (a contact card's few lines)."""
_MAIL_LABELS = frozenset(("example", "mail", "email", "post", "inbox", "webmail", "co", "org", "ac", "gov"))


def _squashed(name: str) -> set[str]:
    """ "Dwyer & Co." -> {"dwyerco", "dwyerandco"}: a firm's name as a domain spells it."""
    lowered = name.lower().replace("’", "'")
    plain = re.sub(r"[^a-z0-9&]", "", lowered.replace(" and ", "&"))
    return {plain.replace("&", ""), plain.replace("&", "and")}


def _firm_contact(text: str, start: int, end: int) -> bool:
    """A named professional's mailbox at the named firm, given by a client (see the module's docstring)."""
    candidate = text[start:end].lower()
    if "@" not in candidate or _OWN_BEFORE.search(text, max(0, start - 30), start):
        return False
    if _CLIENTS_WORD.search(text, max(0, start - CLIENT_WITHIN), start) is None:
        return False
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in candidate.rpartition("@")[2].split(".")[:-1]]
    labels = [label for label in labels if len(label) >= 4 and label not in _MAIL_LABELS]
    if not labels:
        return False
    for firm in _FIRM.finditer(text[:start] + " " + text[end:]):
        if any(name and name in labels for name in _squashed(firm.group("name"))):
            return True
    return False


FIRM_CONTACT = Filter(
    "professional's mailbox at a named firm",
    "drop",
    "a solicitor's, accountant's or agent's work mailbox at the firm the text names, given by a client",
    _firm_contact,
)
