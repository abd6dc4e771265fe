"""Measure the profession (`job_title`) and workplace (`school`) detectors on text they did not learn.

    python bench/profession_eval.py                      # dev split (the one to look at while working)
    python bench/profession_eval.py --split test         # the frozen test split: report, never tune
    python bench/profession_eval.py --real ../shared/corpora   # the hand-labelled real-text samples
    python bench/profession_eval.py --general ../shared/corpora  # flags per 1,000 general posts
    python bench/profession_eval.py --split test --check # fail if below bench/profession_baseline.json

Scoring, per corpus line (a post, bio, comment or DM), with every registered detector of the
two kinds run as a scan would run them (the line's school profile loaded where it has one):
- job_title: a line is positive when it reveals the writer's school job; predicted when it
  gets a job_title finding (either tier, or `likely` only in the second column).
- school: each labelled school of a line is found when a school finding's evidence overlaps
  one of its mentions (or the check-in place); a finding that overlaps none is a false alarm.
- any: a line that reveals profession or workplace gets a finding of either kind; a clean
  line (no labels) gets one.
- reliability: findings grouped by confidence, with how often they were right.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.base import Item, Match, SchoolProfile  # noqa: E402
from detectors.job_title import JobTitleDetector  # noqa: E402
from detectors.school import SchoolDetector  # noqa: E402
from training.corpus import BATCHES, Line, digest, lines, profiles  # noqa: E402

BASELINE = Path(__file__).with_name("profession_baseline.json")
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        self.tp += predicted and actual
        self.fp += predicted and not actual
        self.fn += actual and not predicted

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def row(self) -> str:
        return f"P {self.p:.3f} R {self.r:.3f} F1 {self.f1:.3f} (TP {self.tp} FP {self.fp} FN {self.fn})"


@dataclass
class Report:
    job: Tally = field(default_factory=Tally)
    job_likely: Tally = field(default_factory=Tally)
    school: Tally = field(default_factory=Tally)
    school_likely: Tally = field(default_factory=Tally)
    school_per_school: Tally = field(default_factory=Tally)
    """Recall per school, not per spelling: a school counts as found when any of its labelled spellings is
    (the detector reports one finding per school per text, as the app lists it); precision as `school`."""
    revealing: Counter[str] = field(default_factory=Counter)
    clean: Counter[str] = field(default_factory=Counter)
    reliability: dict[str, Counter[tuple[int, bool]]] = field(
        default_factory=lambda: {"job_title": Counter(), "school": Counter()}
    )
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        reveal = self.revealing
        clean = self.clean
        return {
            "job_title_p": round(self.job.p, 3), "job_title_r": round(self.job.r, 3), "job_title_f1": round(self.job.f1, 3),
            "school_p": round(self.school.p, 3), "school_r": round(self.school.r, 3), "school_f1": round(self.school.f1, 3),
            "revealing_with_finding": round(reveal["found"] / max(1, reveal["all"]), 3),
            "clean_with_finding": round(clean["found"] / max(1, clean["all"]), 3),
        }  # fmt: skip


BATCH = 1024
"""Items a batch holds, as the pipeline's (`audit.pipeline`)."""


class Scanner:
    """The two detectors, once per school profile."""

    def __init__(self) -> None:
        self.job = JobTitleDetector()
        self._schools: dict[str | None, SchoolDetector] = {}

    def school(self, profile: str | None) -> SchoolDetector:
        if profile not in self._schools:
            self._schools[profile] = SchoolDetector(profiles()[profile] if profile else SchoolProfile())
        return self._schools[profile]

    def scan(self, items: list[Item], profile: str | None = None) -> list[tuple[list[Match], list[Match]]]:
        """(job_title matches, school matches) of each item, batched as the pipeline batches: the job detector
        judges a batch, then the school detector reads it (and what the job detector remembers of it, `job_memory`,
        which keeps only the latest few thousand texts)."""
        out: list[tuple[list[Match], list[Match]]] = []
        for at in range(0, len(items), BATCH):
            batch = items[at : at + BATCH]
            for jobs, found in zip(_run(self.job, batch), _run(self.school(profile), batch), strict=True):
                implied = [m for m in found if m.kind == self.job.kind]  # a workplace tells the profession too
                out.append((jobs + implied, [m for m in found if m.kind != self.job.kind]))
        return out


