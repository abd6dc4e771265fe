"""JSON nested thousands deep inside otherwise good exports: refused, named, the rest scanned.

ijson keeps the path of every open container as a string, so 40 KB nested 20,000 deep took
1 GB and 200,000 deep all the memory there was.  Now the bytes are checked before ijson sees
them (`audit.fetchers.jsondepth`): the file is read up to the bracket that opens a 65th level,
reported as unreadable, and every other file of the export is read as before, in bounded
memory and time.  Each export here is a fixture laid out as its platform writes it, with one
record replaced or joined by a hostile value.
"""

from __future__ import annotations

import io
import json
import random
import re
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from audit.archive import open_archive
from audit.errors import UnreadableMember
from audit.fetchers import SourceReport, recognise
from audit.fetchers.jsondepth import MAX_DEPTH
from audit.fetchers.jsonstream import iter_array
from audit.fetchers.meta_text import fix_deep
from detectors.base import Item
from fixtures import meta_messages as mm
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive
from fixtures.x_archive import Tweet, XArchive
from tests.fetchers.test_mastodon import sample as mastodon_sample
from tests.fetchers.test_tiktok import sample as tiktok_sample
from tests.fetchers.test_x import WHEN
from tests.fetchers.test_x import sample as x_sample

Tree = dict[str, bytes | str]
REFUSED = re.compile(rf"^nested deeper than {MAX_DEPTH} levels at byte \d+; the rest of the file was skipped$")
OWN_MESSAGE = '{\n      "sender_name": "Sam Example",\n      "timestamp_ms": 1700000100000'
"""The start of the person's last message in a Meta JSON thread (OWN_TEXT, the oldest)."""


def arrays(depth: int) -> str:
    return "[" * depth + "]" * depth


def objects(depth: int) -> str:
    return '{"a": ' * depth + "0" + "}" * depth


@dataclass(frozen=True)
class Case:
    """Where a hostile value goes: before the `occurrence`th `anchor` of `member` (after `key`)."""

    build: Callable[[], Tree]
    member: str
    anchor: str
    occurrence: int = 1
    key: str = ""
    kept: str | None = None
    """Text of the same file, before the hostile value: still read."""
    lost: str | None = None
    """Text of the same file, after it: skipped with the rest of the file."""
    through: str = "/nothing/"
    """Where the files the member's records name live (X's tweet media): read through it."""


CASES = {
    "x-tweets": Case(
        lambda: x_sample().tree("data"),
        "data/tweets.js",
        '{\n    "tweet" : {',
        occurrence=2,
        kept="ring me on 07700 900123 x",
        lost="fish & chips > pizza, mail me at ms.e@example.org",
        through="data/tweets_media/",
    ),
    "x-messages": Case(
        lambda: x_sample().tree("data"),
        "data/direct-messages.js",
        '{\n          "messageCreate"',
        lost="my number is 07700 900333",
    ),
    "facebook-messages": Case(
        lambda: FacebookArchive(messages=True).build("g3", "json").tree,
        mm.thread_path("your_facebook_activity/messages/inbox/"),
        OWN_MESSAGE,
        kept=mm.OWN_EMAIL_TEXT,
        lost=mm.OWN_TEXT,
    ),
    "instagram-messages": Case(
        lambda: InstagramArchive(messages=True).build("i3", "json").tree,
        mm.thread_path("your_instagram_activity/messages/inbox/"),
        OWN_MESSAGE,
        kept=mm.OWN_EMAIL_TEXT,
        lost=mm.OWN_TEXT,
    ),
    "mastodon-outbox": Case(
        lambda: mastodon_sample().tree("local"),
        "outbox.json",
        '{"id": "https://social.example.org/users/rexample/statuses/3/activity"',
        kept="Ring me on 07700 900321",
        lost="my number is 07700 900777",
    ),
    "tiktok": Case(
        lambda: tiktok_sample().tree("new"),
        "user_data_tiktok.json",
        '"App Settings": ',
        key='"Hostile": ',
        kept="my number is 07700 900321",
        lost="Brackenford LS99 9AB",
    ),
}


def with_hostile_value(case: Case, value: str) -> Tree:
    tree = case.build()
    text = str(tree[case.member])
    at = -1
    for _ in range(case.occurrence):
        at = text.index(case.anchor, at + 1)
    tree[case.member] = text[:at] + case.key + value + ", " + text[at:]
    return tree


def scanned(tree: Tree, dest: Path, *, as_zip: bool = False) -> tuple[list[Item], SourceReport, int, float]:
    """Items and report of one export, with the fetcher's peak traced memory and its time."""
    source = write_tree(tree, dest, as_zip=as_zip)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        archive = open_archive(source)
        fetcher = recognise(archive)
        assert fetcher is not None
        report = SourceReport(str(source))
        items = list(fetcher(archive, report).items())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return items, report, peak, time.perf_counter() - start


def texts(items: list[Item], member: str) -> list[str]:
    return [i.text for i in items if i.provenance.file == member and i.text]


def elsewhere(items: list[Item], case: Case) -> set[tuple[str, str, str | None]]:
    """What the export's other files gave (a tweet's photo is read through its tweet, not here)."""
    kept = [i for i in items if i.provenance.file != case.member and not i.provenance.file.startswith(case.through)]
    return {(i.provenance.file, i.provenance.field, i.text) for i in kept}


