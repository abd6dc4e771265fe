"""The headless commands for the school profile and for forgetting saved progress.

    profile-audit school init [--name ... --alias ... --domain ... --phone ... --town ...
                               --handle ... --out FILE] [--yes] [--force]
    profile-audit school check FILE
    profile-audit forget [--yes]

`school init` asks a teacher its questions, or with `--yes` takes an IT lead's flags and
asks nothing.  `school check` prints every problem of a profile, one line each.  `forget`
lists what profile-audit keeps, then removes it once confirmed (`--yes` for scripts).
The modules doing the work are imported when a command runs, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from audit.errors import AuditError

Ask = Callable[[str], str]
EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2

SCHOOL_EPILOG = """\
examples:
  profile-audit school init                      answer a few questions
  profile-audit school init --name "St Aidan's C of E Primary School" \\
      --domain staidans.example.org --phone "0113 496 0000" --yes --out school.toml
  profile-audit school check school.toml

exit codes (check): 0 the profile is fine, 1 problems (one line each), 2 cannot read it"""


def add_school_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `school` (init, check) to the top-level subcommands."""
    school = commands.add_parser(
        "school",
        help="make or check a school profile (the school's own name, e-mail domains and numbers)",
        description="Make a school profile to hand to staff, or check one.",
        epilog=SCHOOL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = school.add_subparsers(dest="school_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="make a profile: answer questions, or give flags with --yes",
        description="Make a school profile. Without --yes it asks for what the flags did not give.",
        epilog=SCHOOL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    init.add_argument("--name", default="", help="the school's full name")
    init.add_argument("--alias", action="append", default=[], metavar="NAME", help="another name for it (repeat)")
    init.add_argument("--domain", action="append", default=[], help="the part after @ in staff addresses (repeat)")
    init.add_argument("--phone", action="append", default=[], metavar="NUMBER", help="a school number (repeat)")
    init.add_argument("--town", default="", help="the town or village the school is in")
    init.add_argument("--handle", action="append", default=[], help="a school account or hashtag (repeat)")
    init.add_argument("--out", type=Path, metavar="FILE", help="where to write it (default school.toml)")
    init.add_argument("--yes", action="store_true", help="ask nothing: use the flags as they are")
    init.add_argument("--force", action="store_true", help="replace FILE if it exists")
    check = actions.add_parser(
        "check", help="name every problem in a profile, one line each", description="Check a school profile."
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the school profile (.toml)")


def add_forget_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `forget` to the top-level subcommands."""
    forget = commands.add_parser(
        "forget",
        help="delete your saved progress and keys from this computer (asks first)",
        description="Delete everything profile-audit keeps on this computer: progress, keys, leftovers.",
    )
    forget.add_argument("--yes", action="store_true", help="do not ask: remove straight away")


def run_school(args: argparse.Namespace, ask: Ask | None = None) -> int:
    """`school init` or `school check`."""
    if args.school_command == "check":
        return _check(args.file)
    return _init(args, ask or input)


def _check(path: Path) -> int:
    from audit.school import describe, load_school
    from audit.school_check import check_file, read_document

    read_document(path)  # missing or unreadable: one line on stderr, exit 2
    lines = check_file(path)
    for line in lines:
        print(line)
    if lines:
        return EXIT_PROBLEMS
    print(f"{path}: fine: {describe(load_school(path))}")
    return EXIT_OK


def _init(args: argparse.Namespace, ask: Ask) -> int:
    from audit.school import describe, load_school
    from audit.school_init import Answers, ask_answers, check_answers, confirm, write_profile

    given = Answers(
        name=args.name,
        aliases=tuple(args.alias),
        domains=tuple(args.domain),
        phones=tuple(args.phone),
        town=args.town,
        handles=tuple(args.handle),
    ).cleaned()
    out: Path = args.out or Path("school.toml")
    overwrite = args.force
    if args.yes:
        problems = check_answers(given)
        if problems:
            for problem in problems:
                _say(problem)
            _say("nothing written")
            return EXIT_ERROR
        answers = given
    else:
        try:
            answers = ask_answers(ask, print, given)
            if args.out is None:
                out = Path(ask(f"Write it to [{out}]: ").strip() or out).expanduser()
            if out.exists() and not out.is_dir() and not overwrite:
                overwrite = confirm(ask, f"{out} already exists. Replace it?")
                if not overwrite:
                    print("Nothing written.")
                    return EXIT_OK
        except EOFError:
            raise AuditError("no more answers (input ended): give the values as flags with --yes") from None
    write_profile(out, answers, overwrite=overwrite)
    print(f"Written {out}: {describe(load_school(out))}.")
    print(f"Hand it to staff: they choose it on the app's first screen, or scan with --school {out}.")
    return EXIT_OK


def run_forget(args: argparse.Namespace, ask: Ask | None = None) -> int:
    """List what profile-audit keeps, then remove it once confirmed."""
    from audit.forget import forget, kept
    from audit.paths import data_home_path
    from audit.school_init import confirm

    home = data_home_path()
    items = kept(home)
    if not items:
        print(f"Nothing to forget: profile-audit keeps nothing in {home}.")
        return EXIT_OK
    print(f"profile-audit keeps these on this computer, in {home}:")
    width = max(len(item.path.name) for item in items)
    for item in items:
        print(f"  {item.path.name:<{width}}  {item.what}")
    if not args.yes:
        print("Close profile-audit first if it is open, or it will save your progress again.")
        try:
            agreed = confirm(ask or input, f"Remove {_files(len(items))}? This cannot be undone.")
        except EOFError:
            raise AuditError("no answer (input ended): add --yes to remove without asking") from None
        if not agreed:
            print("Nothing removed.")
            return EXIT_OK
    removed = forget(items, home)
    print(f"Removed {_files(removed)}: your progress, key and kept findings are gone; the next scan starts afresh.")
    return EXIT_OK


def _files(count: int) -> str:
    return f"{count} file{'s' if count != 1 else ''}"


def _say(message: str) -> None:
    print(f"profile-audit: {message}", file=sys.stderr)
