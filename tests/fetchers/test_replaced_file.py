"""A file replaced by another of the same name parses, but gives nothing: it is named, not passed off as empty."""

from __future__ import annotations

import json
from pathlib import Path

from audit.pipeline import scan
from fixtures.exportkit import write_tree
from fixtures.mastodon_archive import MastodonArchive, Toot


def _export(tmp_path: Path, outbox: object | None = None) -> Path:
    archive = MastodonArchive(toots=[Toot("1", "<p>Ring me on 07700 900321 after school</p>", "public")])
    tree = archive.tree()
    if outbox is not None:
        tree["outbox.json"] = json.dumps(outbox)
    return write_tree(tree, tmp_path / "export")


def _unreadable(source: Path) -> dict[str, str]:
    (report,) = scan([source]).sources
    return {skipped.path: skipped.reason for skipped in report.unreadable}


def test_a_sizeable_file_in_another_layout_is_named(tmp_path: Path) -> None:
    # Valid JSON, the right name, another platform's shape: a list of records with no Mastodon keys.
    stranger = [{"title": f"Saved link {n}", "href": f"https://example.org/{n}", "added": n} for n in range(120)]
    reasons = _unreadable(_export(tmp_path, stranger))
    assert "replaced by another file of the same name" in reasons["outbox.json"]


def test_an_empty_file_is_not_a_problem(tmp_path: Path) -> None:
    empty = {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "orderedItems": []}
    assert "outbox.json" not in _unreadable(_export(tmp_path, empty))


def test_a_file_that_gives_items_is_not_named(tmp_path: Path) -> None:
    assert "outbox.json" not in _unreadable(_export(tmp_path))
