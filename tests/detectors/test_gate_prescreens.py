"""Each detector's pre-screens (issue 16) leave its answers exactly as they were.

A pre-screen is a cheap necessary condition in front of a costlier check; these tests hold each one
against the check it screens (or against the gate as it was written before), on invented texts
built from the words those checks look for, their near misses, case twins and odd spaces.
"""

from __future__ import annotations

import random

import pytest

from detectors import nlp
from detectors.address import _LABEL_HINT, AddressDetector
from detectors.address_gate import _LABEL_WORDS
from detectors.address_label import labelled_addresses
from detectors.base import Item, Provenance, SchoolProfile
from detectors.email import _PLAIN, _SPELT_HINT, _local_char_before_at, _may_spell_at
from detectors.gate import has_digit
from detectors.job_gate import ROLE_GATE as _GATE
from detectors.job_title import touches_any
from detectors.judgement import job_doc
from detectors.postcode import INWARD
from detectors.role_context import _CHILD_NEWS, _PARENT, _PARENT_WORDS, parent_voice
from detectors.school import SchoolDetector
from detectors.school_candidates import _SCHOOLISH_TAG, _TAG_WORDS
from detectors.school_life import (
    _ABROAD_GROUP,
    _ABROAD_SCREEN,
    _PHRASE_WORDS,
    _SCHOOL_TAG,
    _YEAR_GROUP,
    _gate_words,
    _wider_words,
    life_areas,
    life_cues,
    touches_school_life,
)
from detectors.words import words

FRAGMENTS = (
    # parents and children
    "my", "our", "My", "son", "sons", "daughter", "kids", "kid's", "the kids'", "little ones", "lo", "twins", "two",
    "3", "as a", "mum", "Dad", "his", "her", "their", "teacher", "class", "school", "parents' evening", "evening for",
    "Jack's", "Mia's doing", "childcare", "called", "son's", "grandkids",
    # e-mail
    "@", "@sam", "jo@example.com", "jo @ example.com", "at", "AT", "(at)", "[dot]", "dot", "arroba", "example",
    ".com", "org", "pat.k", "%", "+",
    # addresses
    "address:", "New Address -", "lives at", "moved to", "12", "7a", "LS99 9ZZ", "ls99 9zz", "Mill Lane", "Road",
    "٣",
    # schools and school life
    "#Fernside", "@KestrelAcademy", "#HillsideHigh", "Primary", "PRI", "catholic", "Year 6", "yr 4", "year", "marking",
    "books", "day", "miss", "INSET", "#ukedchat", "SENCo", "head of", "PPA", "duty", "lunch", "one", "Ofsted", "are",
    # the job gate's wider net
    "wet", "play", "Wet play", "half-term", "half", "term", "Grade 6", "grade", "P7", "s4s", "JSS1", "VP", "para",
    "@FernsidePrimary", "#OakhurstAcademy", "uniform", "child", "end of", "ysgol",
    # noise
    "the", "and", "hello", "great", "olives", "price",
)  # fmt: skip
JOINS = (" ", " ", " ", "", ", ", ". ", "\n", "-", "'", "’", "\u00a0", "…", "_", "🙂")
TWINS = str.maketrans({"s": "ſ", "i": "ı", "k": "\u212a"})


def _texts(count: int = 4000, seed: int = 16) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = "".join(rng.choice(FRAGMENTS) + rng.choice(JOINS) for _ in range(rng.randint(1, 9)))
        roll = rng.random()
        if roll < 0.1:
            text = text.upper()
        elif roll < 0.15:
            text = text.translate(TWINS)
        out.append(text)
    return out


TEXTS = _texts()


def _item(text: str, section: str = "post") -> Item:
    return Item(Provenance("x", "tweets.js", "1", "bio" if section == "profile" else "full_text", section), text=text)  # type: ignore[arg-type]


def test_parent_voice_is_the_two_expressions() -> None:
    for text in TEXTS:
        assert parent_voice(text) == bool(_PARENT.search(text.lower()) or _CHILD_NEWS.search(text)), text
    assert sum(map(parent_voice, TEXTS)) > 300


