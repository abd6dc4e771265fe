"""Shared makers for the hostile-input tests: exports built from invented data, scanned, and the
reasons the scan gave for each file it did not read."""

from __future__ import annotations

import json
from pathlib import Path

from audit.pipeline import ScanResult, scan
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive

MASTODON_LIKES = json.dumps(
    {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "orderedItems": []}
)


def scan_tree(tree: dict[str, bytes | str], tmp_path: Path) -> ScanResult:
    return scan([write_tree(tree, tmp_path / "export")])


def skipped_reasons(result: ScanResult) -> dict[str, str]:
    (report,) = result.sources
    return {skipped.path: skipped.reason for skipped in report.unreadable}


def instagram_tree(flavour: str) -> dict[str, bytes | str]:
    return dict(InstagramArchive(messages=True).build("i1", flavour).tree)  # type: ignore[arg-type]


def facebook_tree(generation: str, flavour: str) -> dict[str, bytes | str]:
    return dict(FacebookArchive(messages=True).build(generation, flavour).tree)  # type: ignore[arg-type]
