"""The job gate's wider net of school life (`school_life.wider_opens`, `wider_cues`).

Staff write about their work without a role word or one of the life words the classifier's markers
come from; the wider net lets those texts reach the classifier without changing what it reads.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from detectors import nlp
from detectors.base import Item, Provenance
from detectors.job_title import JobTitleDetector, touches_any
from detectors.school_life import life_areas, life_cues, touches_school_life, wider_cues, wider_opens, wider_screen
from detectors.words import words


def _opens(text: str) -> bool:
    return wider_opens(wider_screen().intersection(words(text)), text)


def _item(text: str) -> Item:
    return Item(Provenance("x", "tweets.js", "1", "full_text", "post"), text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "First week as VP and the photocopier already hates me",  # a distinctive word
        "Thirty years as custodian, retiring on Friday",
        "Paraprofessional life: glue on my sleeve again",
        "Diwrnod hir yn yr ysgol heddiw",  # Welsh
        "Uniform check then registration, and it's only 8.50",  # two everyday words
        "Wet play again, the cards are everywhere",  # a term of two words
        "Half-term cannot come soon enough",  # a hyphenated life word, read word by word
        "Learning walk this morning and my room was a tip",
        "Grade 6 essays all weekend",  # a year group of another system
        "my P7s were brilliant at the concert",
        "the S4s did their prelims",
        "JSS1 sports were chaos",
        "Reception team @FernsidePrimary, glitter everywhere",  # an everyday word with a school's handle
    ],
)
def test_the_wider_net_opens_on_school_life(text: str) -> None:
    assert _opens(text)
    assert touches_any(_item(text))
    assert JobTitleDetector().wants(_item(text))


@pytest.mark.parametrize(
    "text",
    [
        "Uniform shopping done",  # one everyday word
        "we let the dogs play in the wet grass",  # the words of a phrase, apart
        "the end of an era, and the term paper is due",
        "Grade A coffee beans",  # a grade, not a year group
        "P9 is the new phone",
        "@FernsidePrimary great news",  # a handle alone
        "#HillsideAcademy",
        "nothing to do with schools at all",
        "",
    ],
)
def test_the_wider_net_stays_shut_without_school_life(text: str) -> None:
    assert not _opens(text)


def test_the_school_detector_does_not_cast_the_wider_net() -> None:
    # touches_school_life is the school detector's too: its answers (and findings) stay as they were
    assert not touches_school_life("Wet play again, the cards are everywhere")
    assert not touches_school_life("First week as VP")


def test_the_classifier_reads_no_new_markers() -> None:
    # the shipped model learned from the life words' areas; the wider words must not add any
    doc = nlp.doc("Wet play again, custodian on the mop, Grade 6 in the hall")
    assert life_areas(doc) == ("xxlife_places", "xxlifewords1")  # "hall" alone
    assert life_areas(nlp.doc("Wet play again, Grade 6 custodian")) == ("xxlifewords0",)


def test_wider_cues_quote_what_let_the_text_through() -> None:
    text = "Wet play again, then Grade 6 and the uniform check with @FernsidePrimary"
    cues = wider_cues(text)
    said = [word for _, _, word in cues]
    assert said[0] == "Wet play"
    assert {"Grade 6", "@FernsidePrimary"} <= set(said)
    assert said.index("uniform") > said.index("Wet play")  # everyday words last
    for start, end, word in cues:
        assert text[start:end] == word


def test_life_cues_fall_back_to_the_wider_net_only_without_life_words() -> None:
    assert [w for *_, w in life_cues(nlp.doc("Wet play again"))] == ["Wet play"]
    assert [w for *_, w in life_cues(nlp.doc("Wet play again, then marking"))] == ["marking"]
    assert life_cues(nlp.doc("a quiet walk on the beach")) == []
