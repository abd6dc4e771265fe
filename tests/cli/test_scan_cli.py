"""`profile-audit scan` as a user runs it: the JSON contract, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audit.cli import main
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tests.fetchers.test_x import WHEN, sample

CONTRACT_KEYS = {
    "id",
    "kind",
    "clauses",
    "platform",
    "item_id",
    "file",
    "field",
    "value",
    "excerpt",
    "confidence",
    "visibility",
    "created_at",
    "rule",
    "tier",
    "explanation",
    "url",
    "place",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_follows_the_findings_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_tree(sample().tree("data"), tmp_path / "twitter-2024-05-01.zip", as_zip=True)
    code, out, _ = run(capsys, "scan", str(path), "--json", "--quiet")
    document = json.loads(out)
    assert code == 1
    assert document["schema"] == "profile-audit.findings/1"
    [source] = document["sources"]
    assert source == {"source": str(path), "platform": "x", "items": source["items"], "unreadable": []}
    assert source["items"] > 5
    phone = next(f for f in document["findings"] if f["item_id"] == "1456000000000000001")
    assert set(phone) == CONTRACT_KEYS
    assert phone["kind"] == "phone" and phone["value"] == "+447700900123"
    assert phone["clauses"] == ["2.3.2", "2.4.2", "2.1.5"]
    assert phone["file"] == "data/tweets.js" and phone["field"] == "full_text"
    assert phone["excerpt"] == "ring me on 07700 900123 x"
    assert phone["visibility"] == "public" and phone["created_at"] == "2014-03-02T10:00:00+00:00"
    assert 0 < phone["confidence"] <= 1
    assert phone["tier"] in ("likely", "worth a look")
    assert "07700" not in phone["id"] and "900123" not in phone["id"]
    kinds = {f["kind"] for f in document["findings"]}
    assert kinds <= {
        "phone",
        "email",
        "address",
        "job_title",
        "school",
        "photo_location",
        "location",
        "photo_text",
        "photo_content",
    }


def test_ids_are_stable_across_scans_and_layouts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = write_tree(sample().tree("data"), tmp_path / "new")
    old = write_tree(sample().tree("root"), tmp_path / "old")
    ids = []
    for path in (new, old, new):
        main(["scan", str(path), "--json", "--quiet"])
        document = json.loads(capsys.readouterr().out)
        ids.append({f["id"] for f in document["findings"] if f["item_id"]})
    assert ids[0] == ids[1] == ids[2] and len(ids[0]) >= 4


def test_clean_export_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = XArchive(tweets=[Tweet("1", "Lovely walk today, 3-0 to the dog", WHEN)])
    code, out, _ = run(capsys, "scan", str(write_tree(clean.tree("data"), tmp_path / "x")), "--quiet")
    assert code == 0
    assert "No findings" in out


def test_school_profile_allows_its_own_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = XArchive(tweets=[Tweet("1", "Ring me on 0113 496 0000 about the fair", WHEN)])
    path = write_tree(archive.tree("data"), tmp_path / "x")
    school = tmp_path / "school.toml"
    school.write_text('[school]\nname = "St Example Primary"\nphones = ["0113 496 0000"]\n')
    assert run(capsys, "scan", str(path), "--quiet")[0] == 1
    assert run(capsys, "scan", str(path), "--quiet", "--school", str(school))[0] == 0


def test_summary_groups_by_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scan", "--demo", "--quiet")
    assert code == 1
    assert "Personal phone numbers" in out and "Personal e-mail addresses" in out
    assert "+447700900456" in out


def corrupt_zip(tmp_path: Path) -> Path:
    path = write_tree(sample().tree("data"), tmp_path / "x.zip", as_zip=True)
    path.write_bytes(path.read_bytes()[:200])
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.zip", "no such file or folder"),
        (corrupt_zip, "not a zip archive, or the zip is truncated or corrupt"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "empty: no files inside"),
        (lambda p: write_tree({"notes.txt": "07700 900123"}, p / "other"), "not an export profile-audit recognises"),
        (lambda p: (p / "a.pdf").write_bytes(b"%PDF-1.4 07700 900123") and p / "a.pdf", "not an export"),
    ],
)
def test_bad_sources_give_one_line_and_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, message: str
) -> None:
    path = make(tmp_path)
    code, out, err = run(capsys, "scan", str(path), "--quiet")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("profile-audit: ") and message in err and str(path) in err
    assert "07700" not in err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[school]\nnmae = "x"\n', "unknown key 'nmae' in [school]: did you mean 'name'?"),
        ('[school]\nphones = ["banana"]\n', "'school.phones[0]' is not a UK or international phone number"),
        ("[school\n", "not valid TOML"),
        ('[school]\naliases = "x"\ndomains = 3\n', "'school.domains' must be a list of strings"),
    ],
)
def test_bad_school_profile_names_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, message: str
) -> None:
    school = tmp_path / "school.toml"
    school.write_text(toml)
    path = write_tree(sample().tree("data"), tmp_path / "x")
    code, _, err = run(capsys, "scan", str(path), "--school", str(school))
    assert code == 2 and message in err and err.count("\n") == 1


def test_no_source_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["scan"])
    assert exit_info.value.code == 2
    assert "give at least one SOURCE" in capsys.readouterr().err


def test_help_teaches(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for words in ("X (Twitter)", "personal phone numbers", "2.3.2", "examples:", "exit codes", "[school]"):
        assert words in text


def test_python_dash_m_audit_is_the_same_command(tmp_path: Path) -> None:
    path = write_tree(sample().tree("data"), tmp_path / "x")
    done = subprocess.run(
        [sys.executable, "-m", "audit", "scan", str(path), "--json"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["schema"] == "profile-audit.findings/1"
    assert done.stderr == ""  # no progress bar when stderr is not a terminal


def test_a_demo_scan_writes_nothing_to_the_data_folder(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "scan", "--demo", "--quiet")[0] == 1
    assert list(private_home.iterdir()) == []


def test_the_summary_speaks_plain_words(capsys) -> None:  # type: ignore[no-untyped-def]
    """Where and who in words ("X (Twitter): a post, 21 July 2017", "Public: anyone"), never file
    paths, field names or internal audience values."""
    import re

    from audit.cli import main

    assert main(["scan", "--demo", "sam-ta", "-q"]) == 1
    out = capsys.readouterr().out
    assert "X (Twitter): a post, " in out and "[Public: anyone, " in out and "(policy clause 2.3.13)" in out
    assert not re.search(r"only_me|undated|\.js\b|\.json\b|full_text|'unknown'", out)
