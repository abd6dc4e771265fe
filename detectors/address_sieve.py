"""The address filters as one reading of a text applies them, and whether they turned anything down.

The address rules find a street line or a postcode, then ask whether it is no home: the school's
or a venue's address ("at the Red Lion, 12 High Street"), or one a named filter of
`address_filters` drops (a listing, a shop, a title).  Those filters are words written for the
corpus lines their authors read, and on writing they never saw they turn homes down and let
venues through alike.  So the address detector reads a text twice when a filter turned something
down: once as the rules decide (`Sieve()`), and once with the venue words and the named filters
set aside (`Sieve(filtering=False)`), and the learned judgement of `address_judgement` has the last
word on what either reading found.  Set aside or not, the school's own name before an address
always makes it the school's: the judgement never hands a workplace back as a home.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detectors.address_business import school_or_venue_before
from detectors.address_filters import ADDRESS_FILTERS
from detectors.address_premises import home_given_after, home_given_before
from detectors.filters import Filter, drops


class Sieve:
    """Whether a found address is no home, as one reading of a text decides it."""

    __slots__ = ("school_names", "filtering", "turned_down")

    def __init__(self, school_names: re.Pattern[str] | None, filtering: bool = True) -> None:
        self.school_names = school_names
        """The school's names, aliases and handles, any spelling: its address is never a home."""
        self.filtering = filtering
        """False: the venue words and the named address filters are set aside (`module docstring`)."""
        self.turned_down = False
        """Whether a venue word or a named filter turned an address down in this reading."""

    def venue_before(self, context: str, after: str = "") -> bool:
        """The words before an address (`context`, its clause) say it is the school's or a venue's."""
        if not self.filtering:
            return self.school_names is not None and self.school_names.search(context) is not None
        if school_or_venue_before(context, self.school_names, after):
            self.turned_down = True
            return True
        return False

    def drops(self, text: str, start: int, end: int, also: Sequence[Filter] = ()) -> bool:
        """A named address filter (or one of `also`, filters of what is not an address at all, which
        stay on in either reading) drops the address at `start:end`."""
        if not self.filtering:
            return bool(also) and drops(tuple(also), text, start, end)
        if drops((*ADDRESS_FILTERS, *also), text, start, end):
            self.turned_down = True
            return True
        return False

    def not_a_home(self, text: str, context: str, start: int, end: int) -> bool:
        """The school's or a venue's address, or one a named filter drops; never one the words right before
        give as someone's home, nor one the words right after do (`address_premises.home_given_before`,
        `home_given_after`)."""
        if home_given_before(text, start) or home_given_after(text, end):
            return False
        return self.venue_before(context, text[end : end + 24]) or self.drops(text, start, end)


def filters_against(text: str, start: int, end: int) -> tuple[str, ...]:
    """The names of the named address filters that would drop the address at `start:end` (for an
    explanation: what the learned judgement overruled)."""
    return tuple(f.name for f in ADDRESS_FILTERS if f.effect == "drop" and f(text, start, end))
