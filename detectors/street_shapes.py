"""The shapes of a street line: street words and the patterns built from them.

Street types are split by how often "Name + type" is a street.  Strong types (Road,
Street, Lane, ...) are accepted in lower case as people type them ("12 larkspur close");
weak types (Way, View, Park, Court, ...) are ordinary words too, so they need
capitalised names and score lower.  The patterns only find the shape: `detectors.street`
judges each match (dates, counts, titles and compounds have the same shape).
"""

from __future__ import annotations

import re

from detectors.street_ends import END_TYPES
from detectors.word_alternations import by_first_letter

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
    "cl": "Close",
    "drive": "Drive",
    "dr": "Drive",
    "crescent": "Crescent",
    "cres": "Crescent",
    "grove": "Grove",
    "gardens": "Gardens",
    "gdns": "Gardens",
    "terrace": "Terrace",
    "tce": "Terrace",
    "mews": "Mews",
    "boulevard": "Boulevard",
    "croft": "Croft",
    "fold": "Fold",
    "garth": "Garth",
    "wynd": "Wynd",
    "parade": "Parade",
    "pde": "Parade",
    "blvd": "Boulevard",
}
WEAK_TYPES: dict[str, str] = {
    "way": "Way",
    "court": "Court",
    "ct": "Court",
    "place": "Place",
    "pl": "Place",
    "rise": "Rise",
    "view": "View",
    "walk": "Walk",
    "hill": "Hill",
    "green": "Green",
    "park": "Park",
    "square": "Square",
    "sq": "Square",
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
    "cottages": "Cottages",
    "villas": "Villas",
    "av": "Avenue",
}
CAPITALISED_TYPES: dict[str, str] = {
    "nook": "Nook",
    "gate": "Gate",
    "mead": "Mead",
    "lea": "Lea",
    "dale": "Dale",
    "hollow": "Hollow",
    "reach": "Reach",
    "paddock": "Paddock",
    "spinney": "Spinney",
    "fields": "Fields",
    "ridge": "Ridge",
    "dene": "Dene",
    "glade": "Glade",
    "leys": "Leys",
    "copse": "Copse",
    "brow": "Brow",
    "causeway": "Causeway",
    "alley": "Alley",
}
"""Street words of newer estates and old towns ("7 Rookery Nook", "30 Minster Gate", "3 Foxglove Mead") that are
plainer words still ("the school gate", "out of reach", "the fields"): a street only after a capitalised name, so
`detectors.street.judge_street` turns down a lower-case one.  Weak types: they score as Way and View do."""
CAPITALISED_TYPES.update(END_TYPES)  # "6 Corbie Loan", "9 Tanpit End" (`street_ends`)
WEAK_TYPES.update(CAPITALISED_TYPES)
TYPE_ALTERNATION = by_first_letter(sorted({**STRONG_TYPES, **WEAK_TYPES}, key=len, reverse=True))
"""Every street type, longest first, as a regex alternation (`detectors.word_alternations`: grouped by first letter)."""
PREFIX_TYPES = frozenset(
    str.split(
        "rue chemin allée impasse calle avenida rua travessa viale piazza ffordd heol stryd lôn bóthar sráid "
        "maes clos llys cilgant rhodfa"
    )
)
"""Street words written before the name, in Welsh, Irish and the languages of the places people move to or
have family in ("7 impasse des Mûriers", "5 Heol y Dderwen", "Travessa do Sol 12"; Welsh estates' Maes, Clos, Llys,
Cilgant and Rhodfa: "12 Maes y Wren").  ("via" is left out:
"sent 3 via Royal Mail".)"""
PREFIX_ALTERNATION = "|".join(sorted(PREFIX_TYPES, key=len, reverse=True))

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
_STOP_ANY = by_first_letter(_STOP_WORDS)
_STOP_CAP = by_first_letter(w for w in _STOP_WORDS if w not in _CAPITALISED_OK)
_TAIL = r"(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)?"
_CAP_WORD = rf"(?:St\.|(?!(?i:{_STOP_CAP})\b)[A-Z][A-Za-z]*{_TAIL})"
_LOW_WORD = rf"(?!(?:{_STOP_ANY})\b)[a-z]+{_TAIL}"
_CAP_LATER = rf"(?:St\.|(?!(?i:{_STOP_CAP})\b)[A-Z][A-Za-z]*{_TAIL}|House)"
"""A later word of a name may be "House" ("4 Carriage House Mews", "Manor House Road")."""
_NAME = rf"(?P<name>{_CAP_WORD}(?:[ \t]+{_CAP_LATER}){{0,2}}?|{_LOW_WORD}(?:[ \t]+{_LOW_WORD}){{0,2}}?)"
_TYPE = rf"(?P<type>(?i:{TYPE_ALTERNATION}))(?:[ \t]+(?P<type2>(?i:{TYPE_ALTERNATION})))?(?![\w-])(?!['’]\w)"
"""The street type ends the word: "Close's" is no street, but a closing quote may follow ("'A Quill, 12 Heron
Close'", an address quoted from a parcel or a letter)."""
_FLAT = r"(?P<flat>(?i:flat|apartment|apt|unit)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]*,?[ \t]+)?"
_NUMBER = r"(?P<number>\d{1,4}[A-Fa-f]?(?:[ \t]*[-–][ \t]*\d{1,4}[A-Fa-f]?)?)"

NUMBERED = re.compile(rf"(?<![\w£$€#@/.:'’+-]){_FLAT}{_NUMBER},?[ \t]+{_NAME}[ \t]+{_TYPE}")
"""A house number (optionally after "Flat 3,") followed by a street name and type."""

BARE = re.compile(rf"(?<![\w'’-])(?:{_FLAT}{_NUMBER},?[ \t]+)?{_NAME}[ \t]+{_TYPE}")
"""A street name and type with an optional house number; reported only after a
statement of residence ("we live on Mill Lane")."""

NAMED = re.compile(
    rf"(?<![\w'’-])(?P<house>(?:\d{{1,3}}[A-Za-z]?[ \t]+)?(?:The[ \t]+)?(?:[A-Z][a-z'’]+[ \t]+){{0,2}}"
    rf"(?:Cottage|Cottages|House|Farm|Farmhouse|Forge|Barn|Barns|Lodge|Bungalow|Granary|Stables|"
    rf"Rectory|Vicarage|Manse|Mill|Coach[ \t]+House))[ \t]*,[ \t]*{_NAME}[ \t]+{_TYPE}"
)
"""A named house and its street, the other shape of a UK address: "Rose Cottage, Mill Lane" (a row of cottages
numbered on their own: "3 Meadow Cottages, Long Lane")."""

_PARTICLE = r"(?:de|des|du|la|le|les|da|do|dos|das|del|dei|della|na|an|y|yr)"
_FOREIGN_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?"
_FOREIGN_NAME = rf"(?P<name>(?:{_PARTICLE}[ \t]+){{0,2}}{_FOREIGN_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_FOREIGN_WORD}){{0,2}}?)"
ABROAD = re.compile(
    rf"(?<![\w£$€#@/.:'’+-])(?P<number>\d{{1,4}}[A-Za-z]?),?[ \t]+(?P<type>(?i:{PREFIX_ALTERNATION}))[ \t]+{_FOREIGN_NAME}"
    rf"(?![^\W\d_])"
)
"""A house number, a street word written before the name, and the name: "12 rue des Lilas".  The name
stops at its last capitalised word (`judge_abroad`)."""

STREET_WORDS = frozenset(STRONG_TYPES) | frozenset(WEAK_TYPES)
