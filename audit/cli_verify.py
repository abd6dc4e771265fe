"""`profile-audit verify URL...`: fetch your public pages again and check that what you fixed is gone.

    profile-audit verify https://www.example.org/about-me
    profile-audit verify https://social.example.org/@jo --photos --state ~/other/state.json

For each page it lists every finding you saved from it (with `scan URL --state` or in the app)
as "still there", "gone" or "could not check", and records each "gone" with today's date in
your progress, where the app shows the fix as checked.  The progress file keeps no page
addresses, so you name the pages again here.  Exit codes: 0 nothing left on the pages, 1
something still there (or new), 2 a page could not be checked or an error, 130 interrupted.

The heavy part (httpx, the detectors) is imported only when the command runs, so registering
it costs the rest of the command line nothing at start-up.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

EXAMPLES = """\
examples:
  profile-audit verify https://www.example.org/about-me
  profile-audit verify https://social.example.org/@jo https://linktr.ee/jo_example
  profile-audit verify https://www.example.org/about-me --photos

First scan the page with `profile-audit scan ADDRESS --state` (or open it in the app) and
mark what you will fix; fix it on the site; then run verify with the same address.  Only the
pages you name are fetched, as a logged-out stranger sees them, and nothing else.  A page
behind a login wall (Facebook, Instagram, LinkedIn, X, TikTok) cannot be checked this way:
check it in a private browser window and re-scan a fresh download instead.

exit codes: 0 nothing left on the pages, 1 something still there, 2 could not check or error"""


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `verify` on the CLI's sub-command parsers."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "verify",
        help="fetch your public pages again and check that what you fixed has gone",
        description="Fetch public pages you scanned before, as a stranger sees them today, and say for each\n"
        "finding you saved from them whether it is gone, still there, or could not be checked.\n"
        "Each one found gone is recorded, with the date, in your saved progress.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "addresses", nargs="+", metavar="URL", help="the https:// address of a page you scanned (as you gave it then)"
    )
    parser.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="the progress file to check against and record in (default: the one the app and scan --state use)",
    )
    parser.add_argument(
        "--school", type=Path, metavar="FILE", help="school profile TOML, if you scanned the page with one"
    )
    parser.add_argument(
        "--photos",
        action="store_true",
        help="also fetch the page's own images to check a photo's position has gone (as scan --photos)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Check each page, print what was found, save the progress; the exit code says what is left.

    A damaged progress file or an unwritable data folder raises `AuditError` (the caller prints
    its one line and exits 2); a page that cannot be fetched is said in the output instead.
    """
    from audit.model import fingerprint_key
    from audit.paths import data_home
    from audit.school import load_school
    from audit.state import StateStore
    from audit.verify import compare, describe, refetch

    school = load_school(args.school)
    data_home()
    fingerprint_key()  # a damaged key fails here, before any page is fetched
    store = StateStore(args.state)
    state = store.load()  # a damaged progress file fails before any page is fetched
    if not state.seen:
        print(
            f"profile-audit: {store.path}: no saved progress yet; scan the page first with "
            "`profile-audit scan ADDRESS --state`, mark what you fix, then verify",
            file=sys.stderr,
        )
        return EXIT_ERROR
    pages = [compare(state, refetch(address, school, args.photos)) for address in dict.fromkeys(args.addresses)]
    store.save(state)
    print("\n\n".join(describe(page) for page in pages))
    if any(page.of("still there") or page.new for page in pages):
        return EXIT_FOUND
    if any(page.of("could not check") or page.problem or not page.checks for page in pages):
        return EXIT_ERROR
    return EXIT_CLEAN
