"""Dev-corpus evaluation: per-kind precision, recall and F1 of every registered text detector.

    .venv/bin/python bench/corpus_eval.py [--verbose] [--rules] [--check]

The corpus is `fixtures/corpus/*.jsonl`: invented posts and bios, one JSON object a line,

    {"text": "...", "section": "post", "field": "full_text", "school": false,
     "expect": {"phone": ["+447700900123"], "address": ["LS99 9ZZ"], ...}}

`school: true` scans the line with the St Aidan's profile of the demo persona; `expect`
lists the normalised values each kind must report (a kind absent or [] means none).
Values are compared case-insensitively, as sets per line and kind.  Every detector runs
over every line, so a phone line that trips the address detector counts against it.

Only kinds with a registered detector are scored.  `--check` exits 1 when any of them is
under precision 0.9 or F1 0.9 (the bar of issue 5); `--rules` prints each rule's
precision, which is what its confidence should say.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.school import load_school  # noqa: E402
from detectors import DETECTORS, build_detectors  # noqa: E402
from detectors.base import Item, Match, Provenance  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
SCHOOL = ROOT / "audit" / "demo" / "jo-ect" / "school.toml"
TARGET = 0.9


@dataclass(frozen=True, slots=True)
class Line:
    """One corpus line, with where it came from for the verbose listing."""

    where: str
    text: str
    school: bool
    expect: dict[str, frozenset[str]]
    item: Item


@dataclass(slots=True)
class Score:
    """Counts of one kind (or one rule) over the corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    """Per-kind scores, per-rule scores and every error, for printing or asserting."""

    kinds: dict[str, Score] = field(default_factory=dict)
    rules: dict[tuple[str, str], Score] = field(default_factory=lambda: defaultdict(Score))
    errors: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    """(FP|FN, kind, where, value, rule or "") for each wrong or missing value."""
    lines: int = 0

    def failing(self) -> list[str]:
        """Kinds under the bar, or with no corpus data at all."""
        return [
            kind
            for kind, score in self.kinds.items()
            if score.precision < TARGET or score.f1 < TARGET or not (score.tp + score.fn)
        ]


LEARNED_KINDS = ("job_title", "school")
"""Kinds judged by a learned classifier: measured on the labelled corpus they were not trained on
(`corpus/profession/`, `bench/profession_eval.py`), never on this rule-tuning corpus."""


POSITION_KINDS = ("location",)
"""Kinds that read a position the platform attached, not text: tested in tests/detectors/test_location.py."""


def text_kinds() -> list[str]:
    """Kinds of the registered rule detectors that read text (media detectors have no corpus)."""
    return [d.kind for d in DETECTORS if not d.handles_media and d.kind not in LEARNED_KINDS + POSITION_KINDS]


def load_corpus(folder: Path = CORPUS) -> list[Line]:
    """Every line of every `*.jsonl` in `folder`, as items a fetcher would yield."""
    lines = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            where = f"{path.name}:{number}"
            row = json.loads(raw)
            expect = {kind: frozenset(v.lower() for v in values) for kind, values in row.get("expect", {}).items()}
            provenance = Provenance(
                "corpus", path.name, where, row.get("field", "full_text"), row.get("section", "post"), None, "public"
            )
            item = Item(provenance, text=row["text"] or None, place=row.get("place"))
            lines.append(Line(where, row["text"], bool(row.get("school")), expect, item))
    return lines


def run_detectors(lines: Sequence[Line]) -> list[list[Match]]:
    """Matches of every registered detector per line, batched as the pipeline batches them."""
    found: list[list[Match]] = [[] for _ in lines]
    school = load_school(SCHOOL)
    for with_school in (False, True):
        indices = [i for i, line in enumerate(lines) if line.school == with_school]
        for detector in build_detectors(school if with_school else None):
            wanted = [i for i in indices if detector.wants(lines[i].item)]
            if not wanted:
                continue
            for i, matches in zip(wanted, detector.detect_batch([lines[i].item for i in wanted]), strict=True):
                found[i].extend(matches)
    return found


def evaluate(lines: Sequence[Line] | None = None) -> Report:
    """Score every registered kind on the corpus."""
    lines = load_corpus() if lines is None else lines
    report = Report(kinds={kind: Score() for kind in text_kinds()}, lines=len(lines))
    for line, matches in zip(lines, run_detectors(lines), strict=True):
        for kind, score in report.kinds.items():
            by_value: dict[str, Match] = {}
            for match in matches:
                if match.kind == kind:
                    by_value.setdefault(match.value.lower(), match)
            expected = line.expect.get(kind, frozenset())
            for value, match in by_value.items():
                rule = report.rules[(kind, match.rule)]
                if value in expected:
                    score.tp += 1
                    rule.tp += 1
                else:
                    score.fp += 1
                    rule.fp += 1
                    report.errors.append(("FP", kind, line.where, match.value, match.rule))
            for value in sorted(expected - by_value.keys()):
                score.fn += 1
                report.errors.append(("FN", kind, line.where, value, ""))
    return report


def print_report(report: Report, lines: Sequence[Line], *, verbose: bool, rules: bool) -> None:
    print(f"dev corpus: {report.lines} lines in {CORPUS.relative_to(ROOT)}/")
    print(f"{'kind':<10} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>10} {'recall':>7} {'F1':>6}")
    for kind, s in report.kinds.items():
        if not (s.tp + s.fn + s.fp):
            print(f"{kind:<10} {'no corpus lines for this kind':>40}")
            continue
        print(f"{kind:<10} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.precision:>10.3f} {s.recall:>7.3f} {s.f1:>6.3f}")
    if rules:
        print("\nper rule (precision is what its confidence should say):")
        for (kind, rule), s in sorted(report.rules.items()):
            print(f"  {kind:<10} {s.tp:>4} TP {s.fp:>3} FP  P={s.precision:.2f}  {rule}")
    if verbose and report.errors:
        texts = {line.where: line.text for line in lines}
        print("\nerrors (invented data, shown in full):")
        for what, kind, where, value, rule in sorted(report.errors, key=lambda e: (e[1], e[0], e[2])):
            why = f" [{rule}]" if rule else ""
            print(f"  {what} {kind:<9} {where:<22} {value!r}{why}\n      {texts[where]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every false positive and negative")
    parser.add_argument("--rules", action="store_true", help="print the precision of each rule")
    parser.add_argument("--check", action="store_true", help=f"exit 1 if a kind is under P {TARGET} or F1 {TARGET}")
    args = parser.parse_args(argv)
    lines = load_corpus()
    report = evaluate(lines)
    print_report(report, lines, verbose=args.verbose, rules=args.rules)
    failing = report.failing()
    if args.check and failing:
        print(f"\nunder the bar (P and F1 >= {TARGET}): {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
