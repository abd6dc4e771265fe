"""Archives: streamed, never extracted, and refusing zip bombs before inflating them."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from audit import archive as archive_module
from audit.archive import FolderArchive, MultiArchive, open_archive
from audit.errors import SourceError, UnreadableMember
from audit.ziparchive import ZipArchive


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


def test_a_damaged_member_is_unreadable_however_it_is_read(tmp_path: Path) -> None:
    """`peek` and `readline` go round `read`: the damage must still come out as UnreadableMember."""
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr("a.json", b'{"a": 1}\n' * 100)
        out.writestr("b.json", b"[]")
    data = bytearray(path.read_bytes())
    name_length, extra_length = struct.unpack_from("<2H", data, 26)
    data[30 + name_length + extra_length] = 0xFF  # a deflate block of type 3: never valid
    path.write_bytes(bytes(data))
    with ZipArchive(path) as archive:
        for read in (lambda s: s.peek(10), lambda s: s.readline(), lambda s: s.read()):
            with archive.open("a.json") as stream, pytest.raises(UnreadableMember, match="damaged"):
                read(stream)
        assert archive.read_bytes("b.json") == b"[]"


def test_the_parts_of_one_export_share_one_inflation_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "EXPORT_FLOOR", 4 * 1024**2)
    for part in (1, 2):
        with zipfile.ZipFile(tmp_path / f"x_{part}.zip", "w", compression=zipfile.ZIP_DEFLATED) as out:
            for n in range(3):
                out.writestr(f"part{part}/{n}.bin", bytes(1024**2))
    joined = MultiArchive([ZipArchive(tmp_path / "x_1.zip"), ZipArchive(tmp_path / "x_2.zip")])
    read = [joined.read_bytes(name) for name in joined.names()[:4]]
    assert [len(data) for data in read] == [1024**2] * 4
    with pytest.raises(UnreadableMember, match="zip bomb"):
        joined.read_bytes(joined.names()[4])
    with pytest.raises(UnreadableMember, match="already inflated past its limit"):
        joined.read_bytes(joined.names()[5])
    assert joined.notices()[0][0] == "(export)" and "zip bomb" in joined.notices()[0][1]


def test_an_encrypted_member_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("a.json", b"[]")
    data = bytearray(path.read_bytes())
    entry = data.rfind(b"PK\x01\x02")
    data[entry + 8] |= 0x1
    path.write_bytes(bytes(data))
    with ZipArchive(path) as archive, pytest.raises(UnreadableMember, match="encrypted"):
        archive.open("a.json")
