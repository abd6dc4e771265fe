"""Named e-mail filter for an amount said to be paid at a website: "pay £2.10 at parcel-fees.example.net".

Read as an address spelt out in words ("<name> at <domain> dot <tld>"), a price before "at" and a web address after
it makes "2.10@parcel-fees…".  A mailbox name is never an amount of money: a currency sign right before the
digits, or digits with a decimal point and nothing else, is a price (scam texts, fees, refunds quoted in posts),
and the "at" is where it is paid.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_AMOUNT = re.compile(r"[£$€¥₹]?\s?\d+(?:[.,]\d{1,2})?")
"""An amount as a mailbox name would start: "£2.10", "$20", "3.50"."""
_CURRENCY_BEFORE = re.compile(r"[£$€¥₹]\s?$")
_LOCAL_END = re.compile(r"\s*(?:@|\bat\b|[\[({<]\s*at\s*[\])}>])", re.IGNORECASE)


def _amount_at_a_site(text: str, start: int, end: int) -> bool:
    """ "pay £2.10 at parcel-fees.example.net": a price and where it is paid, not an address."""
    amount = _AMOUNT.match(text, start)
    if amount is None or _LOCAL_END.match(text, amount.end()) is None:
        return False  # the mailbox name goes on past the digits ("1985.kate at …")
    written = amount.group()
    return (
        _CURRENCY_BEFORE.search(text, max(0, start - 2), start) is not None
        or not written[:1].isdigit()
        or ("." in written or "," in written)
    )


AMOUNT_AT_A_SITE = Filter(
    "amount paid at a website",
    "drop",
    "a price before 'at' and a web address (pay £2.10 at site.example.net): not a mailbox",
    _amount_at_a_site,
)
