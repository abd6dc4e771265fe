"""The shared spaCy pipeline of the text detectors: a blank English tokenizer, built once.

No trained spaCy model is downloaded, here or at run time (the tool is offline and private by
construction), so detectors build *rule* pipelines on `spacy.blank("en")`: the tokenizer plus
the `Matcher`/`PhraseMatcher`/`EntityRuler` rules each detector owns.  Building the blank
pipeline costs ~0.3 s and a few MB, so it is made lazily, the first time a detector actually
needs it (a scan of an export with no candidate posts never pays for it), and cached for
the life of the process.  Every detector shares one `Vocab`, so their matchers are built
against `english().vocab`.

The tokenizer alone runs at ~9 MB/s on short posts (25 MB/s on long texts); matchers add to
that.  The text path must stay >= 10 MB/s, so detectors call the pipeline only for items
that passed a cheap gate in `Detector.wants` (`words()` against the keywords a
`KeywordGate` compiles from the detector's own patterns), and they send those through
`docs()`, which batches them with `nlp.pipe` and shares the `Doc`s between detectors.
`RuleMatcher` runs fixed-phrase patterns in a `PhraseMatcher`, which is what makes a
candidate post cost ~25 us instead of ~200 us.

No trained English pipeline (`en_core_web_sm` ...) is used: the rules reach the bar on the
dev corpus without one, and a statistical model costs far more a post than the rules.  If
one is ever added as an option, load it only when the package is already importable, never
download it.

Hostile text: spaCy's affix rules are quadratic on a run without spaces (20,000 "!" took 76 s)
and a `Doc` grows with its text, so the pipeline's tokenizer is a `BoundedTokenizer`:
runs longer than `LONG_RUN` become plain pieces without being tokenised, each call reads at
most `WINDOW` characters, and only the first `MAX_TOKENISED` characters of a text are read.
Ordinary text gets exactly the tokens it always got; every `Doc` keeps its text whole, so
character offsets still point into the item's text.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import product
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from detectors.tokens import BoundedTokenizer
from detectors.words import keywords, words

BATCH_SIZE = 256
"""Texts per `nlp.pipe` batch: the pipeline hands detectors batches of this size anyway."""


@lru_cache(maxsize=1)
def english() -> Language:
    """The process-wide blank English pipeline: tokenizer, lexical attributes, no models.

    Its tokenizer is bounded (`BoundedTokenizer`), so `nlp(text)`, `nlp.make_doc`, `nlp.pipe`
    and `nlp.tokenizer.pipe` are all safe on hostile text; spaCy's own length limit goes.
    spaCy types `nlp.tokenizer` as a plain callable, so phrase patterns are made with the
    typed `nlp.make_doc` (the same tokenizer call, one text at a time).
    """
    nlp = spacy.blank("en")
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.max_length = sys.maxsize
    return nlp


DOC_CACHE_CHARS = 300_000
"""Characters of recent texts whose `Doc`s are kept: a `Doc` costs ~75 bytes a character, so
~22 MB, a few batches of ordinary posts (one batch is all the sharing needs)."""
_recent: OrderedDict[str, Doc] = OrderedDict()
_recent_chars = 0
_recent_lock = threading.Lock()


def docs(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> list[Doc]:
    """Tokenise texts in batches, in order: one `Doc` per text.

    The blank pipeline has no components, so this is its tokenizer over each text, called
    straight (through `Language.pipe`'s generators it costs ~5 % more); detectors apply their own
    matchers to each `Doc` and must not change it, because the `Doc`s of the latest texts are kept
    and shared: the pipeline hands the same batch to every detector, so the second detector that
    wants a post gets its `Doc` for free (tokenising is most of the cost of a candidate post).
    """
    global _recent_chars
    with _recent_lock:
        known = {text: _recent[text] for text in texts if text in _recent}
    missing, pipeline = [text for text in dict.fromkeys(texts) if text not in known], english()
    made_docs = pipeline.pipe(missing, batch_size=batch_size) if pipeline.pipeline else map(pipeline.tokenizer, missing)
    made = dict(zip(missing, made_docs, strict=True)) if missing else {}
    known.update(made)
    with _recent_lock:
        for text, made_doc in made.items():
            _recent[text] = made_doc
            _recent_chars += len(text)
        while _recent_chars > DOC_CACHE_CHARS and _recent:
            _recent_chars -= len(_recent.popitem(last=False)[0])
    return [known[text] for text in texts]


class KeywordGate:
    """A cheap `wants()` gate compiled from `Matcher` token patterns: can any of them match?

    A pattern can only match a text that holds every word its required tokens spell (a
    `LOWER`/`ORTH` literal or `IN` list, not optional).  Each pattern gets one *anchor*: the
    first required token that is not an everyday word; a text passes when it holds any
    anchor word (one set intersection).  Patterns made only of everyday words ("my class",
    "head of year") are checked in full, and only when the text holds their rarest word.
    Tokens the gate cannot enumerate (`REGEX`, `LIKE_NUM`, `IS_TITLE`) are skipped, which
    only makes it let more through, never less.
    """

    def __init__(self, patterns: Iterable[Sequence[Mapping[str, Any]]], common: Iterable[str]) -> None:
        everyday = keywords(*common)
        self._always = False
        anchors: set[bytes] = set()
        self._full: list[tuple[frozenset[bytes], ...]] = []
        for pattern in patterns:
            slots = [slot for slot in map(_slot_words, pattern) if slot]
            anchor = next((slot for slot in slots if slot.isdisjoint(everyday)), None)
            if anchor is not None:
                anchors |= anchor
            elif slots:
                self._full.append(tuple(slots))
            else:
                self._always = True  # nothing to gate on: every text may match
        self._anchors = frozenset(anchors)
        keys = [min(slots, key=lambda slot: (not slot.isdisjoint(_STOP), len(slot))) for slots in self._full]
        self._any = self._anchors.union(*keys)
        self._by_key: dict[bytes, list[tuple[frozenset[bytes], tuple[frozenset[bytes], ...]]]] = {}
        """Each pattern checked in full, under every word of its key slot: a text is checked only
        against the patterns whose key it holds (a pattern without its key word cannot match).  Kept as
        (its one-word slots' words, all in the text: one subset test; its other slots, each met)."""
        for full, key in zip(self._full, keys, strict=True):
            single = frozenset(word for slot in full if len(slot) == 1 for word in slot)
            wider = tuple(dict.fromkeys(slot for slot in full if len(slot) > 1))
            for word in key:
                if (single, wider) not in self._by_key.setdefault(word, []):
                    self._by_key[word].append((single, wider))
        self._key_words = frozenset(self._by_key)

    @property
    def screen(self) -> frozenset[bytes] | None:
        """Words one of which every text the gate lets through holds (None: it may let any text through)."""
        return None if self._always else self._any

    def __call__(self, text: str) -> bool:
        if self._always:
            return True
        found = words(text)
        if self._any.isdisjoint(found):  # most texts: one pass over their words
            return False
        if not self._anchors.isdisjoint(found):
            return True
        present = frozenset(found)
        return self._full_match(self._key_words.intersection(present), present)

    def opens(self, screened: frozenset[bytes], text: str) -> bool:
        """`self(text)` from `screened`, the text's words in a set holding `screen` (a gate that screens
        once has them): anchors and keys are in `screen`, so only a pattern checked in full reads more."""
        if self._always:
            return True
        if self._any.isdisjoint(screened):
            return False
        if not self._anchors.isdisjoint(screened):
            return True
        keys = self._key_words.intersection(screened)
        if not keys:
            return False
        return self._full_match(keys, frozenset(words(text)))

    def _full_match(self, keys: Iterable[bytes], present: frozenset[bytes]) -> bool:
        """Whether every slot of some pattern filed under one of `keys` meets the text's words."""
        for word in keys:
            for single, wider in self._by_key[word]:
                if single <= present and all(not slot.isdisjoint(present) for slot in wider):
                    return True
        return False


_STOP = frozenset(b"i my me we our the a an of at to in on for and from is it".split())
"""Words in most texts: a pattern made of everyday words is looked at by its rarest word."""


def _slot_words(token: Mapping[str, Any]) -> frozenset[bytes]:
    """The words one required pattern token accepts, as `words()` spells them; empty if unknown."""
    op = str(token.get("OP", ""))
    if op in ("?", "*", "!") or op.startswith(("{0", "{,")):
        return frozenset()
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = token.get(attr)
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, Mapping) and "IN" in value:
            values = list(value["IN"])
        else:
            continue
        parts = [words(v) for v in values]
        # "co-ordinator" needs all its words, so its longest one will do; "#" is nothing known
        return frozenset(max(part, key=len) for part in parts) if all(parts) else frozenset()
    return frozenset()


class RuleMatcher:
    """A `Matcher` that hands every fixed-phrase pattern to a `PhraseMatcher`.

    spaCy's `Matcher` evaluates `IN` predicates in Python, token by token and pattern by
    pattern: 200 patterns over a 20-token post cost ~170 us.  Most rule patterns are
    fixed phrases in disguise (`[{"LOWER": {"IN": ["year", "yr"]}}, {"LOWER": "4"}, ...]`),
    so those are expanded into their phrases and looked up in a `PhraseMatcher` (a hash
    lookup per token); only patterns with operators or other attributes (`OP`, `ORTH`,
    `LIKE_NUM`, `IS_TITLE`, `REGEX`) stay in the `Matcher`.  Calling it gives the same
    `(key, start, end)` triples as the `Matcher` alone would, keys as strings.  (Tokens of a
    phrase are split by the tokenizer as the text is: "co-ordinator" becomes three tokens on
    both sides, where a `Matcher` pattern `{"LOWER": "co-ordinator"}` would never match.)
    """

    MAX_PHRASES = 5000
    """Expansions per pattern above which it stays in the `Matcher` (bounded build time)."""

    def __init__(self, patterns: Mapping[str, Iterable[Sequence[Mapping[str, Any]]]]) -> None:
        nlp = english()
        self._phrases = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self._tokens = Matcher(nlp.vocab)
        for key, rows in patterns.items():
            phrases: dict[str, set[str]] = {"LOWER": set(), "ORTH": set()}
            complex_rows: list[list[dict[str, Any]]] = []
            for row in rows:
                expanded = _phrases(row, self.MAX_PHRASES)
                if expanded is None:
                    complex_rows.append([dict(token) for token in row])  # the `Matcher` takes dicts only
                else:
                    phrases[expanded[0]].update(expanded[1])
            for attr, spelled in phrases.items():
                if spelled:
                    self._phrases[attr].add(key, [nlp.make_doc(phrase) for phrase in sorted(spelled)])
            if complex_rows:
                self._tokens.add(key, complex_rows)
        self._active = [m for m in self._phrases.values() if len(m)]
        self._token_gate = KeywordGate(
            (row for key, rows in patterns.items() for row in rows if _phrases(row, self.MAX_PHRASES) is None), ()
        )

    def __call__(self, doc: Doc, text: str | None = None) -> list[tuple[str, int, int]]:
        """Matches in a doc; give its `text` too and the `Matcher` only runs if it may match."""
        strings = doc.vocab.strings
        found = [(strings[k], s, e) for matcher in self._active for k, s, e in matcher(doc)]
        if len(self._tokens) and (text is None or self._token_gate(text)):
            found += [(strings[k], s, e) for k, s, e in self._tokens(doc)]
        return found


def _phrases(row: Sequence[Mapping[str, Any]], limit: int) -> tuple[str, list[str]] | None:
    """(attribute, phrases) of a pattern of plain `LOWER` or `ORTH` tokens, else None.

    An optional token (`"OP": "?"`) is expanded both ways.
    """
    attrs = {attr for token in row for attr in token if attr != "OP"}
    if len(attrs) != 1 or not attrs <= {"LOWER", "ORTH"}:
        return None
    (attr,) = attrs
    options: list[list[str]] = []
    total = 1
    for token in row:
        value = token[attr]
        if isinstance(value, str):
            choices = [value]
        elif isinstance(value, Mapping) and set(value) == {"IN"}:
            choices = list(value["IN"])
        else:
            return None
        op = token.get("OP")
        if op == "?":
            choices = [*choices, ""]
        elif op is not None:
            return None
        total *= len(choices)
        if total > limit:
            return None
        options.append(choices)
    phrases = [" ".join(word for word in words if word) for words in product(*options)]
    return attr, [phrase for phrase in phrases if phrase]


def doc(text: str) -> Doc:
    """One `Doc`, for the odd single item (tests, `Detector.detect`)."""
    return english()(text)


__all__ = [
    "BATCH_SIZE",
    "doc",
    "docs",
    "english",
    "words",
    "keywords",
    "KeywordGate",
    "RuleMatcher",
]
