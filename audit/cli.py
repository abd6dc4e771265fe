"""The headless command line: `profile-audit scan ...` and `python -m audit`.

Exit codes: 0 no findings, 1 findings, 2 error (bad arguments, an unreadable source, a data
folder that cannot be written, or any error nobody expected), 130 interrupted.  1 always
means findings: a crash never exits 1.  Errors are one line on stderr and never contain a
value found in a file (an unexpected error is named by its type and where it happened only).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from audit import cli_report, cli_school, cli_verify
from audit.__about__ import __version__
from audit.errors import AuditError
from audit.progress import ProgressBar

if TYPE_CHECKING:
    import logging
    import traceback

    from audit.pipeline import ScanResult

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


# What the help names, kept here so `--help` and `--version` need not import the detectors (spaCy)
# or the fetchers: tests/test_startup.py checks each against the real registries.
KINDS_IN_HELP = (
    "personal phone numbers (clauses 2.3.2, 2.4.2 and 2.1.5)",
    "personal e-mail addresses (clauses 2.4.3, 2.1.5 and 2.5.1)",
    "home address (clause 2.3.2)",
    "photo locations (clauses 2.3.3 and 2.3.2)",
    "locations attached to posts (clause 2.3.2)",
    "job title or profession (clause 2.3.13)",
    "the school where you work (clause 2.3.13)",
    "text inside photos (clauses 2.3.3, 2.3.2 and 2.3.13)",
    "photo content (clause 2.3.3)",
)
"""`detectors.DETECTORS` in order, as `audit.report.KIND_TITLES` and `audit.wording.clause_words` word them."""
PLATFORMS_IN_HELP = ("X (Twitter)", "Facebook", "Instagram", "LinkedIn", "Mastodon", "TikTok", "Bluesky")
"""`audit.fetchers.FETCHERS` titles, in order."""
DEFAULT_PERSONA = "jo-ect"
"""`audit.demo.DEFAULT_PERSONA`."""
PERSONAS_ROOT = Path(__file__).resolve().parent / "demo"


def persona_names() -> list[str]:
    """The bundled personas, read from their folders as `audit.demo.persona_names` does."""
    return sorted(p.name for p in PERSONAS_ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def persona_title(name: str) -> str:
    """The first line of a persona's story ("Jo Marsh, early-career teacher"), or its name."""
    story = PERSONAS_ROOT / name / "story.md"
    text = story.read_text(encoding="utf-8") if story.is_file() else ""
    lines = [line.lstrip("# ").strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else name


class Command(NamedTuple):
    """A headless command besides `scan`: its module adds its parser, and runs it once parsed."""

    name: str
    add_parser: Callable[[Any], object]
    run: Callable[[argparse.Namespace], int]


COMMANDS: tuple[Command, ...] = (
    Command("school", cli_school.add_school_parser, cli_school.run_school),
    Command("forget", cli_school.add_forget_parser, cli_school.run_forget),
    Command("report", cli_report.add_report_parser, cli_report.run_report),
    Command("verify", cli_verify.add_parser, cli_verify.run),
)
"""The one place a headless command is registered.  Its module must import only what parsing
needs (heavy modules inside `run`), so that `--help` and `--version` stay fast."""


def build_parser() -> argparse.ArgumentParser:
    kinds = "\n".join(f"  - {line}" for line in KINDS_IN_HELP)
    platforms = ", ".join(PLATFORMS_IN_HELP)
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
        "--photos",
        nargs="?",
        const="fetch",
        choices=("fetch", "deep"),
        metavar="deep",
        help="for a public page's address: also fetch the page's own images (same site only) and check "
        "them for the GPS position a phone writes into a photo; without it no image is ever fetched. "
        "--photos deep (after the sources): also read the text in every photo and check what it shows, "
        "on this computer (needs: pip install 'profile-audit[photos]')",
    )
    scan_parser.add_argument(
        "--state",
        action="store_true",
        help="compare with your saved progress (new, still there, gone since) and record this scan in it",
    )
    scan_parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read the whole export again even if it has not changed since it was last scanned (by default "
        "an unchanged export's findings are re-used, from a file only you can read in profile-audit's own folder)",
    )
    scan_parser.add_argument(
        "--demo",
        nargs="?",
        const=DEFAULT_PERSONA,
        metavar="PERSONA",
        help=f"scan a bundled fictional persona (default {DEFAULT_PERSONA})",
    )
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; Ctrl+C at any point (parsing, loading, scanning) exits 130 quietly."""
    from audit import interrupt

    try:
        with interrupt.remembered():
            code = _main(argv)
            if interrupt.requested():  # its KeyboardInterrupt was swallowed by a finaliser or a library
                code = EXIT_INTERRUPTED
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    if code == EXIT_INTERRUPTED:
        say("interrupted")
    return code


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # `--help`, `--version` and mistakes end here, before logging is set up
    show_notices()
    runners = {command.name: command.run for command in COMMANDS}
    if args.command != "scan" and args.command not in runners:
        parser.print_help()
        return EXIT_ERROR
    try:
        return _scan(args, parser) if args.command == "scan" else runners[args.command](args)
    except AuditError as error:
        say(str(error))
        return EXIT_ERROR
    except BrokenPipeError:
        # `profile-audit scan ... | head`: the reader left; say nothing more, like other tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:  # a bug or the system: exit 2 with one line, never 1 (findings)
        say(unexpected(error))
        return EXIT_ERROR


def source_argument(text: str) -> str | Path:
    """A SOURCE as typed: a web address stays text, anything else is a path.

    `audit.sources.source_argument` without importing the fetchers (argparse calls this while
    parsing, before the progress line can show); tests/test_startup.py checks they agree.
    """
    return text if text.lower().startswith(("http:/", "https:/")) else Path(text)


def scan(*args: Any, **kwargs: Any) -> ScanResult:
    """`audit.pipeline.scan`, imported when a scan starts: it loads the detectors, hence spaCy."""
    from audit.pipeline import scan as scan_sources

    return scan_sources(*args, **kwargs)


_notices: list[logging.Handler] = []
"""The handler `show_notices` added, once (logging is imported then: not needed for `--help`)."""


def show_notices() -> None:
    """Print the core's warnings (a key restored from its backup) as `say` lines on stderr, once."""
    import logging

    class Notices(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            say(record.getMessage())

    if not _notices:
        _notices.append(Notices(logging.WARNING))
        logging.getLogger("audit").addHandler(_notices[0])


def say(message: str) -> None:
    """One line on stderr, whatever the message holds (line breaks, undecodable file names)."""
    line = " ".join(message.splitlines()).encode("utf-8", "backslashreplace").decode("utf-8")
    print(f"profile-audit: {line}", file=sys.stderr)


def unexpected(error: BaseException) -> str:
    """An error nobody planned for, in one line: its type and where it was raised.

    Its text is left out, as it may quote what was being read ("invalid literal for int():
    '07700...'"); a system error's own message and the file it names are kept.
    """
    import traceback

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
    import tempfile

    from audit.paths import HOME_ENV

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
    if args.demo and args.demo not in persona_names():
        parser.error(f"no bundled persona '{args.demo}' (have: {', '.join(persona_names())})")
    if not args.sources and not args.demo:
        parser.error(
            "give at least one SOURCE (an export .zip or folder, or a public page's https:// address), or --demo"
        )
    if args.state and args.demo:
        parser.error("--state cannot be used with --demo: demo mode never touches your saved progress")
    bar = ProgressBar()
    bar.enabled = bar.enabled and not args.quiet
    bar.start(sources_in_words(args.sources, args.demo))  # at once: loading the detectors takes a few seconds
    try:
        return _scan_and_print(args, bar)
    finally:
        bar.close()


def _deep_photos(sources: Sequence[Any], school: Any, jobs: int, bar: ProgressBar) -> list[Any]:
    """The deep photo scan's findings; each photo it could not look at is named in one line."""
    from audit.photos_deep import deep_scan
    from audit.pipeline import Progress

    def progress(done: int, total: int) -> None:
        bar(Progress("photos: text and content", "", done, done, total))

    deep = deep_scan(sources, school, jobs=jobs, on_progress=progress)
    bar.close()
    for file, reason in deep.skipped:
        say(f"{file}: {reason}")
    return list(deep.findings)


def sources_in_words(sources: Sequence[str | Path], demo: str | None) -> str:
    """What a scan is about to read, in a few words for the first progress line."""
    names = [source if isinstance(source, str) else source.name or str(source) for source in sources]
    if demo:
        names.append(f"the demo persona {demo}")
    return names[0] if len(names) == 1 else f"{len(names)} exports"


def _scan_and_print(args: argparse.Namespace, bar: ProgressBar) -> int:
    """The scan itself, with the modules it needs imported only now (the progress line is showing)."""
    from audit.demo import persona_school, persona_sources
    from audit.fetchers.public_page.options import page_options
    from audit.jsonout import ScanOutput
    from audit.model import fingerprint_key
    from audit.paths import data_home
    from audit.recheck import apply, describe, recheck
    from audit.school import load_school
    from audit.sources import Source
    from audit.state import StateStore

    sources: list[Source] = list(args.sources)
    school_path = args.school
    if args.demo:
        sources += persona_sources(args.demo)
        school_path = school_path or persona_school(args.demo)
    school = load_school(school_path)
    if not args.demo:  # an unwritable data folder or a damaged key fails before the scan
        data_home()
        fingerprint_key()
    if args.photos == "deep":  # without the extra: one line saying how to install it, before any scan
        from audit.photos_deep import check_available

        check_available()
    store = StateStore() if args.state else None
    state = store.load() if store else None  # a corrupt progress file fails before the scan
    with _throwaway_home() if args.demo else nullcontext(), page_options(photos=args.photos is not None):
        # without --state the findings go straight to the output, kept as the text it prints
        output = ScanOutput(as_json=args.json, state=state)
        sink = output.add if store is None and args.photos != "deep" else None
        cache = not (args.no_cache or args.demo)  # demo mode keeps nothing
        result = scan(sources, school, on_progress=bar, on_finding=sink, jobs=args.jobs, cache=cache)
        if args.photos == "deep" and not result.cancelled:
            result.findings += _deep_photos(sources, school, args.jobs, bar)
    bar.close()
    if result.reused:
        say("unchanged since it was last scanned: its findings were re-used (--no-cache to read it all again)")
    output.add_all(result.findings)  # with --state: kept for the re-check below
    output.write(sys.stdout, result)
    if store is not None and state is not None and not result.cancelled:
        scanned = {source.platform for source in result.sources}
        print(describe(recheck(state, result.findings, scanned=scanned)), file=sys.stderr if args.json else sys.stdout)
        apply(state, result.findings, scanned=scanned)
        store.save(state)
    return EXIT_FINDINGS if output else EXIT_CLEAN
