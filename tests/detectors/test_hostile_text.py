"""Hostile text reaches spaCy bounded: long runs, megabyte posts, and ordinary text untouched.

spaCy's affix rules are quadratic on a run without spaces (a post of 20,000 "!" took 76 s) and
a text over a million characters raised spaCy's own length error.  `tokens.BoundedTokenizer` cuts
long runs into plain tokens, reads a window at a time and only the first `MAX_TOKENISED`
characters; these tests hold that each hostile post is done in bounded time, that the findings
around the run are those of the post without it, and that ordinary text gets exactly the
tokens spaCy's own tokenizer gives.
"""

from __future__ import annotations

import random
from functools import lru_cache

import pytest
import spacy
from spacy.tokens import Doc

from detectors import nlp
from detectors import tokens as bounded
from detectors.job_title import JobTitleDetector
from tests.conftest import text_item

POST = "I'm a Year 5 teacher at a village primary. Marking tonight, then reports! {run} Tea & biscuits after"
"""A member of staff's post around a run; the job detector finds "year 5 teacher" in it."""
_rng = random.Random(5)
RUNS = {
    "20,000 !": "!" * 20_000,
    "3 MB of digits": "".join(_rng.choices("0123456789", k=3_000_000)),
    "1 MB word of letters": "".join(_rng.choices("abcdefghijklmnopqrstuvwxyz", k=1_000_000)),
    "3 MB of punctuation": "".join(_rng.choices("!?.,'\"()-:;*#", k=3_000_000)),
}
ORDINARY = [
    "Don't forget: Year 6 SATs revision club is at 3:30pm in room 12 (bring pens!)",
    "Can't believe it's nearly half-term... 😂 we've earned it #teacherlife",
    "Ring the office on 0113 496 0123 or e-mail office@example.org, they'll sort it",
    "Our head's blog: https://www.example.com/news/2024/06/sports-day?ref=twitter",
    "Year 2 trip to the farm!!!\n\nPermission slips by Friday please.  Thanks x",
    'He said "no" -- then yes; 50% of \'em agreed & £5 each, $10 for two',
]
"""Sentences with the tokenizer's exceptions (contractions, emoji, links, quotes, prices)."""


@lru_cache(maxsize=1)
def spacy_english() -> spacy.language.Language:
    """spaCy's own blank pipeline, its tokenizer unbounded: what ordinary text must still get."""
    return spacy.blank("en")


def plain_tokens(text: str) -> list[tuple[str, str, str]]:
    """What spaCy's own tokenizer makes of a text: no cutting, no windows."""
    return [(t.text, t.whitespace_, t.norm_) for t in spacy_english().tokenizer(text)]


def tokens(doc: Doc | list[object]) -> list[tuple[str, str, str]]:
    return [(t.text, t.whitespace_, t.norm_) for t in doc]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(RUNS))
def test_a_long_run_is_tokenised_in_bounded_time_and_the_words_around_it_as_before(name: str) -> None:
    run = RUNS[name]
    text = POST.format(run=run)
    head, tail = POST.split("{run}")
    (doc,) = nlp.docs([text])  # bounded by construction (below); the seconds are bench/fuzz.py's
    assert doc.text == text  # offsets still point into the item's text
    before = [t for t in doc if t.idx < len(head)]
    after = [t for t in doc if t.idx > len(head) + len(run)]
    assert tokens(before) == plain_tokens(head)
    assert tokens(after) == plain_tokens(tail.lstrip(" "))
    assert all(len(t) <= bounded.LONG_RUN for t in doc)


@pytest.mark.parametrize("name", sorted(RUNS))
def test_the_findings_around_a_long_run_are_still_found(name: str) -> None:
    run = RUNS[name]
    usual = JobTitleDetector().detect(text_item(POST.format(run="")))
    found = JobTitleDetector().detect(text_item(POST.format(run=run)))
    assert [(m.value, m.start, m.end, m.tier) for m in found] == [(m.value, m.start, m.end, m.tier) for m in usual]
    assert [m.value for m in usual] == ["year 5 teacher"]


def test_long_ordinary_text_gets_exactly_spacys_tokens() -> None:
    """Past `WINDOW` characters a text is read a window at a time, cut where a word starts."""
    rng = random.Random(7)
    text = "".join(rng.choice(ORDINARY) + rng.choice([" ", "  ", "\n", " \n ", "\t"]) for _ in range(600))
    assert bounded.WINDOW * 3 < len(text) < bounded.MAX_TOKENISED
    doc = nlp.english().make_doc(text)
    assert doc.text == text
    assert tokens(doc) == plain_tokens(text)


def test_a_megabyte_post_is_tokenised_up_to_the_cap_and_kept_whole() -> None:
    """spaCy refused texts over a million characters; now the first `MAX_TOKENISED` are read."""
    rng = random.Random(11)
    text = " ".join(rng.choice(ORDINARY) for _ in range(40_000))
    assert len(text) > 2_000_000
    doc = nlp.doc(text)
    assert doc.text == text
    read = [t for t in doc if t.idx + len(t) <= bounded.MAX_TOKENISED - 200]
    assert tokens(read) == plain_tokens(text[: bounded.MAX_TOKENISED - 200])[: len(read)]
    assert len(doc) - len(read) < (len(text) - bounded.MAX_TOKENISED) // 50  # the rest: plain pieces


def test_every_way_into_the_pipeline_is_bounded() -> None:
    """Detectors and the classifiers reach the tokenizer through `docs`, `doc`, `make_doc`,
    `nlp.pipe` and `tokenizer.pipe`: all of them cut a long run."""
    text = "ok " + "!" * 20_000
    english = nlp.english()
    made = [
        nlp.doc(text),
        english.make_doc(text),
        english(text),
        *english.pipe([text]),
        *english.tokenizer.pipe([text]),
    ]
    assert all(d.text == text and max(map(len, d)) <= bounded.LONG_RUN for d in made)  # not 20,000 "!"
