"""The learned last word on an address: someone's home, or a venue's, a business's, a place to go?

The address rules find street lines and postcodes well; whether one is a home was decided by venue
words and named filters (`address_sieve`), which on writing their authors never saw missed as many
venues as they caught ("Lash lift with Hollie ... Address: 16 Chapel Street", "the satnav postcode
for the rink") and turned homes down.  The address classifier (`contact_judgement`: how candidates
are read twice and judged) reads the words around each address, the address masked, after marks of
the section, of the shape the rules found and of how strongly they hold it.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.address_premises import home_given_after, home_given_before
from detectors.address_sieve import filters_against
from detectors.base import Match
from detectors.contact_judgement import KindJudgement, masked_window, strength_mark
from detectors.judgement import section_mark

CANDIDATE = "xxaddress"
"""Placeholder for the address being judged."""
OTHER_CANDIDATE = "xxotheraddress"
"""Placeholder for any other address found in the same text."""


def rule_mark(rule: str) -> str:
    """A word for the shape the rules found: a postcode alone, a street line with its postcode, a labelled
    line, a statement of residence, or a street line."""
    rule = rule.lower()
    if "postcode" in rule:
        return "xxstreetpc" if "street" in rule else "xxpc"
    if "label" in rule:
        return "xxlabelled"
    if "statement" in rule or "live" in rule:
        return "xxresidence"
    return "xxstreet"


def address_input(text: str, section: str, candidate: Match, found: Sequence[Match]) -> str:
    """What the classifier reads: marks of the section, the shape and the rules' strength, then the text
    around the candidate, it masked by `CANDIDATE` and every other address found by `OTHER_CANDIDATE`."""
    window = masked_window(text, candidate, found, CANDIDATE, OTHER_CANDIDATE)
    return f"{section_mark(section)} {rule_mark(candidate.rule)} {strength_mark(candidate.confidence)} | {window}"


def home_stated(text: str, found: Match) -> bool:
    """The words right before or after an address give it as someone's home ("at hers,", "whose house at",
    "(Pam's)": `address_premises.home_given_before`, `home_given_after`): "at hers (the library's shut),
    12 ..." reads like a venue's line to a bag of words, and is not; the judgement never vetoes it."""
    return home_given_before(text, found.start) or home_given_after(text, found.end)


def _overruled(text: str, found: Match) -> tuple[str, ...]:
    return filters_against(text, found.start, found.end) or ("a venue or business named before it",)


ADDRESS_JUDGEMENT = KindJudgement("address", address_input, home_stated, _overruled)
"""The address classifier's part in `contact_judgement` (`AddressDetector.detect_batch`)."""
