"""`scan` and `report` read the same inputs the same way (`audit.cli_inputs`): a persona's
exports and school profile, a `--school` that wins over the persona's, a throwaway data folder
in demo mode, and the same words for a persona that does not exist.

Each command runs through `audit.cli.main` as typed; only the scan itself is replaced (by a
recorder returning no findings), so what reaches it is what the command worked out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from audit import cli
from audit.demo import persona_school, persona_sources
from audit.paths import HOME_ENV
from audit.pipeline import ScanResult
from audit.school import load_school
from fixtures.exportkit import write_tree
from tests.fetchers.test_x import sample

ROOT = Path(__file__).resolve().parents[2]
OTHER_SCHOOL = ROOT / "examples" / "cameley.toml"


class Recorder:
    """Stands in for `audit.cli.scan`: keeps what it was given and where the data folder was."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, sources: list[Any], school: Any, **options: Any) -> ScanResult:
        self.calls.append({"sources": list(sources), "school": school.name, "home": os.environ.get(HOME_ENV)})
        return ScanResult()


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recording = Recorder()
    monkeypatch.setattr(cli, "scan", recording)
    return recording


def both_commands(tmp_path: Path, *arguments: str) -> list[list[str]]:
    """The same inputs typed to `scan` and to `report`."""
    return [
        ["scan", "--quiet", *arguments],
        ["report", "--quiet", "--html", str(tmp_path / "report.html"), *arguments],
    ]


def test_a_persona_brings_its_exports_and_school_to_both_commands(
    tmp_path: Path, recorder: Recorder, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in both_commands(tmp_path, "--demo", "sam-ta"):
        assert cli.main(argv) == 0, capsys.readouterr().err
    scan_call, report_call = recorder.calls
    assert scan_call["sources"] == report_call["sources"] == persona_sources("sam-ta")
    assert scan_call["school"] == report_call["school"] == load_school(persona_school("sam-ta")).name
    # demo mode: a throwaway data folder while it scans, the person's own untouched
    assert scan_call["home"] != str(private_home) and report_call["home"] != str(private_home)
    assert os.environ[HOME_ENV] == str(private_home)
    assert list(private_home.iterdir()) == []


def test_a_school_profile_given_wins_over_the_personas(tmp_path: Path, recorder: Recorder) -> None:
    for argv in both_commands(tmp_path, "--demo", "sam-ta", "--school", str(OTHER_SCHOOL)):
        assert cli.main(argv) == 0
    expected = load_school(OTHER_SCHOOL).name
    assert expected != load_school(persona_school("sam-ta")).name
    assert [call["school"] for call in recorder.calls] == [expected, expected]


def test_an_export_is_read_with_the_data_folder_ready(tmp_path: Path, recorder: Recorder, private_home: Path) -> None:
    export = write_tree(sample().tree("data"), tmp_path / "twitter-2024")
    for argv in both_commands(tmp_path, str(export), "--school", str(OTHER_SCHOOL)):
        assert cli.main(argv) == 0
    assert [call["sources"] for call in recorder.calls] == [[export], [export]]
    assert [call["home"] for call in recorder.calls] == [str(private_home)] * 2
    assert any(private_home.iterdir())  # the fingerprint key was made before the scan began


def test_an_unknown_persona_is_named_in_the_same_words(
    tmp_path: Path, recorder: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    words = "no bundled persona 'nobody' (have: jo-ect, priya-head, sam-ta, sam-ta-2025)"
    scan, report = both_commands(tmp_path, "--demo", "nobody")
    with pytest.raises(SystemExit) as stop:  # a mistake in what was typed: the parser says it
        cli.main(scan)
    assert stop.value.code == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("usage: profile-audit") and err.endswith(f"profile-audit: error: {words}\n")
    assert cli.main(report) == cli.EXIT_ERROR
    assert capsys.readouterr().err == f"profile-audit: {words}\n"
    assert recorder.calls == []


def test_a_bad_school_profile_stops_both_before_the_scan(
    tmp_path: Path, recorder: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "school.toml"
    bad.write_text('[school]\nname = "St Aidan\'s"\nphone = ["0113 496 0000"]\n', encoding="utf-8")
    for argv in both_commands(tmp_path, "--demo", "--school", str(bad)):
        assert cli.main(argv) == cli.EXIT_ERROR
        [line] = capsys.readouterr().err.splitlines()
        assert line.startswith("profile-audit: ") and "phone" in line
    assert recorder.calls == []
