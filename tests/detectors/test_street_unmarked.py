"""Street lines with no street word: the shape, and what it turns away."""

from __future__ import annotations

import pytest

from detectors.street_unmarked import unmarked_streets


@pytest.mark.parametrize(
    ("text", "line", "one_word", "town"),
    [
        ("12 Fernside, Oakley", "12 Fernside", True, True),
        ("meet at mine, 15 Queensway, Brackenford", "15 Queensway", True, True),
        ("cards to 7 Bóthar na Trá, Dingle", "7 Bóthar na Trá", False, True),
        ("22 The Paddocks\nOakley", "22 The Paddocks", False, True),
        ("moved into 6 Westgate last week", "6 Westgate", True, False),
        ("12a Kirkgate, buzzer says Woods", "12a Kirkgate", True, False),
        ("we're at 3 Beechwood", "3 Beechwood", False, True),
    ],
)
def test_finds_the_shape(text: str, line: str, one_word: bool, town: bool) -> None:
    [found] = unmarked_streets(text)
    assert (found.line, found.one_word_street, found.town_after) == (line, one_word, town)
    assert text[found.start : found.end].startswith(line.split()[0])


@pytest.mark.parametrize(
    "text",
    [
        "Born 12 May, London",  # a date
        "5 Guys, Leeds is the best",  # a count
        "Scored 2 Goals, then off",
        "In 2019, Leeds were poor",  # a year
        "5 Rovers Return tonight",  # a name that runs on, not a street line
        "£12 Fernside, Oakley",  # a price
        "the 3 NHS, then",
    ],
)
def test_turns_away_dates_counts_and_prices(text: str) -> None:
    assert unmarked_streets(text) == []
