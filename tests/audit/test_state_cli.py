"""`profile-audit scan --state`: the headless re-check; without the flag nothing is saved."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.cli import main
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive

WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def export(tmp_path: Path, texts: list[str], name: str) -> Path:
    tweets = [Tweet(str(1500000000000000000 + n), text, WHEN) for n, text in enumerate(texts)]
    return write_tree(XArchive(tweets=tweets).tree("data"), tmp_path / name)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["scan", "-q", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_stateless_by_default(tmp_path: Path, private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, str(export(tmp_path, ["text me on 07700 900101"], "a")))
    assert not (private_home / "state.json").exists()


def test_state_records_scans_and_reports_changes(
    tmp_path: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = export(tmp_path, ["text me on 07700 900101", "or ring 07700 900102"], "before")
    after = export(tmp_path, ["text me on 07700 900101", "new: me@example.com"], "after")

    code, out, _ = run(capsys, str(before), "--state")
    assert code == 1
    assert "Re-check: first scan recorded, 2 findings to work through." in out
    saved = json.loads((private_home / "state.json").read_text())
    assert len(saved["scans"]) == 1 and len(saved["seen"]) == 2
    assert "900101" not in (private_home / "state.json").read_text()

    code, out, err = run(capsys, str(after), "--state", "--json")
    assert json.loads(out)["schema"] == "profile-audit.findings/1.1"  # the contract, with statuses
    assert "0 marked fixed but still found, 1 new, 1 still there, 1 gone since." in err
    assert "gone since: 1 phone on x" in err and "900102" not in err
    assert len(json.loads((private_home / "state.json").read_text())["scans"]) == 2


def test_corrupt_state_fails_before_scanning(
    tmp_path: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (private_home / "state.json").write_text("{broken")
    code, out, err = run(capsys, str(export(tmp_path, ["text me on 07700 900101"], "a")), "--state")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "state.json" in err and "move it aside" in err
    assert (private_home / "state.json").read_text() == "{broken"


def test_state_and_demo_do_not_mix(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["scan", "--demo", "--state"])
    assert exited.value.code == 2
    assert "demo mode never touches" in capsys.readouterr().err
