"""The quick re-check (`audit.cache`, `audit.recheck_cache`): a second scan of an unchanged export
gives back the first one's findings and reports without reading the export; anything that could
change them (a member, the school profile, the rules) means a full scan; a damaged kept file is
named in one line and written again; the file is private and `forget` removes it."""

from __future__ import annotations

import io
import logging
import os
import stat
import tarfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from audit import cache, pipeline, recheck_cache
from audit.forget import forget, kept
from audit.jsonout import ScanOutput
from audit.model import Finding
from audit.paths import CACHE_FOLDER
from audit.pipeline import ScanResult, scan
from detectors.base import Explanation, SchoolProfile
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive

SCHOOL = SchoolProfile(name="Larkspur Vale Primary School", domains=("larkspurvale.example.org",))
START = datetime(2024, 3, 4, 19, 30, tzinfo=UTC)
HOME = (53.8036, -1.5500)


def export(tmp_path: Path, *, phone: str = "07700 900123", name: str = "x.zip") -> Path:
    """An invented X archive as a zip: a phone, an e-mail, positions piling up at a likely home,
    and one damaged member, so the findings, their order and the report all have something in them."""
    tweets = [Tweet("100", f"New number, ring {phone}", START), Tweet("101", "Write to jo@example.com", START)]
    tweets += [Tweet(str(200 + i), "Quiet evening in", START + timedelta(days=i), geo=HOME) for i in range(5)]
    tree = XArchive(tweets=tweets).tree("data")
    tree["data/tweets-part1.js"] = "window.YTD.tweets.part1 = [ {"
    return write_tree(tree, tmp_path / name, as_zip=True)


def printed(result: ScanResult, findings: list[Finding]) -> str:
    """What `profile-audit scan --json` prints for a scan."""
    output = ScanOutput(as_json=True)
    output.add_all(findings)
    out = io.StringIO()
    output.write(out, result)
    return out.getvalue()


def cache_files(home: Path) -> list[Path]:
    return sorted((home / CACHE_FOLDER).glob("*.findings"))


def test_a_second_scan_of_an_unchanged_export_is_the_first_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = export(tmp_path)
    first = scan([source], SCHOOL, cache=True)
    assert not first.reused and first.findings and first.sources[0].unreadable

    def no_reading(*args: object) -> None:
        raise AssertionError("the export was opened again")

    monkeypatch.setattr(pipeline, "open_sources", no_reading)
    monkeypatch.setattr("detectors.registry.build_detectors", no_reading)
    progress: list[pipeline.Progress] = []
    again = scan([source], SCHOOL, cache=True, on_progress=progress.append)
    assert again.reused
    assert again.findings == first.findings  # same findings, same ids, same order
    assert [f.id for f in again.findings] == [f.id for f in first.findings]
    assert again.sources == first.sources  # items read, files it could not read
    assert printed(again, again.findings) == printed(first, first.findings)
    assert progress and progress[-1].bytes_read == progress[-1].bytes_total

    sunk: list[tuple[Finding, int]] = []
    streamed = scan([source], SCHOOL, cache=True, on_finding=lambda f, n: sunk.append((f, n)))
    assert streamed.reused and not streamed.findings
    assert sorted(sunk, key=lambda pair: pair[1]) == list(zip(first.findings, range(len(first.findings)), strict=True))


def test_a_scan_sent_finding_by_finding_is_kept_the_same_way(tmp_path: Path) -> None:
    source = export(tmp_path)
    sunk: list[tuple[Finding, int]] = []
    first = scan([source], SCHOOL, cache=True, on_finding=lambda f, n: sunk.append((f, n)))
    again = scan([source], SCHOOL, cache=True)
    assert again.reused and again.sources == first.sources
    assert again.findings == [f for f, _ in sorted(sunk, key=lambda pair: pair[1])]
    assert again.findings[-1].field == "position"  # the likely home, worked out at the end, kept too


def test_a_changed_member_the_school_or_the_rules_mean_a_full_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = export(tmp_path)
    scan([source], SCHOOL, cache=True)
    export(tmp_path, phone="07700 900456")  # one member changed, same name
    changed = scan([source], SCHOOL, cache=True)
    assert not changed.reused
    assert "+447700900456" in {f.value for f in changed.findings}
    assert "+447700900123" not in {f.value for f in changed.findings}

    other_school = SchoolProfile(name="Larkspur Vale Primary School", domains=("example.com",))
    assert not scan([source], other_school, cache=True).reused
    assert scan([source], other_school, cache=True).reused

    monkeypatch.setattr("detectors.RULES_VERSION", "test-next")
    recheck_cache._tool_stamp.cache_clear()
    try:
        assert not scan([source], other_school, cache=True).reused
    finally:
        recheck_cache._tool_stamp.cache_clear()


