"""Cues that a street is somebody's home when no one says "we live on": two named, separately tested units
(tests/detectors/test_address_residents.py).

- `PRIVATE_RESIDENT`: a private person or a household named right before the street, as people place their
  neighbours and relatives: "the lady on Maple Rise who ...", "a woman on Beech Road", "Mrs Achebe on Foxley
  Lane", "the Okafors at 6 Brackenridge Avenue", "her dad on Glebe Street".  Where such a person is is their
  home: a shop is named by its trade ("the butcher on ..."), not by "the lady" or a family's surname;
- `HOME_LEFT_OR_LIVED_IN`: a home the writer (or someone) has left or lived in for a time: "we moved away from
  Cobbold Road", "after 30 years on Wharfedale Avenue", "we rented on Cliff Road".  A past home is still personal
  information (the brief's "lives, or lived, or is moving to").

Both read the clause before the street (`address_context.clause_before`), so a sentence end in between cuts
them off.  `HINT_WORDS` are their words the street pattern's window needs (`address_streets.HINT`): a post with
no digit is read for a bare street only near one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_KIN = (
    r"couple|family|widow|widower|pensioner|neighbou?rs?|mate|friend|pal|cousin|aunt|auntie|aunty|uncle|nan|nana|"
    r"nanna|gran|granny|grandma|grandad|grandpa|grandparents|mum|mam|dad|sister|brother|son|daughter|in-laws|"
    r"parents|folks|childminder|babysitter"
)
_STRANGER = r"lady|ladies|woman|women|man|fella|feller|bloke|guy|chap|gent|gentleman|girl|lad|lass"
"""A private person as people name one they do not name: never a trade ("the butcher", "the dentist")."""
_ADJECTIVES = r"(?:(?:old|young|lovely|nice|little|elderly|new|retired|kind|older|younger|big|other)\s+){0,2}"
_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|this|that|our|my|his|her|their|some|your)\s+"
    + _ADJECTIVES
    + r"(?:(?P<kin>"
    + _KIN
    + r")|"
    + _STRANGER
    + r")(?:\s+(?:who|that)\s+(?:still\s+|now\s+)?lives?)?\s+(?:on|at|in|along|down|up|off)\s+"
    r"(?:number\s+|no\.?\s*)?$"
)
_PASSING_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:(?:was|were|is|are|just|got)\s+)?(?:[a-z]+ing\b|arrested|hit|injured|stabbed|attacked|"
    r"robbed|stopped|knocked|shouted|handed|asked)"
)
"""A stranger passing along a street ("the man on Oxford Street selling ...", "a woman on Mill Road was knocked
down"): where someone was, not where they live.  Kin and neighbours are placed by their homes."""
_TITLED_BEFORE = re.compile(
    r"\b(?:Mrs|Mr|Ms|Miss|Auntie|Aunty|Uncle|Nana|Nanna|Grandma|Grandad)\.?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"\s+(?:on|at|in|along|off)\s+(?:number\s+|no\.?\s*)?$"
)
"""A person by title and name ("Mrs Begum on ..."); "Dr" is left out: "Dr Patel at 14 ..." is a surgery."""
_NOT_A_FAMILY = (
    r"Stables|Maltings|Meadows|Rooms|Vaults|Cloisters|Barracks|Baths|Gardens|Mews|Buildings|Works|Arches|Arms|"
    r"Commons|Lords|Shambles|Downs|Dales|Sands|Heights|Wells|Docks|Fields|Lanes|Parks|Terraces|Villas|Cottages|"
    r"Beatles|Stones|Killers|Doors|Games|Olympics|Brits|Oscars|Times|News|Sims|Simpsons|Kardashians|Nails|Bus|"
    r"Paddocks|Ridings|Leas|Crofts|Hollies|Laurels|Limes|Elms|Oaks|Pines|Beeches|Firs|Willows|Birches"
)
"""Plurals after "the" that are places, bands, events or house names, not a household ("the Laurels" is a house's
name: the house-name patterns read it)."""
_FAMILY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?!(?:" + _NOT_A_FAMILY + r")\b)[A-Z][a-z]+s\s+(?:on|at|from|in)\s+(?:number\s+|no\.?\s*)?$"
)
"""A household by its surname: "the Hendersons at 11 ...", "The Wilsons on ..." (`PLURAL_AFTER` must follow)."""
_PLURAL_AFTER = re.compile(
    r"(?i)[ \t]*(?:\([^)\n]{0,20}\)[ \t]*)?,?[ \t]*(?:(?:have|had|were|are)\s+(?:just|both|all|finally|now|only)\s+|"
    r"are|were|have|['’]ve|do|don['’]t|who|both)\b"
)
"""A plural verb after the street: a family ("the Hendersons at 11 Juniper Walk are moving") rather than a chain
shop with a plural-looking name ("the Londis on Kings Road", "Is that the Greggs at 45 ...?", "the Boots on ...
sells")."""

