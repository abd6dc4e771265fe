"""Exports that are damaged or in a layout nobody documented never crash a scan.

Every fixture generation is corrupted (truncated, bytes flipped, junk inserted) or has its
JSON values swapped for values of other types, with fixed seeds; each scan must end with
findings and `unreadable` entries, or a one-line SourceError, and nothing else.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from audit.errors import SourceError
from audit.pipeline import scan
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive
from tests.fetchers.test_bluesky import sample as bluesky_sample
from tests.fetchers.test_linkedin import sample as linkedin_sample
from tests.fetchers.test_mastodon import sample as mastodon_sample
from tests.fetchers.test_tiktok import sample as tiktok_sample
from tests.fetchers.test_x import sample

TREES = {
    "x-data": lambda: sample().tree("data"),
    "x-root": lambda: sample().tree("root"),
    "x-grailbird": lambda: sample().tree("grailbird"),
    "facebook-g0-html": lambda: FacebookArchive().build("g0", "html").tree,
    "facebook-g1-json": lambda: FacebookArchive().build("g1", "json").tree,
    "facebook-g3-json": lambda: FacebookArchive().build("g3", "json").tree,
    "facebook-g3-html": lambda: FacebookArchive().build("g3", "html").tree,
    "instagram-i0-json": lambda: InstagramArchive().build("i0", "json").tree,
    "instagram-i3-json": lambda: InstagramArchive().build("i3", "json").tree,
    "instagram-i3-html": lambda: InstagramArchive().build("i3", "html").tree,
    "linkedin-complete": lambda: linkedin_sample().tree("complete"),
    "mastodon-local": lambda: mastodon_sample().tree("local"),
    "tiktok-new": lambda: tiktok_sample().tree("new"),
    "bluesky-goat": lambda: bluesky_sample().tree("goat"),
}
OTHER_VALUES: list[Any] = [None, 0, 1.5, True, "", "x", [], {}, [1, 2], {"a": None}, "07700 900123"]


def damaged_bytes(tree: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    tree = dict(tree)
    for _ in range(rng.randint(1, 3)):
        member = rng.choice(sorted(tree))
        data = tree[member].encode() if isinstance(tree[member], str) else tree[member]
        cut = rng.randint(0, len(data))
        tree[member] = rng.choice(
            [
                data[:cut],
                data[:cut] + rng.choice([b"{", b"]", b"\x00", b"\xff\xfe", b"<div>"]) + data[cut:],
                bytes(rng.randrange(256) for _ in range(64)),
            ]
        )
    return tree


def other_types(tree: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    def mutate(value: Any) -> Any:
        if rng.random() < 0.1:
            return rng.choice(OTHER_VALUES)
        if isinstance(value, dict):
            return {k: mutate(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mutate(v) for v in value]
        return value

    tree = dict(tree)
    for member, content in tree.items():
        if member.endswith(".csv"):  # shuffle a CSV's cells instead: same columns, other values
            rows = (content.decode() if isinstance(content, bytes) else content).splitlines()
            tree[member] = "\n".join(",".join(rng.sample(r.split(","), len(r.split(",")))) for r in rows)
            continue
        if not member.endswith((".js", ".json")):
            continue
        text = content.decode() if isinstance(content, bytes) else content
        head, equals, body = text.partition("=") if member.endswith(".js") else ("", "", text)
        try:
            value = json.loads(body)
        except ValueError:
            continue
        tree[member] = head + equals + json.dumps(mutate(value))
    return tree


@pytest.mark.parametrize("name", sorted(TREES))
@pytest.mark.parametrize("damage", [damaged_bytes, other_types])
def test_damaged_exports_never_crash_a_scan(tmp_path: Path, name: str, damage) -> None:
    rng = random.Random(f"{name}-{damage.__name__}")
    original = TREES[name]()
    for trial in range(4):
        path = write_tree(damage(original, rng), tmp_path / f"{trial}.zip", as_zip=trial % 2 == 0)
        try:
            result = scan([path])
        except SourceError as error:
            assert "\n" not in str(error)
            continue
        assert result.sources and result.sources[0].items >= 0
        for unreadable in result.sources[0].unreadable:
            assert "07700" not in unreadable.reason
