"""A Ctrl+C whose KeyboardInterrupt is swallowed still ends the command with 130."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator, Sequence

import pytest

from audit import cli, interrupt


@pytest.fixture(autouse=True)
def _python_handles_ctrl_c() -> Iterator[None]:
    """As in a terminal: a shell that starts the tests in the background leaves SIGINT ignored."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _swallowing_command(argv: Sequence[str] | None) -> int:
    with contextlib.suppress(KeyboardInterrupt):  # what a finaliser or a library's broad `except` does
        os.kill(os.getpid(), signal.SIGINT)
    return cli.EXIT_FINDINGS


def test_a_swallowed_ctrl_c_still_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_main", _swallowing_command)

    assert cli.main(["scan", "--demo"]) == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err == "profile-audit: interrupted\n"


def test_nothing_after_the_command_sees_its_ctrl_c(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_main", _swallowing_command)
    cli.main(["scan", "--demo"])

    assert not interrupt.requested()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_command_without_ctrl_c_keeps_its_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_main", lambda argv: cli.EXIT_FINDINGS)

    assert cli.main(["scan", "--demo"]) == cli.EXIT_FINDINGS


def test_an_ignored_sigint_stays_ignored() -> None:
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a background job's shell does this
    try:
        with interrupt.remembered():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            os.kill(os.getpid(), signal.SIGINT)
        assert not interrupt.requested()
    finally:
        signal.signal(signal.SIGINT, previous)
