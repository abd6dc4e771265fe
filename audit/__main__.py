"""`python -m audit`: the headless scan, without the TUI."""

import sys

from audit.cli import main

sys.exit(main())
