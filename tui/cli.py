"""The `profile-audit` console script.

With no command, or `tui`, or `demo`, it opens the Textual app; `scan` and any other
headless command go to `audit.cli`.  Textual, the detectors (spaCy) and the rest of the core
are imported only inside the functions that run a command, so `--help` and `--version` answer
at once and `profile-audit scan` works without a terminal.  Ctrl+C at any moment exits 130
with one line, never a traceback.
"""

from __future__ import annotations

import sys

try:  # Ctrl+C while the console script is still importing this module: one quiet line, not a traceback
    import argparse
    import os
    import signal
    from collections.abc import Iterator, Sequence
    from contextlib import contextmanager
    from functools import partial
    from pathlib import Path
    from typing import TYPE_CHECKING, Any

    from audit import cli as headless
    from audit.cli_inputs import DEFAULT_PERSONA, persona_names, persona_title, source_argument
    from audit.errors import AuditError
except KeyboardInterrupt:
    print("profile-audit: interrupted", file=sys.stderr)
    raise SystemExit(130) from None

if TYPE_CHECKING:
    from textual.app import App

    from audit.sources import Source

APP_COMMANDS = ("tui", "demo", "serve")
OPENING = "Opening profile-audit... (this takes a few seconds)"
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
    """Run the app or hand a headless command to `audit.cli`; Ctrl+C at any point exits 130 quietly."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in APP_COMMANDS and not args[0].startswith("-"):
        if args[0] not in {command.name for command in headless.COMMANDS}:
            return _not_a_command(args[0])
        return headless.main(args)
    try:
        return _main(args)
    except KeyboardInterrupt:
        headless.say("interrupted")
        return headless.EXIT_INTERRUPTED


def _not_a_command(word: str) -> int:
    """A first word that is no command: one line naming every command (the app's too, which
    argparse's own message would leave out), and, for what looks like an export or an address,
    the two commands that take one."""
    names = ", ".join([*(command.name for command in headless.COMMANDS), *APP_COMMANDS])
    if "://" in word or os.path.exists(word):
        hint = f"to open the app on it: profile-audit tui {word}; to print its findings: profile-audit scan {word}"
    else:
        hint = "profile-audit --help lists them"
    headless.say(f"{word!r} is not a command (commands: {names}); {hint}")
    return headless.EXIT_ERROR


def _main(args: list[str]) -> int:
    parsed = build_parser().parse_args(args)  # `--help`, `--version` and mistakes end here
    headless.show_notices()
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
    except Exception as error:  # as the headless command: one line and exit 2, never 1 (findings)
        headless.say(headless.unexpected(error))
        return headless.EXIT_ERROR


def _run_app(sources: list[Source], school: Path | None) -> int:
    """Everything that can fail before the screen opens is checked first, so it fails as one
    line on the terminal: the sources, the school profile, the data folder, the fingerprint
    key and the saved progress (read when the app is made)."""
    with _opening():
        from tui.app import make_app

        _check_ready(sources, school)
        app = make_app(sources, school)
    with _interrupt_quits(app):
        app.run()
    return _exit_code(app.return_code)


def _check_ready(sources: list[Source], school: Path | None) -> None:
    """Raise the one-line error the terminal shows for anything that would stop the app."""
    from audit.fetchers.public_page import is_address
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
    with _opening():
        from tui.serve import serve

        if parsed.demo is None:
            _check_ready(parsed.sources, parsed.school)
    return serve(parsed.sources, parsed.school, demo=parsed.demo, open_browser=not parsed.no_browser)


@contextmanager
def _opening() -> Iterator[None]:
    """A first line on the terminal at once while the app loads (the detectors take a few seconds),
    wiped before the app draws its screen or a one-line error is said."""
    shown = sys.stdout.isatty()
    if shown:
        sys.stdout.write(OPENING)
        sys.stdout.flush()
    try:
        yield
    finally:
        if shown:
            sys.stdout.write("\r" + " " * len(OPENING) + "\r")
            sys.stdout.flush()


@contextmanager
def _interrupt_quits(app: App[Any]) -> Iterator[None]:
    """SIGINT while the app runs (`kill -INT`; the Ctrl+C key is the app's own) closes it with 130.

    Without this, asyncio turns the signal into a cancelled task and the app ends as if quit
    normally (exit 0).  The handler only asks the app's loop to exit, which is safe from a signal."""
    import asyncio  # already loaded by Textual by now; not worth its time at start-up

    def quit_interrupted(signum: int, frame: object) -> None:
        asyncio.get_running_loop().call_soon_threadsafe(partial(app.exit, return_code=headless.EXIT_INTERRUPTED))

    previous = signal.signal(signal.SIGINT, quit_interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _exit_code(return_code: int | None) -> int:
    """0 when the app closed normally, 130 when it was interrupted (Ctrl+C), 129 when its terminal went away
    (`tui.hangup`); 2 when it stopped on an error (Textual has printed it): never Textual's 1, which means
    findings to a script."""
    from tui.hangup import EXIT_HANGUP

    if return_code in (headless.EXIT_INTERRUPTED, EXIT_HANGUP):
        return return_code
    return headless.EXIT_ERROR if return_code else 0


def _run_demo(persona: str) -> int:
    """Demo mode keeps even the fingerprint key in a throwaway folder."""
    import tempfile

    from audit.paths import HOME_ENV

    with tempfile.TemporaryDirectory(prefix="profile-audit-demo-home-") as home:
        os.environ[HOME_ENV] = home
        with _opening():
            from tui.app import make_app

            app = make_app(demo=persona)
        with _interrupt_quits(app):
            app.run()
    return _exit_code(app.return_code)


def run() -> None:
    """Entry point of the console script."""
    try:
        code = main()
    except KeyboardInterrupt:  # between two of main's own handlers: still one quiet line
        headless.say("interrupted")
        code = headless.EXIT_INTERRUPTED
    sys.exit(code)
