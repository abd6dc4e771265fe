"""Older Mastodon servers hand out `.tar.gz` archives: read in place like a zip."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.cli import main
from audit.errors import SourceError, UnreadableMember
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
    from audit import archive as limits

    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 10)
    with (
        open_archive(write_tar({"outbox.json": "x" * 100}, tmp_path / "a.tar")) as archive,
        pytest.raises(UnreadableMember, match="refused"),
    ):
        archive.open("outbox.json")
