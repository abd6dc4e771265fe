"""Detectors: one file per kind, registered in `detectors.registry.DETECTORS` and nowhere else.

The registry (and so every detector and spaCy) is imported the first time `DETECTORS`,
`build_detectors` or `kinds` is asked of this package, not when the package is imported: a
module that only needs `detectors.base` or `RULES_VERSION` stays cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detectors.base import Detector, Item, Match, MediaRef, Provenance, SchoolProfile, Visibility

if TYPE_CHECKING:
    from detectors.registry import DETECTORS, build_detectors, kinds

RULES_VERSION = "2"
"""Bumped whenever a rule change re-words the values it reports (2: phone numbers abroad in their own
country, not +44).  Saved with every sighting, so a re-check knows which rules made a key; decisions
survive a re-wording through the finding's place (`audit.recheck.carry_over`)."""

_FROM_REGISTRY = frozenset({"DETECTORS", "build_detectors", "kinds"})


def __getattr__(name: str) -> Any:
    """`DETECTORS`, `build_detectors` and `kinds`, loaded on first use (PEP 562)."""
    if name in _FROM_REGISTRY:
        from detectors import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'detectors' has no attribute {name!r}")


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
