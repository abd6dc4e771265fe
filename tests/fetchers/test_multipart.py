"""Split exports scan as one source; the platform is told from the tree, or the error says why not."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.errors import SourceError
from audit.multiarchive import MultiArchive
from audit.pipeline import scan
from audit.sources import group_parts, open_source, open_sources, part_key
from fixtures.exportkit import write_tree
from fixtures.facebook_archive import FacebookArchive, split_parts
from fixtures.instagram_archive import InstagramArchive
from tests.fetchers.meta_scan import assert_planted, scan_json


def _parts(tmp_path: Path, names: list[str]) -> tuple[list[Path], object]:
    built = FacebookArchive().build("g3", "json")
    pieces = split_parts(built.tree, len(names))
    return [write_tree(p, tmp_path / n, as_zip=True) for p, n in zip(pieces, names, strict=True)], built


@pytest.mark.parametrize(
    "names",
    [
        ["facebook-sam-2024-11-01-a1b2c3d4.zip", "facebook-sam-2024-11-01-e5f6g7h8.zip"],
        ["facebook-sam_1.zip", "facebook-sam_2.zip", "facebook-sam_3.zip"],
    ],
)
def test_parts_passed_together_scan_as_one_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], names: list[str]
) -> None:
    paths, built = _parts(tmp_path, names)
    with open_source(paths[-1]) as last:
        assert not any("profile_information" in n for n in last.names())  # profile only in part 1
    document = scan_json(capsys, *paths)
    assert len(document["sources"]) == 1
    assert document["sources"][0]["platform"] == "facebook"
    assert_planted(document, built)  # type: ignore[arg-type]


def test_media_in_another_part_is_found(tmp_path: Path) -> None:
    paths, _ = _parts(tmp_path, ["facebook-sam_1.zip", "facebook-sam_2.zip"])
    [(archive, fetcher)] = open_sources(paths)
    assert isinstance(archive, MultiArchive)
    from audit.fetchers import SourceReport

    with archive:
        items = list(fetcher(archive, SourceReport("x")).items())
    assert sum(1 for i in items if i.media is not None) == 2


def test_a_folder_of_parts_is_one_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "downloads"
    _, built = _parts(folder, ["facebook-sam_1.zip", "facebook-sam_2.zip"])
    document = scan_json(capsys, folder)
    assert len(document["sources"]) == 1
    assert_planted(document, built)  # type: ignore[arg-type]


def test_a_folder_of_two_different_exports_is_refused_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    write_tree(FacebookArchive().build("g3").tree, folder / "facebook-sam-2024-11-01-a1b2c3d4.zip", as_zip=True)
    write_tree(FacebookArchive().build("g2").tree, folder / "facebook-sam-2022-01-01-a1b2c3d4.zip", as_zip=True)
    with pytest.raises(SourceError, match="several exports"):
        open_sources([folder])


def test_part_names() -> None:
    assert part_key(Path("facebook-jo-2024-11-01-a1b2c3d4.zip")) == "facebook-jo-2024-11-01"
    assert part_key(Path("jo_part_2.zip")) == "jo"
    assert part_key(Path("twitter-2024-05-01.zip")) is None  # a date is not a part number
    assert part_key(Path("folder")) is None
    groups = group_parts([Path("a_1.zip"), Path("x.zip"), Path("a_2.zip"), Path("b_1.zip")])
    assert groups == [[Path("a_1.zip"), Path("a_2.zip")], [Path("x.zip")], [Path("b_1.zip")]]


def test_platform_is_told_from_the_tree(tmp_path: Path) -> None:
    fb = write_tree(FacebookArchive().build("g1").tree, tmp_path / "export-one.zip", as_zip=True)
    ig = write_tree(InstagramArchive().build("i2").tree, tmp_path / "export-two.zip", as_zip=True)
    sources = open_sources([fb, ig])
    assert [f.platform for _, f in sources] == ["facebook", "instagram"]
    for archive, _ in sources:
        archive.close()


def test_combined_accounts_centre_export_is_read_by_both_fetchers(tmp_path: Path) -> None:
    tree = {**FacebookArchive().build("g3").tree, **InstagramArchive().build("i3").tree}
    result = scan([write_tree(tree, tmp_path / "meta.zip", as_zip=True)])
    assert sorted(s.platform for s in result.sources) == ["facebook", "instagram"]
    assert {f.platform for f in result.findings} == {"facebook", "instagram"}


def test_an_export_that_cannot_be_told_apart_says_so(tmp_path: Path) -> None:
    tree = {"start_here.html": "<html></html>", "personal_information/other/x.json": "{}"}
    with pytest.raises(SourceError, match="neither Facebook nor Instagram"):
        open_sources([write_tree(tree, tmp_path / "meta.zip", as_zip=True)])
    with pytest.raises(SourceError, match="not an export profile-audit recognises"):
        open_sources([write_tree({"notes.txt": "hello"}, tmp_path / "other.zip", as_zip=True)])
