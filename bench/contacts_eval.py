"""Measure the contact detectors (`phone`, `email`, `address`) on the labelled contacts corpus.

    python bench/contacts_eval.py                       # dev split (the one to look at while working)
    python bench/contacts_eval.py --split test          # the frozen test split: report, never tune
    python bench/contacts_eval.py --verbose             # every error of the dev split
    python bench/contacts_eval.py --split test --check  # fail below bench/contacts_baseline.json

The corpus (`corpus/contacts/voices*/*.jsonl`, see `corpus/contacts/BRIEF.md`) is split as the
profession corpus is, by a hash of each line's id (`training.corpus.split_of`): 70 % train, 15 %
dev, 15 % test.  The rule detectors learn nothing, so "train" is only more text to read errors
in; the test split was frozen (digest in `bench/contacts_baseline.json`) before any tuning.

Scoring, per line and kind, with the three detectors run as a scan runs them (with the line's
invented school profile where it has one): the labelled values are compared with the values
found, as sets.  Phones and e-mails must be equal (E.164, lower case); an address is right when
one value holds the other once spaces and punctuation are ignored ("12 Larkspur Close" and
"Flat 3, 12 Larkspur Close").  Every detector runs on every line, so an address labelled in a
phone writer's line counts like any other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.profession_eval import Tally  # noqa: E402  (the same P/R/F1 counts)
from detectors.address import AddressDetector  # noqa: E402
from detectors.base import Detector, Item, Match, Provenance, SchoolProfile  # noqa: E402
from detectors.email import EmailDetector  # noqa: E402
from detectors.phone import PhoneDetector  # noqa: E402
from training.corpus import CorpusError, Split, split_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "corpus" / "contacts"
BASELINE = Path(__file__).with_name("contacts_baseline.json")
KINDS = ("phone", "email", "address")
BATCHES = (
    "voices",
    "voices-2",
    "voices-3",
    "voices-4",
    "voices-5",
    "voices-6",
    "voices-7",
    "voices-8",
    "voices-9",
    "voices-10",
    "voices-11",
    "voices-12",
    "voices-13",
    "voices-14",
    "voices-15",
    "voices-16",
    "voices-17",
    "voices-18",
    "voices-19",
    "voices-20",
    "voices-21",
    "voices-22",
    "voices-23",
    "voices-24",
    "voices-25",
    "voices-26",
    "voices-27",
    "voices-28",
    "voices-29",
    "voices-30",
    "voices-31",
    "voices-32",
    "voices-33",
    "voices-34",
    "voices-35",
    "voices-36",
    "voices-37",
    "voices-38",
    "voices-39",
    "voices-40",
    "voices-41",
    "voices-42",
)
"""Folders of voice files, each written (and its test split frozen) before any tuning on it."""


@dataclass(frozen=True, slots=True)
class Line:
    """One labelled text of the contacts corpus."""

    id: str
    voice: str
    text: str
    section: str
    expect: dict[str, frozenset[str]]
    profile: str | None
    hard: bool

    @property
    def split(self) -> Split:
        return split_of(self.id)

    def item(self) -> Item:
        field = "bio" if self.section == "profile" else "text"
        provenance = Provenance("corpus", self.voice, self.id, field, section=self.section)  # type: ignore[arg-type]
        return Item(provenance, text=self.text)


def lines(root: Path = ROOT, split: Split | None = None, batches: tuple[str, ...] = BATCHES) -> Iterator[Line]:
    """Every labelled line (optionally of one split), in file order; a broken line is a CorpusError."""
    for path in sorted(p for batch in batches for p in (root / batch).glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
                expect = {kind: frozenset(str(v) for v in row.get(kind) or ()) for kind in KINDS}
                line = Line(str(row["id"]), path.stem, str(row["text"]), str(row.get("section") or "post"),
                            expect, row.get("profile") or None, bool(row.get("hard")))  # fmt: skip
            except (ValueError, KeyError, TypeError) as error:
                raise CorpusError(f"{path.name}:{number}: not a corpus line ({type(error).__name__})") from None
            if split is None or line.split == split:
                yield line


def digest(split: Split, batch: str = "voices", root: Path = ROOT) -> str:
    """SHA-256 of one batch's split (ids, texts and labels, in id order): what freezing means."""
    h = hashlib.sha256()
    for line in sorted(lines(root, split, (batch,)), key=lambda line: line.id):
        labels = {kind: sorted(values) for kind, values in line.expect.items()}
        h.update(json.dumps([line.id, line.text, line.section, labels, line.profile]).encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def profiles(root: Path = ROOT) -> dict[str, SchoolProfile]:
    """The invented school profiles, loaded the way `audit.school` loads a school's TOML."""
    from audit.school import parse_school

    data = tomllib.loads((root / "profiles.toml").read_text(encoding="utf-8"))
    return {key: parse_school({"school": table}, f"profiles.toml [{key}]") for key, table in data.items()}


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def same(kind: str, expected: str, found: str) -> bool:
    """Whether a found value is the labelled one (addresses: either holds the other)."""
    if kind != "address":
        return expected.lower() == found.lower()
    a, b = _NOT_ALNUM.sub("", expected.lower()), _NOT_ALNUM.sub("", found.lower())
    return bool(a and b) and (a in b or b in a)


@dataclass
class Report:
    either: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    likely: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    rules: dict[tuple[str, str], Counter[bool]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lines: int = 0
    hard: int = 0

    def summary(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for kind in KINDS:
            t = self.either[kind]
            out |= {f"{kind}_p": round(t.p, 3), f"{kind}_r": round(t.r, 3), f"{kind}_f1": round(t.f1, 3)}
            out[f"{kind}_likely_p"] = round(self.likely[kind].p, 3)
        return out


def _score(tally: Tally, kind: str, expected: frozenset[str], found: list[Match]) -> list[str]:
    """Count one line's values of one kind; returns the wrong ones (found and missed) for --verbose."""
    left = set(expected)
    wrong = []
    for match in found:
        hit = next((e for e in left if same(kind, e, match.value)), None)
        if hit is None and any(same(kind, e, match.value) for e in expected):
            continue  # a second finding of a value already counted
        if hit is None:
            tally.fp += 1
            wrong.append(f"+{match.value}")
        else:
            tally.tp += 1
            left.discard(hit)
    tally.fn += len(left)
    wrong += [f"-{value}" for value in sorted(left)]
    return wrong


def _detectors(profile: SchoolProfile) -> list[Detector]:
    return [PhoneDetector(profile), EmailDetector(profile), AddressDetector(profile)]


def evaluate(rows: Iterable[Line], verbose: bool = False) -> Report:
    report = Report()
    scanners: dict[str | None, list[Detector]] = {}
    for line in rows:
        if line.profile not in scanners:
            scanners[line.profile] = _detectors(profiles()[line.profile] if line.profile else SchoolProfile())
        item = line.item()
        report.lines += 1
        report.hard += line.hard
        for detector in scanners[line.profile]:
            kind = detector.kind
            found = list(detector.detect(item)) if detector.wants(item) else []
            for match in found:
                right = any(same(kind, e, match.value) for e in line.expect[kind])
                report.rules.setdefault((kind, match.rule), Counter())[right] += 1
            wrong = _score(report.either[kind], kind, line.expect[kind], found)
            _score(report.likely[kind], kind, line.expect[kind], [m for m in found if m.tier == "likely"])
            if verbose and wrong:
                report.errors.append(f"{line.id} {kind} {' '.join(wrong)} | {line.text[:200]!r}")
    return report


def print_report(title: str, report: Report) -> None:
    print(f"## {title} ({report.lines} lines, {report.hard} hard negatives)")
    for kind in KINDS:
        print(f"{kind:8} either tier  {report.either[kind].row()}")
        print(f"{kind:8} likely only  {report.likely[kind].row()}")
    print("\n| kind | rule | findings | right |\n| --- | --- | ---: | ---: |")
    for (kind, rule), counts in sorted(report.rules.items()):
        print(
            f"| {kind} | {rule} | {counts[True] + counts[False]} | {counts[True] / (counts[True] + counts[False]):.2f} |"
        )


def check(report: Report, split: str) -> int:
    """1 when any figure is more than 0.02 under the frozen floors, else 0."""
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    bad = [f"{key} {value:.3f} < {floors[key]:.3f}" for key, value in report.summary().items()
           if key in floors and value < floors[key] - 0.02]  # fmt: skip
    for problem in bad:
        print(f"{split}: below the floor: {problem}")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], default="dev")
    parser.add_argument("--check", action="store_true", help="fail below the frozen baseline (test split)")
    parser.add_argument("--verbose", action="store_true", help="print the errors (never on the test split)")
    parser.add_argument("--batch", choices=BATCHES, help="one batch only (default: every batch)")
    args = parser.parse_args(argv)
    if args.verbose and args.split == "test":
        parser.error("the test split is reported, never read line by line")
    if args.check and args.batch:
        parser.error("the floors are for every batch together")
    batches = (args.batch,) if args.batch else BATCHES
    report = evaluate(lines(split=args.split, batches=batches), verbose=args.verbose)
    print_report(f"{args.split} split" + (f" of {args.batch}" if args.batch else ""), report)
    for error in report.errors:
        print(error)
    return check(report, args.split) if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
