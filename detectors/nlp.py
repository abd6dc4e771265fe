"""The shared spaCy pipeline of the text detectors: a blank English tokenizer, built once.

No trained spaCy model is downloaded, here or at run time (the tool is offline and private by
construction), so detectors build *rule* pipelines on `spacy.blank("en")`: the tokenizer plus
the `Matcher`/`PhraseMatcher`/`EntityRuler` rules each detector owns.  Building the blank
pipeline costs ~0.3 s and a few MB, so it is made lazily, the first time a detector actually
needs it (a scan of an export with no candidate posts never pays for it), and cached for
the life of the process.  Every detector shares one `Vocab`, so their matchers are built
against `english().vocab`.

The tokenizer alone runs at ~25 MB/s on a core; matchers add to that.  The text path must
stay >= 10 MB/s, so detectors call this module only for items that passed a cheap
regular-expression gate in `Detector.wants`, and they send the survivors through `docs()`,
which batches them with `nlp.pipe`.

A trained English pipeline (`en_core_web_sm` ...) is an optional extra: `trained_english()`
returns it when the user has one installed, else None.  Nothing may require it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

BATCH_SIZE = 256
"""Texts per `nlp.pipe` batch: the pipeline hands detectors batches of this size anyway."""

TRAINED_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
"""Trained English pipelines used if (and only if) the user already has one installed."""


@lru_cache(maxsize=1)
def english() -> Language:
    """The process-wide blank English pipeline: tokenizer, lexical attributes, no models."""
    return spacy.blank("en")


def docs(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Tokenise texts in batches, in order: one `Doc` per text.

    The blank pipeline has no components, so `nlp.pipe` is just the tokenizer run over a
    stream; detectors apply their own matchers to each `Doc`.
    """
    return english().pipe(texts, batch_size=batch_size)


def doc(text: str) -> Doc:
    """One `Doc`, for the odd single item (tests, `Detector.detect`)."""
    return english()(text)


@lru_cache(maxsize=1)
def trained_english() -> Language | None:
    """An installed trained English pipeline with only its tagger/parser/NER, or None.

    Never downloads anything: a package that is not importable is simply not used.  Loaded
    with the lemmatizer and friends disabled, since callers want entities at most.
    """
    for name in TRAINED_PIPELINES:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            return spacy.load(name, exclude=["lemmatizer", "textcat", "senter"])
        except (OSError, ValueError, ImportError):
            continue
    return None


__all__ = ["BATCH_SIZE", "TRAINED_PIPELINES", "doc", "docs", "english", "trained_english"]
