"""Which tokens of a `Doc` are some given words: the school-life words (`detectors.school_life`).

The profession detector asks this of every text its gate lets through, and the workplace detector of
every text with a school in it (`school_life.life_cues`, `life_areas`), so it is on the text path's
hottest stretch.  Reading each token's lower-case form makes a Python `Token` object per token, which
cost more than the rest of both questions together; a `PhraseMatcher` of the words, one token each,
looks every token up in C and returns only the few that are one.

A word may also be written with "#" before it ("#INSET" is "inset"), which no fixed phrase can say
(any number of them), so a text holding "#" is still read token by token: only the text says whether
it does (`Doc.text` is rebuilt from every token each time it is read), so callers that have it pass
it, and the others get the token-by-token reading.  Both readings give the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from operator import itemgetter

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from detectors import nlp

_START = itemgetter(1)


class TokenWords:
    """The tokens of a text that are one of some lower-case words, "#" before them allowed."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._last: tuple[Doc, list[tuple[str, int]]] | None = None

    @cached_property
    def _matcher(self) -> tuple[PhraseMatcher, dict[int, str]]:
        """Each word as a phrase of one token, under its own key; and the word of each key."""
        vocab = nlp.english().vocab
        matcher = PhraseMatcher(vocab, attr="LOWER")
        for word in sorted(self.words):
            matcher.add(word, [Doc(vocab, words=[word])])  # one token, even "half-term" or "1:1"
        return matcher, {vocab.strings[word]: word for word in self.words}

    def __call__(self, doc: Doc, text: str | None = None) -> list[tuple[str, int]]:
        """(word, token index) of each token that is one of the words, in order; `text` is the doc's own.

        The latest answer is kept: callers ask of the same `Doc` one question after another
        (`school_life.life_cues`, then `life_areas`)."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1]
        if text is None or "#" in text:
            words = self.words
            found = [(lower, token.i) for token in doc if (lower := token.lower_.lstrip("#")) in words]
        else:
            matcher, word_of = self._matcher
            found = [(word_of[key], start) for key, start, _ in sorted(matcher(doc), key=_START)]
        self._last = (doc, found)
        return found
