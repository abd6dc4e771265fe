"""Re-check: a first scan of a big export, then a second of the same unchanged export (`audit.cache`).

    .venv/bin/python bench/recheck.py [--posts 100000] [--photos 20000] [--archive /tmp/recheck-1g.zip]

Builds (once; reused if it exists) the X archive `bench/scale.py` builds (`--posts` distinct
posts, findings in the tens of thousands) and adds `--photos` JPEGs of about 50 KB each (no GPS,
stored as X stores media, incompressible padding), so the zip is about 1 GB for the defaults.
Then runs `profile-audit scan ARCHIVE -q --json` twice in its own process, with the kept-scan
cache on, in a fresh data folder: the first scan reads everything and keeps its findings; the
second finds the export unchanged and gives them back.  For each: wall-clock seconds, CPU
seconds and peak RSS (`/usr/bin/time -v`); the two outputs must be byte for byte the same.  The
time Python takes to import the scan (spaCy among it) is given apart: a re-check pays it too.

Until `audit/cli.py` passes `cache=` itself, the scan is run with `audit.cli.scan` wrapped to
pass `cache=True`, which is what the command does once it does.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import build  # noqa: E402
from fixtures.exportkit import jpeg  # noqa: E402

PHOTO_BYTES = 50_000
FINDING = b'\n      "id": '
"""How each finding's object starts in the `--json` output."""
PROGRAM = (
    "import sys, audit.cli as cli\n"
    "plain = cli.scan\n"
    "def cached(*args, **kwargs):\n"
    "    kwargs.setdefault('cache', True)\n"
    "    return plain(*args, **kwargs)\n"
    "cli.scan = cached\n"
    "sys.exit(cli.main())\n"
)


def add_photos(path: Path, count: int, seed: int = 16) -> None:
    """Add `count` distinct JPEGs (no GPS) to the archive's media folder, stored, not deflated."""
    rng = random.Random(seed)
    head = jpeg()
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as archive:
        for n in range(count):
            padding = rng.randbytes(PHOTO_BYTES - len(head))  # after the end-of-image marker: never read
            archive.writestr(f"data/tweets_media/{10**18 + n}-photo{n}.jpg", head + padding)


def timed_scan(path: Path, home: str, *extra: str) -> tuple[dict[str, float], bytes]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one cached `scan -q`, and its output."""
    python = str(ROOT / ".venv/bin/python")
    command = ["/usr/bin/time", "-v", python, "-c", PROGRAM, "scan", str(path), "-q", *extra]
    env = {**os.environ, "PROFILE_AUDIT_HOME": home, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    timed = dict(line.strip().rsplit(": ", 1) for line in done.stderr.decode().splitlines() if ": " in line)
    cpu = float(timed.get("User time (seconds)", 0)) + float(timed.get("System time (seconds)", 0))
    rss = int(timed.get("Maximum resident set size (kbytes)", 0)) / 1024
    return {"seconds": seconds, "cpu": cpu, "rss": rss}, done.stdout


def figures(run: dict[str, float]) -> str:
    return f"{run['seconds']:6.1f} s (CPU {run['cpu']:5.1f} s, load {os.getloadavg()[0]:.1f}) peak RSS {run['rss']:.0f} MiB"


def import_seconds() -> float:
    """Wall seconds to start Python and import the scan (a re-check's floor)."""
    python = str(ROOT / ".venv/bin/python")
    started = time.perf_counter()
    subprocess.run([python, "-c", "import audit.pipeline, audit.jsonout"], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--photos", type=int, default=20_000)
    parser.add_argument("--archive", type=Path, default=Path(tempfile.gettempdir()) / "recheck-1g.zip")
    args = parser.parse_args()
    if not args.archive.exists():
        build(args.archive, args.posts)
        add_photos(args.archive, args.photos)
    with zipfile.ZipFile(args.archive) as archive:
        members = len(archive.infolist())
    print(f"archive {args.archive}: {args.archive.stat().st_size / 1e9:.2f} GB zip, {members:,} members")
    with tempfile.TemporaryDirectory(prefix="recheck-home-") as home:
        first, first_out = timed_scan(args.archive, home, "--json")
        found = first_out.count(FINDING)
        print(f"first scan, --json    {figures(first)}; {found:,} findings")
        second, second_out = timed_scan(args.archive, home, "--json")
        print(f"re-check, --json      {figures(second)}")
        summary, _ = timed_scan(args.archive, home)
        print(f"re-check, summary     {figures(summary)}")
        kept = sum(path.stat().st_size for path in Path(home, "scan-cache").glob("*.findings"))
    print(f"same output: {first_out == second_out}; kept scan {kept / 1e6:.1f} MB")
    print(f"start Python and import the scan: {import_seconds():.1f} s")
    return 0 if first_out == second_out else 1


if __name__ == "__main__":
    raise SystemExit(main())
