"""Named filters on the street's name itself: names that are fiction, sayings or counts.

Each is a `detectors.filters.Filter` over a candidate address `text[start:end]`, tested on its own
(tests/detectors/test_address_name_filters.py):

- `STREET_OF_FICTION`: a street everyone knows from television, film, songs or books ("21 Jump
  Street", "Coronation Street", "Albert Square", "Wisteria Lane"), whatever its number, unless the
  writer says it is theirs or their family's (real streets share these names: "we live at 11
  Coronation Street"); "my favourite episode of 21 Jump Street" is still the show;
- `STREET_SAYING`: a saying shaped like a street ("a trip down Memory Lane", "living on Easy
  Street"), never a street, even after "live on";
- `COUNT_BEFORE_PLURAL`: a small number before a plural and a weak street word ("3 Peaks Walk", "5
  Valleys Way"): a count in a name, not a house number.  Strong street words keep their number ("7
  Sisters Road" is a real road as people write it), and so does a first-person clause.

`street.FAMOUS` holds whole famous addresses (number and street); these work on the name alone.
"""

from __future__ import annotations

import re

from detectors.address_context import FIRST_PERSON, clause_before
from detectors.address_house_described import house_described_after
from detectors.filters import Filter
from detectors.street_shapes import WEAK_TYPES

FICTION = frozenset(
    {
        "jump street",
        "coronation street",
        "albert square",
        "ramsay street",
        "wisteria lane",
        "sesame street",
        "evergreen terrace",
        "privet drive",
        "grimmauld place",
        "cloverfield lane",
        "spooner street",
        "downing street",
    }
)
"""Streets of fiction, song and state, as people name them; lower case, no number."""
_OWNED = re.compile(
    r"(?i)\b(?:i|we|i'?ve|we'?ve)\s+(?:[a-z']+\s+){0,2}?(?:live|lived|living|moved|grew\s+up)\b"
    r"|\b(?:my|our)\s+(?:[a-z]+\s+)?(?:house|home|flat|address|street|road|nan|gran|grandma|grandad|mum|dad|aunt|uncle)\b"
    r"|\b(?:mine|ours)\b"
)
"""The writer saying the street is theirs or their family's: "we live at 11 Coronation Street"."""
SAYINGS = frozenset({"memory lane", "easy street", "civvy street", "queer street", "skid row"})
_FICTION = re.compile(r"(?i)(?<![\w'’-])(?:" + "|".join(sorted(FICTION)).replace(" ", r"\s+") + r")(?![\w'’-])")
_SAYING = re.compile(r"(?i)(?<![\w'’-])(?:" + "|".join(sorted(SAYINGS)).replace(" ", r"\s+") + r")(?![\w'’-])")
_PLURAL_COUNT = re.compile(r"(?P<number>\d{1,2}),?\s+(?P<plural>[A-Za-z]+[^s\W]s)\s+(?P<type>[A-Za-z]+)\.?$")


def _street_of_fiction(text: str, start: int, end: int) -> bool:
    """ "Who lives at 21 Jump Street anyway", "Season 2 of Coronation Street": a street of fiction."""
    if _FICTION.search(text, start, end) is None:
        return False
    return _OWNED.search(clause_before(text, start)) is None


def _street_saying(text: str, start: int, end: int) -> bool:
    """ "a trip down Memory Lane", "he's on Easy Street now": a saying, not a street."""
    return _SAYING.search(text, start, end) is not None


def _count_before_plural(text: str, start: int, end: int) -> bool:
    """ "3 Peaks Walk this weekend", "the 5 Valleys Way": a count in a name, not a house number."""
    found = _PLURAL_COUNT.fullmatch(" ".join(text[start:end].split()))
    if found is None or found.group("type").lower() not in WEAK_TYPES or int(found.group("number")) > 20:
        return False
    if house_described_after(text, end):
        return False  # "it's 23 larks way, the one with the pond": a house, not a count in a name
    return FIRST_PERSON.search(clause_before(text, start)) is None


STREET_OF_FICTION = Filter(
    "street of fiction", "drop", "a street known from television, film, song or books", _street_of_fiction
)
STREET_SAYING = Filter("saying, not a street", "drop", "a saying shaped like a street (Memory Lane)", _street_saying)
COUNT_BEFORE_PLURAL = Filter(
    "count before a plural", "drop", "a small number before a plural and a weak street word (3 Peaks Walk)",
    _count_before_plural,
)  # fmt: skip
_BUS = re.compile(r"(?i)\b(?:bus|buses|coach)\b")
_ROUTE_AFTER = re.compile(r"(?i)\s*(?:one|bus|buses|service|route)\b")


def _bus_route(text: str, start: int, end: int) -> bool:
    """ "the bus is the 3 Mill Lane one", "the 3 Mill Lane buses": a route named by its number and street."""
    sentence = clause_before(text, start) + text[start:end] + re.split(r"[.!?\n]", text[end : end + 60], maxsplit=1)[0]
    return _ROUTE_AFTER.match(text, end) is not None and _BUS.search(sentence) is not None


BUS_ROUTE = Filter(
    "bus route", "drop", "a bus route named by its number and a street (the 3 Mill Lane one)", _bus_route
)
NAME_FILTERS: tuple[Filter, ...] = (STREET_OF_FICTION, STREET_SAYING, COUNT_BEFORE_PLURAL, BUS_ROUTE)
