"""One place in a text where the writer's own school job shows, and what shows it, in words.

The cues that run where the learned judgement found nothing (`role_events`: a career event, `role_support`: a
support role said of oneself, `role_voice`: a school's own voice, `role_work`: a teacher's work,
`role_support_work`: a support job's work) each answer with these, and `job_title` turns any of them into the
same kind of "worth a look" finding: the span the finding points at, and the words its explanation gives.
One type for all five, so a sixth cue cannot drift from what the detector reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    """Where in the text (`start`, `end`) and what it shows of the writer ("a school job won", "marks or grades
    their classes' work"), for the finding's explanation."""

    start: int
    end: int
    what: str


CueTable = tuple[tuple[str, re.Pattern[str]], ...]
"""(what a cue shows of the writer, in words; its pattern), as each cue module lists them."""


def cues_in(text: str, table: CueTable, keep: Callable[[str, int], bool]) -> list[Cue]:
    """Every hit of every pattern in `table` that `keep(what, start)` accepts (whose is it, is it quoted), in
    order of place: the loop each cue module would otherwise write again."""
    found = (Cue(hit.start(), hit.end(), what) for what, pattern in table for hit in pattern.finditer(text))
    return sorted((cue for cue in found if keep(cue.what, cue.start)), key=lambda cue: cue.start)
