"""The learned last word on phone numbers and e-mail addresses (`detectors.contact_judgement`,
`phone_judgement`, `email_judgement`).  Invented lines and reserved values only; the judgements' figures
are measured on the contacts corpus (`bench/contacts_eval.py`), not here."""

from __future__ import annotations

import pytest

import detectors.contact_judgement as contact_judgement
import detectors.email_judgement as email_judgement
import detectors.phone_judgement as phone_judgement
from detectors.address import AddressDetector
from detectors.base import Match
from detectors.contact_judgement import (
    MIN_CONTEXT_WORDS,
    RESCUED_CONFIDENCE,
    Reading,
    context_words,
    decision,
    masked_window,
    new_only,
)
from detectors.email import EmailDetector
from detectors.email_judgement import email_input, local_words
from detectors.phone import PhoneDetector
from detectors.phone_filters import PHONE_FILTERS
from detectors.phone_judgement import number_marks, phone_input
from tests.conftest import text_item


def _match(kind: str, value: str, text: str, written: str, rule: str = "rule", confidence: float = 0.9) -> Match:
    start = text.index(written)
    return Match(kind, value, start, start + len(written), confidence, rule, ("2.3.2",), "likely")


def test_a_reading_with_its_filters_set_aside_says_nothing_and_notes_nothing() -> None:
    text = "Surgery reception 0113 496 0123, open 8-6"
    start = text.index("0113")
    filtering, unfiltered = Reading(), Reading(filtering=False)
    effect, names = filtering.verdict(PHONE_FILTERS, text, start, start + 13)
    assert effect == "drop" and names and filtering.turned_down
    assert unfiltered.verdict(PHONE_FILTERS, text, start, start + 13) == (None, ())
    assert not unfiltered.turned_down


def test_the_second_reading_adds_only_what_overlaps_nothing_kept() -> None:
    text = "ring 07700 900123 or 0113 496 0123"
    kept = [_match("phone", "+447700900123", text, "07700 900123")]
    second = [*kept, _match("phone", "+441134960123", text, "0113 496 0123")]
    assert [m.value for m in new_only(kept, second)] == ["+441134960123"]


def test_the_window_masks_every_candidate() -> None:
    text = "mine is 07700 900123, the shop is 0113 496 0123"
    mine, shop = _match("phone", "+447700900123", text, "07700 900123"), _match("phone", "+44", text, "0113 496 0123")
    assert masked_window(text, mine, [mine, shop], "xxa", "xxb") == "mine is  xxa , the shop is  xxb "


def test_marks_and_placeholders_are_no_context() -> None:
    assert context_words("xxpost xxukmobile | call  xxphone  xx") == 1
    assert MIN_CONTEXT_WORDS > 1


@pytest.mark.parametrize(
    ("e164", "rule", "marks"),
    [
        ("+447700900123", "UK mobile number, offered as a contact", "xxukmobile xxoffered"),
        ("+441134960123", "UK landline number", "xxukline xxplain"),
        ("+12025550143", "phone number from the US, with its country code", "xxabroad xxplain"),
    ],
)
def test_a_number_is_marked_by_its_kind(e164: str, rule: str, marks: str) -> None:
    assert number_marks(e164, rule) == marks


def test_the_phone_input() -> None:
    text = "text me on 07700 900123 after six"
    found = _match("phone", "+447700900123", text, "07700 900123", "UK mobile number, offered as a contact", 0.97)
    assert phone_input(text, "message", found, [found]) == (
        "xxdm xxukmobile xxoffered xxrules95 | text me on  xxphone  after six"
    )


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("loss.adjusting@example.com", "loss adjusting"),
        ("jo_smith72@example.org", "jo smith"),
        ("x1@example.net", "xxnoword"),
    ],
)
def test_the_words_of_a_local_part(address: str, words: str) -> None:
    assert local_words(address) == words


def test_the_email_input_never_reads_the_domain() -> None:
    text = "send the forms to bookings@example.org by Friday"
    found = _match("email", "bookings@example.org", text, "bookings@example.org", "e-mail address", 0.93)
    read = email_input(text, "post", found, [found])
    assert read == "xxpost xxat xxrules95 xxlocal bookings xxend | send the forms to  xxemail  by Friday"
    assert "example" not in read


