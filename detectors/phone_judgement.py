"""The learned last word on a phone number: the writer's or another person's own, or an organisation's?

The phone rules read numbers exactly (`phonenumbers`, the Ofcom drama ranges); whose a number is was
decided by named filters (`phone_filters`: a surgery, a shop, a helpline, a date or a price), which on
writing their authors never saw let organisations' numbers through ("ring Crawford & Co on ...") and
turned people's own down.  The phone classifier (`contact_judgement`: how candidates are read twice and
judged) reads the words around each number, the number masked, after marks of the section, of the kind
of number (a UK mobile, another UK line, a number abroad), of whether the rules saw it offered as a
contact and of how strongly they hold it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detectors.base import Match
from detectors.contact_judgement import KindJudgement, masked_window, strength_mark
from detectors.filters import verdict
from detectors.judgement import section_mark
from detectors.phone_cues import OWN_NUMBER, OWNED_AFTER, PRIVATE_PERSON
from detectors.phone_filters import PHONE_FILTERS

CANDIDATE = "xxphone"
"""Placeholder for the number being judged."""
OTHER_CANDIDATE = "xxotherphone"
"""Placeholder for any other number found in the same text."""
_STATED_WIDTH = 48
_SENTENCE_END = re.compile(r"[.!?\n]")


def number_marks(e164: str, rule: str) -> str:
    """Words for the kind of number and how it was found: "xxukmobile xxoffered"."""
    kind = "xxukmobile" if e164.startswith("+447") else "xxukline" if e164.startswith("+44") else "xxabroad"
    return f"{kind} {'xxoffered' if 'offered' in rule else 'xxplain'}"


def phone_input(text: str, section: str, candidate: Match, found: Sequence[Match]) -> str:
    """What the classifier reads: marks of the section, the number and the rules' strength, then the text
    around the candidate, it masked by `CANDIDATE` and every other number found by `OTHER_CANDIDATE`."""
    window = masked_window(text, candidate, found, CANDIDATE, OTHER_CANDIDATE)
    marks = f"{number_marks(candidate.value, candidate.rule)} {strength_mark(candidate.confidence)}"
    return f"{section_mark(section)} {marks} | {window}"


def number_stated(text: str, found: Match) -> bool:
    """The words right before a number, in its sentence, give it as the writer's or a private person's own
    ("ours: home 01632 ...", "we're on", "my mum's landline", `phone_cues.OWN_NUMBER`, `PRIVATE_PERSON`), or
    the words right after do ("... is Niall's"): the judgement never vetoes it.  A bag of words reads a short
    line with a landline in it as an organisation's, and most are; these are not."""
    before = _SENTENCE_END.split(text[max(0, found.start - _STATED_WIDTH) : found.start])[-1]
    if OWN_NUMBER.search(before) is not None or PRIVATE_PERSON.search(before) is not None:
        return True
    return OWNED_AFTER.match(text, found.end) is not None


def _overruled(text: str, found: Match) -> tuple[str, ...]:
    return verdict(PHONE_FILTERS, text, found.start, found.end)[1]


PHONE_JUDGEMENT = KindJudgement("phone", phone_input, number_stated, _overruled)
"""The phone classifier's part in `contact_judgement` (`PhoneDetector.detect_batch`)."""
