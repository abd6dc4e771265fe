"""The fuzz run: each case's baseline, then the cases themselves, through the pool of children.

Why: a member counts as silently lost only against what the same unmutated export gave, so
every platform and variant in the run is first scanned as built (its `Baseline`), then each
case is rebuilt from the seed and its index, written to a folder of its own with its own data
folder (`PROFILE_AUDIT_HOME`), scanned, judged, and its folder removed unless it is kept.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench.fuzz_cases import PLATFORMS, VARIANTS, Case, base_tree, spec
from bench.fuzz_child import HOME_ENV, Job, Options, Outcome, Pool
from bench.fuzz_judge import Baseline, Record, baseline_of, evaluate
from bench.fuzz_mutations import make_case
from bench.fuzz_write import write_case


def _job(folder: Path, case: Case | None, base: tuple[str, str]) -> Job:
    folder.mkdir(parents=True)
    if case is None:
        from fixtures.exportkit import write_tree

        export = write_tree(dict(base_tree(*base)), folder / "export")
    else:
        export = write_case(case, folder)
    home = folder / "home"
    if case is not None and case.home == "blocked":
        (folder / "blocker").write_bytes(b"")
        home = folder / "blocker" / "home"
    elif case is not None and case.home == "bad_key":
        home.mkdir()
        (home / "fingerprint.key").write_bytes(b"damaged")
    argv = ["scan", str(export), "--json", "--quiet"] + (["--state"] if case is not None and case.state else [])
    return Job(folder, export, argv, {HOME_ENV: str(home)}, case, base)


def _warm(folder: Path) -> None:
    """Load the scanner once in this process, so each forked case starts warm."""
    from audit.pipeline import scan
    from fixtures.exportkit import write_tree

    for platform in PLATFORMS:
        scan([write_tree(dict(base_tree(platform, VARIANTS[platform][0])), folder / "warm" / platform)])


def run(opts: Options, only: list[int] | None = None) -> tuple[list[Record], dict[tuple[str, str], Baseline]]:
    """Run the cases (or `only` these indices); returns their records and the baselines."""
    bad = set(opts.platforms) - set(PLATFORMS)
    if bad or not opts.platforms:
        raise SystemExit(f"fuzz: unknown platforms {sorted(bad)}; choose from {', '.join(PLATFORMS)}")
    work = Path(tempfile.mkdtemp(prefix="profile-audit-fuzz-"))
    previous = os.environ.get(HOME_ENV)
    os.environ[HOME_ENV] = str(work / "home")
    indices = only if only is not None else list(_indices(opts))
    records: list[Record] = []
    baselines: dict[tuple[str, str], Baseline] = {}

    def done(job: Job, outcome: Outcome) -> None:
        if job.case is None:
            baselines[job.base] = baseline_of(outcome, job.base)
        else:
            record = evaluate(job.case, outcome, baselines[job.base])
            records.append(record)
            if opts.progress and len(records) % 250 == 0:
                failed = sum(r.failed for r in records)
                print(f"fuzz: {len(records):,}/{len(indices):,} cases, {failed} failed", file=sys.stderr)
            if opts.keep and (record.failed or only is not None):
                return
        shutil.rmtree(job.folder, ignore_errors=True)

    try:
        if not opts.exec_mode:
            _warm(work)
        pool = Pool(opts, done)
        for platform, variant in sorted({spec(opts.seed, i)[1:3] for i in indices}):
            pool.submit(_job(work / f"base-{platform}-{variant}", None, (platform, variant)))
        pool.drain()
        for index in indices:
            case = make_case(opts.seed, index, opts.light)
            pool.submit(_job(work / f"case-{index}", case, (case.platform, case.variant)))
        pool.drain()
    finally:
        _restore(previous)
        if opts.keep:
            print(f"fuzz: cases kept under {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return sorted(records, key=lambda r: int(r.key.split(":")[1])), baselines


def _indices(opts: Options) -> Iterator[int]:
    index, found = opts.start, 0
    while found < opts.cases:
        if spec(opts.seed, index)[1] in opts.platforms:
            found += 1
            yield index
        index += 1


def _restore(previous: str | None) -> None:
    if previous is None:
        os.environ.pop(HOME_ENV, None)
    else:
        os.environ[HOME_ENV] = previous
