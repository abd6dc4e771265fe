"""bench/real_exports.py on a tiny invented export: it names the platform, counts what the fetcher
read, accounts for every file (a stray one is "not looked at"), agrees with itself as a zip, and
never prints a value it found."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.archive import open_archive
from audit.fetchers import SourceReport, recognise
from bench.real_exports import main
from fixtures.exportkit import jpeg, write_tree
from fixtures.mastodon_archive import MastodonArchive, Toot

PHONE = "07700 900123"
EMAIL = "robin.toot@example.com"
PLANTED = (PHONE, "900123", EMAIL, "robin.toot", "Rehearsal tonight", "Oakhurst")


def exports(root: Path) -> Path:
    """`<platform>/<archive>/` as the real-exports folder lays them out, plus one unknown archive."""
    archive = MastodonArchive(
        summary=f"<p>Teacher at Oakhurst Academy. Call {PHONE}</p>",
        avatar=jpeg(),
        toots=[Toot("1", f"<p>Mail me: {EMAIL}</p>"), Toot("2", "<p>Rehearsal tonight</p>", "private")],
    )
    tree = archive.tree("local")
    tree["notes/stray.txt"] = "a file no fetcher reads"
    write_tree(tree, root / "mastodon" / "invented-2024")
    write_tree({"readme.txt": "not an export"}, root / "other" / "unknown-2024")
    return root


def items_read(folder: Path) -> int:
    archive = open_archive(folder)
    fetcher = recognise(archive)
    assert fetcher is not None
    return sum(1 for _ in fetcher(archive, SourceReport(str(folder))).items())


def row(output: str, label: str) -> dict[str, str]:
    """The overview row of one archive, by column name."""
    lines = output.splitlines()
    header = next(line for line in lines if line.startswith("| archive |"))
    found = next(line for line in lines if line.startswith(f"| `{label}` |"))
    names = [cell.strip() for cell in header.strip("|").split("|")]
    return dict(zip(names, (cell.strip() for cell in found.strip("|").split("|")), strict=True))


@pytest.mark.parametrize("as_zip", [False, True])
def test_the_table_names_the_platform_counts_items_and_prints_no_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], as_zip: bool
) -> None:
    root = exports(tmp_path / "exports")
    assert main([str(root), *(["--zip"] if as_zip else [])]) == 0
    output = capsys.readouterr().out

    mastodon = row(output, "mastodon/invented-2024")
    assert mastodon["platform"] == "mastodon"
    assert mastodon["items"] == str(items_read(root / "mastodon" / "invented-2024"))
    assert int(mastodon["read"]) >= 3  # actor.json, outbox.json, avatar.jpg
    assert mastodon["files"] == str(sum(1 for p in (root / "mastodon" / "invented-2024").rglob("*") if p.is_file()))
    assert mastodon["zip agrees"] == ("yes" if as_zip else "-")
    assert "| mastodon | phone |" in output and "| mastodon | email |" in output
    assert "| `notes/stray.txt` | not looked at |" in output
    assert "| `actor.json` | read |" in output
    assert "not scanned: other/unknown-2024: not an export" in output
    for value in PLANTED:
        assert value not in output
