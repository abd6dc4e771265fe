"""Scale: end-to-end MB/s and peak memory of `profile-audit scan` on a big generated X archive.

    .venv/bin/python bench/scale.py [--posts 200000] [--archive /tmp/scale-x.zip] [--jobs 1 2]
                                    [--root OLD-COPY] [--compare OTHER-COPY] [--rounds 3]

Builds (once; reused if it exists) a `data/` layout X archive of `--posts` distinct posts with
the project's fixture builders, in parts of 20,000 as X splits them (`tweets-partN.js`): chatter
with dates, prices and links, one post in fifteen about school work, one in eight with a planted
reserved phone number or example.com address, so findings run to tens of thousands.  Then:

- **baseline**: a bare unzip + `json.loads` of the same data members (what any reader must do);
- **scan**: `profile-audit scan ARCHIVE -q` as a separate process, with and without `--json`,
  for each `--jobs`, timed by wall clock, with the peak memory of the whole process tree (the
  scan and any workers, sampled from /proc every 50 ms: RSS, and PSS, which counts pages forked
  workers share with the scan once) and the peak RSS of the main process alone (`/usr/bin/time -v`,
  which also gives the CPU seconds of the scan and its workers), and the CPU seconds of the main
  process alone (its own /proc counters, sampled with the memory).

Each run has a data folder of its own, so it is a first scan (the quick re-check cache of
`audit.cache` is written, never re-used).  Wall-clock on a shared 2-core machine varies with
what else runs (the load average is printed beside each figure); the CPU seconds do not.
`--root` runs another copy of the project (an older one, for before-and-after figures) with this
project's virtual environment; `--compare` adds a second copy, run alternately with it
(`--rounds` times each), so both see the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.text_detectors import CHATTER, SCHOOLISH  # noqa: E402
from fixtures.x_archive import Tweet, XArchive  # noqa: E402

PART = 20_000
WORDS = (
    "tea garden rain sunshine bus train cake dog cat walk run book film match goal coffee "
    "weekend holiday beach hills lake bread soup pizza choir concert gig quiz crossword "
    "allotment tomatoes bike puncture museum gallery park swim pool gym yoga pub friends"
).split()
PLANTED = (
    "new number is 07700 900{n:03d}, text me",
    "email me: someone{n}@example.com",
    "ring 0113 496 0{n:03d} after six",
    "my address is now {n} Larkspur Close",
)


def posts(count: int, seed: int = 16) -> list[str]:
    """`count` distinct posts: every one differs, so no cache can answer for a detector."""
    rng = random.Random(seed)
    out: list[str] = []
    for n in range(count):
        words = " ".join(rng.sample(WORDS, rng.randint(2, 6)))
        roll = rng.random()
        base = rng.choice(SCHOOLISH) if roll < 0.067 else rng.choice(CHATTER)
        text = f"{base}, {words} {n % 97 + 1}/{n % 12 + 1}"
        if rng.random() < 0.125:
            text += " " + rng.choice(PLANTED).format(n=n % 1000)
        out.append(text)
    return out


def build(path: Path, count: int) -> None:
    """Write the archive part by part (X's own split), so building it never holds it all."""
    texts = posts(count)
    start = datetime(2012, 1, 1, tzinfo=UTC)
    account = XArchive(email="jo.example@example.com", bio="Tea, books and hills")
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(account.tree("data").items()):
            if not name.startswith("data/tweets"):
                archive.writestr(name, content if isinstance(content, bytes) else content.encode())
        for part, at in enumerate(range(0, count, PART)):
            chunk = [
                Tweet(str(10**18 + i), texts[i], start + timedelta(minutes=41 * i))
                for i in range(at, min(count, at + PART))
            ]
            body = XArchive(tweets=chunk).tree("data")["data/tweets.js"]
            text = body if isinstance(body, str) else body.decode()
            name = "data/tweets.js" if part == 0 else f"data/tweets-part{part}.js"
            archive.writestr(name, text.replace("window.YTD.tweets.part0", f"window.YTD.tweets.part{part}", 1))
    tmp.replace(path)


def baseline(path: Path) -> tuple[float, int]:
    """Seconds to unzip and `json.loads` every `data/*.js` member; bytes of those members."""
    started, size = time.perf_counter(), 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.filename.startswith("data/") and info.filename.endswith(".js"):
                raw = archive.read(info)
                size += len(raw)
                json.loads(raw[raw.index(b"=") + 1 :])
    return time.perf_counter() - started, size


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of `pid` itself (not its children), 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_memory(pid: int) -> tuple[int, int]:
    """Resident and proportional (PSS: shared pages split between their sharers) bytes of `pid`
    and all its descendants, from /proc.  RSS counts the language models once per process even
    where forked workers share them; PSS counts them once in all."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, proportional, stack = 0, 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        proportional += _pss(current)
        stack.extend(children.get(current, []))
    return total, proportional


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            return next((int(line.split()[1]) * 1024 for line in handle if line.startswith("Pss:")), 0)
    except OSError:
        return 0


def run_scan(path: Path, extra: list[str], home: str, root: Path = ROOT) -> dict[str, float]:
    """Wall seconds, CPU seconds (all, main process), peak tree RSS and PSS and main-process
    peak RSS (MiB) of one `scan` run."""
    python = ROOT / ".venv/bin/python"  # a worktree has none: the interpreter running this script
    program = [
        str(python if python.exists() else sys.executable),
        "-c",
        "import sys; from audit.cli import main; sys.exit(main())",
    ]
    command = ["/usr/bin/time", "-v", *program, "scan", str(path), "-q", *extra]
    env = {**os.environ, "PROFILE_AUDIT_HOME": home, "PYTHONPATH": str(root)}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=root)
    peak = peak_pss = 0
    main_cpu = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss, main_cpu
        scan_pid = 0
        while not done.is_set():
            resident, proportional = _tree_memory(process.pid)
            peak, peak_pss = max(peak, resident), max(peak_pss, proportional)
            scan_pid = scan_pid or next(iter(_children_of(process.pid)), 0)  # /usr/bin/time's child
            main_cpu = max(main_cpu, _cpu_seconds(scan_pid)) if scan_pid else main_cpu
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    timed = dict(line.strip().rsplit(": ", 1) for line in stderr.decode().splitlines() if ": " in line)
    main_kb = int(timed.get("Maximum resident set size (kbytes)", 0))
    cpu = float(timed.get("User time (seconds)", 0)) + float(timed.get("System time (seconds)", 0))
    if process.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({process.returncode}): {stderr.decode()[-500:]}")
    findings = stdout.count(b'\n      "id": ') if b'"schema"' in stdout[:100] else _counted(stdout)
    return {
        "seconds": seconds,
        "tree_mib": peak / 2**20,
        "pss_mib": peak_pss / 2**20,
        "main_mib": main_kb / 1024,
        "findings": findings,
        "cpu": cpu,
        "main_cpu": main_cpu,
    }


def _children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _counted(summary: bytes) -> int:
    """The count on the summary's last line ("41,234 findings: ...")."""
    last = summary.rstrip().rsplit(b"\n", 1)[-1]
    return int(last.split(b" ", 1)[0]) if b"findings:" in last else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=200_000)
    parser.add_argument("--archive", type=Path, default=Path(tempfile.gettempdir()) / "scale-x.zip")
    parser.add_argument("--jobs", type=int, nargs="*", default=None, help="--jobs values to try (default: as is)")
    parser.add_argument("--no-json", action="store_true", help="skip the --json runs")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project copy to run (to measure an older one)")
    parser.add_argument("--compare", type=Path, help="a second project copy, run alternately with --root")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each configuration (and copy)")
    args = parser.parse_args()
    if not args.archive.exists():
        build(args.archive, args.posts)
    bare, size = baseline(args.archive)
    megabytes = size / 1e6
    print(f"archive {args.archive}: {args.archive.stat().st_size / 1e6:.1f} MB zip, {megabytes:.1f} MB of data members")
    print(f"baseline unzip + json.loads: {bare:.2f} s, {megabytes / bare:.1f} MB/s")
    roots = [args.root] + ([args.compare] if args.compare else [])
    for jobs in args.jobs or [None]:
        for as_json in (False,) if args.no_json else (False, True):
            extra = (["--json"] if as_json else []) + ([f"--jobs={jobs}"] if jobs else [])
            for _ in range(args.rounds):
                for root in roots:
                    with tempfile.TemporaryDirectory(prefix="scale-home-") as home:  # a first scan, every time
                        load = os.getloadavg()[0]
                        figures = run_scan(args.archive, extra, home, root)
                    label = f"{root.name + ': ' if len(roots) > 1 else ''}scan {' '.join(extra) or '(default)'}"
                    print(
                        f"{label:28} {figures['seconds']:6.1f} s (CPU {figures['cpu']:5.1f} s, main process "
                        f"{figures['main_cpu']:4.1f} s; load {load:.1f}) "
                        f"{megabytes / figures['seconds']:5.1f} MB/s  {figures['seconds'] / bare:4.1f}x baseline  "
                        f"peak RSS tree {figures['tree_mib']:.0f} MiB (PSS {figures['pss_mib']:.0f}), "
                        f"main {figures['main_mib']:.0f} MiB; {figures['findings']:,.0f} findings"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
