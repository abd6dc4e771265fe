"""Text path on real, distinct posts: MB/s of every registered text detector, one core.

    .venv/bin/python bench/text_real.py ../shared/corpora [--posts 20000] [--repeat 3]

Reads the first `--posts` distinct texts of `sentiment140_100k.jsonl` (real tweets; the folder
is never copied into the project), makes them items as a fetcher would, and runs each detector
as the pipeline does (its gate, then `detect_batch` on batches of 256).  Every text is
distinct, so no cache answers for the detectors; the figure is the best of `--repeat` runs
(a fresh process per figure would add spaCy's start-up, which a scan pays once).  CPU time of this
process, so other work on the machine does not count.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors import build_detectors  # noqa: E402
from detectors.base import Item, Provenance  # noqa: E402

BATCH = 256


def load(folder: Path, count: int) -> list[str]:
    seen: dict[str, None] = {}
    with (folder / "sentiment140_100k.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            seen.setdefault(json.loads(line)["text"], None)
            if len(seen) >= count:
                break
    return list(seen)


def run(texts: list[str]) -> dict[str, float]:
    items = [Item(Provenance("x", "data/tweets.js", str(i), "full_text"), text=t) for i, t in enumerate(texts)]
    timings: dict[str, float] = {}
    for detector in build_detectors():
        if detector.handles_media:
            continue
        start = time.process_time()
        wanted = [item for item in items if detector.wants(item)]
        for at in range(0, len(wanted), BATCH):
            detector.detect_batch(wanted[at : at + BATCH])
        timings[detector.kind] = time.process_time() - start
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = load(args.corpora, args.posts)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    run(texts[:500])  # load spaCy and the models once, as a scan does before its first batch
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for kind, seconds in run(texts).items():
            best[kind] = min(best.get(kind, seconds), seconds)
    total = sum(best.values())
    print(f"{len(texts)} distinct real posts, {megabytes:.2f} MB, best of {args.repeat}")
    print(f"all text detectors: {total:.2f} s, {megabytes / total:.2f} MB/s")
    for kind, seconds in best.items():
        print(f"  {kind:10} {seconds:6.2f} s  {megabytes / seconds:7.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
