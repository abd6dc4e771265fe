"""No regression on the frozen test split of the profession/workplace corpus.

The test split was frozen before any tuning (`bench/profession_baseline.json` keeps its digest
per batch); the floors are the figures the shipped models reached on it (`bench/RESULTS.md`).
A change to the detectors, filters or models that loses more than 0.02 of any of them fails.
"""

from __future__ import annotations

import json

from bench.profession_eval import BASELINE, check, evaluate
from training.corpus import digest, lines


def test_the_frozen_test_splits_are_unchanged() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert baseline["test_digests"], "a frozen test split"
    for batch, frozen in baseline["test_digests"].items():
        assert digest("test", batch) == frozen, f"{batch}: the frozen test split was edited"


def test_no_regression_on_the_frozen_test_split(capsys) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(lines(split="test"))
    assert check(report, "test") == 0, capsys.readouterr().out
    assert report.revealing["all"] > 500 and report.clean["all"] > 500


def test_train_dev_and_test_never_share_a_line() -> None:
    seen: dict[str, str] = {}
    for line in lines():
        assert seen.setdefault(line.text, line.split) == line.split, line.id


def test_a_broken_corpus_line_is_named_in_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from training.corpus import CorpusError

    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "odd.jsonl").write_text('{"id": "odd-0001", "text": "fine"}\n{"text": "no id"}\n')
    with pytest.raises(CorpusError, match=r"^odd.jsonl:2: not a corpus line \(KeyError\)$"):
        list(lines(tmp_path, batches=("voices",)))


def test_spellings_of_one_school_are_grouped_for_the_per_school_recall() -> None:
    from bench.profession_eval import same_school

    assert same_school("larkmoor", "#proudtobelarkmoor", None)  # one holds the other
    assert same_school("larkmoor", "@larkmoorprimary", None)
    assert not same_school("larkmoor", "brimley park", None)  # two schools of a peripatetic teacher
    assert same_school("hhs", "holmewood high", "holmewood")  # both spellings of the profile's school
    assert not same_school("hhs", "brimley park", "holmewood")
