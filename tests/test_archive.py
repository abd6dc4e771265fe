"""Archives: streamed, never extracted, and refusing zip bombs before inflating them."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from audit import archive as archive_module
from audit.archive import open_archive
from audit.errors import SourceError, UnreadableMember
from audit.folderarchive import FolderArchive
from audit.multiarchive import MultiArchive
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


def _member_data() -> bytes:
    """Half noise, half text: deflate gives both stored-like and compressed blocks."""
    rng = random.Random(17)
    return rng.randbytes(200_000) + b'{"text": "an invented post"}\n' * 8_000


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_zip_member_seeks_as_a_file_does(tmp_path: Path, method: int) -> None:
    data = _member_data()
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", compression=method) as out:
        out.writestr("media/a.bin", data)
        out.writestr("media/b.bin", b"after")
    moves = [(10, 0), (150_000, 0), (-20, 1), (1_000, 1), (-100, 2), (5, 0), (len(data) + 9, 0), (0, 0)]
    with ZipArchive(path) as archive, archive.open("media/a.bin") as stream:
        assert stream.seekable()
        reference = io.BytesIO(data)
        for offset, whence in moves:
            assert stream.seek(offset, whence) == min(reference.seek(offset, whence), len(data))
            assert stream.read(300) == reference.read(300)
        assert stream.read() == data[300:]  # from the start again, to its end: checked, and no further
        assert archive.read_bytes("media/b.bin") == b"after"


@pytest.mark.parametrize("kind", ["folder", "zip", "parts"])
def test_a_seek_skips_bytes_without_counting_them(tmp_path: Path, kind: str) -> None:
    data = _member_data()
    (tmp_path / "x" / "media").mkdir(parents=True)
    (tmp_path / "x" / "media" / "a.bin").write_bytes(data)
    with zipfile.ZipFile(tmp_path / "x.zip", "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.write(tmp_path / "x" / "media" / "a.bin", "media/a.bin")
    with zipfile.ZipFile(tmp_path / "y.zip", "w") as out:
        out.writestr("posts/a.json", b"[]")
    archive = {
        "folder": lambda: FolderArchive(tmp_path / "x"),
        "zip": lambda: ZipArchive(tmp_path / "x.zip"),
        "parts": lambda: MultiArchive([ZipArchive(tmp_path / "y.zip"), ZipArchive(tmp_path / "x.zip")]),
    }[kind]()
    with archive:
        with archive.open("media/a.bin") as stream:
            stream.seek(-10, 2)
            assert stream.read() == data[-10:]
        assert archive.bytes_read == 10


def _rewrite(path: Path, change: Callable[[bytearray], None]) -> None:
    data = bytearray(path.read_bytes())
    change(data)
    path.write_bytes(bytes(data))


def test_a_stored_member_with_a_wrong_checksum_is_named_when_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("a.json", b'{"a": 1}\n' * 100)

    def flip(data: bytearray) -> None:
        data[30 + len("a.json") + 5] ^= 0x20

    _rewrite(path, flip)
    with ZipArchive(path) as archive:
        with pytest.raises(UnreadableMember, match="checksum"):
            archive.read_bytes("a.json")
        with archive.open("a.json") as stream:  # skipped past: nothing to check it against
            stream.seek(450)
            assert stream.read() == b'{"a": 1}\n' * 50


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_member_whose_data_ends_early_is_truncated(tmp_path: Path, method: int) -> None:
    """The directory claims more than the member holds: it is named, not read into the next member."""
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", compression=method) as out:
        out.writestr("a.json", _member_data())
        out.writestr("b.json", b"[]")

    def shrink(data: bytearray) -> None:
        entry = data.index(b"PK\x01\x02")
        packed = struct.unpack_from("<I", data, entry + 20)[0]
        struct.pack_into("<I", data, entry + 20, packed - 1000)

    _rewrite(path, shrink)
    with ZipArchive(path) as archive:
        with pytest.raises(UnreadableMember, match="truncated"):
            archive.read_bytes("a.json")
        assert archive.read_bytes("b.json") == b"[]"
