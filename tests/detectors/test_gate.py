"""The exact pre-screens of `detectors.gate`: they may only say "cannot match" when the expression cannot."""

from __future__ import annotations

import random
import re

import pytest

from detectors.gate import Literals, folds_exactly, has_digit
from detectors.words import folded, words

WORDS = ("addr", "lives", "moved", "pri", "school", "1:1", "high")
FRAGMENTS = (
    "ADDR", "Address", "adDress", "live", "lives", "olives", "moVED", "Primary", "PRI", "hi", "high", "HIGH",
    "school", "SchOOl", "1:1", "1 1", "11", "x", "Ofsted", "#", "@", "_", "-", ".", ",", "’", "…",
    "\u00a0", "\t", "\n", "ſ", "ı", "İ", "K", "é", "ß", "🙂", "12", "٣",
)  # fmt: skip


def _texts(count: int = 3000, seed: int = 16) -> list[str]:
    """Invented texts made of near-misses, case twins, odd spaces and the words themselves."""
    rng = random.Random(seed)
    joins = ("", " ", "  ", "-", "\u00a0")
    return ["".join(rng.choice(FRAGMENTS) + rng.choice(joins) for _ in range(rng.randint(1, 8))) for _ in range(count)]


def test_literals_find_words_in_any_case_and_inside_other_words() -> None:
    screen = Literals("addr", "lives")
    assert screen("New ADDRESS: 12 Example Road")
    assert screen("she LiVeS on the coast")
    assert screen("olives")  # a substring, as the expression it screens reads it
    assert not screen("nothing to see here")


def test_literals_never_turn_away_a_case_twin() -> None:
    # "ſ" matches "s" and the Kelvin sign matches "k" in a case-insensitive expression
    assert re.search("(?i)lives", "liveſ")
    assert Literals("lives")("liveſ")
    assert Literals("kit")("\u212ait")


def test_literals_fold_punctuation_as_the_text_is_folded() -> None:
    assert Literals("1:1")("support 1:1 today")
    assert Literals("1:1")("support 1-1 today")  # errs towards yes: the expression decides


def test_literals_need_ascii_words() -> None:
    with pytest.raises(ValueError):
        Literals("café")
    with pytest.raises(ValueError):
        Literals()


def test_literals_are_a_necessary_condition_of_the_expression() -> None:
    screen = Literals(*WORDS)
    expression = re.compile("(?i)" + "|".join(re.escape(word) for word in WORDS))
    texts = _texts()
    for text in texts:
        if expression.search(text):
            assert screen(text), text
    assert sum(bool(expression.search(text)) for text in texts) > 500  # the texts do exercise it


def test_literals_agree_with_the_expression_on_letters_when_the_text_folds_exactly() -> None:
    letters = ("addr", "lives", "moved", "school")
    screen = Literals(*letters)
    expression = re.compile("(?i)" + "|".join(letters))
    for text in _texts():
        if folds_exactly(text):
            assert screen(text) == bool(expression.search(text)), text


def test_folds_exactly() -> None:
    assert folds_exactly("plain text")
    assert folds_exactly("café 🙂")
    for twin in ("ſ", "ı", "İ", "\u212a"):
        assert not folds_exactly(f"a{twin}b")


def test_has_digit_reads_every_script() -> None:
    assert has_digit("Year 6")
    assert has_digit("٣ apples")  # an Arabic-Indic digit is a `\d`
    assert not has_digit("no numbers here")
    assert not has_digit("")


def test_folded_is_what_words_split() -> None:
    for text in _texts(300):
        assert folded(text).split() == words(text)
        assert len(folded(text)) == len(text.encode("utf-8", "surrogatepass"))
