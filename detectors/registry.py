"""The one tuple every detector is registered in, and what is built from it.

Kept apart from `detectors/__init__.py` so that importing the package (for `detectors.base`,
`RULES_VERSION` or one detector) does not import every detector and, with them, spaCy: the
app's first screen and `--help` need none of it.  `detectors.DETECTORS` and friends still work:
the package loads this module the first time one of them is asked for.
"""

from __future__ import annotations

from detectors.address import AddressDetector
from detectors.base import Detector, SchoolProfile
from detectors.email import EmailDetector
from detectors.job_title import JobTitleDetector
from detectors.location import LocationDetector
from detectors.phone import PhoneDetector
from detectors.photo_content import PhotoContentDetector
from detectors.photo_location import PhotoLocationDetector
from detectors.photo_text import PhotoTextDetector
from detectors.school import SchoolDetector

DETECTORS: tuple[type[Detector], ...] = (
    PhoneDetector,
    EmailDetector,
    AddressDetector,
    PhotoLocationDetector,
    LocationDetector,
    JobTitleDetector,
    SchoolDetector,
    PhotoTextDetector,
    PhotoContentDetector,
)
"""Every detector; the order of the tuple is the order findings of one item are reported in."""


def build_detectors(school: SchoolProfile | None = None) -> list[Detector]:
    """One instance of every registered detector, sharpened by the school's profile."""
    return [detector(school) for detector in DETECTORS]


def kinds() -> tuple[str, ...]:
    """The stable finding kinds the registered detectors produce."""
    return tuple(detector.kind for detector in DETECTORS)
