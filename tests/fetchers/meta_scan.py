"""Shared by the Facebook, Instagram and multi-part tests: scan like the CLI, check plantings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from audit import cli
from fixtures.meta_kit import Built


def scan_json(capsys: pytest.CaptureFixture[str], *sources: Path) -> dict[str, Any]:
    """`profile-audit scan SOURCES --json` in-process; the JSON document it printed."""
    code = cli.main(["scan", *map(str, sources), "--json", "--quiet"])
    out = capsys.readouterr().out
    assert code in (0, 1), out
    return json.loads(out)


def assert_planted(document: dict[str, Any], built: Built) -> None:
    """Every planted value found exactly where it was planted, and no decoy found at all."""
    found = {
        (f["kind"], f["value"], f["file"], f["field"], f["item_id"], f["visibility"]) for f in document["findings"]
    }
    missing = [p for p in built.planted if (p.kind, p.value, p.file, p.field, p.item_id, p.visibility) not in found]
    assert not missing, f"missing {missing}\nfound {sorted(found)}"
    values = {f["value"] for f in document["findings"]}
    assert not values & set(built.decoys)
