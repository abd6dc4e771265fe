"""The shared timestamp readers: ISO strings as before, epoch counts, real dates only, and the
fixed layouts read by position (the same results as `strptime`, odd input left to it)."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from audit.fetchers.timestamps import epoch_time, fixed_time, iso_time, plausible
from audit.fetchers.x_fields import _read_date
from audit.fetchers.x_fields import parse_date as x_parse_date

EARLIEST = datetime(2006, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01T10:00:00Z", datetime(2024, 3, 1, 10, tzinfo=UTC)),
        ("2024-03-01T10:00:00.000Z", datetime(2024, 3, 1, 10, tzinfo=UTC)),
        ("2024-03-01T10:00:00+01:00", datetime(2024, 3, 1, 9, tzinfo=UTC)),
        ("2018-05-04T12:13:14", datetime(2018, 5, 4, 12, 13, 14)),
    ],
)
def test_iso_time_reads_iso_strings_as_before(value: str, expected: datetime) -> None:
    assert iso_time(value) == expected
    assert (iso_time(value).tzinfo is None) == (expected.tzinfo is None)  # type: ignore[union-attr]


@pytest.mark.parametrize("value", ["13570704", "1351234567", "1541234567890", "", "not a date", None, 1351234567])
def test_iso_time_never_reads_digits_or_junk_as_a_date(value: Any) -> None:
    assert iso_time(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1351234567", datetime(2012, 10, 26, 6, 56, 7, tzinfo=UTC)),
        ("1541234567890", datetime(2018, 11, 3, 8, 42, 47, 890000, tzinfo=UTC)),
        (1351234567, datetime(2012, 10, 26, 6, 56, 7, tzinfo=UTC)),
        (1541234567890, datetime(2018, 11, 3, 8, 42, 47, 890000, tzinfo=UTC)),
        (1351234567.5, datetime(2012, 10, 26, 6, 56, 7, 500000, tzinfo=UTC)),
        ("1351234567.25", datetime(2012, 10, 26, 6, 56, 7, 250000, tzinfo=UTC)),
        (Decimal("1541234567890"), datetime(2018, 11, 3, 8, 42, 47, 890000, tzinfo=UTC)),
    ],
)
def test_epoch_time_reads_seconds_and_milliseconds_as_utc(value: Any, expected: datetime) -> None:
    moment = epoch_time(value)
    assert moment == expected
    assert moment is not None and moment.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "value", [True, -5, "-5", "12a", "2018-08-13T05:36:07Z", "", None, [1], "9" * 400, float("nan")]
)
def test_epoch_time_refuses_what_is_not_a_count(value: Any) -> None:
    assert epoch_time(value) is None


def test_plausible_keeps_real_dates_and_drops_impossible_ones() -> None:
    real = datetime(2012, 9, 5, tzinfo=UTC)
    assert plausible(real, EARLIEST) == real
    assert plausible(datetime(2012, 9, 5), EARLIEST) == datetime(2012, 9, 5)  # naive kept as given
    assert plausible(datetime(1380, 1, 1, tzinfo=UTC), EARLIEST) is None
    assert plausible(datetime(2005, 12, 31, 23, 59, tzinfo=UTC), EARLIEST) is None
    assert plausible(datetime.now(UTC) + timedelta(days=30), EARLIEST) is None
    assert plausible(None, EARLIEST) is None


# --- fixed-format reading (issue 16): every layout the fetchers meet, and odd input as before ---

PLUS_ONE = timezone(timedelta(hours=1))


def strptime_reading(value: Any) -> datetime | None:
    """X's dates as they were read before `fixed_time`: `strptime` per layout, then ISO."""
    if not isinstance(value, str) or re.match(r"^\s*\d+(?:\.\d+)?\s*$", value):
        return epoch_time(value)
    if not value:
        return None
    text = value.replace("Z", "+00:00") if value.endswith("Z") else value
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    moment = iso_time(text)
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed Oct 10 20:19:24 +0000 2018", datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)),  # X, 2018 on
        ("Sat Aug 12 16:10:37 +0100 2023", datetime(2023, 8, 12, 15, 10, 37, tzinfo=UTC)),
        ("2013-07-24 02:18:17 +0000", datetime(2013, 7, 24, 2, 18, 17, tzinfo=UTC)),  # Grailbird
        ("2024-03-01T10:00:00.000Z", datetime(2024, 3, 1, 10, tzinfo=UTC)),  # X notes, messages
        ("2024-03-01T10:00:00Z", datetime(2024, 3, 1, 10, tzinfo=UTC)),  # Mastodon, Bluesky
        ("2024-03-01T10:00:00.5+01:00", datetime(2024, 3, 1, 10, 0, 0, 500000, tzinfo=PLUS_ONE)),
        ("2024-03-01T10:00:00-0130", datetime(2024, 3, 1, 11, 30, tzinfo=UTC)),
    ],
)
def test_fixed_time_reads_each_fixed_layout(value: str, expected: datetime) -> None:
    assert fixed_time(value) == expected
    assert x_parse_date(value) == expected == strptime_reading(value)


