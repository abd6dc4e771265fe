"""The registry: every detector class is registered once, and kinds are stable and unique."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import detectors
from detectors import DETECTORS, build_detectors, kinds
from detectors.base import Detector, SchoolProfile

CONTRACT_KINDS = {
    "phone", "email", "address", "job_title", "school", "photo_location", "location", "photo_text", "photo_content",
}  # fmt: skip


def test_every_detector_class_in_the_package_is_registered() -> None:
    defined = set()
    for module_info in pkgutil.iter_modules(detectors.__path__):
        module = importlib.import_module(f"detectors.{module_info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Detector) and not inspect.isabstract(cls) and cls.__module__ == module.__name__:
                defined.add(cls)
    assert defined == set(DETECTORS)


def test_kinds_are_unique_and_from_the_contract() -> None:
    assert len(set(kinds())) == len(DETECTORS)
    assert set(kinds()) <= CONTRACT_KINDS


def test_every_detector_cites_clauses_and_has_a_title() -> None:
    for detector in build_detectors(SchoolProfile(name="St Example")):
        assert detector.clauses and all(c.startswith("2.") for c in detector.clauses)
        assert detector.title and detector.kind
