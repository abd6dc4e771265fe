"""A seeded mutation fuzzer: damaged and hostile exports of every platform, scanned under limits.

Why: people download archives, rename them, copy them half way and zip them again, and the
scan must end in findings, a report that names every file it could not read, or a one-line
error, in bounded time and memory, whatever it is given (issue 13).  Each case builds a valid
invented export with the fixture builders, applies one to three seeded mutations (bytes flipped,
inserted, deleted or cut; members duplicated, renamed, removed, swapped for another platform's,
moved into a zip inside the export or under two top folders; JSON nested deep; huge tokens;
other encodings; zip header tricks and bombs; tar `../` names and links; unwritable or damaged
data folders) and runs `profile-audit scan --json --quiet` on it in a child process under
RLIMIT_AS and a timeout.

Per case it records the exit code, a crash (a traceback, the CLI's one-line "internal error",
a signal, an exit code outside 0/1/2, an error over more than one line, output that is not
UTF-8 JSON), a hang, the child's peak memory, and "unreported broken members": a text file
that gave items before the mutation, gives none after, and is named nowhere under
`sources[].unreadable` (files the mutation removed, renamed, or changed into another valid
file are not counted).  Only counts, file names inside the export, mutation names and
exception types are ever printed.

    .venv/bin/python bench/fuzz.py --cases 10000 --seed 1 --out /tmp/fuzz.json
    .venv/bin/python bench/fuzz.py --replay 1:4711      # rebuild one case, run it, keep its folder

Children are forked from a process that has already loaded the scanner (a case costs tens of
milliseconds instead of ~3.5 s of start-up); `--exec` starts a fresh interpreter per case
instead.  Both run the real `audit.cli.main`, with a tally of items per file so that silent
losses can be seen.

The parts: bench/fuzz_cases.py (the valid exports, `Entry`, `Case`), bench/fuzz_content.py and
bench/fuzz_mutations.py (the mutations, their table and `make_case`), bench/fuzz_write.py (a
case as a folder, zip, tar.gz or CAR), bench/fuzz_child.py (one scan in a child under limits),
bench/fuzz_judge.py, bench/fuzz_run.py and bench/fuzz_report.py; this module is the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fuzz_cases import PLATFORMS  # noqa: E402
from bench.fuzz_child import Options, child_main  # noqa: E402
from bench.fuzz_report import markdown, summary  # noqa: E402
from bench.fuzz_run import run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"]:
        return child_main(args[1], args[2:])
    parser = argparse.ArgumentParser(prog="bench/fuzz.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first case index (to split a long run in pieces)")
    parser.add_argument("--platforms", default=",".join(PLATFORMS), help="comma-separated")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a case may take before it is a hang")
    parser.add_argument("--memory-mb", type=int, default=2048, help="address space a case may add (RLIMIT_AS)")
    parser.add_argument("--exec", dest="exec_mode", action="store_true", help="a fresh interpreter per case")
    parser.add_argument("--light", action="store_true", help="smaller tokens, nesting and bombs (the test's pass)")
    parser.add_argument("--keep", action="store_true", help="keep failing cases' folders")
    parser.add_argument("--replay", metavar="SEED:INDEX", help="rebuild and run one case, and keep its folder")
    parser.add_argument("--out", type=Path, help="write the summary and failures as JSON here")
    parsed = parser.parse_args(args)
    opts = Options(
        cases=parsed.cases,
        start=max(0, parsed.start),
        seed=parsed.seed,
        platforms=tuple(p.strip() for p in parsed.platforms.split(",") if p.strip()),
        jobs=max(1, parsed.jobs),
        timeout=parsed.timeout,
        memory_mb=parsed.memory_mb,
        exec_mode=parsed.exec_mode,
        light=parsed.light,
        keep=parsed.keep or bool(parsed.replay),
        progress=not parsed.replay,
    )
    only = None
    if parsed.replay:
        seed, _, index = parsed.replay.partition(":")
        opts.seed, only = int(seed), [int(index)]
    records, baselines = run(opts, only)
    print(markdown(records, baselines, opts))
    if parsed.out:
        document = {
            "options": {k: v for k, v in asdict(opts).items() if k != "progress"},
            "summary": summary(records),
            "baselines_broken": {f"{p}/{v}": b.broken for (p, v), b in baselines.items() if b.broken},
            "failures": [asdict(r) for r in records if r.failed],
            "slowest": asdict(max(records, key=lambda r: r.seconds)) if records else None,
        }
        parsed.out.write_text(json.dumps(document, indent=2) + "\n")
    failed = any(r.failed for r in records) or any(b.broken for b in baselines.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
