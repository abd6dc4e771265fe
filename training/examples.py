"""Corpus lines -> the exact inputs the shipped classifiers read, with their labels.

The inputs come from the detectors' own code (`read_roles`, `SchoolDetector.find_batch`,
`judgement.job_input`, `school.workplace_inputs`), so training sees what detection will see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from detectors import nlp
from detectors.base import SchoolProfile
from detectors.job_title import JobTitleDetector, read_roles
from detectors.judgement import job_input
from detectors.school import SchoolDetector, candidate_span, workplace_inputs
from training.corpus import Line, profiles


@dataclass(frozen=True, slots=True)
class Example:
    line_id: str
    text: str
    """The classifier's input."""
    label: bool
    gated: bool
    """Whether the detector's cheap gate lets the line through (only those reach the classifier)."""
    value: str = ""
    """For workplace examples: the school the candidate names."""
    named: bool = True
    """For job examples: whether the writer names a role of their own (`RoleReading.names_own_role`);
    texts that only show school life are calibrated on their own (`training.build.write_calibrations`)."""


@cache
def _school_detector(profile: str | None) -> SchoolDetector:
    return SchoolDetector(profiles()[profile] if profile else SchoolProfile())


def job_examples(lines: Iterable[Line]) -> list[Example]:
    detector = JobTitleDetector()
    out = []
    for line in lines:
        item = line.item()
        reading = read_roles(item, nlp.doc(line.text))
        text = job_input(line.text, line.section, reading.marks)
        out.append(Example(line.id, text, line.job, detector.wants(item), named=reading.names_own_role))
    return out


def workplace_examples(lines: Iterable[Line]) -> tuple[list[Example], list[Line]]:
    """(one example per school candidate, the lines with a labelled school no candidate found)."""
    out: list[Example] = []
    missed: list[Line] = []
    for line in lines:
        item = line.item()
        detector = _school_detector(line.profile)
        candidates = detector.find(item) if detector.wants(item) else []
        gold = line.school_spans()
        gold_place = bool(line.place) and any(s.lower() == (line.place or "").lower() for s in line.schools)
        hit = set()
        for candidate, text in zip(candidates, workplace_inputs(item, candidates), strict=True):
            start, end = candidate_span(item, candidate)
            is_place = candidate.start == candidate.end == 0
            overlaps = [g for g in gold if g[0] < candidate.end and candidate.start < g[1]] if not is_place else []
            hit.update(overlaps)
            label = bool(overlaps) or (is_place and gold_place)
            out.append(Example(line.id, text, label, True, candidate.value))
        if any(g not in hit for g in gold):
            missed.append(line)
    return out, missed


_NOT_TYPED = re.compile(r"[.,!?;:'\u2019\"()]")
"""What a plainly typed text leaves out: sentence punctuation, apostrophes, quotes and brackets."""


def typed_plainly(line: Line) -> Line:
    """The line as many people type on a phone and as voice-to-text leaves it: lower case, no apostrophes, no
    punctuation ("im a ta in year four so", "i was a teacher for like five minutes").

    The bag-of-n-grams classifiers read words as written, so "i" and "I" are two features to them, and the
    corpus's writers mostly punctuate: the model trained on their lines alone scored "i was a teacher for like
    five minutes in my twenties ..." at 0.06 and "I was a teacher for like five minutes in my twenties." at 0.47,
    and found 6 staff texts in 10 in batch 14 (voice notes, captions, transcripts).  The job model learns from a
    plain copy of every train line beside the line itself (`training.build.examples`), with the same label:
    neither case nor punctuation says whose job a text reveals.  The copy's id is the line's with `~plain`."""
    text = _NOT_TYPED.sub("", line.text.lower())
    schools = tuple(plain for school in line.schools if (plain := _NOT_TYPED.sub("", school.lower())) and plain in text)
    place = _NOT_TYPED.sub("", line.place.lower()) if line.place else None
    return replace(line, id=f"{line.id}~plain", text=text, schools=schools, place=place)
