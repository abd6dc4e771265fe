"""Meta's text, time and place values: mojibake repaired, correct text untouched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from audit.fetchers.meta_labels import flatten, place_of, string_map
from audit.fetchers.meta_text import (
    audience,
    coordinates,
    coordinates_text,
    display_time,
    epoch,
    fix_deep,
    fix_text,
    is_display_time,
)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Caf\u00c3\u00a9", "Café"),
        ("\u00f0\u009f\u0098\u0082 call me", "😂 call me"),
        ("Nome della citt\u00c3\u00a0", "Nome della città"),
        ("Caf\u00e9", "Café"),  # already correct: a lone é is not UTF-8, left alone
        ("Café 😂", "Café 😂"),  # beyond latin-1: cannot be mojibake
        ("plain ascii 07700 900123", "plain ascii 07700 900123"),
        ("", ""),
    ],
)
def test_mojibake_is_repaired_and_correct_text_left_alone(raw: str, fixed: str) -> None:
    assert fix_text(raw) == fixed


def test_keys_and_nested_values_are_repaired() -> None:
    value = {"Citt\u00c3\u00a0": [{"v": "caf\u00c3\u00a9"}, 3, None]}
    assert fix_deep(value) == {"Città": [{"v": "café"}, 3, None]}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1700000000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("1700000000", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (1700000000000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (0, None),
        (-62169958800, None),  # Facebook's "year 0"
        (True, None),
        ("soon", None),
    ],
)
def test_epoch_seconds(value: object, expected: datetime | None) -> None:
    assert epoch(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun 04, 2025 6:46:10 pm", datetime(2025, 6, 4, 18, 46, 10)),
        ("Aug 17, 2025 11:23 am", datetime(2025, 8, 17, 11, 23)),
        ("Sep 8, 2016, 4:36 PM", datetime(2016, 9, 8, 16, 36)),
        ("Wednesday, November 12, 2008 at 8:53pm UTC+01", datetime(2008, 11, 12, 20, 53)),
        ("Dec 01, 2024 12:05 am", datetime(2024, 12, 1, 0, 5)),
    ],
)
def test_html_display_times_are_read_without_inventing_a_zone(text: str, expected: datetime) -> None:
    assert is_display_time(text)
    assert display_time(text) == expected


def test_localised_month_is_a_timestamp_with_no_date() -> None:
    assert is_display_time("4 mrt 2025 10:00")
    assert display_time("4 mrt 2025 10:00") is None
    assert not is_display_time("Call me on 07700 900123 at 10:00")


def test_coordinates() -> None:
    assert coordinates(51.5, -0.12) == (51.5, -0.12)
    assert coordinates(0, 0) is None
    assert coordinates(95, 0) is None
    assert coordinates("x", 1) is None
    assert coordinates_text("(51.5001 , -0.1201)") == (51.5001, -0.1201)
    assert coordinates_text("nowhere") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Only me", "only_me"),
        ("Friends", "friends"),
        ("Friends of friends", "custom"),
        ("Public", "public"),
        ("Gibberish", None),
        (None, None),
    ],
)
def test_audience_words(value: object, expected: str | None) -> None:
    assert audience(value) == expected


def test_label_values_flatten_and_place() -> None:
    record = [
        {"label": "Message", "value": "Hi"},
        {
            "label": "Place tags",
            "dict": [
                {"label": "Name", "value": "Example Primary School"},
                {"label": "Address", "value": "1 Example Rd"},
                {"label": "Coordinates", "value": "(51.5 , -0.12)"},
            ],
        },
        {"label": "Visit time", "timestamp_value": 1700000000},
        {"label": "Cities", "vec": [{"value": "Exampleton"}]},
    ]
    leaves = list(flatten(record))
    assert [(leaf.path, leaf.value) for leaf in leaves if leaf.value] == [
        (("Message",), "Hi"),
        (("Place tags", "Name"), "Example Primary School"),
        (("Place tags", "Address"), "1 Example Rd"),
        (("Place tags", "Coordinates"), "(51.5 , -0.12)"),
        (("Cities",), "Exampleton"),
    ]
    assert place_of(leaves) == ("Example Primary School", "1 Example Rd", (51.5, -0.12))


def test_string_map_reads_values_and_times() -> None:
    record = {
        "string_map_data": {"Comment": {"value": "hello"}, "Time": {"timestamp": 1700000000}},
        "string_list_data": [{"value": "someone", "timestamp": 1}],
    }
    assert list(string_map(record)) == [("Comment", "hello", None), ("Time", "", 1700000000), ("value", "someone", 1)]
