"""The console script: the app's commands are taught by `--help`, bad arguments fail in one
line before any screen opens, and headless commands still go to `audit.cli`."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.demo import persona_names
from tui import cli
from tui.labels import persona_title


def test_help_teaches_the_app_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for text in ("tui", "demo", "scan", "profile-audit demo --persona jo-ect", "open the app"):
        assert text in out


def test_demo_help_lists_the_personas(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["demo", "--help"])
    out = capsys.readouterr().out
    assert "--persona" in out
    assert len(persona_names()) >= 3  # a new ECT, a TA, a head teacher
    for name in persona_names():
        assert f"{name:<12} {persona_title(name)}" in out


def test_unknown_persona_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["demo", "--persona", "nobody"])
    assert exit_.value.code == 2
    assert "nobody" in capsys.readouterr().err


def test_missing_source_fails_in_one_line_before_the_app_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["tui", str(tmp_path / "nowhere.zip")]) == 2
    err = capsys.readouterr().err.strip()
    # the same words as `profile-audit scan` uses for the same mistake
    assert err == f"profile-audit: {tmp_path / 'nowhere.zip'}: no such file or folder"


def test_bad_school_profile_fails_before_the_app_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    school = tmp_path / "school.toml"
    school.write_text("[school\nname = ")
    assert cli.main(["tui", str(tmp_path), "--school", str(school)]) == 2
    assert capsys.readouterr().err.startswith("profile-audit: ")


def test_scan_still_goes_to_the_headless_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["scan", "--demo", "--json", "--quiet"]) == 1
    assert '"schema": "profile-audit.findings/1"' in capsys.readouterr().out


def test_a_folder_that_is_not_an_export_fails_before_the_app_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("nothing to see")
    assert cli.main(["tui", str(tmp_path)]) == 2
    assert "not an export" in capsys.readouterr().err


def test_a_word_that_is_no_command_names_every_command_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["open"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    for name in ("scan", "verify", "tui", "demo", "serve"):  # the app's commands too, not only the headless ones
        assert name in err


@pytest.mark.parametrize("given", ["folder", "https://social.example.org/@jo"])
def test_an_export_or_an_address_given_alone_gets_the_two_commands_that_take_one(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    assert cli.main([given]) == 2
    err = capsys.readouterr().err
    assert f"profile-audit tui {given}" in err and f"profile-audit scan {given}" in err
