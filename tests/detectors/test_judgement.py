"""The learned judgement's inputs, calibration and shipped models."""

from __future__ import annotations

from pathlib import Path

from detectors.judgement import (
    CANDIDATE,
    MAX_CHARS,
    MEMBERS,
    MODELS,
    OTHER_CANDIDATE,
    Calibration,
    Judge,
    job_input,
    judge,
    workplace_input,
)
from training.calibrate import calibrate, isotonic
from training.corpus import Line
from training.examples import typed_plainly


def test_job_input_carries_the_section_and_the_rule_cues() -> None:
    assert job_input("Marking again", "profile", ["xxclue", "xxclue"]) == "xxbio xxclue | Marking again"
    assert job_input("x" * (MAX_CHARS + 50), "post").endswith("x" * MAX_CHARS)


def test_workplace_input_masks_the_candidate_and_the_others() -> None:
    text = "Leaving Brindlecombe for Yarrowfield in September"
    brindle, yarrow = (8, 19), (24, 35)
    judged = workplace_input(text, "post", yarrow, [brindle], ["xxworkcue"])
    assert judged.startswith("xxpost xxworkcue | ")
    assert f" {OTHER_CANDIDATE} " in judged and f" {CANDIDATE} " in judged
    assert "Brindlecombe" not in judged and "Yarrowfield" not in judged
    assert judged.index(OTHER_CANDIDATE) < judged.index(f" {CANDIDATE} ")


def test_a_long_text_is_windowed_around_the_candidate() -> None:
    text = "a " * 3000 + "Yarrowfield" + " b" * 3000
    start = text.index("Yarrowfield")
    judged = workplace_input(text, "post", (start, start + 11))
    assert CANDIDATE in judged and len(judged) < MAX_CHARS + 40


def test_isotonic_blocks_only_go_up() -> None:
    edges, rates = isotonic([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [False, True, False, False, True, True])
    assert edges == sorted(edges)
    assert rates == sorted(rates)


def test_calibration_maps_scores_to_observed_precision_and_picks_tiers() -> None:
    scores = [i / 100 for i in range(100)]
    labels = [s > 0.5 for s in scores]
    table = calibrate(scores, labels)
    assert table(0.05) < 0.1 and table(0.95) > 0.9
    assert 0.5 <= table.likely <= 1.0 and table.worth_a_look <= table.likely
    assert table.tier(table.likely) == "likely"
    assert table.tier(table.worth_a_look) in ("likely", "worth a look")
    assert table.tier(0.0) is None


def test_calibration_round_trips(tmp_path: Path) -> None:
    table = Calibration((0.2, 0.9), (0.1, 0.95), 0.9, 0.4)
    table.dump(tmp_path / "c.json")
    assert Calibration.load(tmp_path / "c.json") == table


def test_the_shipped_models_are_small_and_load_offline() -> None:
    for name in ("job", "workplace"):
        folder = MODELS / name
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        assert size < 20 * 1024 * 1024, name
        assert (folder / "calibration.json").is_file()
        assert (folder / "calibration-unnamed.json").is_file() == (name == "job")
        (score,) = judge(name).raw([f"xxpost | {CANDIDATE} staff briefing"])  # type: ignore[arg-type]
        assert 0.0 <= score <= 1.0
        calibration = judge(name).calibration  # type: ignore[arg-type]
        assert list(calibration.rates) == sorted(calibration.rates)


def test_the_job_doc_is_token_for_token_the_job_input() -> None:
    """Detection builds the input from the rules' tokens; training tokenises the string: they must agree."""
    from detectors import nlp
    from detectors.judgement import job_doc
    from training.corpus import lines

    texts = [line.text for line in lines(split="train")][:3000]  # a large sample of varied text, not assertions
    texts += ["word " * 700 + "tail", "x" * (MAX_CHARS + 30) + " after", "a " * (MAX_CHARS // 2) + "end", ""]
    for text in texts:
        built = job_doc(nlp.doc(text), "comment", ["xxclue"])
        assert built.text == job_input(text, "comment", ["xxclue"]), text[:60]
        assert [t.text for t in built] == [t.text for t in nlp.english().tokenizer(built.text)], text[:60]


def test_an_ensembles_score_is_the_mean_of_its_members(tmp_path: Path) -> None:
    members = sorted(p for p in (MODELS / "job" / MEMBERS).iterdir() if p.is_dir())
    assert len(members) > 1  # the shipped job model is an ensemble (`training.build.SEEDS`)
    texts = ["xxpost | marking thirty books tonight", "xxbio | Year 4 teacher, fell runner", "xxpost | bins day"]
    alone = []
    for index, member in enumerate(members):
        (tmp_path / str(index)).mkdir()
        (tmp_path / str(index) / "job").symlink_to(member)
        alone.append(Judge("job", tmp_path / str(index)).raw(texts))
    together = judge("job").raw(texts)
    for column, score in enumerate(together):
        assert abs(score - sum(row[column] for row in alone) / len(alone)) < 1e-6


def test_a_plainly_typed_copy_keeps_the_label_and_drops_case_and_punctuation() -> None:
    line = Line("staff-0001", "staff", "I'm a TA at St Mary's (Year 4). Love it!", "post", True, ("St Mary's",),
                "fernside", None, False)  # fmt: skip
    plain = typed_plainly(line)
    assert plain.text == "im a ta at st marys year 4 love it"
    assert (plain.job, plain.schools, plain.profile, plain.section) == (True, ("st marys",), "fernside", "post")
    assert plain.id == "staff-0001~plain"
    assert typed_plainly(Line("x-1", "x", "Hello.", "post", False, (), None, None, True)).text == "hello"