@pytest.mark.parametrize(
    "text",
    ["my son starts", "our little ones", "my lo", "my 3", "two kids", "the kids' bags", "her daughter's",
     "as a mum", "their parents evening", "childcare again", "school rang"],
)  # fmt: skip
def test_every_way_a_parent_speaks_holds_a_screen_word(text: str) -> None:
    assert _PARENT.search(text)
    assert not _PARENT_WORDS.isdisjoint(words(text))


def test_email_prescreens_are_necessary() -> None:
    for text in TEXTS:
        if _PLAIN.search(text):
            assert _local_char_before_at(text), text
        if _SPELT_HINT.search(text):
            assert _may_spell_at(text), text
    assert any(_PLAIN.search(text) for text in TEXTS)
    assert any(_SPELT_HINT.search(text) for text in TEXTS)


def test_local_char_before_at() -> None:
    assert _local_char_before_at("mail jo@example.com")
    assert not _local_char_before_at("@sam thanks @jo")
    assert not _local_char_before_at("no at sign")


def test_address_prescreens_are_necessary() -> None:
    for text in TEXTS:
        if _LABEL_HINT.search(text):
            assert _LABEL_WORDS(text), text
        if INWARD.search(text) or any(labelled_addresses(text)):
            assert has_digit(text), text


def test_school_tag_prescreen_is_necessary() -> None:
    for text in TEXTS:
        if _SCHOOLISH_TAG.search(text):
            assert _TAG_WORDS(text), text
    assert any(_SCHOOLISH_TAG.search(text) for text in TEXTS)


def _school_life_as_written(text: str) -> bool:
    """`touches_school_life` before its screen."""
    strong, weak = _gate_words()
    found = set(words(text))
    if not strong.isdisjoint(found) or len(weak & found) >= 2:
        return True
    return (b"year" in found or b"yr" in found) and _YEAR_GROUP.search(text) is not None


def _wider_as_written(text: str) -> bool:
    """`school_life.wider_opens` before its screen and its phrase keys: every phrase looked for everywhere."""
    strong, weak = _wider_words()
    listed = words(text)
    found = set(listed)
    everyday = len(weak & found)
    if not strong.isdisjoint(found) or everyday >= 2 or (everyday and _SCHOOL_TAG.search(text)):
        return True
    if not _ABROAD_SCREEN.isdisjoint(found) and _ABROAD_GROUP.search(text):  # as `_school_life_as_written` reads years
        return True
    pairs = (tuple(listed[at : at + len(phrase)]) == phrase for phrase in _PHRASE_WORDS for at in range(len(listed)))
    return any(pairs)


def _keyword_gate_as_written(text: str) -> bool:
    """The job gate's `KeywordGate` checking every full pattern, not only those whose key word the text holds."""
    found = words(text)
    if _GATE._any.isdisjoint(found):
        return False
    if not _GATE._anchors.isdisjoint(found):
        return True
    present = frozenset(found)
    return any(all(not slot.isdisjoint(present) for slot in slots) for slots in _GATE._full)


def test_job_gate_is_as_written() -> None:
    for text in TEXTS:
        assert touches_school_life(text) == _school_life_as_written(text), text
        assert _GATE(text) == _keyword_gate_as_written(text), text
        as_written = _GATE(text) or touches_school_life(text) or _wider_as_written(text)
        assert touches_any(_item(text)) == as_written, text
    assert sum(touches_any(_item(text)) for text in TEXTS) > 1000
    assert sum(_wider_as_written(text) and not touches_school_life(text) for text in TEXTS) > 100


