"""Every named e-mail filter in one tuple, and the one question other detectors ask of them.

`email.EmailDetector` weighs a candidate address against `MAILBOX_FILTERS` (`email_filters`' and those kept in
their own modules: `email_shared_inbox`, `email_function_mailbox`, `email_function_words`, `email_amount`).  The phone detector
asks the same filters whether an address beside a landline is an organisation's (`phone_beside_mailbox`): a
contact block reads as one owner's, so it needs the answer without importing the e-mail detector itself.
"""

from __future__ import annotations

import re

from detectors.contact_sender import A_SENDERS_DETAIL
from detectors.email_amount import AMOUNT_AT_A_SITE
from detectors.email_filters import EMAIL_FILTERS, one_person_business_near
from detectors.email_function_mailbox import FUNCTION_FILTERS
from detectors.email_function_words import FUNCTION_WORDS_MAILBOX
from detectors.email_household import household_mailbox
from detectors.email_shared_inbox import ORGANISATIONS_ROLE_MAILBOX, SHARED_INBOX_NAMED
from detectors.filters import Filter, drops

MAILBOX_FILTERS: tuple[Filter, ...] = (
    *EMAIL_FILTERS,
    SHARED_INBOX_NAMED,
    ORGANISATIONS_ROLE_MAILBOX,
    *FUNCTION_FILTERS,
    FUNCTION_WORDS_MAILBOX,
    AMOUNT_AT_A_SITE,
    A_SENDERS_DETAIL,
)
"""The named filters every candidate address passes through, in the order the e-mail detector asks them."""

PLAIN_ADDRESS = re.compile(r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
"""A plain address, as people paste one (the spelt-out forms are the e-mail detector's own business)."""


def organisations_mailbox(text: str, start: int, end: int) -> bool:
    """Whether a drop filter of `MAILBOX_FILTERS` takes the address `text[start:end]` for an organisation's (or
    for no mailbox at all), and the e-mail detector would not hand it back to a one-person business or a household
    (`email_filters.one_person_business_near`, `email_household`).  The filters are pure functions of the text,
    so asking them here changes no answer."""
    if not drops(MAILBOX_FILTERS, text, start, end):
        return False
    return not one_person_business_near(text, start, end) and not household_mailbox(text, start, end)


def organisations_mailbox_within(text: str, begin: int, finish: int) -> bool:
    """Whether any plain address in `text[begin:finish]` is an organisation's (`organisations_mailbox`): the
    question a contact block asks of its mailboxes before its landline or its address is called that
    organisation's (`phone_beside_mailbox`, `address_contact_block`)."""
    return any(organisations_mailbox(text, *found.span()) for found in PLAIN_ADDRESS.finditer(text, begin, finish))
