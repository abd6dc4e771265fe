"""profile-audit's headless core: read exports, run detectors, report findings.

Never imports Textual or Rich (import-linter enforces it), so it runs and is tested
without a terminal.  `scan`, `Finding` and the rest are loaded when first asked for
(PEP 562), so `import audit.cli` for `--help` or `--version` does not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from audit.__about__ import __version__

if TYPE_CHECKING:
    from audit.model import Finding
    from audit.pipeline import Progress, ScanResult, scan

_LAZY = {
    "Finding": "audit.model",
    "Progress": "audit.pipeline",
    "ScanResult": "audit.pipeline",
    "scan": "audit.pipeline",
}

__all__ = ["Finding", "Progress", "ScanResult", "__version__", "scan"]


def __getattr__(name: str) -> Any:
    """Load the core's heavy names (the detectors, hence spaCy) only when they are used."""
    if name not in _LAZY:
        raise AttributeError(f"module 'audit' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)
