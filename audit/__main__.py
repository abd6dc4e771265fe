"""`python -m audit`: the headless scan, without the TUI."""

import sys

try:  # Ctrl+C while still importing: one quiet line, as `audit.cli.main` says it later
    from audit.cli import main
except KeyboardInterrupt:
    print("profile-audit: interrupted", file=sys.stderr)
    raise SystemExit(130) from None

if __name__ == "__main__":  # the deep photo scan's worker processes import this module afresh
    sys.exit(main())
