"""FUZZ: a short seeded pass of `bench/fuzz.py` over every platform, and checks of its judge (issue 13).

The long pass is run by hand (`.venv/bin/python -m bench.fuzz --cases 10000`, figures in
bench/RESULTS.md).  This one runs 30 cases of seed 15, chosen because they cover all seven
platforms, folders, zips, a tar.gz and a bare CAR, and some forty kinds of mutation, in the
fuzzer's "light" sizes; each case is scanned by the real CLI in a child forked from this process,
under a memory limit and a timeout.  It takes well under a minute on two cores.

The judge is tested too, on made-up outcomes, so that a pass here means what it says: a
traceback, a signal, a multi-line error and a silently unread file are each caught.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from typing import Any

import pytest

from bench.fuzz_cases import PLATFORMS, Entry
from bench.fuzz_child import Options, Outcome
from bench.fuzz_judge import Baseline, evaluate
from bench.fuzz_mutations import make_case
from bench.fuzz_run import run
from bench.fuzz_write import zip_bytes

SEED, CASES = 15, 30


def test_fuzz_short_seeded_pass_has_no_crash_and_no_hang() -> None:
    records, baselines = run(Options(cases=CASES, seed=SEED, jobs=2, timeout=30, light=True))

    assert len(records) == CASES
    assert {r.platform for r in records} == set(PLATFORMS)
    assert {k: b.broken for k, b in baselines.items() if b.broken} == {}
    crashes = [f"{r.key} {r.crash}: {'; '.join(r.steps)}" for r in records if r.crash]
    hangs = [f"{r.key}: {'; '.join(r.steps)}" for r in records if r.hang]
    assert crashes == []
    assert hangs == []
    assert [f"{r.key} {r.other}" for r in records if r.other] == []  # no value in an error, nothing written beside


def test_a_case_is_rebuilt_the_same_from_its_seed_and_index() -> None:
    first, again = make_case(SEED, 7, light=True), make_case(SEED, 7, light=True)

    assert first.steps == again.steps and first.steps
    assert [(e.name, e.data) for e in first.entries] == [(e.name, e.data) for e in again.entries]


def test_zip_header_lies_are_the_ones_the_steps_name() -> None:
    plain = zipfile.ZipFile(io.BytesIO(zip_bytes([Entry("a.json", b"[1]"), Entry("a.json", b"[")])))
    assert [i.filename for i in plain.infolist()] == ["a.json", "a.json"]
    assert plain.read(plain.infolist()[0]) == b"[1]"
    with pytest.raises(UnicodeDecodeError):
        zipfile.ZipFile(io.BytesIO(zip_bytes([Entry("a.json", b"[]", raw_name=b"\xff.json", flags=0x800)])))
    with pytest.raises(NotImplementedError):
        zipfile.ZipFile(io.BytesIO(zip_bytes([Entry("a.json", b"[]", version=64)])))
    encrypted = zipfile.ZipFile(io.BytesIO(zip_bytes([Entry("a.json", b"[]", flags=0x1)])))
    with pytest.raises(RuntimeError):
        encrypted.read("a.json")
    bomb = zipfile.ZipFile(io.BytesIO(zip_bytes([Entry("a.json", b"[]", pad=2 * 1024 * 1024)])))
    assert bomb.read("a.json") == b"[]" + b" " * (2 * 1024 * 1024)


def outcome(rc: int = 0, out: Any = None, err: str = "", tally: dict[str, int] | None = None) -> Outcome:
    report = out if out is not None else {"sources": [{"unreadable": []}], "findings": []}
    data = report if isinstance(report, bytes) else json.dumps(report).encode()
    return Outcome(rc, False, 100_000, 0.1, data, err.encode(), tally if tally is not None else {}, [])


def judged(result: Outcome, steps: tuple[str, ...] = ("truncate outbox.json",)) -> Any:
    case = make_case(SEED, 0, light=True)
    case.steps, case.exempt, case.aliases, case.state = list(steps), set(), {}, False
    return evaluate(case, result, Baseline({"outbox.json": 3, "actor.json": 2}, ["+447700900321"]))


def test_the_judge_catches_each_kind_of_failure() -> None:
    assert judged(outcome(1, err="Traceback (most recent call last):\n  File x\nRecursionError: deep\n")).crash == (
        "traceback (RecursionError)"
    )
    internal = "profile-audit: internal error (RecursionError at audit/x.py:9); please report this line\n"
    assert judged(outcome(2, err=internal)).crash == "internal error (RecursionError)"
    assert judged(outcome(-11)).crash == "killed by SIGSEGV"
    assert judged(outcome(2, err="profile-audit: x.zip: bad\nmore\n")).crash == "exit 2 with 2 lines on stderr"
    assert judged(outcome(0, out=b"\xff")).crash == "output is not UTF-8"
    assert judged(outcome(2, err="profile-audit: x.zip: not a zip archive\n")).crash is None
    assert judged(outcome(2, err="profile-audit: ring 07700 900321\n")).other == ["a found value in stderr"]


def test_a_member_that_gives_nothing_must_be_named() -> None:
    silent = judged(outcome(0, tally={"actor.json": 2}))
    named = {"sources": [{"unreadable": [{"path": "outbox.json", "reason": "truncated JSON at byte 9"}]}]}

    assert silent.lost == ["outbox.json"]
    assert judged(outcome(0, out=named, tally={"actor.json": 2})).lost == []
    assert judged(outcome(0, tally={"actor.json": 2, "outbox.json": 1})).lost == []


def test_a_hang_is_killed_at_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("audit.cli.scan", lambda *args, **kwargs: time.sleep(120))
    started = time.monotonic()

    records, _ = run(Options(cases=1, seed=SEED, jobs=2, timeout=1, light=True))

    assert [r.hang for r in records] == [True]
    assert time.monotonic() - started < 60
