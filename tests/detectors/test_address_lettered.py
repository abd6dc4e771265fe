"""Issue 10's house number with a letter (`detectors.address_lettered`): "9a Hillcrest" through the gate and as a
line that may run on; a school's lettered teaching groups ("9a Maths") never.  Invented streets and people."""

from __future__ import annotations

import pytest

from detectors.address_gate import address_screen, wants_address
from detectors.address_lettered import lettered_house, school_group
from detectors.gate_batch import TextBatch
from tests.conftest import address_values, text_item


@pytest.mark.parametrize(
    ("number", "words", "expected"),
    [
        ("9a", ["Quillcrest"], True),
        ("14B", ["Fernlow"], True),
        ("9", ["Quillcrest"], False),
        ("9a", ["Maths"], False),
        ("9a", ["Quill", "Road"], False),
        ("7e", ["Fernlow"], False),
    ],
)
def test_lettered_house(number: str, words: list[str], expected: bool) -> None:
    assert lettered_house(number, words) is expected


@pytest.mark.parametrize(
    ("number", "words", "expected"),
    [("9a", ["Maths"], True), ("7B", ["science"], True), ("9a", ["Quillcrest"], False), ("9", ["Maths"], False)],
)
def test_school_group(number: str, words: list[str], expected: bool) -> None:
    assert school_group(number, words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no, he's at 9a Quillcrest, the ground floor flat", ["9a Quillcrest"]),
        ("she's at 14b Fernlow now, Oakley", ["14b Fernlow"]),
        ("taught 9a Maths today, she's at 9a Science next", []),
        ("9a Quillcrest is a lovely name for a cat", []),
    ],
)
def test_detector_reads_lettered_houses(text: str, expected: list[str]) -> None:
    assert address_values(text) == expected


def test_gate_and_batch_screen_let_lettered_numbers_in() -> None:
    texts = ["he's at 9a Quillcrest not 9", "see you at 9 tonight", "he's at 19a"]
    items = [text_item(text) for text in texts]
    assert [wants_address(item) for item in items] == [True, False, False]
    assert 0 in address_screen(TextBatch(items))
