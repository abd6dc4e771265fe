"""Phone and e-mail beside Presidio, in the same run, on the same distinct real posts: MB/s per core.

    .venv/bin/pip install -q -e '.[bench]'   # presidio-analyzer, a bench-only dependency
    .venv/bin/python bench/presidio_speed.py ../shared/corpora [--posts 20000] [--repeat 3] [--batch 1024]

Issue 16 asks the phone and e-mail detectors together to run at least 100 times as fast as
Presidio's phone and e-mail recognizers.  Both read the same `--posts` distinct real tweets
(`bench/text_real.load`; nothing of the corpus is kept): ours as a scan runs them (batches, each
detector's gate, then `detect_batch` on what it wants, the caches keyed by text emptied before each
run, `bench/text_real.run`, `--batch` items a batch as there), Presidio through its `AnalyzerEngine`
on a blank spaCy pipeline (no model is downloaded), asked for PHONE_NUMBER and EMAIL_ADDRESS only.
Each figure is the best of `--repeat` runs in CPU seconds of this process; Presidio, much slower, is
timed on a slice of the posts (`--presidio-posts`) and scaled by bytes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.text_real import BATCH, load, run  # noqa: E402

OURS = ("phone", "email")


def presidio_analyzer():  # type: ignore[no-untyped-def]
    """Presidio's analyzer on a blank spaCy pipeline, as `bench/contacts_real.py` builds it."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacy(SpacyNlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankSpacy(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def presidio_seconds(texts: list[str]) -> float:
    analyzer = presidio_analyzer()
    for text in texts[:50]:  # warm up: recognizers compile their patterns on first use
        analyzer.analyze(text, language="en", entities=["PHONE_NUMBER", "EMAIL_ADDRESS"])
    start = time.process_time()
    for text in texts:
        analyzer.analyze(text, language="en", entities=["PHONE_NUMBER", "EMAIL_ADDRESS"])
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--presidio-posts", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=BATCH, help="items a batch holds (default: %(default)s)")
    args = parser.parse_args()
    texts = load(args.corpora, args.posts)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    run(texts[:500])  # load spaCy and the models once, as a scan does before its first batch
    runs = (run(texts, "pipeline", args.batch) for _ in range(args.repeat))
    ours = min(sum(gates[k] + detects[k] for k in OURS) for gates, detects, _ in runs)
    sample = texts[: args.presidio_posts]
    sample_mb = sum(len(t.encode()) for t in sample) / 1e6
    theirs = min(presidio_seconds(sample) for _ in range(args.repeat))
    ours_rate, theirs_rate = megabytes / ours, sample_mb / theirs
    print(f"{len(texts)} distinct real posts, {megabytes:.2f} MB (Presidio on the first {len(sample)},"
          f" {sample_mb:.2f} MB), best of {args.repeat}, batches of {args.batch},"
          " CPU seconds of one process")  # fmt: skip
    print(f"ours, phone + e-mail:     {ours:7.3f} s  {ours_rate:8.2f} MB/s")
    print(f"Presidio, phone + e-mail: {theirs:7.3f} s  {theirs_rate:8.2f} MB/s")
    print(f"ours / Presidio: {ours_rate / theirs_rate:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
