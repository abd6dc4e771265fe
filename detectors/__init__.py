"""Detectors: one file per kind, registered in `DETECTORS` and nowhere else.

The order of the tuple is the order findings of one item are reported in.
"""

from __future__ import annotations

from detectors.address import AddressDetector
from detectors.base import Detector, Item, Match, MediaRef, Provenance, SchoolProfile, Visibility
from detectors.email import EmailDetector
from detectors.job_title import JobTitleDetector
from detectors.location import LocationDetector
from detectors.phone import PhoneDetector
from detectors.photo_content import PhotoContentDetector
from detectors.photo_location import PhotoLocationDetector
from detectors.photo_text import PhotoTextDetector
from detectors.school import SchoolDetector

RULES_VERSION = "2"
"""Bumped whenever a rule change re-words the values it reports (2: phone numbers abroad in their own
country, not +44).  Saved with every sighting, so a re-check knows which rules made a key; decisions
survive a re-wording through the finding's place (`audit.recheck.carry_over`)."""

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


def build_detectors(school: SchoolProfile | None = None) -> list[Detector]:
    """One instance of every registered detector, sharpened by the school's profile."""
    return [detector(school) for detector in DETECTORS]


def kinds() -> tuple[str, ...]:
    """The stable finding kinds the registered detectors produce."""
    return tuple(detector.kind for detector in DETECTORS)


__all__ = [
    "DETECTORS",
    "RULES_VERSION",
    "Detector",
    "Item",
    "Match",
    "MediaRef",
    "Provenance",
    "SchoolProfile",
    "Visibility",
    "build_detectors",
    "kinds",
]
