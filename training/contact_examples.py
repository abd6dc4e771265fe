"""Contacts-corpus lines -> the contact judgements' inputs and labels, and their two thresholds.

For each kind (`address`, `phone`, `email`), every candidate its rules find in a line (the detector's
`candidates`: what they keep and what only their named filters turned down) becomes one input (the
kind's `*_input` function, the same one detection calls), labelled by whether it is one of the line's
labelled values of that kind.  The thresholds (`contact_judgement.Decision`) are those that give the best
F1 on the dev split, counted as `bench/contacts_eval.py` counts it and decided as detection decides
(`contact_judgement.shown`), so each model is chosen for what a scan reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from bench.contacts_eval import BATCHES, Line, lines, profiles, same
from detectors.address import AddressDetector
from detectors.address_judgement import address_input, home_stated
from detectors.base import Match, SchoolProfile
from detectors.contact_judgement import Decision, Kind, shown
from detectors.email import EmailDetector
from detectors.email_judgement import email_input
from detectors.phone import PhoneDetector
from detectors.phone_judgement import number_stated, phone_input
from training.examples import Example

KINDS: tuple[Kind, ...] = ("address", "phone", "email")
INPUTS: dict[str, Callable[[str, str, Match, Sequence[Match]], str]] = {
    "address": address_input,
    "phone": phone_input,
    "email": email_input,
}
TRAINED_ON = BATCHES[:39]
"""The batches whose train split the shipped contact judgements learn from (and whose dev split chooses their
thresholds): batches 1-39.  Batch 40 arrived while they were built and measured them as text they never saw
(`bench/RESULTS.md`); like the profession corpus's, new batches join at a rebuild that is measured before it ships."""
VETOES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
RESCUES = (0.8, 0.9, 0.95, 0.97, 0.99, 1.01)
"""The thresholds tried on dev (a rescue above 1 hands nothing back)."""


@dataclass(frozen=True, slots=True)
class LineCandidates:
    line: Line
    kept: list[Match]
    turned_down: list[Match]


@cache
def _detector(kind: str, profile: str | None) -> AddressDetector | PhoneDetector | EmailDetector:
    school = profiles()[profile] if profile else SchoolProfile()
    if kind == "address":
        return AddressDetector(school)
    return PhoneDetector(school) if kind == "phone" else EmailDetector(school)


def candidates(kind: str, split: str, batches: tuple[str, ...] = TRAINED_ON) -> Iterator[LineCandidates]:
    """Each line of a split of the contacts corpus with the candidates of one kind the rules find in it."""
    for line in lines(split=split, batches=batches):  # type: ignore[arg-type]
        detector, item = _detector(kind, line.profile), line.item()
        kept, turned_down = detector.candidates(item) if detector.wants(item) else ([], [])
        yield LineCandidates(line, kept, turned_down)


def contact_examples(kind: str, rows: Sequence[LineCandidates]) -> list[Example]:
    out = []
    for row in rows:
        found = [*row.kept, *row.turned_down]
        for match in found:
            label = any(same(kind, expected, match.value) for expected in row.line.expect[kind])
            text = INPUTS[kind](row.line.text, row.line.section, match, found)
            out.append(Example(row.line.id, text, label, gated=True, value=match.value))
    return out


def _stated(kind: str, row: LineCandidates) -> list[bool]:
    """Which of the rules' own candidates the words beside them give as a person's own (never vetoed)."""
    stated = {"address": home_stated, "phone": number_stated}.get(kind)
    return [stated(row.line.text, m) for m in row.kept] if stated else []


def f1(
    kind: str, rows: Sequence[LineCandidates], inputs: Sequence[str], scores: Sequence[float], thresholds: Decision
) -> float:
    """F1 of what a scan would report with these thresholds (`inputs` and `scores`: one per candidate, in
    `contact_examples` order)."""
    tp = fp = fn = 0
    at = 0
    for row in rows:
        found = [*row.kept, *row.turned_down]
        window = slice(at, at + len(found))
        verdicts = shown(inputs[window], scores[window], len(row.kept), thresholds, _stated(kind, row))
        at += len(found)
        expected = row.line.expect[kind]
        left = set(expected)
        for match in (m for m, show in zip(found, verdicts, strict=True) if show):
            hit = next((e for e in left if same(kind, e, match.value)), None)
            if hit is not None:
                tp += 1
                left.discard(hit)
            elif not any(same(kind, e, match.value) for e in expected):
                fp += 1
        fn += len(left)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def best_decision(
    kind: str, rows: Sequence[LineCandidates], inputs: Sequence[str], scores: Sequence[float]
) -> tuple[Decision, float]:
    """The thresholds with the best F1 on these rows; ties go to the least vetoing and rescuing."""
    tried = [Decision(veto, rescue) for veto in VETOES for rescue in RESCUES]
    scored = [(f1(kind, rows, inputs, scores, d), -d.veto, d.rescue, d) for d in tried]
    best = max(scored, key=lambda s: s[:3])
    return best[3], best[0]
