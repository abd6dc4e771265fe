"""What the job detector remembers of the batch it has just judged, for the school detector that reads it next.

The school detector asks how surely a text reads as its writer's own school work (`job_title.profession_confidences`)
and whether a school named in it follows the writer's own job as the rules read it ("I was your son's teacher at
Oakhurst!", `own_job_just_before`).  The job detector judges each batch first, so it keeps both, keyed by the text and
its section, for the latest few thousand texts: the school detector then finds them instead of judging again; and
whether it made a finding, so that a workplace the school detector finds can tell the profession where the job
detector found none (`job_from_workplace`).  One
lock guards the tables (a scan's worker threads share a process).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence

from detectors.base import Item

RECENT_LIMIT = 4096
"""Texts kept: a few batches (one is all the sharing needs)."""
Key = tuple[str, str]
"""(text, section)."""

_confidences: OrderedDict[Key, float] = OrderedDict()
_rule_ends: OrderedDict[Key, int] = OrderedDict()
_found: OrderedDict[Key, bool] = OrderedDict()
_lock = threading.Lock()
_JUST_BEFORE = re.compile(r"(?i)\s*(?:at|in|across)\s+(?:the\s+)?$")
"""What lies between the writer's own job and the school it is at: "teacher at ", "TA in the ", "Executive Head across "
("for" is as often a month's or a subject's: "a Geography teacher for Sept", "TA for Psych 101")."""

_ENDS_WITH_CONNECTOR = re.compile(r"(?i)\b(?:at|in|across)$")
_SPACE_OR_THE = re.compile(r"(?i)\s+(?:the\s+)?")


def remember(confidences: Mapping[Key, float]) -> None:
    """Keep the calibrated confidences of texts just judged."""
    with _lock:
        _confidences.update(confidences)
        _trim(_confidences)


def recalled(keys: Iterable[Key]) -> dict[Key, float]:
    """The confidences kept for those of `keys` that were judged lately."""
    with _lock:
        return {key: _confidences[key] for key in keys if key in _confidences}


def told_by_rule(key: Key, end: int, bar: float) -> None:
    """Remember a text the rules report as the writer's own school job, and where the words that tell it end: it
    reads as staff at least at `bar` ("worth a look") for the school detector too, and a school named right after
    them is where they work (`own_job_just_before`).  Only what is remembered moves; the classifier's inputs do not."""
    with _lock:
        if _confidences.get(key, 0.0) < bar:
            _confidences[key] = bar
            _trim(_confidences)
        _rule_ends[key] = end
        _trim(_rule_ends)


def note_findings(found: Mapping[Key, bool]) -> None:
    """Keep whether the job detector made a finding for each text it has just read (`job_from_workplace` asks)."""
    with _lock:
        _found.update(found)
        _trim(_found)


def found_by_job(key: Key) -> bool | None:
    """Whether the job detector made a finding for a text it read lately; None when it has not read it."""
    with _lock:
        return _found.get(key)


def rule_read(item: Item) -> bool:
    """Whether the rules read the writer's own school job in the item's text lately: the school detector then reads
    its names after "at", "in" or "across" though the text holds no school word ("Head of Music at Marsden Heath")."""
    with _lock:
        return bool(_rule_ends) and (item.text or "", item.provenance.section) in _rule_ends


def rule_read_among(items: Sequence[Item]) -> set[int]:
    """Positions of the items `rule_read` accepts (a batch's screen: one lock, nothing asked of an empty table)."""
    with _lock:
        if not _rule_ends:
            return set()
        return {at for at, item in enumerate(items) if (item.text or "", item.provenance.section) in _rule_ends}


def own_job_just_before(item: Item, start: int) -> bool:
    """Whether the rules read the writer's own school job in the item's text, ending right before `start` with only
    "at", "in" or "for" between ("with" is a person's: "my first class with Alex")."""
    text = item.text or ""
    with _lock:
        end = _rule_ends.get((text, item.provenance.section))
    if end is None or not 0 < start - end <= 12:
        return False
    if _ENDS_WITH_CONNECTOR.search(text, max(0, end - 8), end):  # the role's words took it: "governor at"
        return _SPACE_OR_THE.fullmatch(text, end, start) is not None
    return _JUST_BEFORE.match(text, end, start) is not None


def forget() -> None:
    """Empty the tables (benchmarks: so that a run judges every text afresh)."""
    with _lock:
        _confidences.clear()
        _rule_ends.clear()
        _found.clear()


def _trim(table: OrderedDict[Key, float] | OrderedDict[Key, int] | OrderedDict[Key, bool]) -> None:
    while len(table) > RECENT_LIMIT:
        table.popitem(last=False)
