"""spaCy's tokenizer with its time and memory bounded on hostile text (issue 13).

spaCy's tokenizer is quadratic on runs without spaces (a post of 20,000 "!" took 76 s) and
refuses texts over a million characters.  `BoundedTokenizer` wraps it: ordinary posts go straight
through; long runs are cut into plain tokens, long texts are tokenised a window at a time where a
word starts, and only the first `MAX_TOKENISED` characters are tokenised at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

LONG_RUN = 100
"""Characters in a run without a space (or of spaces only) above which it is not tokenised but
cut evenly into tokens of at most this many (so no piece is a short word): no word or link is
that long, the tokenizer is quadratic on such runs, and spaCy's lexical attributes of a new
token cost least a character at about this length (~0.5 s a MB of random punctuation)."""
WINDOW = 10_000
"""At most this many characters per call of spaCy's tokenizer (cut where a word starts)."""
MAX_TOKENISED = 100_000
"""Characters of one text that are tokenised (more than the longest post a platform allows,
Facebook's 63,206; a `Doc` of this many costs a few MB); the rest stays as plain pieces."""
CACHED_CHUNKS = 100_000
"""Chunks (the text between two spaces) whose tokens spaCy's tokenizer keeps, up from its 10,000, which a scan
fills within a few thousand candidate posts: after that every chunk not kept is split afresh by the affix
rules.  A kept chunk is its lexemes, ~50 bytes; spaCy keeps no chunk a special case touched, so a kept chunk
gives exactly the tokens splitting it would."""
_LONG = re.compile(rf"(?<!\S)\S{{{LONG_RUN + 1},}}|(?<!\s)\s{{{LONG_RUN + 1},}}")
_WORD_START = re.compile(r"(?<=\s)\S")


class BoundedTokenizer:
    """spaCy's tokenizer with its time and memory bounded on hostile text.

    spaCy splits a text on whitespace before anything else, so a text cut where a word starts
    (whitespace before, none after) tokenises piece by piece into exactly the tokens of the
    whole: their texts, spaces and norms (the only things a tokenizer sets) make one `Doc`.
    A long run is cut into plain tokens instead; a space after it stays its last token's.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self._tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, CACHED_CHUNKS)

    def __call__(self, text: str) -> Doc:
        if len(text) <= WINDOW and (len(text) <= LONG_RUN or _LONG.search(text) is None):
            return self._tokenizer(text)  # every ordinary post
        pieces = _Pieces()
        budget, cursor = MAX_TOKENISED, 0
        for run in _LONG.finditer(text):
            start, end = run.span()
            if text[start] == " " and start and not text[start - 1].isspace():
                start += 1  # the space after a word is that word's
            elif not text[start].isspace() and text[end : end + 1] == " ":
                end += 1
            budget = self._read(text[cursor:start], budget, pieces)
            pieces.plain(text[start:end])
            cursor = end
        self._read(text[cursor:], budget, pieces)
        return pieces.doc(self.vocab)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenise a stream of texts (as `Tokenizer.pipe`, which phrase matchers are built with)."""
        return map(self, texts)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never for `_tokenizer` itself (a copy being built)
            raise AttributeError(name)
        return getattr(self._tokenizer, name)

    def _read(self, text: str, budget: int, pieces: _Pieces) -> int:
        """Tokenise up to `budget` characters of a text with no long run, a window at a time;
        anything past the budget becomes plain pieces.  The budget left."""
        if text.isspace():  # between two runs: one token, as spaCy makes it
            pieces.plain(text)
            return budget
        cursor = 0
        while cursor < len(text):
            if budget <= 0:
                pieces.plain(text[cursor:])
                return 0
            cut = _word_start(text, cursor, cursor + min(WINDOW, budget))
            pieces.tokens(self._tokenizer(text[cursor:cut]))
            budget -= cut - cursor
            cursor = cut
        return budget


class _Pieces:
    """The tokens of a text being pieced together, in order."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.norms: dict[int, str] = {}  # a tokenizer exception's own norm ("n't" -> "not")

    def tokens(self, doc: Doc) -> None:
        for token in doc:
            if token.norm != token.lex.norm:
                self.norms[len(self.words)] = token.norm_
            self.words.append(token.text)
            self.spaces.append(bool(token.whitespace_))

    def plain(self, text: str) -> None:
        """A run as tokens of at most `LONG_RUN` characters, cut evenly, never tokenised."""
        spaced = len(text) > 1 and text.endswith(" ") and not text[-2].isspace()
        body = text[:-1] if spaced else text
        size = -(-len(body) // -(-len(body) // LONG_RUN))
        self.words += [body[i : i + size] for i in range(0, len(body), size)]
        self.spaces += [False] * (len(self.words) - len(self.spaces) - 1) + [spaced]

    def doc(self, vocab: Any) -> Doc:
        made = Doc(vocab, words=self.words, spaces=self.spaces)
        for index, norm in self.norms.items():
            made[index].norm_ = norm
        return made


def _word_start(text: str, start: int, end: int) -> int:
    """The last place in `text[start:end]` after `start` where a word follows whitespace (there
    is one in every `2 * LONG_RUN + 2` characters of a text with no long run); `end` if none."""
    if end >= len(text):
        return len(text)
    starts = [found.start() for found in _WORD_START.finditer(text, max(start + 1, end - 2 * LONG_RUN - 2), end + 1)]
    return starts[-1] if starts else end
