"""The learned last word on an e-mail address: a person's own, or an organisation's mailbox?

The e-mail rules read addresses exactly, plain or spelt out; whose one is was decided by named filters
(`email_filters`, `email_verdict`: role mailboxes, organisations named before them, a firm's contact
passed on), which on writing their authors never saw let organisations' mailboxes through ("send it to
loss.adjusting@ ...", "the parish office: ...") and turned people's own down.  The e-mail classifier
(`contact_judgement`: how candidates are read twice and judged) reads the words around each address,
the address masked, after marks of the section, of how it was written (with an @ or spelt out) and of
how strongly the rules hold it, and the words of its local part ("bookings", "jo", "smith"): never its
domain, which in the corpus is always a reserved one and in the world says little about whose it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detectors.base import Match
from detectors.contact_judgement import KindJudgement, masked_window, strength_mark
from detectors.email_copied_in import COPIED_IN
from detectors.email_employer import EMPLOYEES_WORK_MAILBOX
from detectors.email_verdict import MAILBOX_FILTERS
from detectors.filters import verdict
from detectors.judgement import section_mark

EMAIL_FILTERS = (*MAILBOX_FILTERS, COPIED_IN, EMPLOYEES_WORK_MAILBOX)
"""`email_filters`' named filters and those kept in their own modules (`email_verdict`)."""
CANDIDATE = "xxemail"
"""Placeholder for the address being judged."""
OTHER_CANDIDATE = "xxotheremail"
"""Placeholder for any other address found in the same text."""
_LOCAL_WORD = re.compile(r"[a-z]{2,}")


def local_words(address: str) -> str:
    """The words of an address's local part ("loss.adjusting@..." -> "loss adjusting"), or a mark for none."""
    return " ".join(_LOCAL_WORD.findall(address.partition("@")[0].lower())) or "xxnoword"


def email_input(text: str, section: str, candidate: Match, found: Sequence[Match]) -> str:
    """What the classifier reads: marks of the section, the way it was written and the rules' strength, the
    words of its local part, then the text around the candidate, it masked by `CANDIDATE` and every other
    address found by `OTHER_CANDIDATE`."""
    window = masked_window(text, candidate, found, CANDIDATE, OTHER_CANDIDATE)
    written = "xxspelt" if "spelt" in candidate.rule or "said" in candidate.rule else "xxat"
    marks = f"{written} {strength_mark(candidate.confidence)} xxlocal {local_words(candidate.value)} xxend"
    return f"{section_mark(section)} {marks} | {window}"


def _overruled(text: str, found: Match) -> tuple[str, ...]:
    return verdict(EMAIL_FILTERS, text, found.start, found.end)[1]


def _never_stated(text: str, found: Match) -> bool:
    return False


EMAIL_JUDGEMENT = KindJudgement("email", email_input, _never_stated, _overruled)
"""The e-mail classifier's part in `contact_judgement` (`EmailDetector.detect_batch`)."""
