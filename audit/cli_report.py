"""`profile-audit report`: the keepable HTML page (and a copy to share), from a scan or the saved progress.

    profile-audit report SOURCE... --html report.html [--redact] [--school FILE]
    profile-audit report --demo [PERSONA] --html training.html
    profile-audit report --from-state --html progress.html

It scans like `scan`, reads the saved progress for statuses and reasons (never saving it: a
report changes nothing), and writes the page 0600, atomically.  `--json FILE` writes the
findings with their statuses (`profile-audit.findings/1.1`) the same way, instead of a shell
redirect that leaves the file readable by anyone.  Exit codes: 0 written, 2 error, 130
interrupted; findings are not an error here, the report is what was asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.cli_inputs import DEEP_PHOTOS_HELP, DEFAULT_PERSONA, persona_problem, resolve_inputs, sources_in_words
from audit.errors import AuditError
from audit.progress import ProgressBar

if TYPE_CHECKING:
    from audit.state import AuditState

EXAMPLES = """\
examples:
  profile-audit report twitter-2024-05-01.zip facebook-jo/ --html my-review.html
  profile-audit report twitter-2024-05-01.zip --html for-my-line-manager.html --redact
  profile-audit report --demo sam-ta-2025 --html training-handout.html
  profile-audit report --from-state --html my-progress.html

The page is one file that loads nothing from the internet: keep it, print it, open it offline.
--redact masks phone numbers, e-mail and home addresses and map positions, keeps only a few
words around each, blurs photos and leaves out links: a copy to show, not a copy of the data.
--from-state writes the page from your saved progress without reading your downloads again;
the progress file holds no numbers, addresses or posts, so that page shows what you decided
(by kind and platform, with your reasons and dates), not what was found.

exit codes: 0 written, 2 error, 130 interrupted"""


def add_report_parser(commands: Any) -> argparse.ArgumentParser:
    """Register `report` on the CLI's sub-command parsers (importing nothing heavy: `--help` stays fast)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "report",
        help="write a report to keep (one HTML page), or a masked copy to share",
        description="Write a report to keep: one self-contained HTML page with every finding, what the policy "
        "says about it, who can see it, what you decided and how to fix it.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("sources", nargs="*", type=Path, metavar="SOURCE", help="an export: a .zip file or a folder")
    parser.add_argument("--html", type=Path, metavar="FILE", help="write the page here (only you can read it)")
    parser.add_argument(
        "--redact", action="store_true", help="a copy to share: values masked, photos blurred, no links"
    )
    parser.add_argument("--school", type=Path, metavar="FILE", help="school profile TOML (see `scan --help`)")
    parser.add_argument(
        "--demo",
        nargs="?",
        const=DEFAULT_PERSONA,
        metavar="PERSONA",
        help=f"report on a bundled fictional persona (default {DEFAULT_PERSONA}); nothing is saved",
    )
    parser.add_argument(
        "--from-state",
        action="store_true",
        help="from your saved progress, without scanning (shows decisions, not what was found)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help="also write the findings with their statuses as JSON (profile-audit.findings/1.1)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    parser.add_argument(
        "--photos",
        choices=("deep",),
        metavar="deep",
        help=DEEP_PHOTOS_HELP,
    )
    return parser


def run_report(args: argparse.Namespace) -> int:
    """Write what was asked for; AuditError (one line, exit 2) for anything that stops it."""
    _check_arguments(args)
    if args.from_state:
        return _from_state(args)
    bar = ProgressBar()
    bar.enabled = bar.enabled and not args.quiet
    bar.start(sources_in_words(args.sources, args.demo))  # at once: the detectors take seconds to load
    try:
        return _scan_and_write(args, bar)
    finally:
        bar.close()


def _scan_and_write(args: argparse.Namespace, bar: ProgressBar) -> int:
    """The scan and the files, with the modules they need imported only now (the progress line is showing)."""
    from audit import cli  # its `scan`, looked up now: tests and benches wrap it there
    from audit.demo import last_year_state
    from audit.paths import write_private
    from audit.report import dumps
    from audit.report_html import build, render, write
    from audit.state import AuditState, StateStore

    # an unwritable data folder, a damaged key or a bad progress file fail before the scan
    deep = args.photos == "deep"
    inputs = resolve_inputs(args.sources, args.school, args.demo, deep_photos=deep)
    state: AuditState | None = None if args.demo else StateStore().load()
    with inputs.home():
        result = cli.scan(inputs.sources, inputs.school, on_progress=bar, cache=not args.demo)
        if deep and not result.cancelled:
            from audit.cli_scan import cores, deep_photos

            result.findings += deep_photos(inputs.sources, inputs.school, cores(), bar)
        bar.close()
        if state is None:  # demo mode: last year's decisions, if the persona has them
            state = last_year_state(args.demo) or AuditState()
        if args.html:
            school = inputs.school.name
            report = build(result, state, redact=args.redact, sources=inputs.sources, school=school, demo=args.demo)
            write(args.html, render(report))
    if args.json:
        write_private(args.json, (dumps(result, state) + "\n").encode("utf-8"))
    written = " and ".join(str(path) for path in (args.html, args.json) if path)
    copy = "a copy to share" if args.redact else "only you can read it"
    print(f"Wrote {written} ({len(result.findings)} findings; {copy}).", file=sys.stdout)
    return 0


def _from_state(args: argparse.Namespace) -> int:
    """The page from the saved progress only: decisions by kind and platform, never a value."""
    from audit.report_html import build_from_state, render, write
    from audit.school import load_school
    from audit.state import StateStore

    store = StateStore()
    state = store.load()
    if not state.seen:
        raise AuditError(f"{store.path}: no saved progress yet; open your downloads in the app first")
    report = build_from_state(state, redact=args.redact)
    report.school = load_school(args.school).name if args.school else ""
    write(args.html, render(report))
    print(f"Wrote {args.html} from your saved progress ({len(report.entries)} findings: your decisions, "
          "not what was found; only you can read it).")  # fmt: skip
    return 0


def _check_arguments(args: argparse.Namespace) -> None:
    """Mistakes in what was asked, each one line."""
    if not args.html and not args.json:
        raise AuditError("say where to write the report: --html FILE (and/or --json FILE)")
    if args.from_state and (args.sources or args.demo):
        raise AuditError("--from-state reads your saved progress only: give no SOURCE and no --demo")
    if args.from_state and args.json:
        raise AuditError("--json needs a scan: the saved progress holds no findings, only decisions")
    if args.redact and args.json:
        raise AuditError("--json holds the values themselves and cannot be redacted; share the --redact page instead")
    problem = persona_problem(args.demo)
    if problem:
        raise AuditError(problem)
    if not args.from_state and not args.sources and not args.demo:
        raise AuditError("give at least one SOURCE (an export .zip or folder), --demo or --from-state")
    for target in (args.html, args.json):
        if target is not None and target.is_dir():
            raise AuditError(f"{target}: is a folder; give a file name such as {target / 'report.html'}")
