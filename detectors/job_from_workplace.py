"""A school named as the writer's workplace tells their profession too (clause 2.3.13).

"History at Holmewood High 📜 | Rovers fan", "Cook at Hallow Road here 👋", "Twenty two years at Greystones, leaving
Friday": the school detector reads the school as where the writer works, while the job detector, which reads the
text before it and knows nothing of schools, found no role and no school life it trusts (a cook, a chaplain, a
subject, or only the school's name).  Whoever works at a school works in schools: the labelled corpus says so of
every line with a workplace ("schools non-empty, job true"), and the person auditing their profile is told both what
gives their workplace away and that it gives their profession away.

Only a school the workplace judgement is sure of counts (`WORKPLACE_SURELY`, the calibrated confidence; on the dev
split of thirty-two batches, where the job detector found nothing: 24 such lines, 21 of them staff), and only where
the job detector made no finding (`job_memory.found_by_job`) and its judgement left the text below its "worth a look"
bar, or its gate refused the text: a text it judged as staff without a finding had the job filters' reason for
dropping one (a pupil's voice, someone else's job), which the school does not overrule.  The
finding is always "worth a look": it names no job, and its evidence is the school's name.  The job detector owns the
finding's kind, clauses and wording; the school detector, which sees the workplace, asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors import job_memory
from detectors.base import Explanation, Item, Match
from detectors.job_title import IMPLIED, JobTitleDetector, touches_any
from detectors.judgement import judge

WORKPLACE_SURELY = 0.86
"""The workplace judgement's calibrated confidence from which a school read as the writer's workplace tells their
profession (the school detector's `likely` tier starts lower, at about 0.57: a third of those lines on dev are not
staff)."""
IMPLIED_CONFIDENCE = 0.85
"""How often the school said so is a member of staff's on the dev split (21 of 24 lines, 0.875; 26 of 31 from 0.8)."""
REASON = "names the school they work at"


def job_from_workplace(item: Item, schools: Sequence[Match], staff: float) -> Match | None:
    """A job finding for `item` whose workplace the school detector found (`schools`, its matches) where the job
    detector made none and its judgement (`staff`: the calibrated confidence, 0 where its gate refused the text) left
    the text below "worth a look"; None otherwise."""
    found = job_memory.found_by_job((item.text or "", item.provenance.section))
    if found is None:  # the job detector has not read the text: its gate refused it, or it has not run (then no guess)
        if touches_any(item):
            return None
    elif found or staff >= judge("job").calibration.worth_a_look:
        return None
    sure = [m for m in schools if m.start < m.end and m.confidence >= WORKPLACE_SURELY]
    if not sure:
        return None
    school = max(sure, key=lambda m: (m.confidence, -m.start))
    said = (item.text or "")[school.start : school.end]
    explanation = Explanation("rule", f"{REASON} ({school.value})", (said,))
    return Match(JobTitleDetector.kind, IMPLIED, school.start, school.end, IMPLIED_CONFIDENCE, f"worth a look: {REASON}",
                 JobTitleDetector.clauses, "worth a look", explanation)  # fmt: skip
