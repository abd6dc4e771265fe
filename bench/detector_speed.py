"""One detector's throughput (wants + detect), single core, on three kinds of text.

    .venv/bin/python bench/detector_speed.py [--kind address] [--posts 50000]

- chatter: `bench/text_detectors.generate` posts (dates, times, scores, links) with no
  planted values of this kind: what most of an export looks like;
- chatter + 2%: the same with 2% of posts carrying a positive line of this kind's corpus
  file appended (far more than real timelines hold);
- corpus: the dev corpus texts repeated, nearly all hard cases: the worst case.

Best of three runs of CPU time (`time.process_time`), as the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.school import load_school  # noqa: E402
from bench.corpus_eval import CORPUS, SCHOOL  # noqa: E402
from bench.text_detectors import generate  # noqa: E402
from detectors import build_detectors  # noqa: E402
from detectors.base import Detector, Item, Provenance  # noqa: E402


def throughput(detector: Detector, posts: list[str]) -> tuple[float, float, int]:
    """MB/s, share of posts past the gate, and matches."""
    items = [Item(Provenance("x", "data/tweets.js", str(i), "full_text"), text=t) for i, t in enumerate(posts)]
    megabytes = sum(len(p.encode()) for p in posts) / 1e6
    best, passed, found = float("inf"), 0, 0
    for _ in range(3):
        start = time.process_time()
        wanted = [item for item in items if detector.wants(item)]
        found = sum(len(m) for m in detector.detect_batch(wanted))
        best = min(best, time.process_time() - start)
        passed = len(wanted)
    return megabytes / best, passed / len(items), found


def profession_positives(kind: str) -> list[str]:
    """For the profession kinds, which the dev corpus above does not label: the train split's lines
    of the profession corpus that reveal a job or name a school (never its test split)."""
    from training.corpus import lines

    if kind == "job_title":
        return [line.text for line in lines(split="train") if line.job]
    if kind == "school":
        return [line.text for line in lines(split="train") if line.schools]
    raise SystemExit(f"no labelled lines of kind {kind!r} to plant")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", default="address")
    parser.add_argument("--posts", type=int, default=50_000)
    args = parser.parse_args()
    (detector,) = [d for d in build_detectors(load_school(SCHOOL)) if d.kind == args.kind]
    rows = [json.loads(line) for path in sorted(CORPUS.glob("*.jsonl")) for line in path.read_text().splitlines()]
    positives = [r["text"] for r in rows if r.get("expect", {}).get(args.kind)] or profession_positives(args.kind)
    rng = random.Random(7)
    chatter = generate(args.posts)
    planted = [p + " " + rng.choice(positives) if rng.random() < 0.02 else p for p in chatter]
    corpus = [r["text"] for r in rows] * (args.posts // (2 * len(rows)) + 1)
    for label, posts in (("chatter", chatter), ("chatter + 2%", planted), ("corpus", corpus)):
        speed, passed, found = throughput(detector, posts)
        print(f"{args.kind} {label:<13} {len(posts):>7,} posts  {speed:6.1f} MB/s  gate {passed:6.1%}  {found} matches")


if __name__ == "__main__":
    main()
