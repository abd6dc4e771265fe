"""profile-audit's headless core: read exports, run detectors, report findings.

Never imports Textual or Rich (import-linter enforces it), so it runs and is tested
without a terminal.
"""

from audit.__about__ import __version__
from audit.model import Finding
from audit.pipeline import Progress, ScanResult, scan

__all__ = ["Finding", "Progress", "ScanResult", "__version__", "scan"]
