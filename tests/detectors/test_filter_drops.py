"""`filters.drops` and `address_label.labelled_in`: the shortcuts the speed round of issue 16 added answer
exactly what they stand for (`verdict(...)[0] == "drop"`, `tuple(labelled_addresses(text))`)."""

from __future__ import annotations

from detectors import address_label
from detectors.address_filters import ADDRESS_FILTERS
from detectors.address_label import labelled_addresses, labelled_in
from detectors.filters import Filter, drops, verdict
from detectors.role_filters import UNNAMED_ROLE_FILTERS

_ASKED: list[str] = []


def _noting(name: str, effect: str, answer: bool) -> Filter:
    def applies(text: str, start: int, end: int) -> bool:
        _ASKED.append(name)
        return answer

    return Filter(name, effect, "a test filter", applies)  # type: ignore[arg-type]


def test_drops_stops_at_the_first_drop_and_never_asks_a_demote_filter() -> None:
    _ASKED.clear()
    stack = (_noting("demote", "demote", True), _noting("no", "drop", False), _noting("yes", "drop", True),
             _noting("later", "drop", True))  # fmt: skip
    assert drops(stack, "any text", 0, 3)
    assert _ASKED == ["no", "yes"]


def test_drops_is_false_when_only_demote_filters_apply() -> None:
    stack = (_noting("demote", "demote", True), _noting("no", "drop", False))
    assert not drops(stack, "any text", 0, 3)
    assert verdict(stack, "any text", 0, 3)[0] == "demote"


def test_drops_agrees_with_verdict_on_the_real_stacks() -> None:
    texts = [
        "Flat for rent at 12 Larkspur Close, call the agents",
        "we moved to 4 Heron Way last week",
        "Year 6 did their SATs today and I am so proud of my class",
        "my teacher said we can bring cake on Friday",
    ]
    for text in texts:
        for stack in (ADDRESS_FILTERS, UNNAMED_ROLE_FILTERS):
            for start, end in ((0, len(text)), (text.find("12"), len(text)), (3, 20)):
                start = max(start, 0)
                assert drops(stack, text, start, end) == (verdict(stack, text, start, end)[0] == "drop")


def test_labelled_in_is_every_labelled_address_and_kept() -> None:
    address_label.forget_labelled()
    text = "New address: 14 Quillon Road, Brackenford. Old address: 3 Fen Lane, Oakley"
    first = labelled_in(text)
    assert first == tuple(labelled_addresses(text))
    assert len(first) == 2
    assert labelled_in(text) is first  # the gate's answer, given again to `detect`
    assert labelled_in("nothing labelled here") == ()


def test_labelled_in_keeps_no_long_text() -> None:
    address_label.forget_labelled()
    text = "new address: 14 Quillon Road " + "la " * address_label.LABELLED_KEPT_CHARS
    assert labelled_in(text) == tuple(labelled_addresses(text))
    assert text not in address_label._labelled