@pytest.mark.parametrize(
    "value",
    [
        "Wed Feb 30 20:19:24 +0000 2018",  # no such day
        "Wed Oct 10 24:19:24 +0000 2018",
        "Wed Oct 10 20:19:60 +0000 2018",
        "Wed Oct 10 20:19:24 +2400 2018",  # no such zone
        "Wed Oct 10 20:19:24 +0099 2018",
        "wed oct 10 20:19:24 +0000 2018",  # strptime reads any case: left to it
        "Wednesday Oct 10 20:19:24 +0000 2018",
        "Wed Oct  9 20:19:24 +0000 2018",
        "Wed Oct 9 20:19:24 +0000 2018",
        "Wed Oct 10 20:19:24 2018",
        "Xyz Oct 10 20:19:24 +0000 2018",
        "2013-07-24 02:18:17 +00:00",
        "2013-07-24 02:18:17+0000",
        "2013-7-24 02:18:17 +0000",
        "2013-07-24T02:18:17",  # no zone: ISO, read as UTC
        "2013-07-24",
        "2024-03-01T10:00:00.1234567Z",
        "2024-03-01T10:00:00,5Z",
        "2024-03-01T10:00:00.000+00:00:30",
        "2024-03-01T10:00:00.000ZZ",
        "2024-02-30T10:00:00Z",
        "２０２４-03-01T10:00:00Z",  # full-width digits
        " Wed Oct 10 20:19:24 +0000 2018",
        "1351234567",
        "1541234567890",
        "",
        "Z",
        None,
        1351234567,
    ],
)
def test_odd_dates_read_as_before(value: Any) -> None:
    assert _read_date(value) == strptime_reading(value)
    if isinstance(value, str):
        fast = fixed_time(value)
        assert fast is None or fast == strptime_reading(value)


def test_fixed_time_agrees_with_strptime_on_many_dates() -> None:
    rng = random.Random(16)
    zones = ["+0000", "-0000", "+0100", "-0530", "+1345", "-1159"]
    for _ in range(3000):
        moment = datetime(2006, 1, 1) + timedelta(seconds=rng.randrange(20 * 365 * 86400))
        zone = rng.choice(zones)
        colon = f"{zone[:3]}:{zone[3:]}"
        fraction = rng.choice(["", ".0", ".123", ".999999", ".05"])
        for text in (
            moment.strftime(f"%a %b %d %H:%M:%S {zone} %Y"),
            moment.strftime(f"%Y-%m-%d %H:%M:%S {zone}"),
            moment.strftime(f"%Y-%m-%dT%H:%M:%S{fraction}") + rng.choice(["Z", colon, zone]),
        ):
            fast = fixed_time(text)
            assert fast is not None and fast == strptime_reading(text), text
            assert fast.utcoffset() == strptime_reading(text).utcoffset()  # type: ignore[union-attr]
