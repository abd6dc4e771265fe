"""The learned last word on an address (`detectors.address_judgement`, `detectors.contact_judgement`) and the
two readings it judges (`detectors.address_sieve`).  Invented lines only; the judgement's figures are measured on the contacts
corpus (`bench/contacts_eval.py`), not here."""

from __future__ import annotations

import re

import pytest

from detectors.address import AddressDetector
from detectors.address_judgement import (
    ADDRESS_JUDGEMENT,
    CANDIDATE,
    OTHER_CANDIDATE,
    address_input,
    home_stated,
    rule_mark,
)
from detectors.address_sieve import Sieve, filters_against
from detectors.base import Item, Match, Provenance
from detectors.contact_judgement import RESCUED_CONFIDENCE, Decision, decision, shown, strength_mark
from tests.conftest import text_item

THRESHOLDS = Decision(veto=0.3, rescue=0.9)
WORDY = "xxpost xxstreet xxrules80 | we are all going round to xxaddress after the match"
BARE = "xxbio xxstreet xxrules85 |  xxaddress "


def _match(value: str, text: str, rule: str = "house number and street", confidence: float = 0.8) -> Match:
    start = text.index(value)
    return Match("address", value, start, start + len(value), confidence, rule, ("2.3.2",), "likely")


def test_the_input_masks_the_candidate_and_every_other_address() -> None:
    text = "Moving from 4 Wren Walk to 14 Mill Lane in May"
    old, new = _match("4 Wren Walk", text), _match("14 Mill Lane", text)
    read = address_input(text, "post", new, [old, new])
    assert read == f"xxpost xxstreet xxrules80 | Moving from  {OTHER_CANDIDATE}  to  {CANDIDATE}  in May"
    assert "Mill" not in read and "Wren" not in read  # it judges streets it never saw, by their context


def test_the_input_reads_a_window_around_the_candidate() -> None:
    text = "word " * 400 + "send it to 14 Mill Lane please " + "word " * 400
    read = address_input(text, "message", _match("14 Mill Lane", text), [])
    assert read.startswith("xxdm xxstreet xxrules80 | ")
    assert len(read) < 900 and CANDIDATE in read


@pytest.mark.parametrize(
    ("rule", "mark"),
    [
        ("UK postcode", "xxpc"),
        ("street address with a UK postcode", "xxstreetpc"),
        ("an address the writer labels as one", "xxlabelled"),
        ("street named in a statement of where they live", "xxresidence"),
        ("house number and street", "xxstreet"),
    ],
)
def test_the_shape_of_what_the_rules_found_is_a_mark(rule: str, mark: str) -> None:
    assert rule_mark(rule) == mark


def test_the_rules_strength_is_a_mark() -> None:
    assert (strength_mark(0.97), strength_mark(0.85), strength_mark(0.7)) == ("xxrules95", "xxrules85", "xxrules70")


@pytest.mark.parametrize(
    ("inputs", "scores", "kept", "stated", "expected"),
    [
        ([WORDY], [0.29], 1, (), [False]),  # the rules kept it, the judgement vetoes it
        ([WORDY], [0.31], 1, (), [True]),
        ([WORDY], [0.89], 0, (), [False]),  # turned down by a filter, not home enough to hand back
        ([WORDY], [0.95], 0, (), [True]),  # handed back
        ([BARE], [0.05], 1, (), [True]),  # nothing around it to read: the rules decide
        ([BARE], [0.99], 0, (), [False]),
        ([WORDY], [0.05], 1, (True,), [True]),  # given as someone's home right beside it: never vetoed
        ([WORDY, WORDY], [0.1, 0.95], 1, (), [False, True]),
    ],
)
def test_what_is_shown(
    inputs: list[str], scores: list[float], kept: int, stated: tuple[bool, ...], expected: list[bool]
) -> None:
    assert shown(inputs, scores, kept, THRESHOLDS, stated) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Book club is at hers this month, 12 Sorrel Rise", "12 Sorrel Rise", True),
        ("Book club is at the library this month, 12 Sorrel Rise", "12 Sorrel Rise", False),
    ],
)
def test_a_home_stated_beside_it(text: str, value: str, expected: bool) -> None:
    assert home_stated(text, _match(value, text)) is expected


def test_the_shipped_thresholds_were_chosen_by_make_model() -> None:
    chosen = decision("address")
    assert 0.0 <= chosen.veto < chosen.rescue


