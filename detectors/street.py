"""Street lines: "12 Larkspur Close", "Flat 3, 7 Mill Lane", "Mill Lane".

A UK street line is a house number, one to three name words and a street type.  The
regular expressions here find the shape; `judge_street` rejects the many things of the
same shape that are not addresses: dates ("12 May Street party"), counts ("3 Way
Street", "a 2 Hour Drive"), list titles ("Top 10 Christmas Road Trips") and compounds
("Road Trip", "Street Food").

Street types are split by how often "Name + type" is a street.  Strong types (Road,
Street, Lane, ...) are accepted in lower case as people type them ("12 larkspur close");
weak types (Way, View, Park, Court, ...) are ordinary words too, so they need
capitalised names and score lower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.postcode import CANDIDATE
from detectors.words import words

STRONG_TYPES: dict[str, str] = {
    "road": "Road",
    "rd": "Road",
    "street": "Street",
    "st": "Street",
    "lane": "Lane",
    "ln": "Lane",
    "avenue": "Avenue",
    "ave": "Avenue",
    "close": "Close",
    "drive": "Drive",
    "crescent": "Crescent",
    "cres": "Crescent",
    "grove": "Grove",
    "gardens": "Gardens",
    "gdns": "Gardens",
    "terrace": "Terrace",
    "mews": "Mews",
    "boulevard": "Boulevard",
    "croft": "Croft",
    "fold": "Fold",
    "garth": "Garth",
    "wynd": "Wynd",
    "parade": "Parade",
}
WEAK_TYPES: dict[str, str] = {
    "way": "Way",
    "court": "Court",
    "place": "Place",
    "rise": "Rise",
    "view": "View",
    "walk": "Walk",
    "hill": "Hill",
    "green": "Green",
    "park": "Park",
    "square": "Square",
    "row": "Row",
    "vale": "Vale",
    "chase": "Chase",
    "mount": "Mount",
    "meadows": "Meadows",
    "grange": "Grange",
    "heights": "Heights",
    "wharf": "Wharf",
    "quay": "Quay",
    "yard": "Yard",
    "approach": "Approach",
    "bank": "Bank",
    "brae": "Brae",
    "gait": "Gait",
    "mansions": "Mansions",
}
_TYPES = "|".join(sorted({**STRONG_TYPES, **WEAK_TYPES}, key=len, reverse=True))
PREFIX_TYPES = frozenset(
    str.split("rue chemin allée impasse calle avenida rua travessa viale piazza ffordd heol stryd lôn bóthar sráid")
)
"""Street words written before the name, in Welsh, Irish and the languages of the places people move to or
have family in ("7 impasse des Mûriers", "5 Heol y Dderwen", "Travessa do Sol 12").  ("via" is left out:
"sent 3 via Royal Mail".)"""
_PREFIXES = "|".join(sorted(PREFIX_TYPES, key=len, reverse=True))

_STOP_WORDS = str.split(
    """
    a an the and or but of to in on at for by from with into onto off up down over under near
    i my our your his her their its me us them this that these those it is was are were be
    been am pm not no so too very pretty quite really just only also still then than
    hour hours hr hrs minute minutes min mins second seconds mile miles km kms k metre metres
    meter meters year years yr yrs day days week weeks month months time times way ways
    one two three four five six seven eight nine ten lane lanes storey story bed bedroom
    if when where what how why who whose you you're we're they're he's she's it's most some any every
    bedrooms bath seater door car cars bus buses kids children people men women girls boys
    stars points goals games new live lived living moved moving house home flat degrees
    percent pounds quid pence kg kilos stone lbs grams litres pints
