"""The bag-of-words classifiers' n-gram features for a whole batch in one sort, not one per input.

spaCy's `extract_ngrams` layer (the first layer of `TextCatBOW`, which both shipped classifiers are,
`detectors.judgement`) turns each input into its sorted distinct n-gram keys and their counts with one
`numpy.unique` per input: ~20 us of numpy overhead on a tweet of twenty tokens, most of what the job
classifier costs.  `batch_ngrams` computes the same three arrays (keys, counts, lengths) for the whole
batch at once: every input's unigrams in one array, the n-grams of that array hashed in one call (those
that straddle two inputs dropped), then one `lexsort` by (input, key).  The arrays are equal element for
element, so the linear layer after it sums the same weights in the same order: the same scores.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy
from thinc.api import Model


def batch_ngrams(model: Model, docs: Sequence[Any], is_train: bool) -> tuple[tuple[Any, Any, Any], Callable]:
    """`spacy.ml.extract_ngrams.forward` for a batch in one pass (a drop-in `forward` of that layer)."""
    ops: Any = model.ops  # NumpyOps: thinc's types do not say that its arrays are numpy's
    attr, size = model.attrs["attr"], model.attrs["ngram_size"]
    unigrams = [ops.asarray(doc.to_array([attr])) for doc in docs]
    count = len(unigrams)
    sizes = numpy.fromiter(map(len, unigrams), dtype=numpy.intp, count=count)
    flat = numpy.ascontiguousarray(numpy.concatenate(unigrams) if unigrams else numpy.zeros(0, numpy.uint64))
    owner = numpy.repeat(numpy.arange(count, dtype=numpy.intp), sizes)
    ends = numpy.cumsum(sizes)[owner]  # where the input of each unigram ends in `flat`
    keys, owners = [flat], [owner]
    for n in range(2, size + 1):
        windows = len(flat) - (n - 1)
        if windows <= 0:
            break
        whole = numpy.arange(windows, dtype=numpy.intp) + n <= ends[:windows]  # the window lies in one input
        keys.append(ops.ngrams(n, flat)[whole])
        owners.append(owner[:windows][whole])
    key, of = numpy.concatenate(keys), numpy.concatenate(owners)
    order = numpy.lexsort((key, of))
    key, of = key[order], of[order]
    first = numpy.ones(len(key), dtype=bool)
    first[1:] = (key[1:] != key[:-1]) | (of[1:] != of[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(key)))
    lengths = ops.asarray(numpy.bincount(of[starts], minlength=count), dtype="int32")
    batch_keys = ops.xp.ascontiguousarray(key[starts])
    batch_vals = ops.asarray(counts, dtype="f")

    def backprop(d_outputs: Any) -> list[Any]:
        return []

    return (batch_keys, batch_vals, lengths), backprop


def use_batch_ngrams(component: Any) -> bool:
    """Make the `extract_ngrams` layer of a loaded classifier (a pipeline component) run `batch_ngrams`; False
    (left as it is) when it has no such layer, or one whose settings this does not know."""
    model = getattr(component, "model", None)
    for layer in model.walk() if isinstance(model, Model) else ():
        if layer.name == "extract_ngrams" and set(layer.attrs) == {"ngram_size", "attr"}:
            layer._func = batch_ngrams
            return True
    return False