def test_a_venue_the_rules_kept_is_vetoed() -> None:
    text = "Wedding venue address for the invites: The Old Barn, Holme Farm, Quillby LS99 9ZZ"
    detector = AddressDetector()
    kept, _ = detector.candidates(text_item(text))
    assert [m.value for m in kept] == ["LS99 9ZZ"]
    assert list(detector.detect(text_item(text))) == []


def test_a_home_the_judgement_agrees_with_is_kept() -> None:
    text = "Mum's new address for cards: 4 Wren Walk, Quillby LS99 9ZZ"
    assert [m.value for m in AddressDetector().detect(text_item(text))] == ["LS99 9ZZ"]


def test_an_address_handed_back_says_what_it_overruled(monkeypatch: pytest.MonkeyPatch) -> None:
    import detectors.contact_judgement as contact_judgement

    text = "Gig tonight at the Bell, 3 Market Street, doors 8, £6 on the door"
    detector = AddressDetector()
    item = text_item(text)
    kept, turned_down = detector.candidates(item)
    assert kept == [] and [m.value for m in turned_down] == ["3 Market Street"]

    class Certain:
        def raw(self, inputs: list[str]) -> list[float]:
            return [0.99] * len(inputs)

    monkeypatch.setattr(contact_judgement, "judge", lambda name: Certain())
    ((found,),) = ADDRESS_JUDGEMENT.judged([(item, kept, turned_down)])
    assert (found.tier, found.confidence) == ("worth a look", RESCUED_CONFIDENCE)
    assert found.explanation is not None and found.explanation.signal == "classifier"
    assert found.explanation.filters  # a venue word or a named filter, by name


def test_the_second_reading_sets_aside_venues_and_filters_but_never_the_school() -> None:
    school = re.compile("Fernside Primary", re.IGNORECASE)
    venue = "Gig tonight at the Bell, "
    filtering, unfiltered = Sieve(school), Sieve(school, filtering=False)
    assert filtering.venue_before(venue) and filtering.turned_down
    assert not unfiltered.venue_before(venue) and not unfiltered.turned_down
    assert unfiltered.venue_before("the office at Fernside Primary, ")


def test_no_second_reading_when_nothing_was_turned_down() -> None:
    item = Item(Provenance("x", "f", None, "text"), text="we live at 14 Mill Lane, Quillby")
    kept, turned_down = AddressDetector().candidates(item)
    assert [m.value for m in kept] == ["14 Mill Lane"] and turned_down == []


def test_filters_against_names_the_filters() -> None:
    text = "For sale: 3 bed semi, 14 Mill Lane, offers over £250k, viewings via the agent"
    start = text.index("14 Mill Lane")
    assert all(isinstance(name, str) and name for name in filters_against(text, start, start + 12))


def test_the_shipped_address_model_is_small_and_loads_offline() -> None:
    from detectors.judgement import MODELS, judge

    folder = MODELS / "address"
    assert sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) < 20 * 1024 * 1024
    (score,) = judge("address").raw([WORDY])
    assert 0.0 <= score <= 1.0


def test_make_model_chooses_the_thresholds_of_the_best_f1() -> None:
    """`training.address_examples`: F1 counted as the contacts bench counts it, decided as detection decides."""
    from bench.contacts_eval import Line
    from training.contact_examples import LineCandidates, best_decision, contact_examples, f1

    home = "we are all going round to 14 Mill Lane after the match"
    venue = "the match is at the club, 3 Market Street, kick off at two"
    rows = [
        LineCandidates(
            Line("a-1", "a", home, "post", {"address": frozenset({"14 Mill Lane"})}, None, False),
            [],
            [_match("14 Mill Lane", home)],
        ),  # fmt: skip
        LineCandidates(
            Line("a-2", "a", venue, "post", {"address": frozenset()}, None, True),
            [_match("3 Market Street", venue)],
            [],
        ),  # fmt: skip
    ]
    inputs = [example.text for example in contact_examples("address", rows)]
    assert [example.label for example in contact_examples("address", rows)] == [True, False]
    scores = [0.96, 0.2]
    assert f1("address", rows, inputs, scores, Decision(0.0, 1.01)) == 0.0  # the rules alone: a miss, a false alarm
    chosen, best = best_decision("address", rows, inputs, scores)
    assert best == 1.0 and chosen.veto > 0.2 and chosen.rescue <= 0.96
