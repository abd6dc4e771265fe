"""`profile-audit scan`: read exports (or public pages) and print what they expose.

    profile-audit scan SOURCE... [--school FILE] [--json] [--state] [--jobs N] [--photos [deep]]
    profile-audit scan --demo [PERSONA]

A progress bar on stderr names what it reads from the first moment; the findings go to
stdout, grouped by kind, or as the `profile-audit.findings/1` JSON document.  With `--state`
the scan is compared with the app's saved progress and recorded in it.  Exit codes (see
`audit.cli`): 0 no findings, 1 findings, 2 error, 130 interrupted.

Only what parsing needs is imported at the top; the scan's modules (the detectors, hence
spaCy) are imported once the progress line is showing.  The scan itself runs through
`audit.cli.scan`, looked up when it runs, so tests and benches can wrap it there.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.cli_inputs import (
    DEEP_PHOTOS_HELP,
    DEFAULT_PERSONA,
    UsageError,
    persona_problem,
    resolve_inputs,
    source_argument,
    sources_in_words,
)
from audit.progress import ProgressBar

if TYPE_CHECKING:
    from audit.sources import Source
    from detectors.base import SchoolProfile

EPILOG = """\
examples:
  profile-audit scan twitter-2024-05-01.zip
  profile-audit scan ~/Downloads/twitter-archive/ --school school.toml --json > findings.json
  profile-audit scan --demo                 scan the bundled fictional persona
  profile-audit scan https://social.example.org/@jo --state
                                            what a stranger sees on your public page (only that
                                            page is fetched; run it again after a fix to see it gone)

school profile (optional TOML) - your school's own name, e-mail domains and numbers are
then allowed or recognised:
  [school]
  name = "St Aidan's C of E Primary School"
  aliases = ["St Aidan's Primary"]
  domains = ["staidans.example.org"]
  phones = ["0113 496 0000"]

exit codes: 0 no findings, 1 findings, 2 error, 130 interrupted"""
"""The scan's examples, also the main help's epilog: `scan` is the command most people run."""


def add_scan_parser(commands: Any) -> argparse.ArgumentParser:
    """Register `scan` on the CLI's sub-command parsers (importing nothing heavy: `--help` stays fast)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "scan",
        help="scan exports and print the findings (headless)",
        description="Scan one or more exports and print what they expose.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "sources",
        nargs="*",
        type=source_argument,
        metavar="SOURCE",
        help="an export (a .zip or .tar.gz file, or an unpacked folder), or the https:// address of one of "
        "your public profile pages, fetched and checked as a logged-out stranger sees it",
    )
    parser.add_argument(
        "--school", type=Path, metavar="FILE", help="school profile TOML: the school's own name, domains and numbers"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the findings as JSON (schema profile-audit.findings/1, with each finding's tier and explanation)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.add_argument(
        "--jobs",
        type=jobs_argument,
        default=cores(),
        metavar="N",
        help="scan a big export on N processor cores at once (default: all of them, here %(default)s; 1: one core)",
    )
    parser.add_argument(
        "--photos",
        nargs="?",
        const="fetch",
        choices=("fetch", "deep"),
        metavar="deep",
        help="for a public page's address: also fetch the page's own images (same site only) and check "
        "them for the GPS position a phone writes into a photo; without it no image is ever fetched. "
        f"--photos deep (after the sources): {DEEP_PHOTOS_HELP}",
    )
    parser.add_argument(
        "--state",
        action="store_true",
        help="compare with your saved progress (new, still there, gone since) and record this scan in it",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read the whole export again even if it has not changed since it was last scanned (by default "
        "an unchanged export's findings are re-used, from a file only you can read in profile-audit's own folder)",
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const=DEFAULT_PERSONA,
        metavar="PERSONA",
        help=f"scan a bundled fictional persona (default {DEFAULT_PERSONA})",
    )
    return parser


def run_scan(args: argparse.Namespace) -> int:
    """Scan and print; a mistake in the arguments is a `UsageError` (the parser says it, exit 2)."""
    problem = persona_problem(args.demo)
    if problem:
        raise UsageError(problem)
    if not args.sources and not args.demo:
        raise UsageError(
            "give at least one SOURCE (an export .zip or folder, or a public page's https:// address), or --demo"
        )
    if args.state and args.demo:
        raise UsageError("--state cannot be used with --demo: demo mode never touches your saved progress")
    bar = ProgressBar()
    bar.enabled = bar.enabled and not args.quiet
    bar.start(sources_in_words(args.sources, args.demo))  # at once: loading the detectors takes a few seconds
    try:
        return _scan_and_print(args, bar)
    finally:
        bar.close()


def cores() -> int:
    """The processor cores this process may use (fewer than the machine's when it is limited)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def jobs_argument(text: str) -> int:
    """`--jobs N`: a whole number of processor cores, at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of cores (1, 2, ...)")
    return int(text)


def _scan_and_print(args: argparse.Namespace, bar: ProgressBar) -> int:
    """The scan itself, with the modules it needs imported only now (the progress line is showing)."""
    from audit import cli
    from audit.fetchers.public_page.options import page_options
    from audit.jsonout import ScanOutput
    from audit.recheck import apply, describe, recheck
    from audit.state import StateStore

    inputs = resolve_inputs(args.sources, args.school, args.demo, deep_photos=args.photos == "deep")
    store = StateStore() if args.state else None
    state = store.load() if store else None  # a corrupt progress file fails before the scan
    with inputs.home(), page_options(photos=args.photos is not None):
        # without --state the findings go straight to the output, kept as the text it prints
        output = ScanOutput(as_json=args.json, state=state)
        sink = output.add if store is None and args.photos != "deep" else None
        cache = not (args.no_cache or args.demo)  # demo mode keeps nothing
        result = cli.scan(inputs.sources, inputs.school, on_progress=bar, on_finding=sink, jobs=args.jobs, cache=cache)
        if args.photos == "deep" and not result.cancelled:
            result.findings += deep_photos(inputs.sources, inputs.school, args.jobs, bar)
    bar.close()
    if result.reused:
        cli.say("unchanged since it was last scanned: its findings were re-used (--no-cache to read it all again)")
    output.add_all(result.findings)  # with --state: kept for the re-check below
    output.write(sys.stdout, result)
    if store is not None and state is not None and not result.cancelled:
        scanned = {source.platform for source in result.sources}
        deep = args.photos == "deep"
        since = recheck(state, result.findings, scanned=scanned, looked_inside_photos=deep)
        print(describe(since), file=sys.stderr if args.json else sys.stdout)
        apply(state, result.findings, scanned=scanned)
        store.save(state)
    return cli.EXIT_FINDINGS if output else cli.EXIT_CLEAN


def deep_photos(sources: Sequence[Source], school: SchoolProfile, jobs: int, bar: ProgressBar) -> list[Any]:
    """The deep photo scan's findings; each photo it could not look at is named in one line."""
    from audit.cli import say
    from audit.photos_deep import deep_scan
    from audit.pipeline import Progress

    def progress(done: int, total: int) -> None:
        bar(Progress("photos: text and content", "", done, done, total))

    deep = deep_scan(sources, school, jobs=jobs, on_progress=progress)
    bar.close()
    for file, reason in deep.skipped:
        say(f"{file}: {reason}")
    return list(deep.findings)
