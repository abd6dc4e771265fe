"""Streets named as the writer's own without a verb of living (detectors/address_neighbours.py): the house
pointed at after the street, a move announced before it, and neighbours' stories (bins, street parties, lost
pets, "anyone on ...").  Invented sentences and streets."""

from __future__ import annotations

import pytest

from detectors.address import AddressDetector
from detectors.address_neighbours import house_said_after, moved_to_before, neighbourhood_story
from detectors.street import BARE, judge_street
from tests.conftest import address_values, text_item


def _street_end(text: str, street: str) -> int:
    return text.index(street) + len(street)


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("it's Quillon Road, not Quillon Avenue!! we're the house with the blue gate", "Quillon Road", True),
        ("two Ivy Cottages on Tansy Lane 🙃 ours is the one with the red bench", "Tansy Lane", True),
        ("drop you at the top of Wren Lane — we're the bungalow at the bottom", "Wren Lane", True),
        ("meet on Tansy Lane, I'm the one with the yellow scarf", "Tansy Lane", False),
        ("Tansy Lane is shut, we're the house on Quill Road", "Tansy Lane", False),
        ("lovely walk down Tansy Lane today", "Tansy Lane", False),
    ],
)
def test_house_said_after(text: str, street: str, expected: bool) -> None:
    assert house_said_after(text, _street_end(text, street)) is expected


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("We've moved!! Only round the corner, to Quillon Walk. Same numbers", "Quillon Walk", True),
        ("we moved house. Just two streets over, into Tansy Grove", "Tansy Grove", True),
        ("I've moved the car to Tansy Grove, the drive is blocked", "Tansy Grove", False),
        ("we've moved!\n\nDay trip to Tansy Grove next", "Tansy Grove", False),
    ],
)
def test_moved_to_before(text: str, street: str, expected: bool) -> None:
    assert moved_to_before(text, text.index(street)) is expected


def _bare(text: str, name: str) -> bool:
    found = next(m for m in BARE.finditer(text) if m.group().endswith(name))
    street = judge_street(text, found)
    assert street is not None
    return neighbourhood_story(text, street)


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        ("Anyone else's bin not been emptied on Quillon Way? It's Friday now", "Quillon Way", True),
        ("Bin men skipped the whole of Tansy Road again. Have they forgotten we exist", "Tansy Road", True),
        ("Our street party is ON 🎉 tables out, bring a dish. Signs at both ends of Wren Rd please", "Wren Rd", True),
        ("Please stop using our cul-de-sac as a car park, Heron Mount has kids playing out", "Heron Mount", True),
        ("Lost: black cat, answers to Pip, went missing from Tansy Close on Monday", "Tansy Close", True),
        ("If anyone on Quillon Gardens sees a grey rabbit, he's ours", "Quillon Gardens", True),
        ("Anyone on Quillon Gardens selling concert tickets? DM me", "Quillon Gardens", False),
        ("ATTENTION Tansy Road residents: someone tried our car doors", "Tansy Road", True),
        ("Tansy Road residents: parking permits are due", "Tansy Road", False),
        ("Anyone on Quill Street right now? Is the shop open?", "Quill Street", False),
        ("The bins on Quill Street are overflowing, someone tell the council", "Quill Street", False),
        ("Lovely walk, the herons were out. Laps of our street today", "Lovely walk", False),
        ("Tansy Road is lovely in spring", "Tansy Road", False),
    ],
)
def test_neighbourhood_story(text: str, street: str, expected: bool) -> None:
    assert _bare(text, street) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anyone else's bin not been emptied on Quillon Way? It's Friday now", "Quillon Way"),
        ("it's Quillon Road, not Quillon Avenue!! we're the house with the blue gate", "Quillon Road"),
        ("We've moved!! Only round the corner, to Quillon Walk. Same numbers", "Quillon Walk"),
    ],
)
def test_the_detector_reports_the_street(text: str, value: str) -> None:
    assert value in address_values(text)


def test_a_neighbours_story_is_only_worth_a_look() -> None:
    (match,) = AddressDetector().detect(text_item("If anyone on Quillon Gardens sees a grey rabbit, he's ours"))
    assert match.tier == "worth a look"
    assert "own street" in match.rule


@pytest.mark.parametrize(
    "text",
    [
        "Anyone on Quill Street right now? Is the shop open?",
        "which of you lives on Tansy Road? a car alarm has been going for an hour",
        "Lovely walk along the canal. Lockdown walk count: 40 laps of the park",
    ],
)
def test_no_home_in_chatter_about_streets(text: str) -> None:
    assert address_values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tansy Road residents' parking consultation closes on Friday, says the council",
        "Our street is quiet, but Quill Road is a rat run at 8am",
    ],
)
def test_residents_and_our_street_need_the_writer_on_that_street(text: str) -> None:
    assert address_values(text) == []