def test_the_key_follows_member_content_not_only_size_and_time(tmp_path: Path) -> None:
    """A member rewritten to the same size with the zip's time put back still misses (its CRC-32
    differs), and so does a tar with a byte changed (the whole file is hashed)."""
    source = tmp_path / "x.zip"
    key, sizes = None, set()
    for text in ("ring 07700 900123", "ring 07700 900124"):
        with zipfile.ZipFile(source, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr(zipfile.ZipInfo("data/tweets.js", (2024, 1, 1, 0, 0, 0)), text)
        os.utime(source, ns=(0, 0))
        sizes.add(source.stat().st_size)
        key, previous = recheck_cache.cache_key([source], SCHOOL), key
        assert key is not None and key != previous
    assert len(sizes) == 1

    tar = tmp_path / "archive.tar.gz"
    for content in (b'{"orderedItems": [1]}', b'{"orderedItems": [2]}'):
        with tarfile.open(tar, "w:gz") as packed:
            info = tarfile.TarInfo("outbox.json")
            info.size, info.mtime = len(content), 0
            packed.addfile(info, io.BytesIO(content))
        os.utime(tar, ns=(0, 0))
        key, previous = recheck_cache.cache_key([tar], None), key
        assert key is not None and key != previous


def test_an_unpacked_folder_misses_when_a_file_changes(tmp_path: Path) -> None:
    folder = write_tree(XArchive(tweets=[Tweet("1", "ring 07700 900321", START)]).tree("data"), tmp_path / "x")
    assert not scan([folder], None, cache=True).reused
    assert scan([folder], None, cache=True).reused
    (folder / "data" / "tweets.js").write_text(
        (folder / "data" / "tweets.js").read_text().replace("07700 900321", "07700 900322")
    )
    again = scan([folder], None, cache=True)
    assert not again.reused and [f.value for f in again.findings] == ["+447700900322"]


def test_a_damaged_cache_is_named_in_one_line_ignored_and_written_again(
    tmp_path: Path, private_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = export(tmp_path)
    first = scan([source], SCHOOL, cache=True)
    (kept_file,) = cache_files(private_home)
    data = bytearray(kept_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept_file.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="audit"):
        again = scan([source], SCHOOL, cache=True)
    assert not again.reused and again.findings == first.findings
    notes = [record.getMessage() for record in caplog.records if record.name == "audit.cache"]
    assert len(notes) == 1 and "damaged" in notes[0] and "\n" not in notes[0]
    assert "07700" not in notes[0] and "example.com" not in notes[0]
    assert scan([source], SCHOOL, cache=True).reused  # written again

    kept_file.write_bytes(kept_file.read_bytes()[:-10])  # cut short
    assert not scan([source], SCHOOL, cache=True).reused
    kept_file.write_bytes(b"not a kept scan at all")
    assert not scan([source], SCHOOL, cache=True).reused


def test_the_cache_is_private_bounded_and_never_beside_the_export(tmp_path: Path, private_home: Path) -> None:
    sources = [export(tmp_path, name=f"x{n}.zip") for n in range(cache.KEEP + 1)]
    for source in sources:
        scan([source], None, cache=True)
    files = cache_files(private_home)
    assert len(files) == cache.KEEP
    assert stat.S_IMODE((private_home / CACHE_FOLDER).stat().st_mode) == 0o700
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in files)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(source.name for source in sources)
    assert all(b"x0" not in path.name.encode() for path in files)  # named by a keyed hash, not the path
    assert not scan([sources[0]], None, cache=True).reused  # the least recently used went first
    assert scan([sources[-1]], None, cache=True).reused


def test_nothing_is_kept_without_cache_or_for_a_public_page(tmp_path: Path, private_home: Path) -> None:
    source = export(tmp_path)
    scan([source], None)
    assert not (private_home / CACHE_FOLDER).exists()
    assert recheck_cache.cache_key(["https://social.example.org/@jo"], None) is None
    assert recheck_cache.cache_key([source, "https://social.example.org/@jo"], None) is None
    assert recheck_cache.cache_key([tmp_path / "missing.zip"], None) is None


def test_forget_removes_the_cache_and_says_what_it_was(tmp_path: Path, private_home: Path) -> None:
    scan([export(tmp_path)], None, cache=True)
    found = {item.path.name: item.what for item in kept(private_home, whole_folder=False)}
    assert "recent scans" in found[CACHE_FOLDER]
    forget(kept(private_home, whole_folder=False), private_home, whole_folder=False)
    assert not (private_home / CACHE_FOLDER).exists()


def test_every_field_of_a_finding_survives_the_cache(tmp_path: Path) -> None:
    """Each field set to something other than its default, so a field added to `Finding` later
    and not kept would fail here."""
    finding = Finding(
        id="a1",
        kind="phone",
        clauses=("2.3.2", "2.4.2"),
        platform="x",
        item_id="42",
        file="data/tweets.js",
        field="full_text",
        value="+447700900999",
        excerpt="ring 07700 900999 \udcff",
        confidence=0.93,
        visibility="public",
        created_at=datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC),
        rule="UK mobile number",
        section="post",
        evidence=(5, 17),
        tier="worth a look",
        explanation=Explanation("rule", "a number written out", ("ring",), ("a filter",)),
        legacy_id="b2",
        place_id="c3",
        url="https://x.com/jo/status/42",
        place="near Fernside, 0.4 km",
    )
    key = recheck_cache.CacheKey(tmp_path / CACHE_FOLDER / f"test{recheck_cache.SUFFIX}", "stamp")
    writer = cache.CacheWriter(key)
    assert writer.commit([], [finding])
    loaded = cache.load(key, collect=True)
    assert loaded is not None and loaded.findings == [finding]
    assert list(loaded.replay()) == [(finding, 0)]
    assert cache.load(recheck_cache.CacheKey(key.path, "another stamp"), collect=True) is None  # outdated: a miss


def test_a_kept_scan_is_not_written_when_the_export_changes_while_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_home: Path
) -> None:
    source = export(tmp_path)
    real = pipeline.open_sources

    def open_then_change(paths: list[Path]) -> object:
        opened = real(paths)
        with zipfile.ZipFile(source, "a") as archive:
            archive.writestr("data/extra.txt", "added while the scan ran")
        return opened

    monkeypatch.setattr(pipeline, "open_sources", open_then_change)
    scan([source], None, cache=True)
    assert not cache_files(private_home)