def _run(detector: JobTitleDetector | SchoolDetector, items: list[Item]) -> list[list[Match]]:
    wanted = [i for i, item in enumerate(items) if detector.wants(item)]
    out: list[list[Match]] = [[] for _ in items]
    for index, matches in zip(wanted, detector.detect_batch([items[i] for i in wanted]), strict=True):
        out[index] = matches
    return out


def evaluate(rows: Iterable[Line], verbose: bool = False) -> Report:
    scanner = Scanner()
    report = Report()
    by_profile: dict[str | None, list[Line]] = {}
    for line in rows:
        by_profile.setdefault(line.profile, []).append(line)
    for profile, group in by_profile.items():
        for line, (jobs, schools) in zip(group, scanner.scan([g.item() for g in group], profile), strict=True):
            _score(report, line, jobs, schools, verbose)
    return report


def _score(report: Report, line: Line, jobs: list[Match], schools: list[Match], verbose: bool) -> None:
    report.job.add(bool(jobs), line.job)
    report.job_likely.add(any(m.tier == "likely" for m in jobs), line.job)
    for m in jobs:
        report.reliability["job_title"][(_bin(m.confidence), line.job)] += 1
    gold = line.school_spans()
    place_is_school = bool(line.place) and any(s.lower() == line.place.lower() for s in line.schools)

    def right(m: Match) -> bool:
        if m.start == m.end == 0:
            return place_is_school
        return any(s < m.end and m.start < e for s, e in gold)

    for m in schools:
        report.school.add(True, right(m))
        report.school_likely.add(m.tier == "likely", right(m))
        report.reliability["school"][(_bin(m.confidence), right(m))] += 1
    _score_per_school(report, line, schools, right)
    for school in {s.lower() for s in line.schools}:
        spans = [(s, e) for s, e in gold if line.text[s:e].lower() == school]
        found = any(any(s < m.end and m.start < e for s, e in spans) for m in schools) or (
            place_is_school and school == (line.place or "").lower() and any(m.start == m.end == 0 for m in schools)
        )
        if not found:
            report.school.fn += 1
            report.school_likely.fn += 1
    reveals = line.job or bool(line.schools)
    tally = report.revealing if reveals else report.clean
    tally["all"] += 1
    tally["found"] += bool(jobs or schools)
    if verbose and (bool(jobs) != line.job or any(not right(m) for m in schools)):
        got = [f"{m.kind}:{m.value}:{m.confidence}" for m in (*jobs, *schools)]
        report.errors.append(f"{line.id} job={line.job} schools={list(line.schools)} got={got} | {line.text[:160]!r}")


def _score_per_school(report: Report, line: Line, schools: list[Match], right: Callable[[Match], bool]) -> None:
    """`Report.school_per_school`: the labelled spellings grouped into schools (`same_school`), each found
    when a finding overlaps any occurrence of any of its spellings."""
    for m in schools:
        report.school_per_school.add(True, right(m))
    groups: list[list[str]] = []
    for spelling in sorted({s.lower() for s in line.schools}, key=len):
        group = next((g for g in groups if any(same_school(spelling, other, line.profile) for other in g)), None)
        if group is None:
            groups.append([spelling])
        else:
            group.append(spelling)
    lowered = line.text.lower()
    for group in groups:
        spans = [(at, at + len(s)) for s in group for at in _occurrences(lowered, s)]
        found = any(any(s < m.end and m.start < e for s, e in spans) for m in schools) or (
            bool(line.place) and (line.place or "").lower() in group and any(m.start == m.end == 0 for m in schools)
        )
        if not found:
            report.school_per_school.fn += 1


