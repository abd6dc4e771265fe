"""`detectors.bow_batch`: the classifiers' n-gram features made for a batch at once are spaCy's, array for array,
so the shipped models score every input exactly as they did with one `numpy.unique` an input."""

from __future__ import annotations

import random

import numpy
import pytest
from spacy.ml.extract_ngrams import extract_ngrams, forward

from detectors import nlp
from detectors.bow_batch import batch_ngrams, use_batch_ngrams
from detectors.judgement import job_row, judge

WORDS = ("Marking", "30", "books", "tonight", "!", "the", "the", "Year", "4", "TA", "said", "#INSET", "day", ":)",
         "wet", "play", "again", "@FernsidePrimary", "x", "é", "🙂", "I'm", "a", "teacher", "teacher", "...")  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _same(left: tuple[numpy.ndarray, ...], right: tuple[numpy.ndarray, ...]) -> None:
    for a, b in zip(left, right, strict=True):
        assert a.dtype == b.dtype and a.shape == b.shape and numpy.array_equal(a, b)


@pytest.mark.parametrize("size", [1, 2, 3])
def test_the_features_of_a_batch_are_spacys(size: int) -> None:
    layer = extract_ngrams(size, attr=65)  # ORTH, as the shipped classifiers read
    rng = random.Random(size)
    texts = _texts(400, size)
    docs = nlp.docs(texts)
    rows = [job_row(doc, "post", ("xxclue",), text) for doc, text in zip(docs, texts, strict=True)]
    for _ in range(40):
        batch = rng.sample([*docs, *rows], rng.randint(1, 60))
        _same(batch_ngrams(layer, batch, False)[0], forward(layer, batch, False)[0])


def test_one_token_inputs_and_repeated_words() -> None:
    layer = extract_ngrams(3, attr=65)
    batch = nlp.docs(["x", "the the the the", "a", "teacher teacher", "é"])
    _same(batch_ngrams(layer, batch, False)[0], forward(layer, batch, False)[0])


@pytest.mark.parametrize("name", ["job", "workplace"])
def test_the_shipped_models_score_as_with_spacys_features(name: str) -> None:
    component = judge(name).classifier()
    layer = next(layer for layer in component.model.walk() if layer.name == "extract_ngrams")
    assert layer._func is batch_ngrams  # `Judge` switched it on when it loaded the model
    texts = [*_texts(300, 7), "Marking " * 400]  # the last one longer than a classifier reads: a `Doc`
    inputs = [job_row(doc, "post", ("xxlife_work",), text) for doc, text in zip(nlp.docs(texts), texts, strict=True)]
    fast = judge(name).raw_docs(inputs)
    layer._func = forward
    try:
        assert judge(name).raw_docs(inputs) == fast
    finally:
        layer._func = batch_ngrams


def test_a_model_without_the_layer_is_left_alone() -> None:
    assert not use_batch_ngrams(object())
    assert not use_batch_ngrams(nlp.english())
