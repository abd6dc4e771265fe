"""The headless command line: `profile-audit scan ...` and `python -m audit`.

Exit codes: 0 no findings, 1 findings, 2 error (bad arguments, an unreadable source, a data
folder that cannot be written, or any error nobody expected), 130 interrupted.  1 always
means findings: a crash never exits 1.  Errors are one line on stderr and never contain a
value found in a file (an unexpected error is named by its type and where it happened only).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

from audit.__about__ import __version__
from audit.cli_report import add_report_parser, run_report
from audit.cli_school import COMMANDS as SCHOOL_COMMANDS
from audit.cli_school import add_school_parsers, run_forget, run_school
from audit.demo import DEFAULT_PERSONA, persona_names, persona_school, persona_sources
from audit.errors import AuditError
from audit.fetchers import FETCHERS
from audit.jsonout import ScanOutput
from audit.model import fingerprint_key
from audit.paths import HOME_ENV, data_home
from audit.pipeline import scan
from audit.progress import ProgressBar
from audit.recheck import apply, describe, recheck
from audit.report import KIND_TITLES
from audit.school import load_school
from audit.sources import Source, source_argument
from audit.state import StateStore
from audit.wording import clause_words
from detectors import DETECTORS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

DESCRIPTION = """\
Audit your own social-media presence against your school's social-media policy,
privately: everything runs on this computer and nothing is sent anywhere.

It reads the archives the platforms let you download ("Download your data"), as a
.zip file (Mastodon: also .tar.gz) or an unpacked folder: {platforms}.

It looks for what the policy asks staff not to expose:
{kinds}

Each finding is "likely" (about nine in ten are right) or "worth a look" (less sure,
shown so that nothing that may identify you is missed), and says why it was found."""

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


def build_parser() -> argparse.ArgumentParser:
    kinds = "\n".join(f"  - {KIND_TITLES.get(d.kind, d.title).lower()} ({clause_words(d.clauses)})" for d in DETECTORS)
    platforms = ", ".join(f.title for f in FETCHERS)
    parser = argparse.ArgumentParser(
        prog="profile-audit",
        description=DESCRIPTION.format(platforms=platforms, kinds=kinds),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"profile-audit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    scan_parser = commands.add_parser(
        "scan",
        help="scan exports and print the findings (headless)",
        description="Scan one or more exports and print what they expose.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    scan_parser.add_argument(
        "sources",
        nargs="*",
        type=source_argument,
        metavar="SOURCE",
        help="an export (a .zip or .tar.gz file, or an unpacked folder), or the https:// address of one of "
        "your public profile pages, fetched and checked as a logged-out stranger sees it",
    )
    scan_parser.add_argument(
        "--school", type=Path, metavar="FILE", help="school profile TOML: the school's own name, domains and numbers"
    )
    scan_parser.add_argument(
        "--json",
        action="store_true",
        help="print the findings as JSON (schema profile-audit.findings/1, with each finding's tier and explanation)",
    )
    scan_parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    scan_parser.add_argument(
        "--jobs",
        type=_jobs,
        default=_cores(),
        metavar="N",
        help="scan a big export on N processor cores at once (default: all of them, here %(default)s; 1: one core)",
    )
    scan_parser.add_argument(
        "--state",
        action="store_true",
        help="compare with your saved progress (new, still there, gone since) and record this scan in it",
    )
    scan_parser.add_argument(
        "--demo",
        nargs="?",
        const=DEFAULT_PERSONA,
        metavar="PERSONA",
        help=f"scan a bundled fictional persona (default {DEFAULT_PERSONA})",
    )
    add_school_parsers(commands)
    add_report_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    show_notices()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command not in ("scan", "report", *SCHOOL_COMMANDS):
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "report":
            return run_report(args)
        if args.command in SCHOOL_COMMANDS:
            return run_school(args) if args.command == "school" else run_forget(args)
        return _scan(args, parser)
    except AuditError as error:
        say(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `profile-audit scan ... | head`: the reader left; say nothing more, like other tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:  # a bug or the system: exit 2 with one line, never 1 (findings)
        say(unexpected(error))
        return EXIT_ERROR


class _Notices(logging.Handler):
    """What the core tells the person without stopping (a key restored from its backup)."""

    def emit(self, record: logging.LogRecord) -> None:
        say(record.getMessage())


_NOTICES = _Notices(logging.WARNING)


def show_notices() -> None:
    """Print the core's warnings as `say` lines on stderr (once, however often it is called)."""
    core = logging.getLogger("audit")
    if _NOTICES not in core.handlers:
        core.addHandler(_NOTICES)


