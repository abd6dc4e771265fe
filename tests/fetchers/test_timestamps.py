"""The shared timestamp readers: ISO strings as before, epoch counts, and real dates only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from audit.fetchers.timestamps import epoch_time, iso_time, plausible

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
