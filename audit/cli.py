"""The headless command line: `profile-audit scan ...` and `python -m audit`.

Exit codes: 0 no findings, 1 findings, 2 error (bad arguments, an unreadable source, a data
folder that cannot be written, or any error nobody expected), 130 interrupted.  1 always
means findings: a crash never exits 1.  Errors are one line on stderr and never contain a
value found in a file (an unexpected error is named by its type and where it happened only).

This module parses and dispatches; each command lives in its own module (`cli_scan`,
`cli_report`, `cli_school`, `cli_verify`), and what `scan` and `report` read is worked out
by `cli_inputs`.  The names other code and tests use are kept here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from audit import cli_report, cli_scan, cli_school, cli_verify
from audit.__about__ import __version__
from audit.cli_inputs import (
    DEFAULT_PERSONA,
    PERSONAS_ROOT,
    UsageError,
    persona_names,
    persona_title,
    source_argument,
    sources_in_words,
)
from audit.errors import AuditError

if TYPE_CHECKING:
    import logging
    import traceback

    from audit.pipeline import ScanResult

__all__ = [  # the persona names and source helpers live in `cli_inputs`; kept here for callers
    "COMMANDS",
    "DEFAULT_PERSONA",
    "EPILOG",
    "EXIT_CLEAN",
    "EXIT_ERROR",
    "EXIT_FINDINGS",
    "EXIT_INTERRUPTED",
    "KINDS_IN_HELP",
    "PERSONAS_ROOT",
    "PLATFORMS_IN_HELP",
    "Command",
    "build_parser",
    "main",
    "persona_names",
    "persona_title",
    "say",
    "scan",
    "show_notices",
    "source_argument",
    "sources_in_words",
    "unexpected",
]

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

EPILOG = cli_scan.EPILOG


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


class Command(NamedTuple):
    """A headless command: its module adds its parser, and runs it once parsed."""

    name: str
    add_parser: Callable[[Any], object]
    run: Callable[[argparse.Namespace], int]


COMMANDS: tuple[Command, ...] = (
    Command("scan", cli_scan.add_scan_parser, cli_scan.run_scan),
    Command("school", cli_school.add_school_parser, cli_school.run_school),
    Command("forget", cli_school.add_forget_parser, cli_school.run_forget),
    Command("report", cli_report.add_report_parser, cli_report.run_report),
    Command("verify", cli_verify.add_parser, cli_verify.run),
)
"""The one place a headless command is registered.  Its module must import only what parsing
needs (heavy modules inside `run`), so that `--help` and `--version` stay fast.  `run` raises
`UsageError` for a mistake in the arguments, said by the parser with its usage line."""


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
    if args.command not in runners:
        parser.print_help()
        return EXIT_ERROR
    try:
        return runners[args.command](args)
    except UsageError as error:
        parser.error(str(error))  # the usage line and the mistake, exit 2
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


def scan(*args: Any, **kwargs: Any) -> ScanResult:
    """`audit.pipeline.scan`, imported when a scan starts: it loads the detectors, hence spaCy.

    `scan` and `report` call it through this module, so a test or a bench can wrap it here."""
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
