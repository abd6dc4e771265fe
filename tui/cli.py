"""The `profile-audit` console script.

With no command, or `tui`, or `demo`, it opens the Textual app; `scan` and any other
headless command go to `audit.cli`.  Textual is imported only when the app is needed, so
`profile-audit scan` starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from audit import cli as headless
from audit.demo import DEFAULT_PERSONA, persona_names
from audit.errors import AuditError
from audit.fetchers.public_page import is_address
from audit.paths import HOME_ENV
from audit.sources import Source, source_argument
from tui.labels import persona_title

APP_COMMANDS = ("tui", "demo", "serve")
SOURCE_HELP = "an export (a .zip file or a folder) or the address of a public profile page"
APP_EPILOG = """\
the app (keyboard first; ? shows the keys, Ctrl+P the commands):
  profile-audit                             open the app and choose an export
  profile-audit tui twitter-2024-05-01.zip  open the app on an export
  profile-audit demo --persona jo-ect       training mode: a fictional persona, nothing saved
  profile-audit serve                       the same app in a tab of your web browser

"""


def build_parser() -> argparse.ArgumentParser:
    """The headless parser, taught the app's commands so `--help` lists them all."""
    parser = headless.build_parser()
    parser.epilog = APP_EPILOG + (parser.epilog or "")
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    tui = commands.add_parser(
        "tui",
        help="open the app on exports: summary, findings, fix steps, progress saved",
        description="Open the walk-through on one or more exports; your decisions are saved on this computer.",
    )
    tui.add_argument("sources", nargs="*", type=source_argument, metavar="SOURCE", help=SOURCE_HELP)
    tui.add_argument("--school", type=Path, metavar="FILE", help="school profile TOML (see `scan --help`)")
    demo = commands.add_parser(
        "demo",
        help="open the app on a bundled fictional persona (training mode; nothing is saved)",
        description="Training mode for IT leads: a fictional member of staff, a throwaway progress file.",
        epilog="personas:\n" + "\n".join(f"  {name:<12} {persona_title(name)}" for name in persona_names()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument(
        "--persona",
        default=DEFAULT_PERSONA,
        choices=persona_names(),
        help=f"which persona (default {DEFAULT_PERSONA})",
    )
    serve = commands.add_parser(
        "serve",
        help="open the app in a tab of your web browser (this computer only; it stops when the app ends)",
        description="Open the walk-through in your web browser instead of this terminal. It listens on this "
        "computer only, at a private address, and stops when you close the app.",
    )
    serve.add_argument("sources", nargs="*", type=source_argument, metavar="SOURCE", help=SOURCE_HELP)
    serve.add_argument("--school", type=Path, metavar="FILE", help="school profile TOML (see `scan --help`)")
    serve.add_argument(
        "--demo",
        choices=persona_names(),
        metavar="PERSONA",
        help="a fictional persona instead (training mode; nothing saved): " + ", ".join(persona_names()),
    )
    serve.add_argument("--no-browser", action="store_true", help="only print the address to open")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in APP_COMMANDS and not args[0].startswith("-"):
        return headless.main(args)
    headless.show_notices()
    parsed = build_parser().parse_args(args)
    try:
        if parsed.command == "demo":
            return _run_demo(parsed.persona)
        if parsed.command == "serve":
            return _run_serve(parsed)
        sources = list(getattr(parsed, "sources", []) or [])
        return _run_app(sources, getattr(parsed, "school", None))
    except AuditError as error:
        headless.say(str(error))
        return headless.EXIT_ERROR
    except KeyboardInterrupt:
        headless.say("interrupted")
        return headless.EXIT_INTERRUPTED
    except Exception as error:  # as the headless command: one line and exit 2, never 1 (findings)
        headless.say(headless.unexpected(error))
        return headless.EXIT_ERROR


def _run_app(sources: list[Source], school: Path | None) -> int:
    """Everything that can fail before the screen opens is checked first, so it fails as one
    line on the terminal: the sources, the school profile, the data folder, the fingerprint
    key and the saved progress (read when the app is made)."""
    from tui.app import make_app

    _check_ready(sources, school)
    app = make_app(sources, school)
    app.run()
    return _exit_code(app.return_code)


def _check_ready(sources: list[Source], school: Path | None) -> None:
    """Raise the one-line error the terminal shows for anything that would stop the app."""
    from audit.model import fingerprint_key
    from audit.paths import data_home
    from audit.school import load_school
    from audit.sources import open_sources

    files = [source for source in sources if not is_address(source)]  # a page is fetched once, by the scan
    missing = [str(path) for path in files if not Path(path).exists()]
    if missing:
        raise AuditError(f"{missing[0]}: no such file or folder")
    for archive, _ in open_sources(files):  # not an export: a one-line error, before the screen opens
        archive.close()
    load_school(school)
    data_home()
    fingerprint_key()


def _run_serve(parsed: argparse.Namespace) -> int:
    """The app in a browser tab: checked first as the terminal app is, then served."""
    from tui.serve import serve

    if parsed.demo is None:
        _check_ready(parsed.sources, parsed.school)
    return serve(parsed.sources, parsed.school, demo=parsed.demo, open_browser=not parsed.no_browser)


def _exit_code(return_code: int | None) -> int:
    """0 when the app closed normally; 2 when it stopped on an error (Textual has printed
    it): never Textual's 1, which means findings to a script."""
    return headless.EXIT_ERROR if return_code else 0


def _run_demo(persona: str) -> int:
    """Demo mode keeps even the fingerprint key in a throwaway folder."""
    from tui.app import make_app

    with tempfile.TemporaryDirectory(prefix="profile-audit-demo-home-") as home:
        os.environ[HOME_ENV] = home
        app = make_app(demo=persona)
        app.run()
    return _exit_code(app.return_code)


def run() -> None:
    """Entry point of the console script."""
    sys.exit(main())
