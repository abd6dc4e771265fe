"""Text path on real, distinct posts: MB/s of every registered text detector, one core.

    .venv/bin/python bench/text_real.py ../shared/corpora [--posts 20000] [--repeat 3] [--order pipeline] [--batch 1024]

Reads the first `--posts` distinct texts of `sentiment140_100k.jsonl` (real tweets; the folder
is never copied into the project), makes them items as a fetcher would, and runs the detectors
as the pipeline does (`audit.detection.outcome`): batches of 1,024, and in each batch every
detector's gate (its batch screen over a `TextBatch` shared by all of them, then `wants` on the items
the screen lets through), then its `detect_batch` on the items it wants.  So caches shared between
detectors work as in a scan (the word split the first gate makes, the `Doc`s and job judgements
the job detector leaves for the school detector); `--order detector` runs each detector over all
posts before the next, the order of this script before issue 16's text round, where they cannot.
`--batch` is the number of items a batch holds: by default `audit.pipeline.BATCH_SIZE`, as a scan
reads them on one core and as its worker processes get them.

Every text is distinct, and the caches keyed by text (word splits, `Doc`s, job judgements) are
emptied before each run, so no cache answers from an earlier run; spaCy's own tokenizer cache and
vocabulary are not (a scan's fill the same way).  The figure is the best of `--repeat` runs, in
CPU time of this process, so other work on the machine does not count.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.pipeline import BATCH_SIZE as BATCH  # noqa: E402
from detectors import address_label, build_detectors, gate_batch, job_memory, nlp, words  # noqa: E402
from detectors.base import Detector, Item, Provenance  # noqa: E402


def load(folder: Path, count: int) -> list[str]:
    seen: dict[str, None] = {}
    with (folder / "sentiment140_100k.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            seen.setdefault(json.loads(line)["text"], None)
            if len(seen) >= count:
                break
    return list(seen)


def forget() -> None:
    """Empty the caches keyed by text, so that a run tokenises, splits and judges every text afresh."""
    words.forget()
    nlp._recent.clear()
    nlp._recent_chars = 0
    job_memory.forget()
    address_label.forget_labelled()


def run(
    texts: list[str], order: str = "pipeline", batch: int = BATCH
) -> tuple[dict[str, float], dict[str, float], Counter[str]]:
    """(gate seconds, detect seconds, items wanted) per detector kind, caches emptied first."""
    items = [Item(Provenance("x", "data/tweets.js", str(i), "full_text"), text=t) for i, t in enumerate(texts)]
    detectors = [detector for detector in build_detectors() if not detector.handles_media]
    vocabulary = gate_batch.vocabulary(tuple(detectors))
    gates: defaultdict[str, float] = defaultdict(float)
    detects: defaultdict[str, float] = defaultdict(float)
    wanted: Counter[str] = Counter()
    forget()

    def one(detector: Detector, batch: list[Item], texts: gate_batch.TextBatch | None = None) -> None:
        start = time.process_time()
        texts = texts or gate_batch.TextBatch(batch, vocabulary)
        chosen = [batch[at] for at in gate_batch.wanted(texts, detector.wants, detector.screen(texts))]
        gated = time.process_time()
        if chosen:
            detector.detect_batch(chosen)
        gates[detector.kind] += gated - start
        detects[detector.kind] += time.process_time() - gated
        wanted[detector.kind] += len(chosen)

    if order == "pipeline":
        for at in range(0, len(items), batch):
            chunk = items[at : at + batch]
            shared = gate_batch.TextBatch(chunk, vocabulary)  # shared by the gates, as in `audit.detection`
            for detector in detectors:
                one(detector, chunk, shared)
    else:
        for detector in detectors:
            for at in range(0, len(items), batch):
                one(detector, items[at : at + batch])
    return gates, detects, wanted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--order", choices=("pipeline", "detector"), default="pipeline")
    parser.add_argument("--batch", type=int, default=BATCH, help="items a batch holds (default: %(default)s)")
    args = parser.parse_args()
    texts = load(args.corpora, args.posts)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    run(texts[:500])  # load spaCy and the models once, as a scan does before its first batch
    best: dict[str, tuple[float, float]] = {}
    wanted: Counter[str] = Counter()
    for _ in range(args.repeat):
        gates, detects, wanted = run(texts, args.order, args.batch)
        for kind in gates:
            if kind not in best or gates[kind] + detects[kind] < sum(best[kind]):
                best[kind] = (gates[kind], detects[kind])
    total = sum(sum(pair) for pair in best.values())
    print(f"{len(texts)} distinct real posts, {megabytes:.2f} MB, best of {args.repeat}, {args.order} order,"
          f" batches of {args.batch}")  # fmt: skip
    print(f"all text detectors: {total:.2f} s, {megabytes / total:.2f} MB/s")
    for kind, (gate, detect) in best.items():
        share = wanted[kind] / len(texts)
        print(f"  {kind:10} {gate + detect:6.3f} s  {megabytes / (gate + detect):8.2f} MB/s"
              f"  (gate {gate:.3f} s, detect {detect:.3f} s on {share:5.1%} of posts)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
