"""Likely home and likely workplace: where the person's positions pile up, and when.

Positions, places and times are invented (UK-shaped numbers; no real person's data)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import detectors.places as places
from audit.model import Finding, make_finding
from audit.pipeline import scan
from audit.places import with_places
from audit.places.clusters import Sighting, clusters
from audit.places.times import Moment, easter_sunday, is_school_holiday, moment
from detectors.base import Item, MediaRef, Provenance
from detectors.location import LocationDetector
from detectors.photo_location import PhotoLocationDetector
from detectors.places import Place, PlaceIndex
from fixtures.exportkit import jpeg, write_tree
from fixtures.x_archive import Tweet, XArchive

HOME = (53.8036, -1.5500)  # 400 m north of the invented Fernside
SCHOOL = (53.9310, -1.3900)  # 110 m north of the invented Brackenford
METRE = 1 / 111_320


@pytest.fixture(autouse=True)
def invented_places(monkeypatch: pytest.MonkeyPatch) -> None:
    index = PlaceIndex([Place(53.8000, -1.5500, "Fernside"), Place(53.9300, -1.3900, "Brackenford")])
    monkeypatch.setattr(places, "shipped_index", lambda: index)


def post(where: tuple[float, float], when: datetime, item_id: str, section: str = "post") -> Finding:
    item = Item(
        Provenance("x", "data/tweets.js", item_id, "coordinates", section, when, "public"),  # type: ignore[arg-type]
        coordinates=where,
    )
    [match] = LocationDetector().detect(item)
    return make_finding(item, match)


def photo(where: tuple[float, float], taken: datetime, posted: datetime, item_id: str) -> Finding:
    """A photo whose camera wrote `taken`; it was posted (much) later."""
    from tests.detectors.test_photo_location import dms_block
    from tests.detectors.test_photo_location import photo as image

    data = image(gps=dms_block(*where), taken=taken.strftime("%Y:%m:%d %H:%M:%S"))
    path = f"data/tweets_media/{item_id}-a.jpg"
    item = Item(
        Provenance("x", path, item_id, "media", "media", posted, "followers"),
        media=MediaRef(path, lambda: io.BytesIO(data)),
    )
    [match] = PhotoLocationDetector().detect(item)
    return make_finding(item, match)


def near(spot: tuple[float, float], north_m: float, east_m: float) -> tuple[float, float]:
    return (spot[0] + north_m * METRE, spot[1] + east_m * METRE / 0.59)


def evenings(count: int, start: datetime = datetime(2024, 2, 5, 20, 15, tzinfo=UTC)) -> list[datetime]:
    return [start + timedelta(days=3 * day) for day in range(count)]


def test_evening_positions_near_one_point_are_a_likely_home() -> None:
    found = [post(near(HOME, 10 * i, -7 * i), when, str(i)) for i, when in enumerate(evenings(8))]
    sat_morning = datetime(2024, 3, 2, 10, 30)  # a Saturday, by the camera's clock
    found += [photo(near(HOME, -20, 15), sat_morning, datetime(2024, 6, 1, 12, tzinfo=UTC), "100")]
    result = with_places(found)
    [home] = [f for f in result if f.kind == "address"]
    assert (
        home.excerpt == "8 posts and 1 photo within 150 m of one point, mostly in the evenings, near Fernside, 0.4 km"
    )
    assert home.tier == "likely" and home.clauses == ("2.3.2",) and home.place == "near Fernside, 0.4 km"
    assert home.explanation is not None and home.explanation.signal == "rule"
    assert home.explanation.cues == (
        "9 of 9 in the evenings or at weekends",
        "on 9 different days",
        "from February 2024 to March 2024",
    )
    assert home.value == "53.804, -1.550" and home.visibility == "public" and home.item_id is None
    assert home.to_json()["place"] == "near Fernside, 0.4 km"
    members = [f for f in result if f.kind in ("location", "photo_location")]
    assert len(members) == 9
    assert all(
        "from where you post most in the evenings and at weekends; near Fernside" in (f.place or "") for f in members
    )
    assert [f.id for f in members] == [f.id for f in found]  # ids never change


def test_school_hours_in_term_time_are_a_likely_workplace() -> None:
    days = [datetime(2024, 1, 15, 9, 40, tzinfo=UTC) + timedelta(days=d) for d in (0, 1, 2, 3, 7, 8)]
    result = with_places([post(near(SCHOOL, 5 * i, 0), when, f"s{i}") for i, when in enumerate(days)])
    [workplace] = [f for f in result if f.kind == "school"]
    assert workplace.clauses == ("2.3.13",) and workplace.tier == "likely"
    assert workplace.excerpt == "6 posts within 150 m of one point, mostly in school hours, near Brackenford, 0.1 km"
    assert workplace.explanation is not None and workplace.explanation.cues[0] == "6 of 6 in school hours in term time"
    assert not [f for f in result if f.kind == "address"]


def test_few_one_day_scattered_or_holiday_positions_are_neither() -> None:
    one_day = [post(near(HOME, i, 0), datetime(2024, 2, 5, 20, i, tzinfo=UTC), f"d{i}") for i in range(6)]
    scattered = [post(near(HOME, 400 * i, 0), when, f"f{i}") for i, when in enumerate(evenings(6))]
    two = [post(near(HOME, i, 0), when, f"t{i}") for i, when in enumerate(evenings(2))]
    holiday = [post(near(SCHOOL, i, 0), datetime(2024, 8, 5 + i, 11, tzinfo=UTC), f"h{i}") for i in range(5)]
    for findings in (one_day, scattered, two, holiday):
        assert with_places(findings) == findings


def test_one_post_with_four_photos_at_one_spot_counts_once() -> None:
    when = datetime(2024, 2, 5, 20, 15)
    same = [photo(near(HOME, i, 0), when, when.replace(tzinfo=UTC), "77") for i in range(4)]
    assert [f.kind for f in with_places(same)] == ["photo_location"] * 4


def test_the_same_scan_gives_the_same_home_finding() -> None:
    found = [post(near(HOME, 3 * i, 0), when, str(i)) for i, when in enumerate(evenings(5))]
    first, again = with_places(found), with_places(list(found))
    assert [f.id for f in first] == [f.id for f in again] and first[-1].place_id == again[-1].place_id


def test_clusters_take_the_densest_point_first() -> None:
    def at(north_m: float) -> Sighting:
        return Sighting(*near(HOME, north_m, 0), None, "post")

    groups = clusters([at(0), at(20), at(40), at(60), at(1000), at(1010), at(1020), at(5000)])
    assert [len(group.sightings) for group in groups] == [4, 3]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (datetime(2024, 1, 16, 10, 0), Moment.SCHOOL),  # a Tuesday in term
        (datetime(2024, 1, 16, 21, 0), Moment.HOME),
        (datetime(2024, 1, 20, 11, 0), Moment.HOME),  # a Saturday
        (datetime(2024, 8, 6, 11, 0), Moment.OTHER),  # the summer holidays
        (datetime(2024, 1, 16, 17, 0), Moment.OTHER),  # after school, before the evening
        (datetime(2024, 6, 4, 17, 30, tzinfo=UTC), Moment.HOME),  # 18:30 in the UK (summer time)
    ],
)
def test_moments(when: datetime, expected: Moment) -> None:
    assert moment(when) is expected


def test_school_holidays() -> None:
    assert easter_sunday(2024) == date(2024, 3, 31) and easter_sunday(2025) == date(2025, 4, 20)
    assert is_school_holiday(date(2024, 4, 3)) and is_school_holiday(date(2024, 12, 27))
    assert is_school_holiday(date(2025, 5, 27)) and is_school_holiday(date(2024, 10, 29))
    assert not is_school_holiday(date(2024, 3, 12)) and not is_school_holiday(date(2024, 11, 5))


def test_a_scan_finds_the_likely_home_in_an_export(tmp_path: Path) -> None:
    """Through the pipeline: an X export whose geotagged tweets are posted from home."""
    tweets = [
        Tweet(str(900 + i), f"Quiet evening in, day {i}", when, geo=near(HOME, 8 * i, 0))
        for i, when in enumerate(evenings(6))
    ]
    garden = jpeg(gps=near(HOME, -30, 0))  # posted on a Sunday afternoon, no taken time in the file
    tweets.append(Tweet("990", "The garden", datetime(2024, 3, 3, 15, tzinfo=UTC), media=[("F5xAb.jpg", garden)]))
    result = scan([write_tree(XArchive(tweets=tweets).tree("data"), tmp_path / "x", as_zip=True)])
    [home] = [f for f in result.findings if f.kind == "address" and f.field == "position"]
    assert home.excerpt.startswith(
        "6 posts and 1 photo within 150 m of one point, mostly in the evenings, near Fernside"
    )
    assert home.rule == "photos and posts gathered within 150 m, mostly in the evenings: a likely home"
    assert home.platform == "x" and home.file.endswith("tweets.js")
    locations = [f for f in result.findings if f.kind == "location"]
    assert len(locations) == 6 and all(f.place and f.place.endswith("near Fernside, 0.4 km") for f in locations)


def test_the_copy_to_share_hides_where_the_likely_home_is(tmp_path: Path) -> None:
    """The redacted report shows that a likely home was found, never near where."""
    from audit.report_html import build, render

    tweets = [
        Tweet(str(900 + i), f"Quiet evening in, day {i}", when, geo=near(HOME, 8 * i, 0))
        for i, when in enumerate(evenings(6))
    ]
    source = write_tree(XArchive(tweets=tweets).tree("data"), tmp_path / "x")
    result = scan([source])
    [home] = [f for f in result.findings if f.kind == "address" and f.field == "position"]
    page = render(build(result, redact=True, sources=[source]))
    assert "Fernside" not in page and home.value not in page
    assert f"{home.value.split('.')[0]}." in page  # the position cut to about 10 km
