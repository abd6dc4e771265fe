"""Detectors: one file per kind, registered in `DETECTORS` and nowhere else.

The order of the tuple is the order findings of one item are reported in.
"""

from __future__ import annotations

from detectors.address import AddressDetector
from detectors.base import Detector, Item, Match, MediaRef, Provenance, SchoolProfile, Visibility
from detectors.email import EmailDetector
from detectors.job_title import JobTitleDetector
from detectors.phone import PhoneDetector
from detectors.photo_location import PhotoLocationDetector
from detectors.school import SchoolDetector

DETECTORS: tuple[type[Detector], ...] = (
    PhoneDetector,
    EmailDetector,
    AddressDetector,
    PhotoLocationDetector,
    JobTitleDetector,
    SchoolDetector,
)


def build_detectors(school: SchoolProfile | None = None) -> list[Detector]:
    """One instance of every registered detector, sharpened by the school's profile."""
    return [detector(school) for detector in DETECTORS]


def kinds() -> tuple[str, ...]:
    """The stable finding kinds the registered detectors produce."""
    return tuple(detector.kind for detector in DETECTORS)


__all__ = [
    "DETECTORS",
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
