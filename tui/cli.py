"""The `profile-audit` console script.

`scan` and the other headless commands go to `audit.cli`; with no command the app opens.
Textual is imported only when the app is needed, so `profile-audit scan` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from audit import cli as headless


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("tui", "demo"):
        headless.build_parser().print_help()
        return headless.EXIT_ERROR
    return headless.main(args)


def run() -> None:
    """Entry point of the console script."""
    sys.exit(main())
