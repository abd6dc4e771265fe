"""Archives: streamed, never extracted, and refusing zip bombs before inflating them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from audit import archive as archive_module
from audit.archive import FolderArchive, MultiArchive, ZipArchive, open_archive
from audit.errors import SourceError, UnreadableMember


def test_zip_bomb_is_refused_by_its_ratio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "RATIO_FLOOR", 1024 * 1024)
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("data/tweets.js", b"0" * (8 * 1024 * 1024))
    with ZipArchive(path) as archive, pytest.raises(UnreadableMember, match="zip bomb"):
        archive.open("data/tweets.js")


def test_oversized_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBER_BYTES", 1000)
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as big:
        big.writestr("data/tweets.js", b"x" * 5000)
    with ZipArchive(path) as archive, pytest.raises(UnreadableMember, match="declares"):
        archive.open("data/tweets.js")


def test_nothing_is_extracted_and_bytes_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("a.json", b"[1, 2, 3]")
    before = set(tmp_path.iterdir())
    with open_archive(path) as archive:
        assert archive.read_bytes("a.json") == b"[1, 2, 3]"
        assert archive.bytes_read == 9
    assert set(tmp_path.iterdir()) == before


def test_folder_skips_symlinks(tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "a.json").write_text("[]")
    (tmp_path / "secret.txt").write_text("not in the export")
    (tmp_path / "export" / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert FolderArchive(tmp_path / "export").names() == ["a.json"]


def test_multi_archive_joins_parts(tmp_path: Path) -> None:
    for n, name in ((1, "posts/a.json"), (2, "media/b.jpg")):
        with zipfile.ZipFile(tmp_path / f"part_{n}.zip", "w") as out:
            out.writestr(name, b"x")
    joined = MultiArchive([ZipArchive(tmp_path / "part_1.zip"), ZipArchive(tmp_path / "part_2.zip")])
    assert joined.names() == ["media/b.jpg", "posts/a.json"]
    assert joined.read_bytes("media/b.jpg") == b"x"


def test_missing_member_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.json").write_text("[]")
    archive = FolderArchive(tmp_path / "x")
    with pytest.raises(UnreadableMember, match="missing"):
        archive.open("nope.json")


def test_unreadable_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file"):
        open_archive(tmp_path / "nope")