"""
)
"""Words that make "<number> <word> <type>" a count or a phrase, not a street: "2 hour
drive", "3 way street", "a 2 lane road", "5 new road bikes", "we live on Mill Lane" (the
street starts after "on").  "New Road" and "The Grove" are streets when capitalised."""
_CAPITALISED_OK = ("new", "the")
_STOP_ANY = "|".join(_STOP_WORDS)
_STOP_CAP = "|".join(w for w in _STOP_WORDS if w not in _CAPITALISED_OK)
_TAIL = r"(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)?"
_CAP_WORD = rf"(?:St\.|(?!(?i:{_STOP_CAP})\b)[A-Z][A-Za-z]*{_TAIL})"
_LOW_WORD = rf"(?!(?:{_STOP_ANY})\b)[a-z]+{_TAIL}"
_CAP_LATER = rf"(?:St\.|(?!(?i:{_STOP_CAP})\b)[A-Z][A-Za-z]*{_TAIL}|House)"
"""A later word of a name may be "House" ("4 Carriage House Mews", "Manor House Road")."""
_NAME = rf"(?P<name>{_CAP_WORD}(?:[ \t]+{_CAP_LATER}){{0,2}}?|{_LOW_WORD}(?:[ \t]+{_LOW_WORD}){{0,2}}?)"
_TYPE = rf"(?P<type>(?i:{_TYPES}))(?:[ \t]+(?P<type2>(?i:{_TYPES})))?(?![\w'’-])"
_FLAT = r"(?P<flat>(?i:flat|apartment|apt|unit)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]*,?[ \t]+)?"
_NUMBER = r"(?P<number>\d{1,4}[A-Fa-f]?(?:[ \t]*[-–][ \t]*\d{1,4}[A-Fa-f]?)?)"

NUMBERED = re.compile(rf"(?<![\w£$€#@/.:'’+-]){_FLAT}{_NUMBER},?[ \t]+{_NAME}[ \t]+{_TYPE}")
"""A house number (optionally after "Flat 3,") followed by a street name and type."""

BARE = re.compile(rf"(?<![\w'’-])(?:{_FLAT}{_NUMBER},?[ \t]+)?{_NAME}[ \t]+{_TYPE}")
"""A street name and type with an optional house number; reported only after a
statement of residence ("we live on Mill Lane")."""

NAMED = re.compile(
    rf"(?<![\w'’-])(?P<house>(?:The[ \t]+)?(?:[A-Z][a-z'’]+[ \t]+){{0,2}}"
    rf"(?:Cottage|Cottages|House|Farm|Farmhouse|Forge|Barn|Barns|Lodge|Bungalow|Granary|Stables|"
    rf"Rectory|Vicarage|Manse|Mill|Coach[ \t]+House))[ \t]*,[ \t]*{_NAME}[ \t]+{_TYPE}"
)
"""A named house and its street, the other shape of a UK address: "Rose Cottage, Mill Lane"."""

_PARTICLE = r"(?:de|des|du|la|le|les|da|do|dos|das|del|dei|della|na|an|y|yr)"
_FOREIGN_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?"
_FOREIGN_NAME = rf"(?P<name>(?:{_PARTICLE}[ \t]+){{0,2}}{_FOREIGN_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_FOREIGN_WORD}){{0,2}}?)"
ABROAD = re.compile(
    rf"(?<![\w£$€#@/.:'’+-])(?P<number>\d{{1,4}}[A-Za-z]?),?[ \t]+(?P<type>(?i:{_PREFIXES}))[ \t]+{_FOREIGN_NAME}"
    rf"(?![^\W\d_])"
)
"""A house number, a street word written before the name, and the name: "12 rue des Lilas".  The name
stops at its last capitalised word (`judge_abroad`)."""

STREET_WORDS = frozenset(STRONG_TYPES) | frozenset(WEAK_TYPES)
_TYPE_WORD = re.compile(rf"\b(?:{_TYPES}|{_PREFIXES})\b")
_TYPE_WORD_ANY_CASE = re.compile(rf"\b(?i:{_TYPES}|{_PREFIXES})\b")
_WINDOW_BEFORE = 72
"""Characters before a street word that can hold "Flat 12, 140 Upper Mill" (flat, number, name)."""
_WINDOW_AFTER = 40
"""Characters after it: a town after "Close" or a name after "rue" ("rue des Capucines")."""


_STREET_WORD_BYTES = frozenset(word.encode() for word in STREET_WORDS | PREFIX_TYPES)


def numbered_street_word_in(text: str) -> bool:
    """Whether a street-type word follows a number within five words ("12 Larkspur Close",
    "Flat 3, 7 Mill Lane"): the shape every numbered address has, checked on the shared
    word split so chatter with a walk and a score ("lovely walk, 3-1") is not read further."""
    found = words(text)
    return any(
        word in _STREET_WORD_BYTES and any(previous[:1].isdigit() for previous in found[max(0, index - 5) : index])
        for index, word in enumerate(found)
    )


def has_street_word_in(text: str) -> bool:
    """Whether a text holds a street-type word, through the shared cached word split
    (`detectors.words`) that the job-title and school gates use on the same text."""
    return not _STREET_WORD_BYTES.isdisjoint(words(text))


def street_windows(text: str) -> list[tuple[int, int]]:
    """Spans around each street word where a street line could be: the only places the
    (slow) street patterns are run, so a long post costs what its street words cost."""
    lowered = text.lower()
    if len(lowered) == len(text):
        spans = [m.span() for m in _TYPE_WORD.finditer(lowered)]
    else:  # a few characters change length when lower-cased ("İ"): offsets would drift
        spans = [m.span() for m in _TYPE_WORD_ANY_CASE.finditer(text)]
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = max(0, start - _WINDOW_BEFORE), min(len(text), end + _WINDOW_AFTER)
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1  # never cut a word: "40 food st|alls" is no street
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


_MONTHS = frozenset(
    str.split(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_STOP_BEFORE = re.compile(
    r"(?i:\b(?:top|best|worst|page|pages|chapter|episode|ep|series|season|vol|volume|part|level|track|"
    r"aged|age|route|bus|platform|gate|junction|exit|seat|size|over|under|around|nearly|"
    r"almost|about|than|only|every|all|last|first|next|those|these)\s*)$"
)
"""Words before the number that make it a count or a rank ("top 10 ...", "route 5 ...")."""
_STOP_AFTER = re.compile(
    r"(?i:[ \t]+(?:trip|trips|bike|bikes|race|races|racing|food|works|worker|workers|map|maps|"
    r"sign|signs|safety|test|tests|closure|closures|art|lights|kid|kids|cred|rage|user|users|"
    r"tax|markings|sweeper|runner|runners|running|show|dance|fighter|thru|through|block|"
    r"blocks|hat|hats|surface|layout|atlas|team|club|league|match|game|games|shoes|record|"
    r"records|cycling|cycle|tour|parking|furniture|project|market|trick|tricks|smart|hotel|hotels|"
    r"bus|buses|ticket|tickets|book|books|novel|novels|mystery|mysteries|series|film|films|"
    r"movie|movies|episode|episodes|album|albums|song|songs|cigarette|cigarettes|tin|tins|"
    r"station|stop|branch|store|shop|cafe|restaurant|pub|surgery|bakery|studio|gym|office|"
    r"offices|campus|stadium|ground|arena|theatre|cinema|hospital|clinic|church|library|junction|"
    r"roundabout|crossing|zoo|aquarium)\b)"
)
"""Words after the type that make a compound rather than a street ("Road Trip", "Street
Food", "Drive Thru", "Park Run"), checked on the words right after the match."""
_ORGANISATION_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][A-Za-z'’]+){0,2}[ \t]+(?:Club|FC|AFC|RFC|School|Academy|Primary|Surgery|Church|Chapel|Hall|"
    r"Centre|Center|Library|Station|Hospital|Practice|Hotel|Inn|Arms|Tavern|Stadium|Methodist|Baptist)\b"
)
"""An organisation named after the street ("Quill Lane Bowls Club", "Mill Road Primary"): its name."""
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z]+)\b")
_CAPITALISED_FOLLOWERS = frozenset(
    str.split(
        "i i'm i've is was has had and but or so if for from to at in on by with after before till "
        "until please thanks monday tuesday wednesday thursday friday saturday sunday mon tue wed thu "
        "fri sat sun january february march april may june july august september october november "
        "december tonight today tomorrow yesterday asap x xx lol ok okay"
    )
)
"""Capitalised words that may follow a street without making a compound (sentence starts
without punctuation, days, sign-offs)."""
_COMMA_AFTER_NUMBER = re.compile(r"(?<=\d)([A-Za-z]?),\s*(?=[A-Za-z])")
FAMOUS = frozenset(
    {
        "10 downing street",
        "11 downing street",
        "221b baker street",
        "4 privet drive",
        "12 grimmauld place",
        "742 evergreen terrace",
        "62 west wallaby street",
        "32 windsor gardens",
        "1600 pennsylvania avenue",
        "10 rillington place",
        "3 abbey road",
        "50 berkeley square",
        "1 tree hill",
    }
)
"""Addresses of famous buildings and fiction ("1 Tree Hill" is a TV show as people write
it): correct street lines, but never the owner's
home, so reporting them would be noise.  Decided: not reported."""