def say(message: str) -> None:
    """One line on stderr, whatever the message holds (line breaks, undecodable file names)."""
    line = " ".join(message.splitlines()).encode("utf-8", "backslashreplace").decode("utf-8")
    print(f"profile-audit: {line}", file=sys.stderr)


def unexpected(error: BaseException) -> str:
    """An error nobody planned for, in one line: its type and where it was raised.

    Its text is left out, as it may quote what was being read ("invalid literal for int():
    '07700...'"); a system error's own message and the file it names are kept.
    """
    kind = type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        name = error.filename
        where = f"{os.fsdecode(name)}: " if isinstance(name, str | bytes) and name else ""
        return f"{where}{error.strerror} ({kind})"
    places = [place for frame in traceback.extract_tb(error.__traceback__) if (place := _ours(frame))]
    return f"internal error ({kind}{' at ' + places[-1] if places else ''}); please report this line"


_ROOT = Path(__file__).resolve().parents[1]
_PACKAGES = {"audit", "detectors", "tui"}


def _ours(frame: traceback.FrameSummary) -> str:
    """Where a frame of the project's own code is ("audit/pipeline.py:107"); "" for any other."""
    try:
        relative = Path(frame.filename).resolve().relative_to(_ROOT)
    except ValueError:
        return ""
    return f"{relative.as_posix()}:{frame.lineno}" if relative.parts[0] in _PACKAGES else ""


@contextmanager
def _throwaway_home() -> Iterator[None]:
    """Demo scans write nothing to the person's data folder, not even the fingerprint key."""
    previous = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="profile-audit-demo-") as home:
        os.environ[HOME_ENV] = home
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = previous


def _cores() -> int:
    """The processor cores this process may use (fewer than the machine's when it is limited)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _jobs(text: str) -> int:
    """`--jobs N`: a whole number of processor cores, at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of cores (1, 2, ...)")
    return int(text)


def _scan(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    sources: list[Source] = list(args.sources)
    school_path = args.school
    if args.demo:
        if args.demo not in persona_names():
            parser.error(f"no bundled persona '{args.demo}' (have: {', '.join(persona_names())})")
        sources += persona_sources(args.demo)
        school_path = school_path or persona_school(args.demo)
    if not sources:
        parser.error(
            "give at least one SOURCE (an export .zip or folder, or a public page's https:// address), or --demo"
        )
    if args.state and args.demo:
        parser.error("--state cannot be used with --demo: demo mode never touches your saved progress")
    school = load_school(school_path)
    if not args.demo:  # an unwritable data folder or a damaged key fails before the scan
        data_home()
        fingerprint_key()
    store = StateStore() if args.state else None
    state = store.load() if store else None  # a corrupt progress file fails before the scan
    bar = ProgressBar()
    bar.enabled = bar.enabled and not args.quiet
    try:
        with _throwaway_home() if args.demo else nullcontext():
            # without --state the findings go straight to the output, kept as the text it prints
            output = ScanOutput(as_json=args.json, state=state)
            sink = output.add if store is None else None
            result = scan(sources, school, on_progress=bar, on_finding=sink, jobs=args.jobs)
    finally:
        bar.close()
    output.add_all(result.findings)  # with --state: kept for the re-check below
    output.write(sys.stdout, result)
    if store is not None and state is not None and not result.cancelled:
        scanned = {source.platform for source in result.sources}
        print(describe(recheck(state, result.findings, scanned=scanned)), file=sys.stderr if args.json else sys.stdout)
        apply(state, result.findings, scanned=scanned)
        store.save(state)
    return EXIT_FINDINGS if output else EXIT_CLEAN
