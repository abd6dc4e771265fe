"""Where a person's positions pile up: groups of sightings within about 150 m of one point.

One photo on a street says little; thirty photos and posts within a garden's width of each other,
taken on thirty different evenings, say "I live here".  The positions of a scan are grouped
greedily: the point with the most sightings within `RADIUS_M` is the first centre, its
neighbours are taken out, and so on while a centre still gathers `MIN_SIGHTINGS`.

Phones jitter by a few metres, so positions are first pooled on a grid of about 10 m: a home
with three thousand photos becomes a few dozen weighted points, and the grouping stays quick.
Neighbours are looked up in cells of `RADIUS_M`, never by comparing every pair.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

RADIUS_M = 150.0
MIN_SIGHTINGS = 3
MAX_CLUSTERS = 8
POOL_DECIMALS = 4
"""Positions rounded to 4 decimal places (about 10 m) are pooled before grouping."""
METRES_PER_DEGREE = 111_320.0
CELL_DEGREES = RADIUS_M / METRES_PER_DEGREE


@dataclass(frozen=True, slots=True)
class Sighting:
    """One position of the person, with when it was recorded and what recorded it."""

    latitude: float
    longitude: float
    when: datetime | None
    what: str
    """ "photo", "post" or "check-in"."""
    key: str = ""
    """The finding it came from (its id)."""


@dataclass(slots=True)
class Cluster:
    """Sightings within `RADIUS_M` of one centre."""

    latitude: float
    longitude: float
    sightings: list[Sighting] = field(default_factory=list)

    def distance_m(self, sighting: Sighting) -> float:
        return distance_m(self.latitude, self.longitude, sighting.latitude, sighting.longitude)


def clusters(sightings: Iterable[Sighting]) -> list[Cluster]:
    """The groups of at least `MIN_SIGHTINGS` sightings, the largest first."""
    pools: dict[tuple[float, float], list[Sighting]] = {}
    for sighting in sightings:
        spot = (round(sighting.latitude, POOL_DECIMALS), round(sighting.longitude, POOL_DECIMALS))
        pools.setdefault(spot, []).append(sighting)
    spots = list(pools)
    grid: dict[tuple[int, int], list[int]] = {}
    for index, (latitude, longitude) in enumerate(spots):
        grid.setdefault(_cell(latitude, longitude), []).append(index)
    remaining = set(range(len(spots)))
    found: list[Cluster] = []
    while remaining and len(found) < MAX_CLUSTERS:
        weights = {index: _weight(_near(index, spots, grid, remaining), spots, pools) for index in remaining}
        centre = max(weights, key=lambda index: (weights[index], -index))
        if weights[centre] < MIN_SIGHTINGS:
            break
        members = _near(centre, spots, grid, remaining)
        remaining.difference_update(members)
        found.append(_cluster([pools[spots[index]] for index in members]))
    return found


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in metres, flat-earth: exact enough within a few kilometres."""
    across = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(lat2 - lat1, across) * METRES_PER_DEGREE


def _cluster(groups: Sequence[list[Sighting]]) -> Cluster:
    """A cluster centred on the mean of its sightings."""
    members = [sighting for group in groups for sighting in group]
    latitude = sum(sighting.latitude for sighting in members) / len(members)
    longitude = sum(sighting.longitude for sighting in members) / len(members)
    return Cluster(latitude, longitude, members)


def _near(
    index: int, spots: list[tuple[float, float]], grid: dict[tuple[int, int], list[int]], alive: set[int]
) -> list[int]:
    """The remaining spots within `RADIUS_M` of spot `index` (itself included)."""
    latitude, longitude = spots[index]
    row, column = _cell(latitude, longitude)
    span = _column_span(latitude)
    near: list[int] = []
    for step_row in (-1, 0, 1):
        for step_column in range(-span, span + 1):
            for other in grid.get((row + step_row, column + step_column), ()):
                if other in alive and distance_m(latitude, longitude, *spots[other]) <= RADIUS_M:
                    near.append(other)
    return near


def _weight(
    indices: list[int], spots: list[tuple[float, float]], pools: dict[tuple[float, float], list[Sighting]]
) -> int:
    return sum(len(pools[spots[index]]) for index in indices)


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / CELL_DEGREES), math.floor(longitude / CELL_DEGREES)


def _column_span(latitude: float) -> int:
    """How many cells of longitude `RADIUS_M` covers here (more towards the poles)."""
    shrink = max(math.cos(math.radians(min(abs(latitude) + 0.01, 89.9))), 0.02)
    return math.ceil(1 / shrink)