def _occurrences(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _folded(spelling: str) -> str:
    return "".join(ch for ch in spelling.lower() if ch.isalnum())


def same_school(a: str, b: str, profile: str | None) -> bool:
    """Whether two labelled spellings name one school: one holds the other ("Westmoor", "#ProudToBeWestmoor";
    "Fernside", "@FernsidePrimary"), or both are spellings of the line's invented school profile."""
    fa, fb = _folded(a), _folded(b)
    if fa and fb and (fa in fb or fb in fa):
        return True
    if not profile:
        return False
    school = profiles()[profile]
    spellings = [_folded(x) for x in (school.name, *school.aliases, *school.handles) if x]
    return all(any(f == x or x in f for x in spellings) for f in (fa, fb))


def _bin(confidence: float) -> int:
    return next(i for i, edge in enumerate(BINS[1:]) if confidence < edge)


def reliability_table(report: Report) -> list[str]:
    out = ["| kind | confidence | findings | right | observed |", "| --- | --- | ---: | ---: | ---: |"]
    for kind, counts in report.reliability.items():
        for b in range(len(BINS) - 1):
            right, wrong = counts[(b, True)], counts[(b, False)]
            if right + wrong:
                label = f"{BINS[b]:.1f}-{min(BINS[b + 1], 1.0):.1f}"
                out.append(f"| {kind} | {label} | {right + wrong} | {right} | {right / (right + wrong):.2f} |")
    return out


def print_report(title: str, report: Report) -> None:
    print(f"## {title}")
    print(f"job_title (either tier)  {report.job.row()}")
    print(f"job_title (likely only)  {report.job_likely.row()}")
    print(f"school    (either tier)  {report.school.row()}")
    print(f"school    (likely only)  {report.school_likely.row()}")
    print(f"school    (per school)   {report.school_per_school.row()}")
    s = report.summary()
    print(f"revealing lines with a finding: {s['revealing_with_finding']:.3f} of {report.revealing['all']}")
    print(f"clean lines with a finding:     {s['clean_with_finding']:.3f} of {report.clean['all']}")
    print("\n".join(reliability_table(report)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    parser.add_argument("--check", action="store_true", help="fail below the frozen baseline (test split)")
    parser.add_argument("--verbose", action="store_true", help="print the errors (never on the test split)")
    parser.add_argument("--real", type=Path, metavar="CORPORA", help="score the hand-labelled samples of real text")
    parser.add_argument("--general", type=Path, metavar="CORPORA", help="flags per 1,000 real general posts")
    parser.add_argument("--batch", choices=BATCHES, help="one batch of the corpus only (default: every batch)")
    args = parser.parse_args(argv)
    if args.check and args.batch:
        parser.error("the floors are for every batch together")
    if args.real or args.general:
        from bench.profession_real import general, real

        folder = args.real or args.general
        if not (folder / "README.md").is_file():
            parser.error(f"{folder}: not the shared corpora folder (expected ../shared/corpora)")
        return real(args.real) if args.real else general(args.general)
    batches = (args.batch,) if args.batch else BATCHES
    report = evaluate(lines(split=args.split, batches=batches), verbose=args.verbose and args.split != "test")
    of = f" of {args.batch}" if args.batch else ""
    print_report(f"{args.split} split{of} ({report.revealing['all'] + report.clean['all']} lines)", report)
    for error in report.errors:
        print(error)
    if args.check:
        return check(report, args.split)
    return 0


def check(report: Report, split: str) -> int:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    problems = []
    for batch, frozen in baseline["test_digests"].items():
        if split == "test" and digest("test", batch) != frozen:
            problems.append(f"the frozen test split of {batch} has changed (digest differs from {BASELINE.name})")
    got = report.summary()
    for key, floor in baseline["floors"].items():
        worse = got[key] > floor + 0.02 if key == "clean_with_finding" else got[key] < floor - 0.02
        if worse:
            problems.append(f"{key} {got[key]:.3f} regressed from {floor:.3f}")
    for problem in problems:
        print("REGRESSION:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
