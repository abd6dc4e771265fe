"""Two named e-mail filters for mailboxes the text itself says are an organisation's (clauses 2.4.3, 2.1.5).

`email_filters.ORGANISATION_MAILBOX` drops a quoted role mailbox ("info@", "press@") unless a first-person word
comes before it, because "my" or "I" before a mailbox is most often its owner speaking ("my email: hello@…").
Two kinds of text say whose the mailbox is in words that outweigh such a first-person word:

- `MAILBOX_CALLED_AN_ORGANISATIONS`: the words right before the address name it as an organisation's mailbox:
  "I've written to the surgery email (admin@…) twice", "their main email is lettings@…", "the council's
  inbox: …", "ask head office: partners@…".  "The", "their" or "its" with an organisation's noun, or with
  "general", "main" or "central" (a shared inbox), is never a private person's own address.  "My email",
  "her email" and "their email" are left alone: they are a person's;
- `SENDERS_MAILBOX`: a role mailbox that mail came from ("the match report came from press@…", "an email
  from bookings@… this morning") or that answered the writer ("support@… wrote back within the hour"): the writer is
  the mailbox's correspondent, and "my" or "I" in the sentence is the customer's, not the owner's.  Only a
  role mailbox (`email_roles.is_role_mailbox`): a friend's "from jo.bloggs@…" is still a person's.
"""

from __future__ import annotations

import re

from detectors.email_roles import is_role_mailbox
from detectors.filters import Filter

_ORG_NOUNS = (
    r"school|academy|college|university|uni|nursery|council|company|firm|club|society|charity|church|surgery|"
    r"practice|hospital|clinic|bank|shop|store|hotel|gym|library|office|head\s+office|business|agency|"
    r"solicitors?|accountants?|landlords?\s+agents?|letting\s+agents?|estate\s+agents?|supplier|provider|"
    r"insurers?|airline|trust|association|team|department|dept|pta|helpdesk|help\s+desk|support"
)
_CALLED = re.compile(
    r"(?i)\b(?:the|their|its)\s+(?:(?:" + _ORG_NOUNS + r")(?:['’]s)?\s+(?:(?:general|main|central|contact|"
    r"enquiries|admin|office)\s+)?|(?:general|main|central|shared|generic|enquiries)\s+)"
    r"(?:e-?mail(?:\s+address)?|address|inbox|mailbox)\s*(?:is|was|:|,|-|–|—|\(|\s)*$"
    r"|(?i:\b(?:head\s+office|customer\s+services?|the\s+helpdesk|switchboard))\s*[:–—-]\s*$"
)
"""An organisation's mailbox named right before the address: "the surgery email (", "their main email is",
"the council's inbox:", "head office: "."""
_CALLED_WITHIN = 48
"""Characters before the address read for `_CALLED`: the phrase and a few words of the sentence ("... is")."""

_FROM_BEFORE = re.compile(
    r"(?i)\b(?:comes?|came|coming|sent|arrives?|arrived|result|results|reply|replies|email|e-mail|"
    r"message|letter|newsletter|receipt|confirmation|reports?|updates?|invoice|bill|statement|reminder)\s+"
    r"(?:\w+\s+){0,2}?from\s+$"
)
"""Mail that came from the mailbox: "comes from ", "got my match report from ", "an email from "."""
_ANSWERED_AFTER = re.compile(r"\s+(?:replied|responded|answered|wrote\s+back|got\s+back|emailed\s+(?:me|us|back))\b")
"""The mailbox answered the writer: "support@… wrote back within the hour"."""


def _called_an_organisations(text: str, start: int, end: int) -> bool:
    """ "the surgery email (admin@…)", "their main email is lettings@…": an organisation's mailbox."""
    return _CALLED.search(text, max(0, start - _CALLED_WITHIN), start) is not None


def _senders_mailbox(text: str, start: int, end: int) -> bool:
    """ "came from press@…", "support@… wrote back": a role mailbox that wrote to the writer."""
    if not is_role_mailbox(text[start:end]):
        return False
    return (
        _FROM_BEFORE.search(text, max(0, start - 48), start) is not None or _ANSWERED_AFTER.match(text, end) is not None
    )


MAILBOX_CALLED_AN_ORGANISATIONS = Filter(
    "mailbox called an organisation's",
    "drop",
    "the text calls the address an organisation's mailbox (the surgery email, their main email, head office)",
    _called_an_organisations,
)
SENDERS_MAILBOX = Filter(
    "organisation's mailbox that wrote to the writer",
    "drop",
    "a role mailbox that mail came from or that answered the writer (came from press@…, support@… wrote back)",
    _senders_mailbox,
)