@pytest.mark.parametrize(
    ("depth", "shape", "as_zip"),
    [(20_000, arrays, False), (200_000, objects, True)],
    ids=["20k-arrays-folder", "200k-maps-zip"],
)
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_file_nested_too_deep_is_named_and_the_rest_is_scanned(
    tmp_path: Path, name: str, depth: int, shape: Callable[[int], str], as_zip: bool
) -> None:
    case = CASES[name]
    clean, clean_report, _, _ = scanned(case.build(), tmp_path / "clean")
    assert clean_report.unreadable == []
    hostile = with_hostile_value(case, shape(depth))
    items, report, peak, seconds = scanned(hostile, tmp_path / "hostile.zip", as_zip=as_zip)
    assert [u.path for u in report.unreadable] == [case.member]
    assert REFUSED.match(report.unreadable[0].reason), report.unreadable[0].reason
    assert elsewhere(items, case) == elsewhere(clean, case)  # every other file as before
    read = texts(items, case.member)
    if case.kept:
        assert any(case.kept in t for t in read), "what came before the hostile value is still read"
    if case.lost:
        assert any(case.lost in t for t in texts(clean, case.member))
        assert not any(case.lost in t for t in read)
    assert peak < 50 * 2**20, f"{peak / 2**20:.0f} MiB"
    assert seconds < 5


def test_nesting_as_deep_as_real_exports_go_and_more_is_read(tmp_path: Path) -> None:
    """Real exports nest 11 levels at most; a record 60 levels deeper than its array is still read."""
    case = CASES["x-tweets"]
    items, report, _, _ = scanned(with_hostile_value(case, arrays(MAX_DEPTH - 1)), tmp_path / "x")
    assert report.unreadable == []
    assert any("fish & chips" in t for t in texts(items, case.member))


def test_brackets_quotes_and_backslashes_inside_text_are_not_nesting(tmp_path: Path) -> None:
    """A post of 70,000 brackets (longer than a read) with escaped quotes and backslashes among them."""
    text = '[{ \\"quoted\\" \\\\ ' * 5_000 + "[" * 70_000 + ' ring me on 07700 900123 "\\'
    archive = XArchive(tweets=[Tweet("1456000000000000001", text, WHEN), Tweet("1456000000000000002", "ok", WHEN)])
    items, report, _, _ = scanned(archive.tree("data"), tmp_path / "x")
    assert report.unreadable == []
    assert texts(items, "data/tweets.js") == [text, "ok"]


class ShortReads(io.BytesIO):
    """A stream that hands out a few bytes at a time, so escapes and strings straddle reads."""

    def __init__(self, data: bytes, rng: random.Random) -> None:
        super().__init__(data)
        self._rng = rng

    def read(self, size: int | None = -1) -> bytes:
        return super().read(0 if size == 0 else self._rng.randint(1, 97))  # ijson asks for 0 first


TEXTS = ['[{"\\', "]}", '\\"[', "a\\\\", "é😀", "", 7, None, True, 1.5]
"""Leaves whose JSON spelling holds brackets, escaped quotes and backslashes."""


def _value(rng: random.Random, levels: int) -> Any:
    """A value nested exactly `levels` deep, with leaves and shallower siblings on the way."""
    if levels == 0:
        return rng.choice(TEXTS)
    inner = _value(rng, levels - 1)
    siblings = [rng.choice(TEXTS) for _ in range(rng.randint(0, 2))]
    if rng.random() < 0.5:
        return [*siblings, inner] if rng.random() < 0.5 else [inner, *siblings]
    return {**{f"[{i}\\": v for i, v in enumerate(siblings)}, rng.choice(["k", '"{', "]"]): inner}


def _depth(value: Any) -> int:
    if isinstance(value, list | dict):
        children = value.values() if isinstance(value, dict) else value
        return 1 + max(map(_depth, children), default=0)
    return 0


def test_only_values_deeper_than_the_limit_are_refused_wherever_the_reads_fall() -> None:
    rng = random.Random(13)
    refused = read_whole = 0
    for _ in range(150):
        elements = [_value(rng, rng.choice([0, 3, 60, 62, 63, 64, 70])) for _ in range(rng.randint(1, 4))]
        data = json.dumps(elements, ensure_ascii=rng.random() < 0.5).encode()
        read: list[Any] = []
        try:
            read.extend(iter_array(ShortReads(data, rng), "f.json"))
        except UnreadableMember as error:
            assert REFUSED.match(error.reason)
            refused += 1
            first_deep = next(i for i, e in enumerate(elements) if 1 + _depth(e) > MAX_DEPTH)
            assert read == elements[:first_deep]
        else:
            assert read == elements
            assert _depth(elements) <= MAX_DEPTH
            read_whole += 1
    assert refused > 20 and read_whole > 20  # values are drawn around the limit: both outcomes happen


def test_mojibake_repair_survives_any_depth() -> None:
    deep: list[Any] = ["Caf\u00c3\u00a9"]
    for _ in range(200_000):
        deep = [deep, "Caf\u00c3\u00a9"]
    repaired = fix_deep({"caf\u00c3\u00a9": deep})
    assert repaired["café"][1] == "Café"
