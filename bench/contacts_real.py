"""The contact detectors on real public text, side by side with Presidio.

    python bench/contacts_real.py ../shared/corpora               # figures from the kept verdicts
    python bench/contacts_real.py ../shared/corpora --to-judge F  # write unjudged flags to F (outside the project)

CORPORA is `../shared/corpora` (never copied into the project).  Every general-public tweet and bio
there is scanned by our `phone`, `email` and `address` detectors and by Presidio's phone and e-mail
recognizers (presidio-analyzer, a bench-only dependency, on a blank spaCy pipeline: no model is
downloaded, and its phone recognizer does not use one).  The flags of both are pooled and judged
by hand, once, in `bench/real_labels/contacts_judged.jsonl` (file, id, kind, character span and a
verdict, never the value), so that

- precision of our `likely` flags (and of either tier) is the share judged right: for a phone, a
  real phone number recorded in its right country; for an e-mail, a real address; for an address,
  a postal address of a home;
- recall is measured against every real phone number and e-mail address found by either tool:
  ours against Presidio's on the same text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.address import AddressDetector  # noqa: E402
from detectors.base import Detector, Item, Provenance  # noqa: E402
from detectors.email import EmailDetector  # noqa: E402
from detectors.phone import PhoneDetector  # noqa: E402

GENERAL_FILES = ("sentiment140_100k.jsonl", "crowdflower_gender_tweets.jsonl", "crowdflower_gender_bios.jsonl")
JUDGED = Path(__file__).with_name("real_labels") / "contacts_judged.jsonl"
PRESIDIO_KINDS = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email"}


@dataclass(frozen=True, slots=True)
class Flag:
    """One value a tool flagged in one real text."""

    tool: str
    file: str
    id: str
    kind: str
    start: int
    end: int
    tier: str
    value: str

    def overlaps(self, other: dict[str, object]) -> bool:
        return (
            (self.file, self.id, self.kind) == (other["file"], other["id"], other["kind"])
            and self.start < int(other["end"])  # type: ignore[call-overload]
            and int(other["start"]) < self.end  # type: ignore[call-overload]
        )


def texts(corpora: Path) -> Iterator[tuple[str, str, str]]:
    """(file, id, text) of every general-public tweet and bio."""
    for name in GENERAL_FILES:
        path = corpora / name
        if not path.is_file():
            raise SystemExit(f"{path}: not found (give the folder that holds the shared corpora)")
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                row = json.loads(raw)
                yield name, str(row["id"]), row["text"]


def ours(corpora: Path) -> Iterator[Flag]:
    detectors: list[Detector] = [PhoneDetector(), EmailDetector(), AddressDetector()]
    for name, row_id, text in texts(corpora):
        section = "profile" if "bios" in name else "post"
        item = Item(Provenance("real", name, row_id, "text", section=section), text=text)  # type: ignore[arg-type]
        for detector in detectors:
            if detector.wants(item):
                for m in detector.detect(item):
                    yield Flag("ours", name, row_id, m.kind, m.start, m.end, m.tier, m.value)


def presidio(corpora: Path) -> Iterator[Flag]:
    """Presidio's phone and e-mail recognizers, through its AnalyzerEngine on a blank spaCy pipeline."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacy(SpacyNlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankSpacy(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    for name, row_id, text in texts(corpora):
        for result in analyzer.analyze(text, language="en", entities=list(PRESIDIO_KINDS)):
            kind = PRESIDIO_KINDS[result.entity_type]
            yield Flag(
                "presidio", name, row_id, kind, result.start, result.end, "likely", text[result.start : result.end]
            )


def _judged() -> list[dict[str, object]]:
    if not JUDGED.is_file():
        return []
    return [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines() if line.strip()]


def verdict(flag: Flag, judged: list[dict[str, object]]) -> bool | None:
    for row in judged:
        if flag.overlaps(row):
            return bool(row["right"])
    return None


def report(flags: list[Flag], judged: list[dict[str, object]], lines: int) -> None:
    print(f"{lines:,} real general-public texts")
    print("| tool | kind | tier | flags | per 1,000 | judged | right | precision |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    groups: Counter[tuple[str, str, str]] = Counter()
    right: Counter[tuple[str, str, str]] = Counter()
    seen: Counter[tuple[str, str, str]] = Counter()
    for flag in flags:
        for tier in ("either", flag.tier) if flag.tier == "likely" else ("either", "worth a look"):
            key = (flag.tool, flag.kind, tier)
            groups[key] += 1
            v = verdict(flag, judged)
            if v is not None:
                seen[key] += 1
                right[key] += v
    for key in sorted(groups):
        precision = f"{right[key] / seen[key]:.2f}" if seen[key] else "-"
        print(
            f"| {' | '.join(key)} | {groups[key]} | {1000 * groups[key] / lines:.2f} | {seen[key]} | {right[key]} | {precision} |"
        )
    print("\nRecall against every real value either tool found (judged right):")
    for kind in ("phone", "email"):
        truth = [row for row in judged if row["kind"] == kind and row["right"]]
        for tool in ("ours", "presidio"):
            found = sum(1 for row in truth if any(f.tool == tool and f.overlaps(row) for f in flags))
            print(f"  {kind:6} {tool:9} {found} of {len(truth)} = {found / max(1, len(truth)):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="the shared corpora folder (../shared/corpora)")
    parser.add_argument("--to-judge", type=Path, help="write flags with no verdict yet to this JSONL file")
    args = parser.parse_args(argv)
    lines = sum(1 for _ in texts(args.corpora))
    flags = [*ours(args.corpora), *presidio(args.corpora)]
    judged = _judged()
    if args.to_judge:
        text_of = {(f, i): t for f, i, t in texts(args.corpora)}
        pending: dict[tuple[str, str, str, int, int], dict[str, object]] = {}
        for flag in flags:
            if verdict(flag, judged) is None:
                key = (flag.file, flag.id, flag.kind, flag.start, flag.end)
                row = pending.setdefault(key, {"file": flag.file, "id": flag.id, "kind": flag.kind,
                                               "start": flag.start, "end": flag.end, "tools": [],
                                               "text": text_of[(flag.file, flag.id)]})  # fmt: skip
                row["tools"].append(f"{flag.tool}:{flag.tier}:{flag.value}")  # type: ignore[union-attr]
        with args.to_judge.open("w", encoding="utf-8") as out:
            for row in pending.values():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(pending)} flags to judge written to {args.to_judge}")
    report(flags, judged, lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
