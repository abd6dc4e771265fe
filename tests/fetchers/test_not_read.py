"""Files a fetcher leaves unread on purpose say why, and never cover a file it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.fetchers import FETCHERS
from audit.fetchers.x import XFetcher
from fixtures.exportkit import write_tree
from tests.fetchers.test_x import items_of, sample


def test_every_fetcher_gives_a_reason_for_each_pattern() -> None:
    for fetcher in FETCHERS:
        for pattern, reason in fetcher.not_read:
            assert pattern and len(reason) > 10, (fetcher.platform, pattern)


@pytest.mark.parametrize("generation", ["data", "root"])
def test_no_file_the_x_fetcher_reads_is_declared_unread(tmp_path: Path, generation: str) -> None:
    items, _ = items_of(write_tree(sample().tree(generation), tmp_path / "x"))  # type: ignore[arg-type]
    read = {item.provenance.file for item in items}
    assert read and all(XFetcher.why_not_read(name) is None for name in read)
    assert XFetcher.why_not_read("data/like.js") and XFetcher.why_not_read("data/contact.js")


def test_deleted_long_posts_are_read_as_only_the_persons(tmp_path: Path) -> None:
    tree = sample().tree("data")
    note = tree.pop("data/note-tweet.js")
    assert isinstance(note, str)
    tree["data/deleted-note-tweet.js"] = note.replace("window.YTD.note_tweet.", "window.YTD.deleted_note_tweet.")
    items, _ = items_of(write_tree(tree, tmp_path / "x"))
    deleted = [item for item in items if item.provenance.file == "data/deleted-note-tweet.js"]
    assert deleted and all(item.provenance.visibility == "only_me" for item in deleted)
