"""A tweet whose media block is damaged keeps what a generator reader gave before it broke.

`XFetcher._tweet` builds a tweet's items in a list (it runs once per post); when the media part
of a record breaks part way, the post's text (and any image description before the break) is
still given, then the file is reported with the rest of it skipped, as when it was a generator.
"""

from __future__ import annotations

import json
from pathlib import Path

from audit.archive import open_archive
from audit.fetchers import SourceReport
from audit.fetchers.x import XFetcher
from fixtures.exportkit import write_tree


def _tweet(number: int, **extra: object) -> dict[str, object]:
    tweet: dict[str, object] = {
        "id_str": f"145600000000000000{number}",
        "full_text": f"post {number}: ring 07700 900{number:03d}",
        "created_at": "Sun Mar 02 10:00:00 +0000 2014",
        "entities": {"urls": []},
    }
    tweet.update(extra)
    return {"tweet": tweet}


def test_the_text_before_a_broken_media_block_is_read_and_the_file_reported(tmp_path: Path) -> None:
    records = [
        _tweet(1),
        _tweet(2, extended_entities={"media": [{"media_alt": "a view"}, "not a media entry", 7]}),
        _tweet(3, extended_entities=["not", "an", "object"]),  # `.get` on a list: the layout is not X's
        _tweet(4),
    ]
    tree = {
        "data/manifest.js": "window.__THAR_CONFIG = {}",
        "data/tweets.js": "window.YTD.tweets.part0 = " + json.dumps(records),
    }
    path = write_tree(tree, tmp_path / "x", as_zip=False)
    archive = open_archive(path)
    report = SourceReport(str(path), "x")
    items = list(XFetcher(archive, report).items())
    read = [(item.provenance.item_id, item.provenance.field) for item in items]
    assert read == [
        ("1456000000000000001", "full_text"),
        ("1456000000000000002", "full_text"),
        ("1456000000000000002", "media_alt"),
        ("1456000000000000003", "full_text"),  # given before its media block broke
    ]
    assert [(u.path, u.reason) for u in report.unreadable] == [
        ("data/tweets.js", "unexpected layout (AttributeError); the rest of this file was skipped")
    ]
