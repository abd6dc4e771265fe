"""Text-path benchmark: posts/s and MB/s of every registered text detector, single core.

    .venv/bin/python bench/text_detectors.py [--posts 50000] [--end-to-end]

Posts are generated to look like real ones: mostly chatter, with dates, times, prices,
scores, links, hashtags; about 5% talk about work (school words the job-title and school
rules must look at) and about 2% carry a planted phone number or e-mail address.
`--end-to-end` also writes an X archive of the same posts and times `scan()` over it
(ijson parsing + items + detectors), which is what a person waits for.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.detection import detect  # noqa: E402
from audit.pipeline import _batches, scan  # noqa: E402
from detectors import build_detectors  # noqa: E402
from detectors.base import Item, Provenance  # noqa: E402

CHATTER = [
    "Lovely walk along the canal this morning, the herons were out in force",
    "Can't believe it's nearly half term already. Where did September go?",
    "Parkrun PB 24:31 today!! Legs are jelly #parkrun",
    "Final score 3-1, what a comeback in the second half",
    "Anyone recommend a decent plumber? Boiler's making that noise again",
    "Tickets were £45 each but worth every penny, what a show",
    "Reading list for the holidays: 6 books, 2 weeks, let's go",
    "New blog post up: https://t.co/AbCdEf123 thoughts welcome",
    "Train delayed again, 07:42 became 08:15. Classic.",
    "Happy birthday to my amazing sister, 30 today!",
    "Order #45123 arrived at last, only three weeks late",
    "Bake-off tonight, who's watching? Team Prue all the way",
    "Thread on the new curriculum changes is well worth a read https://t.co/Xy",
    "Back in 2014 we did the whole coast path in 9 days",
    "Meeting moved to 14/03/2025 at 10:30, same room",
    "RT if you also forgot it was bin day",
    "That feeling when the coffee machine at work is finally fixed",
    "Just booked Cornwall for August, counting down the days",
]
SCHOOLISH = [
    "Marking 30 books tonight with a large tea",
    "INSET day tomorrow, at least there's cake",
    "Parents' evening done, voice gone",
    "Proud of my Year 6 class, SATs results in",
    "Sports day was a scorcher, sun cream everywhere",
    "My son's teacher sent home a lovely note",
    "Heading to the shops before the school run",
]
"""Staff talk about work: about one post in twenty (these reach the spaCy rules)."""
PLANTED = [
    "new number is 07700 900{n:03d}, text me",
    "email me: someone{n}@example.com",
    "ring 0117 496 0{n:03d} after six",
    "reach me at name{n} at example dot org",
]


def generate(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for n in range(count):
        roll = rng.random()
        if roll < 0.02:
            posts.append(rng.choice(CHATTER) + " " + rng.choice(PLANTED).format(n=n % 1000))
        elif roll < 0.07:
            posts.append(rng.choice(SCHOOLISH) + " " + rng.choice(CHATTER))
        else:
            posts.append(" ".join(rng.sample(CHATTER, rng.randint(1, 2))))
    return posts


def detectors_only(posts: list[str]) -> tuple[float, int]:
    detectors = build_detectors()
    items = [Item(Provenance("x", "data/tweets.js", str(i), "full_text"), text=t) for i, t in enumerate(posts)]
    start = time.process_time()
    found = sum(1 for batch in _batches(items) for _ in detect(batch, detectors))
    return time.process_time() - start, found


def end_to_end(posts: list[str]) -> tuple[float, int, int]:
    from fixtures.exportkit import write_tree
    from fixtures.x_archive import Tweet, XArchive

    when = datetime(2020, 1, 1, tzinfo=UTC)
    archive = XArchive(tweets=[Tweet(str(10**18 + i), t, when) for i, t in enumerate(posts)])
    with tempfile.TemporaryDirectory() as folder:
        path = write_tree(archive.tree("data"), Path(folder) / "x.zip", as_zip=True)
        size = sum(len(str(v)) for v in archive.tree("data").values())
        os.environ.setdefault("PROFILE_AUDIT_HOME", folder)
        start = time.process_time()
        result = scan([path])
        return time.process_time() - start, len(result.findings), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--end-to-end", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="time the detectors this many times, report the best")
    args = parser.parse_args()
    posts = generate(args.posts)
    megabytes = sum(len(p.encode()) for p in posts) / 1e6
    build_detectors()  # warm up lazy pipelines outside the timing
    detectors_only(posts[:2000])
    seconds, found = min(detectors_only(posts) for _ in range(args.repeat))
    kinds = ", ".join(d.kind for d in build_detectors())
    print(f"detectors: {kinds}")
    print(
        f"detectors only (best of {args.repeat}): {len(posts):,} posts, {megabytes:.1f} MB of text in {seconds:.2f} s CPU "
        f"-> {len(posts) / seconds:,.0f} posts/s, {megabytes / seconds:.1f} MB/s, {found} matches"
    )
    if args.end_to_end:
        seconds, findings, size = end_to_end(posts)
        print(
            f"end to end (X zip, {size / 1e6:.1f} MB of data files): {seconds:.2f} s CPU -> "
            f"{len(posts) / seconds:,.0f} posts/s, {size / 1e6 / seconds:.1f} MB/s of archive, {findings} findings"
        )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
