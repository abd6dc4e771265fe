"""When a photo was taken or a post written, as home time or school time (England's school year).

A cluster of positions is a likely home when most of them fall in the evenings and at weekends,
and a likely workplace when most fall in school hours in term time.  Term dates differ by local
authority and by year, so the holidays here are the ones nearly every school in England shares,
widened a little: summer (22 July to 31 August), Christmas (21 December to 3 January), the two
weeks around Easter, and the three half-term weeks (mid-February, the week of the last Monday in
May, the last week of October).  A day they get wrong moves one position from "school hours" to
"neither", which a cluster of a dozen survives.

Times with an offset are turned into UK time first; a camera's clock (no offset) is already the
wall-clock time where the photo was taken, which is what "evening" means.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import Enum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SCHOOL_DAY = (time(8, 0), time(16, 30))
EVENING_FROM, MORNING_UNTIL = time(18, 0), time(7, 30)


class Moment(Enum):
    """What kind of time a position was recorded at."""

    HOME = "home"
    """An evening, a night or a weekend."""
    SCHOOL = "school"
    """School hours on a term-time weekday."""
    OTHER = "other"
    """A weekday in the holidays, or the hours around the school day."""


def local_time(when: datetime) -> datetime:
    """The wall-clock time in the UK (a naive time is taken to be wall-clock time already)."""
    if when.tzinfo is None:
        return when
    zone = _uk()
    return when.astimezone(zone).replace(tzinfo=None) if zone is not None else when.replace(tzinfo=None)


def moment(when: datetime) -> Moment:
    """Home time, school time, or neither."""
    local = local_time(when)
    clock = local.time()
    if local.weekday() >= 5 or clock >= EVENING_FROM or clock < MORNING_UNTIL:
        return Moment.HOME
    if SCHOOL_DAY[0] <= clock < SCHOOL_DAY[1] and not is_school_holiday(local.date()):
        return Moment.SCHOOL
    return Moment.OTHER


def is_evening(when: datetime) -> bool:
    """An evening or night (of any day): for saying "mostly in the evenings"."""
    clock = local_time(when).time()
    return clock >= EVENING_FROM or clock < MORNING_UNTIL


def is_school_holiday(day: date) -> bool:
    """Whether `day` falls in a holiday nearly every school in England has (see the module note)."""
    month_day = (day.month, day.day)
    if (7, 22) <= month_day <= (8, 31) or month_day >= (12, 21) or month_day <= (1, 3):
        return True
    if (2, 12) <= month_day <= (2, 20) or (10, 23) <= month_day <= (10, 31):
        return True
    easter = easter_sunday(day.year)
    if easter - timedelta(days=9) <= day <= easter + timedelta(days=8):
        return True
    may_half_term = _last_monday_of_may(day.year)
    return may_half_term <= day <= may_half_term + timedelta(days=4)


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _last_monday_of_may(year: int) -> date:
    last = date(year, 5, 31)
    return last - timedelta(days=last.weekday())


@lru_cache(maxsize=1)
def _uk() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/London")
    except (ZoneInfoNotFoundError, ValueError):  # no time-zone data on this machine: UTC it is
        return None
