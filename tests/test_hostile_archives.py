"""Hostile and damaged exports: each costs only the part that is bad, and that part is named.

Every case builds its archive here from the platform fixtures (invented people, reserved
values), damages or rigs it the way a download, a rename or an attacker would, scans it
through the pipeline, and checks both the one-line reason in the report and that the rest
of the export was still read.
"""

from __future__ import annotations

import io
import os
import struct
import tarfile
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from audit import archive as limits
from audit.errors import SourceError
from audit.pipeline import ScanResult, scan
from audit.report import dumps, summary
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive
from fixtures.instagram_archive import InstagramArchive
from tests.fetchers.test_mastodon import sample as mastodon_sample
from tests.fetchers.test_x import sample as x_sample

Edit = Callable[[bytearray, int, int], None]
"""Changes one member's central-directory entry (at the first offset) and local header (second)."""


def rig(path: Path, member: str, edit: Edit) -> Path:
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack_from("<LL", data, end + 12)
    at = offset
    while at < offset + size:
        length, extra, comment = struct.unpack_from("<3H", data, at + 28)
        if data[at + 46 : at + 46 + length] == member.encode():
            (local,) = struct.unpack_from("<L", data, at + 42)
            edit(data, at, local)
            path.write_bytes(bytes(data))
            return path
        at += 46 + length + extra + comment
    raise AssertionError(f"{member} is not in {path}")


def data_start(data: bytearray, local: int) -> int:
    length, extra = struct.unpack_from("<2H", data, local + 26)
    return local + 30 + length + extra


def reasons(result: ScanResult) -> dict[str, str]:
    return {u.path: u.reason for source in result.sources for u in source.unreadable}


def found(result: ScanResult) -> set[tuple[str, str]]:
    return {(f.kind, f.file) for f in result.findings}


def x_zip(tmp_path: Path, compression: int = zipfile.ZIP_DEFLATED, **extra: bytes) -> Path:
    path = tmp_path / "twitter.zip"
    with zipfile.ZipFile(path, "w", compression=compression) as out:
        for name, content in {**x_sample().tree("data"), **extra}.items():
            out.writestr(name, content)
    return path


# -- memory and time -----------------------------------------------------------------------


def test_a_zip_bomb_spread_over_many_members_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "EXPORT_FLOOR", 4 * 1024**2)
    parts = {
        f"data/tweets-part{n}.js": b"window.YTD.tweets.part%d = [" % n + b" " * 1024**2 + b"]" for n in range(1, 41)
    }
    path = x_zip(tmp_path, **parts)
    assert path.stat().st_size < 200 * 1024  # 40 MiB inflated from a few KiB on disk
    result = scan([path])
    why = reasons(result)
    assert "zip bomb" in why["(export)"] and "data/tweets-part" in why["(export)"]
    assert "inflated past its limit" in why["data/tweets-part40.js"]
    assert ("phone", "data/tweets.js") in found(result)  # read before the limit: it stands


# -- errors that used to escape as tracebacks ------------------------------------------------


def test_a_broken_deflate_stream_read_through_peek_costs_that_file(tmp_path: Path) -> None:
    path = write_tree(FacebookArchive().build("g3", "json").tree, tmp_path / "facebook.zip", as_zip=True)
    comments = "your_facebook_activity/comments_and_reactions/comments.json"

    def invalid_block(data: bytearray, _: int, local: int) -> None:
        data[data_start(data, local)] = 0xFF  # deflate block type 3: never valid

    result = scan([rig(path, comments, invalid_block)])
    assert reasons(result) == {comments: "damaged: its compressed data cannot be inflated"}
    assert ("phone", "personal_information/profile_information/profile_information.json") in found(result)


def test_a_flipped_byte_in_a_stored_member_fails_its_crc(tmp_path: Path) -> None:
    path = x_zip(tmp_path, zipfile.ZIP_STORED)

    def flip(data: bytearray, _: int, local: int) -> None:
        start = data_start(data, local)
        at = data.index(b"ms.example", start)
        data[at] = ord("n")

    result = scan([rig(path, "data/account.js", flip)])
    assert reasons(result) == {"data/account.js": "damaged: its checksum does not match (bad CRC-32)"}
    assert ("phone", "data/tweets.js") in found(result)


def test_a_member_needing_a_newer_zip_version_is_refused_alone(tmp_path: Path) -> None:
    def newer(data: bytearray, entry: int, local: int) -> None:
        data[entry + 6] = data[local + 4] = 90

    result = scan([rig(x_zip(tmp_path), "data/phone-number.js", newer)])
    assert reasons(result) == {"data/phone-number.js": "needs zip version 9.0, newer than this tool reads"}
    assert ("phone", "data/tweets.js") in found(result)


def test_a_member_in_an_unsupported_compression_method_is_refused_alone(tmp_path: Path) -> None:
    def deflate64(data: bytearray, entry: int, local: int) -> None:
        struct.pack_into("<H", data, entry + 10, 9)
        struct.pack_into("<H", data, local + 8, 9)

    result = scan([rig(x_zip(tmp_path), "data/phone-number.js", deflate64)])
    assert reasons(result) == {"data/phone-number.js": "compressed with method 9, which cannot be read"}
    assert ("phone", "data/tweets.js") in found(result)