@dataclass(frozen=True, slots=True)
class Street:
    """A street line found in text, with what the judge learnt about it."""

    line: str
    """The line as written, spaces collapsed: "Flat 3, 7 Mill Lane"."""
    start: int
    end: int
    numbered: bool
    strong: bool
    """The street type is one that is rarely anything but a street."""
    lower_case: bool
    """The name was written in lower case (weaker evidence)."""
    named: bool = False
    """A named house before the street ("The Old Forge, Mill Lane"): as good as a number."""
    abroad: bool = False
    """The street word comes before the name ("12 rue des Lilas"): Welsh, Irish or abroad."""


def judge_street(text: str, found: re.Match[str]) -> Street | None:
    """A `Street` for a NUMBERED, BARE or NAMED match, or None if the shape is no address.

    A lower-case name before a weak type ("colliery row") is returned as weak evidence:
    the detector keeps it only inside a statement of residence.
    """
    groups = found.groupdict()
    name_words = found.group("name").split()
    type_key = found.group("type").lower()
    number = groups.get("number")
    lower_case = name_words[0][0].islower()
    if type_key == "st" and name_words[-1].lower().rstrip(".") in {"st", "saint"}:
        return None
    first = name_words[0].lower().rstrip(".")
    if number and first in _MONTHS:
        return None
    if number and _STOP_BEFORE.search(text, max(0, found.start() - 16), found.start()):
        return None
    if number and not groups.get("flat") and _house_number(number) is None:
        return None
    if _STOP_AFTER.match(text, found.end()) or _ORGANISATION_AFTER.match(text, found.end()):
        return None
    if not number and not groups.get("house") and type_key == "park" and not found.group("type2"):
        return None  # "Fernley Park", "near Victoria Park": a park; a street called Park has a number
    if number and _compound_after(text, found.end()):
        return None
    line = _COMMA_AFTER_NUMBER.sub(r"\1 ", " ".join(found.group().split())).rstrip(".")
    if line.lower() in FAMOUS:
        return None
    strong = type_key in STRONG_TYPES or (found.group("type2") or "").lower() in STRONG_TYPES
    named = groups.get("house") is not None
    return Street(line, found.start(), found.end(), bool(number), strong, lower_case, named)


