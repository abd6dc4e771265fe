"""Contacts-corpus lines -> the address judgement's inputs and labels, and its two thresholds.

Every address candidate the rules find in a line (`AddressDetector.candidates`: what they keep and what
only their venue words and named filters turned down) becomes one input (`address_judgement.address_input`,
the same function detection calls), labelled by whether it is one of the line's labelled addresses.  The
thresholds (`address_judgement.Decision`) are those that give the best address F1 on the dev split, counted
as `bench/contacts_eval.py` counts it, so the model is chosen for what a scan reports.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from bench.contacts_eval import BATCHES, Line, lines, profiles, same
from detectors.address import AddressDetector
from detectors.address_judgement import Decision, address_input, home_stated, shown
from detectors.base import Match, SchoolProfile
from training.examples import Example

VETOES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
RESCUES = (0.8, 0.9, 0.95, 0.97, 0.99, 1.01)
"""The thresholds tried on dev (a rescue above 1 hands nothing back)."""


@dataclass(frozen=True, slots=True)
class LineCandidates:
    line: Line
    kept: list[Match]
    turned_down: list[Match]


@cache
def _detector(profile: str | None) -> AddressDetector:
    return AddressDetector(profiles()[profile] if profile else SchoolProfile())


def candidates(split: str, batches: tuple[str, ...] = BATCHES) -> Iterator[LineCandidates]:
    """Each line of a split of the contacts corpus with the address candidates the rules find in it."""
    for line in lines(split=split, batches=batches):  # type: ignore[arg-type]
        detector, item = _detector(line.profile), line.item()
        kept, turned_down = detector.candidates(item) if detector.wants(item) else ([], [])
        yield LineCandidates(line, kept, turned_down)


def address_examples(rows: Sequence[LineCandidates]) -> list[Example]:
    out = []
    for row in rows:
        found = [*row.kept, *row.turned_down]
        for match in found:
            label = any(same("address", expected, match.value) for expected in row.line.expect["address"])
            text = address_input(row.line.text, row.line.section, match, found)
            out.append(Example(row.line.id, text, label, gated=True, value=match.value))
    return out


def f1(rows: Sequence[LineCandidates], inputs: Sequence[str], scores: Sequence[float], thresholds: Decision) -> float:
    """Address F1 of what a scan would report with these thresholds (`inputs` and `scores`: one per candidate,
    in `address_examples` order), decided as detection decides (`address_judgement.shown`)."""
    tp = fp = fn = 0
    at = 0
    for row in rows:
        found = [*row.kept, *row.turned_down]
        stated = [home_stated(row.line.text, m) for m in row.kept]
        verdicts = shown(inputs[at : at + len(found)], scores[at : at + len(found)], len(row.kept), thresholds, stated)
        at += len(found)
        reported = [m for m, show in zip(found, verdicts, strict=True) if show]
        expected = row.line.expect["address"]
        left = set(expected)
        for match in reported:
            hit = next((e for e in left if same("address", e, match.value)), None)
            if hit is not None:
                tp += 1
                left.discard(hit)
            elif not any(same("address", e, match.value) for e in expected):
                fp += 1
        fn += len(left)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def best_decision(
    rows: Sequence[LineCandidates], inputs: Sequence[str], scores: Sequence[float]
) -> tuple[Decision, float]:
    """The thresholds with the best F1 on these rows; ties go to the least vetoing and rescuing."""
    tried = [Decision(veto, rescue) for veto in VETOES for rescue in RESCUES]
    scored = [(f1(rows, inputs, scores, d), -d.veto, d.rescue, d) for d in tried]
    best = max(scored, key=lambda s: s[:3])
    return best[3], best[0]
