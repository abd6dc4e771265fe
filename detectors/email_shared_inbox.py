"""Two named e-mail filters, and one role-mailbox form, for mailboxes a team or an organisation shares
(clauses 2.4.3, 2.1.5).

`email_filters.ORGANISATION_MAILBOX` keeps a role mailbox when "our", "we" or "I" comes before it, because a
first-person word is most often the mailbox's owner speaking ("our bookings: hello@…" of a one-person bakery).
Some first-person words speak for a team or a firm, and some mailboxes are named as shared ones outright:

- `SHARED_INBOX_NAMED`: the words right before the address call it a shared mailbox: "our team inbox is …",
  "the department email (…)", "the HR mailbox", "the distribution list …".  A team's inbox is read by several
  people and reaches none of them privately, whoever's "our" it is.  "Not the team inbox" is left alone: the
  address after it is the writer's own;
- `ORGANISATIONS_ROLE_MAILBOX`: a role mailbox (`email_roles.is_role_mailbox`) in a sentence that speaks of
  "the company", "our CEO", "our office" and has no singular "I", "me" or "my": the plural is the firm's voice,
  and the function's mailbox is the firm's;

A role word with "team" or "desk" run on ("accountsteam@") and a whole-staff list ("all-staff@") are role mailboxes
too: `email_role_forms.team_or_list_form`.
"""

from __future__ import annotations

import re

from detectors.email_roles import is_role_mailbox
from detectors.filters import Filter

_SHARED_NAMED = re.compile(
    r"(?i)\b(?:(?:team|department(?:al)?|dept|hr|group|shared|generic|faculty|ward)(?:['’]s)?\s+"
    r"(?:e-?mail(?:\s+address)?|inbox|mailbox)|distribution\s+list|mailing\s+list)"
    r"\s*(?:is|was|:|,|-|–|—|\(|\s)*$"
)
"""A shared mailbox named right before the address: "team inbox is ", "department email (", "distribution list "."""
_NOT_BEFORE = re.compile(r"(?i)\bnot\s+(?:the\s+|our\s+|a\s+)?$")
""""not the team inbox": the address that follows is offered instead of the shared one."""
_WITHIN = 48
"""Characters before the address read for `_SHARED_NAMED`: the phrase and a short verb."""

_FIRMS_WE = re.compile(
    r"(?i)\b(?:our|the|your)\s+(?:company|firm|ceo|md|chief\s+executive|directors?|office|offices|agency|"
    r"organi[sz]ation|board|press\s+office)\b"
)
"""The firm spoken of as a firm: "the company", "our CEO", "our office"."""
_SINGULAR_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’]m|i['’]ll|i['’]ve|me|my|mine|myself)\b")
"""A person speaking for themselves: the mailbox after it may be their own one-person business's."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_PARAGRAPH_WITHIN = 120
"""Characters before the address (in its paragraph) read for `_FIRMS_WE`: a contact block's heading ("Our office:")."""


def _shared_inbox_named(text: str, start: int, end: int) -> bool:
    """ "the team inbox (hello@…)", "the admissions mailbox, apply@…": a mailbox several people read."""
    window = text[max(0, start - _WITHIN) : start]
    found = _SHARED_NAMED.search(window)
    return found is not None and _NOT_BEFORE.search(window, 0, found.start()) is None


def _organisations_role_mailbox(text: str, start: int, end: int) -> bool:
    """ "Suppliers to the company: quotes to enquiries@…": a firm's function mailbox in the firm's voice."""
    if not is_role_mailbox(text[start:end]):
        return False
    begin = max(0, start - _PARAGRAPH_WITHIN)
    paragraph = text.rfind("\n\n", begin, start)
    window = text[paragraph + 2 if paragraph >= 0 else begin : start]
    sentence = window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0) :]
    if _SINGULAR_FIRST_PERSON.search(sentence):
        return False
    return _FIRMS_WE.search(window) is not None


SHARED_INBOX_NAMED = Filter(
    "shared inbox",
    "drop",
    "the text calls the address a team's, a department's or a list's mailbox (our team inbox, the HR mailbox)",
    _shared_inbox_named,
)
ORGANISATIONS_ROLE_MAILBOX = Filter(
    "role mailbox in a firm's voice",
    "drop",
    "a role mailbox in a sentence that speaks of the company or 'our CEO' and has no 'I' or 'my'",
    _organisations_role_mailbox,
)
