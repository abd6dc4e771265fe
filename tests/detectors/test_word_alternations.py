"""Both remedies of `word_alternations` find what the plain regex finds, where it finds it, in any text."""

from __future__ import annotations

import re

import pytest

from detectors.phone_cues import _ORGANISATION_WORDS, ORGANISATION, organisation_ends
from detectors.voice import _SELF_DESCRIPTION_WORDS, SELF_DESCRIPTION, speaks_as_an_organisation
from detectors.word_alternations import FoldedWords, by_first_character, by_first_letter

_WORDS = FoldedWords(
    r"pub|the\s+home\b(?!\s+number)|est\.?\s*\d{4}|care\s+home", r"(?-i:&\s+Co\b)|(?-i:[A-Z]\w*\s+Arms)"
)
TEXTS = (
    "",
    "no organisation here at all",
    "Pints at the PUB, then the Pub again",
    "ring the home first, not the home number",
    "Dwyer & Co, est. 1987; DWYER & CO is not the name",
    "The Kings Arms and the kings arms",
    "Red Lion Arms pub: one place, two names",
    "a care home, a Care  Home, a CARE\tHOME",
    "İstanbul pub",  # grows when lower-cased: read by the regex itself
    "ſmall PUB",  # "ſ" is "s" to a case-insensitive regex
    "\u212a and \u017f and İ",  # the Kelvin sign is "k" to one
    "pubs and publicans and a pub's garden",
    "Est 2001 and est.1999 and EST. 12",
    "12 Larkspur Close and 3 Mill Rd; CRESCENT, crescent; CLOSED cl. ROW rows",
    "an and a, AND An, you're YOU'RE",
)
STREETISH = ("crescent", "close", "cl", "road", "rd", "row", "a", "an", "and", "you're", "k")


@pytest.mark.parametrize("text", TEXTS)
def test_folded_spans_are_the_regex_matches(text: str) -> None:
    assert list(_WORDS.spans(text)) == [found.span() for found in _WORDS.pattern.finditer(text)]
    assert _WORDS.found_in(text) is (_WORDS.pattern.search(text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_the_folded_regexes_answer_as_their_patterns(text: str) -> None:
    for variant in (text, text.upper(), text.title(), text.swapcase()):
        assert organisation_ends(variant, set_aside_too=True) == [m.end() for m in ORGANISATION.finditer(variant)]
        if speaks_as_an_organisation(variant):
            assert SELF_DESCRIPTION.search(variant) is not None


def test_folded_words_must_be_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        FoldedWords(r"Pub|inn")
    FoldedWords(r"\bpub\B|\d+\s+inn")  # escapes are not letters of a word


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", TEXTS)
def test_grouped_words_match_as_the_plain_alternation(text: str, flags: int) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(STREETISH)})\b", flags)
    grouped = re.compile(rf"\b(?:{by_first_letter(STREETISH)})\b", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_groups_keep_the_words_order() -> None:
    assert by_first_letter(["ab", "c", "ad", "a"]) == "a(?:b|d|)|c"


@pytest.mark.parametrize("word", ["", "Road", "a.b", "x+"])
def test_only_lower_case_literal_words_are_grouped(word: str) -> None:
    with pytest.raises(ValueError, match="literal"):
        by_first_letter(["road", word])


def test_an_alternation_is_grouped_by_the_character_each_alternative_opens_with() -> None:
    assert by_first_character("ab|c|ad") == "a(?:b|d)|c(?:)"
    assert by_first_character(r"(?:annual|paternity)\s+leave|a\d") == r"a(?:nnual\s+leave|\d)|p(?:aternity\s+leave)"
    assert by_first_character(r"\d+\s+shops|sale|\dx") == r"\d+\s+shops|\dx|s(?:ale)"  # a repeated opening stays whole


@pytest.mark.parametrize("pattern", ["x?y|z", "[ab]c|d", "(x)|y", "(?:a|b)?c|d", "(?<!x)y|z", "Road|lane"])
def test_what_cannot_be_grouped_is_left_alone(pattern: str) -> None:
    assert by_first_character(pattern) is None


@pytest.mark.parametrize("words", [_ORGANISATION_WORDS, _SELF_DESCRIPTION_WORDS, "i|i'm|i've|me|my|mine"])
@pytest.mark.parametrize("text", TEXTS)
def test_grouped_regex_words_match_as_written(words: str, text: str) -> None:
    grouped = by_first_character(words)
    assert grouped is not None
    for variant in (text.lower(), text.upper().lower(), text.swapcase().lower()):
        plain = [(m.span(), m.group()) for m in re.finditer(rf"\b(?:{words})\b", variant)]
        assert [(m.span(), m.group()) for m in re.finditer(rf"\b(?:{grouped})\b", variant)] == plain