def test_school_gate_is_as_written() -> None:
    profile = SchoolProfile(name="Fernside Primary School", aliases=("Fernside Primary",), town="Fernside",
                            handles=("FernsidePrimary",))  # fmt: skip
    for detector in (SchoolDetector(), SchoolDetector(profile)):
        candidates = detector.candidates
        for text in TEXTS:
            first = not candidates.gate_words.isdisjoint(words(text)) or touches_school_life(text)
            tagged = ("@" in text or "#" in text) and _SCHOOLISH_TAG.search(text) is not None
            hashed = bool(candidates._core_prefixes) and "#" in text
            hashed = hashed and any(stem in text.lower() for stem in candidates._core_prefixes)
            assert candidates.gated(text) == (first or tagged or hashed), text


def test_address_gate_still_lets_its_cases_through() -> None:
    detector = AddressDetector()
    assert detector.wants(_item("post it to 12 Example Road, LS99 9ZZ"))
    assert detector.wants(_item("New address: 7 Rue des Lilas, Lyon"))
    assert not detector.wants(_item("great day at the beach"))


def test_life_words_read_once_are_the_same_as_read_afresh() -> None:
    texts = ["Marking books before INSET, #ukedchat", "Year 6 assembly then duty", "nothing here"]
    docs = nlp.docs(texts)
    alone = [(life_cues(doc), life_areas(doc)) for doc in nlp.docs(texts)]
    for doc, (cues, areas) in zip(reversed(docs), reversed(alone), strict=True):
        assert life_areas(doc) == areas
        assert life_cues(doc) == cues
        assert life_cues(doc, 1) == cues[:1]


def test_job_doc_with_its_text_is_the_same_doc() -> None:
    for text in ["Year 6 teacher here!", "x" * 2500 + " end", "a " * 1200, ""]:
        doc = nlp.doc(text)
        given, read = job_doc(doc, "post", ["xxclue"], text), job_doc(doc, "post", ["xxclue"])
        assert given.text == read.text
        assert [t.text for t in given] == [t.text for t in read]
        assert [t.whitespace_ for t in given] == [t.whitespace_ for t in read]


def test_the_job_classifier_reads_the_same_ids_from_a_row_as_from_the_doc() -> None:
    from spacy.attrs import ORTH

    from detectors.judgement import OrthRow, job_row, judge

    texts = ["Year 6 teacher here!", "marking 30 books :) #ukedchat", "Mark my words", "", "é 🙂 café",
             "x" * 2500 + " end", *TEXTS[:200]]  # fmt: skip
    rows, docs = [], []
    for number, text in enumerate(texts):
        doc = nlp.doc(text)
        cues = ["xxclue", "xxlife_work"][: number % 3]
        section = ("post", "profile", "comment")[number % 3]
        rows.append(job_row(doc, section, cues, text))
        docs.append(job_doc(doc, section, cues, text))
        assert (rows[-1].to_array([ORTH]) == docs[-1].to_array([ORTH])).all(), text
    assert judge("job").reads_orths_only
    assert sum(isinstance(row, OrthRow) for row in rows) == len(texts) - 1  # the long one is cut: a `Doc`
    assert judge("job").raw_docs(rows) == judge("job").raw_docs(docs)
    with pytest.raises(ValueError):
        rows[0].to_array([ORTH, ORTH])


def test_the_spelt_out_search_near_an_at_sign_is_screened_exactly() -> None:
    from detectors.email import _OBFUSCATION_NEAR_AT, _may_spell_near_at

    assert _may_spell_near_at("jo @example.com")
    assert _may_spell_near_at("write to jo (at) example")
    assert not _may_spell_near_at("@sam thanks!")
    for text in TEXTS:
        if _OBFUSCATION_NEAR_AT.search(text):
            assert _may_spell_near_at(text), text


def test_the_email_gate_lets_through_every_text_it_finds_an_address_in() -> None:
    from detectors.email import EmailDetector

    detector = EmailDetector()
    found = 0
    for text in TEXTS:
        item = _item(text)
        if list(detector.detect(item)):
            found += 1
            assert detector.wants(item), text
    assert found > 100
    assert not detector.wants(_item("thanks @sam, see you @jo!"))
    assert detector.wants(_item("write to jo@example.com"))
    assert detector.wants(_item("jo (at) example (dot) com"))