@pytest.mark.parametrize("kind", ["phone", "email"])
def test_the_shipped_thresholds_were_chosen_by_make_model(kind: str) -> None:
    chosen = decision(kind)  # type: ignore[arg-type]
    assert 0.0 <= chosen.veto < chosen.rescue


class _Certain:
    def __init__(self, score: float) -> None:
        self.score = score

    def raw(self, inputs: list[str]) -> list[float]:
        return [self.score] * len(inputs)


def test_a_number_handed_back_names_the_filters_it_overruled(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Surgery reception 0113 496 0123, open 8-6, ask for Dr Okafor"
    item = text_item(text)
    kept, turned_down = PhoneDetector().candidates(item)
    assert kept == [] and [m.value for m in turned_down] == ["+441134960123"]
    monkeypatch.setattr(contact_judgement, "judge", lambda name: _Certain(0.99))
    ((found,),) = phone_judgement.PHONE_JUDGEMENT.judged([(item, kept, turned_down)])
    assert (found.tier, found.confidence) == ("worth a look", RESCUED_CONFIDENCE)
    assert found.explanation is not None and found.explanation.signal == "classifier" and found.explanation.filters


def test_a_mailbox_the_rules_kept_can_be_vetoed(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Their adjuster wants everything sent to dan.hollis@example.com with the claim number"
    item = text_item(text)
    kept, turned_down = EmailDetector().candidates(item)
    assert [m.value for m in kept] == ["dan.hollis@example.com"] and turned_down == []
    monkeypatch.setattr(contact_judgement, "judge", lambda name: _Certain(0.0))
    assert email_judgement.EMAIL_JUDGEMENT.judged([(item, kept, turned_down)]) == [[]]
    monkeypatch.setattr(contact_judgement, "judge", lambda name: _Certain(1.0))
    assert email_judgement.EMAIL_JUDGEMENT.judged([(item, kept, turned_down)]) == [kept]


def test_a_bare_number_in_a_profile_field_is_the_rules_to_decide() -> None:
    item = text_item("07700 900123", section="profile")
    assert [m.value for m in PhoneDetector().detect(item)] == ["+447700900123"]


@pytest.mark.parametrize("kind", ["phone", "email"])
def test_the_shipped_models_are_small_and_load_offline(kind: str) -> None:
    from detectors.judgement import MODELS, judge

    folder = MODELS / kind
    assert sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) < 20 * 1024 * 1024
    (score,) = judge(kind).raw(["xxpost xxat xxrules95 | write to  xxemail  about the bike"])  # type: ignore[arg-type]
    assert 0.0 <= score <= 1.0


def test_a_number_given_as_ones_own_is_never_vetoed() -> None:
    from detectors.phone_judgement import number_stated

    for text, written, expected in [
        ("we're on 0117 496 0014 if you need a lift", "0117 496 0014", True),
        ("my mum's landline: 0113 496 0164", "0113 496 0164", True),
        ("0161 496 0123 is Niall's, text him", "0161 496 0123", True),
        ("the surgery is on 0161 496 0123", "0161 496 0123", False),
    ]:
        assert number_stated(text, _match("phone", "+44", text, written)) is expected, text


def test_a_batch_is_judged_as_its_items_are_one_by_one() -> None:
    texts = [
        "Wedding venue address for the invites: The Old Barn, Holme Farm, Quillby LS99 9ZZ",
        "Mum's new address for cards: 4 Wren Walk, Quillby LS99 9ZZ",
        "text me on 07700 900123 after six, or the office on 0113 496 0123",
        "write to jo.marsh84@example.com or bookings@example.org",
        "nothing to see here",
    ]
    items = [text_item(text) for text in texts]
    for detector in (AddressDetector(), PhoneDetector(), EmailDetector()):
        wanted = [item for item in items if detector.wants(item)]
        assert detector.detect_batch(wanted) == [list(detector.detect(item)) for item in wanted]
