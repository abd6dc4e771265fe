"""No regression on the frozen test split of the contacts corpus (phone, e-mail, home address).

The test split was frozen before any tuning (`bench/contacts_baseline.json` keeps its digest);
the floors are the figures the detectors reached on it (`bench/RESULTS.md`).  A change to the
detectors or their filters that loses more than 0.02 of any of them fails.
"""

from __future__ import annotations

import json

import pytest

from bench.contacts_eval import BASELINE, check, digest, evaluate, lines, same
from training.corpus import CorpusError


def test_the_frozen_test_split_is_unchanged() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for batch, frozen in baseline["test_digests"].items():
        assert digest("test", batch) == frozen, f"{batch}: the frozen test split was edited"


def test_no_regression_on_the_frozen_test_split(capsys: pytest.CaptureFixture[str]) -> None:
    report = evaluate(lines(split="test"))
    assert check(report, "test") == 0, capsys.readouterr().out
    assert report.lines > 250 and report.hard > 100


def test_the_corpus_is_big_enough_and_hard_enough() -> None:
    rows = list(lines())
    assert len(rows) >= 1500
    assert sum(row.hard for row in rows) / len(rows) >= 0.4
    for kind in ("phone", "email", "address"):
        assert sum(1 for row in rows if row.expect[kind]) >= 150, kind


def test_addresses_match_when_one_value_holds_the_other() -> None:
    assert same("address", "12 Larkspur Close", "Flat 3, 12 Larkspur Close")
    assert not same("address", "12 Larkspur Close", "14 Larkspur Close")
    assert not same("phone", "+447700900123", "+447700900124")


def test_a_broken_line_is_named_in_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "odd.jsonl").write_text('{"id": "odd-0001", "text": "fine"}\n{"text": "no id"}\n')
    with pytest.raises(CorpusError, match=r"^odd.jsonl:2: not a corpus line \(KeyError\)$"):
        list(lines(tmp_path, batches=("voices",)))