_LEFT_OR_LIVED = re.compile(
    r"(?i)(?:\b(?:moved|moving|move)\s+(?:away\s+|out\s+)?from"
    r"|\b(?:\d{1,2}|a\s+few|few|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"[a-z]+ty(?:-[a-z]+)?)\s+(?:happy\s+)?(?:years|yrs|decades)\s+(?:on|in|at)"
    r"|\b(?:i|we|they|he|she)\s+(?:(?:used\s+to|once|first)\s+)?(?:rented|rent|lodged|stayed|lived)\s+(?:on|in|at|off)"
    r"|\bgrew\s+up\s+(?:on|in|at|off))"
    r"\s+(?:the\s+(?:corner|end|top|bottom)\s+of\s+|number\s+)?$"
)
"""A home left or lived in: "moved away from ...", "after 42 years on ...", "we rented on ...", "grew up on ..."."""

HINT_WORDS = (
    r"lady|ladies|woman|women|fella|bloke|couple|family|mrs|mr|auntie|aunty|aunt|uncle|nan|nana|gran|grandma|"
    r"grandad|mum|mam|dad|sister|brother|cousin|mate|years|yrs|decades|rented|lodged|stayed"
)
"""Words of these cues, for `address_streets.HINT`: without one (or another word of residence) a bare street
is not read at all."""


def _private_resident(clause: str, after: str) -> bool:
    """A private person or household right before the street (see the module's docstring): kin and neighbours
    always, a stranger unless passing along ("selling ...", "was knocked down"), a family if a plural verb follows."""
    person = _PERSON_BEFORE.search(clause)
    if person is not None and (person.group("kin") or _PASSING_AFTER.match(after) is None):
        return True
    if _TITLED_BEFORE.search(clause) is not None:
        return True
    return _FAMILY_BEFORE.search(clause) is not None and _PLURAL_AFTER.match(after) is not None


def _home_left_or_lived_in(clause: str, after: str) -> bool:
    """A home left or lived in for a time, right before the street (the words after it do not matter)."""
    return _LEFT_OR_LIVED.search(clause) is not None


@dataclass(frozen=True, slots=True)
class Cue:
    """A named cue: `said(clause, after)` reads the clause right before a street and the words right after it."""

    name: str
    confidence: float
    said: Callable[[str, str], bool]


PRIVATE_RESIDENT = Cue(
    "street where a private person named before it lives (the lady on ..., the Hendersons at ...)",
    0.8,
    _private_resident,
)
HOME_LEFT_OR_LIVED_IN = Cue(
    "street of a home left or lived in for years (moved away from ..., after 30 years on ...)",
    0.85,
    _home_left_or_lived_in,
)
RESIDENT_CUES: tuple[Cue, ...] = (HOME_LEFT_OR_LIVED_IN, PRIVATE_RESIDENT)


def resident_cue(clause: str, after: str) -> Cue | None:
    """The first cue that the clause before a street (and the words `after` it) say, or None."""
    return next((cue for cue in RESIDENT_CUES if cue.said(clause, after)), None)


def household_before(clause: str, after: str) -> bool:
    """Whether a household or a private person is named right before the address: a "The <Name>s at" that the
    venue filter must not read as a pub's or a shop's name."""
    return _private_resident(clause, after)
