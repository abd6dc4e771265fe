"""The headless core never loads Textual, even indirectly.

import-linter checks our own imports statically (neither Textual nor Rich); this checks what
really ends up in sys.modules.  Rich is not checked here: spaCy loads it through typer.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["audit", "audit.cli", "audit.pipeline", "detectors"])
def test_core_modules_do_not_load_textual(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_headless_scan_does_not_load_textual() -> None:
    code = (
        "import sys; from tui.cli import main; main(['scan', '--demo', '--quiet']);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip().splitlines()[-1] == "[]"
