"""Clause numbers resolve to the policy's own words."""

from __future__ import annotations

import pytest

from audit.policy import clause_numbers, clause_text, parse_clauses
from detectors import DETECTORS

CITED = ["2.1.5", "2.3.2", "2.3.3", "2.3.13", "2.4.2", "2.4.3", "2.4.4", "2.5.1"]


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("2.1.5", "Staff should not give their personal contact details to pupils"),
        ("2.3.2", "such as addresses, home and mobile phone numbers"),
        ("2.3.3", "This includes any photographs"),
        ("2.3.13", "could identify either your profession or the school where you work"),
        ("2.4.2", "Adults working in schools should keep their personal phone numbers private;"),
        ("2.4.3", "should not give their personal e-mail addresses to pupils or parents"),
        ("2.4.4", "how to restrict access to certain groups of people"),
        ("2.5.1", "should not give their personal mobile numbers or personal e-mail addresses"),
    ],
)
def test_cited_clauses_have_their_words(number: str, words: str) -> None:
    assert words in clause_text(number)


def test_every_clause_a_detector_cites_is_known() -> None:
    for detector in DETECTORS:
        for number in detector.clauses:
            assert clause_text(number), f"{detector.kind} cites {number}, which the policy does not have"


def test_document_order_and_unknowns() -> None:
    numbers = clause_numbers()
    assert numbers.index("2.3.2") < numbers.index("2.3.13") < numbers.index("2.4.2")
    assert set(CITED) <= set(numbers)
    assert "2.4.5" not in numbers  # the source skips it
    assert clause_text("9.9.9") == ""
    assert clause_text(" 2.3.2 ") == clause_text("2.3.2")


def test_page_break_inside_a_clause_is_joined() -> None:
    assert clause_text("2.7.2").endswith("to continue to work with children.")
    assert "brought into the workplace" in clause_text("2.7.2")


def test_lead_in_stops_at_the_next_heading() -> None:
    text = "2.4 Heading\n\nAdults should:\n\n- 2.4.1 do a;\n\n2.5 Next\n\n- 2.5.1 Plain words.\n"
    assert parse_clauses(text) == {"2.4.1": "Adults should do a;", "2.5.1": "Plain words."}