def judge_abroad(text: str, found: re.Match[str]) -> Street | None:
    """A `Street` for an ABROAD match, its name cut after the last capitalised word ("7 impasse des
    Mûriers à Vence" is "7 impasse des Mûriers"), or None when no word of the name is capitalised or the
    number is a year or a count."""
    name = found.group("name").split()
    while name and not name[-1][0].isupper():
        name.pop()
    if not name or _house_number(found.group("number")) is None:
        return None
    if _STOP_BEFORE.search(text, max(0, found.start() - 16), found.start()):
        return None
    end = found.start("name") + len(" ".join(name))
    if " ".join(text[found.start("name") : end].split()) != " ".join(name):
        return None  # tabs or double spaces inside the name: leave it to the plain patterns
    line = f"{found.group('number')} {found.group('type')} {' '.join(name)}"
    return Street(line, found.start(), end, True, False, False, abroad=True)


def _compound_after(text: str, end: int) -> bool:
    """True when a capitalised word runs straight on from the street type, making a title
    or a brand ("2 Park Lane Tickets", "12 Park Street Blend") rather than an address.

    A town written without a comma ("12 Larkspur Close Brackenford LS99 9ZZ") is the price:
    the postcode rule still reports it, and towns usually come after a comma.
    """
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1).lower() in _CAPITALISED_FOLLOWERS:
        return False
    return CANDIDATE.search(text, following.end(), following.end() + 40) is None


def _house_number(number: str) -> int | None:
    """The house number if it is a plausible one: 1-9999 but never a year of 1800-2099, so
    "2024 Road Trip" is a year while an American "2207 Pecan Hollow Lane" is a house."""
    digits = re.match(r"\d+", number)
    value = int(digits.group()) if digits else 0
    return value if 0 < value < 10000 and not 1800 <= value < 2100 else None