def test_a_name_flagged_utf8_that_is_not_is_refused_and_printed_safely(tmp_path: Path) -> None:
    def bad_name(data: bytearray, entry: int, local: int) -> None:
        for flags, name in ((entry + 8, entry + 46), (local + 6, local + 30)):
            struct.pack_into("<H", data, flags, struct.unpack_from("<H", data, flags)[0] | 0x800)
            data[name + len("data/phone-")] = 0xFF

    result = scan([rig(x_zip(tmp_path), "data/phone-number.js", bad_name)])
    assert reasons(result) == {"data/phone-\ufffdumber.js": "its name is marked as UTF-8 but is not valid UTF-8"}
    assert ("phone", "data/tweets.js") in found(result)
    dumps(result).encode("utf-8")


def test_a_folder_file_name_that_is_not_utf8_is_named_in_valid_utf8(tmp_path: Path) -> None:
    folder = write_tree(x_sample().tree("data"), tmp_path / "twitter")
    try:
        (Path(os.fsdecode(os.fsencode(folder / "data" / "tweets_media") + b"/caf\xe9.jpg"))).write_bytes(b"x")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    result = scan([folder])
    assert reasons(result) == {"data/tweets_media/caf\ufffd.jpg": "its name is not valid UTF-8 text"}
    assert ("phone", "data/tweets.js") in found(result)
    dumps(result).encode("utf-8")  # strict: would raise on a surrogate escape
    summary(result).encode("utf-8")


# -- data that used to be skipped without a word ---------------------------------------------


def test_two_members_under_one_name_are_reported(tmp_path: Path) -> None:
    path = x_zip(tmp_path)
    with zipfile.ZipFile(path, "a") as out, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate: that is the point
        out.writestr("data/phone-number.js", "window.YTD.phone_number.part0 = []")
    result = scan([path])
    assert reasons(result) == {
        "data/phone-number.js": "a second member with this name in the zip: only the last one was read"
    }
    assert ("phone", "data/tweets.js") in found(result)


def test_a_climbing_name_in_a_tar_never_shadows_the_real_file(tmp_path: Path) -> None:
    path = tmp_path / "archive.tar.gz"
    tree = {**mastodon_sample().tree("local"), "../outbox.json": '{"orderedItems": []}', "/etc/passwd": "x"}
    with tarfile.open(path, "w:gz") as out:
        for name, content in tree.items():
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(name if name.startswith(("/", "..")) else f"./{name}")
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
    result = scan([path])
    assert reasons(result) == {
        "../outbox.json": "refused: the name climbs out of the export (..)",
        "/etc/passwd": "refused: an absolute path, outside the export",
    }
    assert {("phone", "outbox.json"), ("email", "outbox.json")} <= found(result)


def test_a_second_export_folder_beside_the_one_read_is_named(tmp_path: Path) -> None:
    tree = x_sample().tree("data")
    both = {f"twitter-{year}/{name}": content for year in (2023, 2024) for name, content in tree.items()}
    result = scan([write_tree(both, tmp_path / "downloads.zip", as_zip=True)])
    assert reasons(result) == {
        "twitter-2024/": f"beside twitter-2023/, which was read as the export: not read ({len(tree)} file(s)); "
        "scan it on its own"
    }
    assert ("phone", "data/tweets.js") in found(result)  # the first export, read from inside its folder


def test_a_zip_inside_the_export_is_named_not_opened(tmp_path: Path) -> None:
    inner = write_tree({"tweets.js": "window.YTD.tweets.part0 = []"}, tmp_path / "inner.zip", as_zip=True)
    result = scan([x_zip(tmp_path, **{"data/old-archive.zip": inner.read_bytes()})])
    assert reasons(result) == {
        "data/old-archive.zip": "an archive inside the export: not opened; unpack it and scan it on its own"
    }
    assert ("phone", "data/tweets.js") in found(result)


def test_one_renamed_file_does_not_make_an_instagram_export_read_as_linkedin(tmp_path: Path) -> None:
    tree = dict(InstagramArchive().build("i0", "json").tree)
    tree["Profile.csv"] = tree.pop("profile.json")  # LinkedIn's name, Instagram's JSON inside
    with pytest.raises(SourceError, match=r"Profile\.csv \(LinkedIn, but it holds JSON\).*renamed or missing"):
        scan([write_tree(tree, tmp_path / "instagram.zip", as_zip=True)])


def test_an_export_recognised_but_giving_nothing_says_so(tmp_path: Path) -> None:
    tree = {"Profile.csv": b"\x89PNG\r\n\x1a\n" + bytes(64)}  # LinkedIn's name, nothing of LinkedIn's inside
    result = scan([write_tree(tree, tmp_path / "linkedin.zip", as_zip=True)])
    (source,) = result.sources
    assert source.platform == "linkedin" and source.items == 0
    reasons = {u.path: u.reason for u in source.unreadable}
    assert reasons["(export)"].startswith("recognised as a LinkedIn export, but nothing in it could be read")


def test_a_stray_file_with_another_platforms_name_is_named_not_read_as_that_platform(tmp_path: Path) -> None:
    tree = dict(InstagramArchive().build("i0", "json").tree)
    tree["Profile.csv"] = b"\x89PNG\r\n\x1a\n" + bytes(64)  # a stray file with LinkedIn's name
    result = scan([write_tree(tree, tmp_path / "instagram.zip", as_zip=True)])
    (source,) = result.sources
    assert source.platform == "instagram" and source.items > 0
    assert {u.path: u.reason for u in source.unreadable} == {
        "Profile.csv": "looks like a LinkedIn file inside an Instagram export: not read"
    }
