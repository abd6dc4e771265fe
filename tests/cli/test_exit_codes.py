"""Exit codes stay honest: 1 only ever means findings.  An unwritable data folder or HOME, a
damaged fingerprint key and any error nobody expected are one line on stderr and exit 2, in
`profile-audit scan` (with and without `--state`) and when the app starts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from audit import cli, model, paths
from audit.paths import HOME_ENV
from fixtures.exportkit import write_tree
from tests.fetchers.test_x import sample
from tui import cli as app_cli

VALUE = "07700 900123"
"""A value the sample export holds: it must never appear in an error."""


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """An X export with findings (a clean scan would not need the data folder at all)."""
    return write_tree(sample().tree("data"), tmp_path / "x")


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder no one can write to; skipped where chmod cannot stop us (running as root)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):
        folder.chmod(0o700)
        pytest.skip("running as root: a read-only folder is still writable")
    yield folder
    folder.chmod(0o700)


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("profile-audit: "), err
    assert VALUE not in err and "Traceback" not in err
    return err


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["scan", "-q", *args])
    return code, capsys.readouterr().err


def test_an_unwritable_data_folder_is_one_line_and_exit_two(
    export: Path, read_only: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_ENV, str(read_only))
    code, err = run(capsys, str(export))
    assert code == 2
    assert str(read_only / "fingerprint.key") in one_line(err) and "Permission denied" in err


def test_a_data_folder_that_cannot_be_made_is_one_line_and_exit_two(
    export: Path, read_only: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_ENV, str(read_only / "profile-audit"))
    for args in ((str(export),), (str(export), "--state")):
        code, err = run(capsys, *args)
        assert code == 2
        assert "cannot create the data folder" in one_line(err) and HOME_ENV in err


def test_an_unwritable_home_is_one_line_and_exit_two(
    export: Path, read_only: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(HOME_ENV)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(read_only))
    paths._platform_home.cache_clear()
    try:
        code, err = run(capsys, str(export), "--state")
    finally:
        paths._platform_home.cache_clear()
    assert code == 2
    assert str(read_only) in one_line(err)


def test_progress_that_cannot_be_saved_is_one_line_and_exit_two(
    export: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, str(export), "--state")[0] == 1  # the key and the state are made
    private_home.chmod(0o500)
    try:
        if os.access(private_home, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        code, err = run(capsys, str(export), "--state")
    finally:
        private_home.chmod(0o700)
    assert code == 2
    assert "cannot save the progress file (Permission denied)" in one_line(err)
    assert str(private_home / "state.json") in err


def test_a_damaged_key_stops_the_scan_before_it_starts(
    export: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (private_home / "fingerprint.key").write_bytes(b"too short")
    code, err = run(capsys, str(export), "--json")
    assert code == 2
    assert capsys.readouterr().out == ""
    assert str(private_home / "fingerprint.key") in one_line(err) and "damaged" in err
    assert (private_home / "fingerprint.key").read_bytes() == b"too short"


def test_a_damaged_key_with_a_good_backup_is_restored_and_the_scan_goes_on(
    export: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, str(export))[0] == 1
    key = (private_home / "fingerprint.key").read_bytes()
    (private_home / "fingerprint.key").write_bytes(b"too short")
    model._secret.cache_clear()
    code, err = run(capsys, str(export))
    assert code == 1
    assert "restored it from fingerprint.key.bak" in err and VALUE not in err
    assert (private_home / "fingerprint.key").read_bytes() == key


INTERNAL_ERRORS = [
    ValueError(f"invalid literal for int(): {VALUE!r}"),
    RecursionError(),
    KeyError(VALUE),
    UnicodeDecodeError("utf-8", VALUE.encode(), 0, 1, "bad"),
]


@pytest.mark.parametrize("error", INTERNAL_ERRORS, ids=lambda error: type(error).__name__)
def test_an_internal_error_is_one_line_and_exit_two_never_one(
    export: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], error: Exception
) -> None:
    def broken_scan(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(cli, "scan", broken_scan)
    code, err = run(capsys, str(export))
    assert code == 2
    line = one_line(err)
    assert f"internal error ({type(error).__name__} at tests/cli/test_exit_codes.py:" not in line  # tests are not ours
    assert f"internal error ({type(error).__name__}" in line


def test_an_internal_error_names_the_place_in_the_project(
    export: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError(VALUE)

    monkeypatch.setattr("audit.detection.make_finding", broken)
    code, err = run(capsys, str(export))
    assert code == 2
    assert "internal error (ZeroDivisionError at audit/detection.py:" in one_line(err)


def test_a_system_error_keeps_its_own_message_and_file(
    export: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", "/somewhere/out.json")

    monkeypatch.setattr(cli, "scan", full_disk)
    code, err = run(capsys, str(export))
    assert code == 2
    assert one_line(err) == "profile-audit: /somewhere/out.json: No space left on device (OSError)\n"


def test_an_undecodable_file_name_in_an_error_is_still_one_valid_line(
    export: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"/exports/caf\xe9.json")  # a Latin-1 name: a lone surrogate in Python

    def unreadable(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(cli, "scan", unreadable)
    code, err = run(capsys, str(export))
    assert code == 2
    assert "caf\\udce9.json" in one_line(err)
    err.encode("utf-8")  # printable under a strict UTF-8 locale


# The app's start-up.


def test_the_app_with_an_unwritable_data_folder_fails_before_it_opens(
    export: Path, read_only: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_ENV, str(read_only / "profile-audit"))
    assert app_cli.main(["tui", str(export)]) == 2
    assert "cannot create the data folder" in one_line(capsys.readouterr().err)


def test_the_app_with_a_damaged_key_fails_before_it_opens(
    export: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (private_home / "fingerprint.key").write_bytes(b"x")
    assert app_cli.main(["tui", str(export)]) == 2
    assert "fingerprint.key" in one_line(capsys.readouterr().err)


def test_an_unexpected_error_starting_the_app_is_one_line_and_exit_two(
    export: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(VALUE)

    monkeypatch.setattr("tui.app.make_app", broken)
    assert app_cli.main(["tui", str(export)]) == 2
    assert "internal error (RuntimeError" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(("return_code", "exit_code"), [(0, 0), (None, 0), (1, 2)])
def test_the_app_stopping_on_an_error_never_exits_one(
    export: Path, monkeypatch: pytest.MonkeyPatch, return_code: int | None, exit_code: int
) -> None:
    class App:
        def run(self) -> None:
            self.return_code = return_code

    monkeypatch.setattr("tui.app.make_app", lambda *args, **kwargs: App())
    assert app_cli.main(["tui", str(export)]) == exit_code
