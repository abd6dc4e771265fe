"""`--photos deep` without the photos extra: one line saying how to install it, before any scan."""

from __future__ import annotations

from pathlib import Path

import pytest

import audit.photos_deep as deep
from audit import cli
from audit.photos_deep.engines import INSTALL_HINT, DeepScanUnavailable


def _missing() -> None:
    raise DeepScanUnavailable(INSTALL_HINT)


@pytest.mark.parametrize("command", [["scan"], ["report", "--html", "report.html"]])
def test_without_the_extra_both_commands_say_how_to_install_it(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(deep, "check_available", _missing)
    monkeypatch.setattr(cli, "scan", lambda *args, **kwargs: pytest.fail("scanned without the extra"))
    monkeypatch.chdir(tmp_path)

    assert cli.main([*command, "--demo", "--quiet", "--photos", "deep"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install" in err
    assert not (tmp_path / "report.html").exists()
