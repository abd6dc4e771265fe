"""Older Mastodon servers hand out `.tar.gz` archives: read in place like a zip."""

from __future__ import annotations

import io
import json
import random
import tarfile
import time
from pathlib import Path

import pytest

from audit import archive as limits
from audit import tararchive
from audit.archive import open_archive
from audit.cli import main
from audit.errors import SourceError, UnreadableMember
from audit.pipeline import scan
from tests.fetchers.test_mastodon import sample


def write_tar(tree: dict[str, bytes | str], path: Path, mode: str = "w:gz", prefix: str = "./") -> Path:
    with tarfile.open(path, mode) as archive:
        for name, content in sorted(tree.items()):
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(prefix + name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("./link-to-passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    return path


@pytest.mark.parametrize(("name", "mode"), [("archive.tar.gz", "w:gz"), ("archive.tar", "w"), ("a.tar.bz2", "w:bz2")])
def test_a_tar_export_scans_like_the_zip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, mode: str
) -> None:
    tree = sample().tree("local")
    assert main(["scan", str(write_tar(tree, tmp_path / name, mode)), "--json", "--quiet"]) == 1
    from_tar = json.loads(capsys.readouterr().out)
    from fixtures.exportkit import write_tree

    assert main(["scan", str(write_tree(tree, tmp_path / "a.zip", as_zip=True)), "--json", "--quiet"]) == 1
    from_zip = json.loads(capsys.readouterr().out)
    assert from_tar["sources"][0]["platform"] == "mastodon"
    assert {(f["kind"], f["value"], f["file"]) for f in from_tar["findings"]} == {
        (f["kind"], f["value"], f["file"]) for f in from_zip["findings"]
    }


def test_links_are_not_members_and_nothing_is_extracted(tmp_path: Path) -> None:
    path = write_tar({"actor.json": "{}"}, tmp_path / "a.tar.gz")
    before = set(tmp_path.iterdir())
    with open_archive(path) as archive:
        assert archive.names() == ["actor.json"]
        assert archive.read_bytes("actor.json") == b"{}"
    assert set(tmp_path.iterdir()) == before


def test_truncated_tar_is_one_line(tmp_path: Path) -> None:
    path = write_tar(sample().tree("local"), tmp_path / "a.tar.gz")
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(SourceError, match=r"a.tar.gz: not a"):
        open_archive(path)


def test_oversized_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 10)
    with (
        open_archive(write_tar({"outbox.json": "x" * 100}, tmp_path / "a.tar")) as archive,
        pytest.raises(UnreadableMember, match="refused"),
    ):
        archive.open("outbox.json")


def test_links_are_named_in_the_report(tmp_path: Path) -> None:
    path = write_tar({"actor.json": "{}"}, tmp_path / "a.tar.gz")
    with open_archive(path) as archive:
        assert archive.notices() == [("link-to-passwd", "a link or special file, not a regular file: not followed")]


def test_many_members_opened_in_reverse_order_take_linear_time(tmp_path: Path) -> None:
    """Media are opened as the posts name them, not in archive order: that must not be quadratic."""
    tree = {f"media_attachments/files/{n:05d}.jpeg": f"image {n}" for n in range(5000)}
    path = write_tar(tree, tmp_path / "archive.tar.gz")
    started, read_before = time.monotonic(), _bytes_read_by_this_process()
    with open_archive(path) as archive:
        for name in reversed(archive.names()):
            assert archive.read_bytes(name) == tree[name].encode()
    assert time.monotonic() - started < 10
    if read_before is not None:  # the archive is read once, not once per member (Linux counts reads)
        assert _bytes_read_by_this_process() - read_before < 3 * path.stat().st_size + 4 * 1024**2  # type: ignore[operator]


def _bytes_read_by_this_process() -> int | None:
    try:
        counters = Path("/proc/self/io").read_text()
    except OSError:
        return None
    return next(int(line.split()[1]) for line in counters.splitlines() if line.startswith("rchar:"))


@pytest.mark.parametrize(("name", "mode", "count"), [("archive.tar.gz", "w:gz", 120), ("archive.tar.bz2", "w:bz2", 20)])
def test_large_members_read_right_in_any_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, mode: str, count: int
) -> None:
    """Past the in-memory budget, a gzip's members are reached from the nearest remembered
    inflater state (bz2 through tarfile); two members may be read at once."""
    monkeypatch.setattr(tararchive, "SPOOL_MEMBER", 1000)
    monkeypatch.setattr(tararchive, "MAX_MARKS", 8)
    rng = random.Random(7)
    tree = {f"media/{n:03d}.bin": rng.randbytes(rng.choice([10, 20_000])) for n in range(count)}
    path = write_tar(tree, tmp_path / name, mode)
    order = sorted(tree)
    rng.shuffle(order)
    with open_archive(path) as archive:
        for member in order:
            assert archive.read_bytes(member) == tree[member], member
        one, two = order[0], order[1]
        with archive.open(one) as first, archive.open(two) as second:
            assert first.read(5) + second.read(5) + first.read() == tree[one][:5] + tree[two][:5] + tree[one][5:]


def test_a_tar_bomb_stops_the_pass_and_what_came_before_stands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "EXPORT_FLOOR", 4 * 1024**2)
    tree: dict[str, bytes | str] = dict(sample().tree("local"))
    tree |= {f"zz/{n:02d}.bin": bytes(1024**2) for n in range(40)}  # sorted last: after the real files
    result = scan([write_tar(tree, tmp_path / "archive.tar.gz")])
    [report] = result.sources
    assert [u.path for u in report.unreadable] == ["(export)"]
    assert (
        "inflates past 4 MiB" in report.unreadable[0].reason and "the rest was not read" in report.unreadable[0].reason
    )
    assert {f.file for f in result.findings} >= {"actor.json", "outbox.json"}


def test_a_tar_cut_short_keeps_the_members_before_the_cut(tmp_path: Path) -> None:
    tree: dict[str, bytes | str] = dict(sample().tree("local"))
    tree["zz-video.mp4"] = random.Random(3).randbytes(200_000)
    path = write_tar(tree, tmp_path / "archive.tar.gz")
    path.write_bytes(path.read_bytes()[: path.stat().st_size - 50_000])
    result = scan([path])
    [report] = result.sources
    assert [(u.path, u.reason.split(":")[0]) for u in report.unreadable] == [("(export)", "damaged after outbox.json")]
    assert {f.file for f in result.findings} >= {"actor.json", "outbox.json"}
