"""The dev corpus guards quality: every registered text kind keeps P and F1 >= 0.9 on it."""

from __future__ import annotations

import json
from typing import get_args

import pytest

from bench.corpus_eval import CORPUS, TARGET, Report, Score, evaluate, load_corpus, main, text_kinds
from detectors.base import Section

SECTIONS = set(get_args(Section))


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate()


def test_every_corpus_line_follows_the_format() -> None:
    files = sorted(CORPUS.glob("*.jsonl"))
    assert {"phone.jsonl", "email.jsonl", "address.jsonl"} <= {f.name for f in files}
    for path in files:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            row = json.loads(raw)
            where = f"{path.name}:{number}"
            assert isinstance(row["text"], str), where
            assert row.get("section", "post") in SECTIONS, where
            assert isinstance(row.get("school", False), bool), where
            for kind, values in row.get("expect", {}).items():
                assert kind in {"phone", "email", "address", "job_title", "school"}, where
                assert isinstance(values, list) and all(isinstance(v, str) for v in values), where


def test_corpus_has_positives_and_hard_negatives_for_each_kind_of_mine() -> None:
    lines = load_corpus()
    for kind in ("phone", "email", "address"):
        positives = sum(1 for line in lines if line.expect.get(kind))
        negatives = sum(1 for line in lines if line.where.startswith(kind) and not line.expect.get(kind))
        assert positives >= 40 and negatives >= 30, kind


@pytest.mark.parametrize("kind", text_kinds())
def test_each_registered_text_kind_meets_the_bar(report: Report, kind: str) -> None:
    score = report.kinds[kind]
    assert score.tp + score.fn > 0, f"no corpus lines expect {kind}"
    assert score.precision >= TARGET, f"{kind} precision {score.precision:.3f}"
    assert score.f1 >= TARGET, f"{kind} F1 {score.f1:.3f}"


def test_score_arithmetic() -> None:
    score = Score(tp=8, fp=2, fn=8)
    assert (score.precision, score.recall) == (0.8, 0.5)
    assert score.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Score().precision == 1.0 and Score().f1 == 1.0


def test_check_flag_exits_non_zero_under_the_bar(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--check"]) == 0
    monkeypatch.setattr("bench.corpus_eval.TARGET", 1.01)
    assert main(["--check", "--verbose"]) == 1
    assert "under the bar" in capsys.readouterr().err
