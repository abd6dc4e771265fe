"""`audit.jsonindent.dumps`: character for character what `json.dumps(indent=2, ensure_ascii=False)`
writes, for every kind of value the findings document holds and for the odd ones it hands back."""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from audit.jsonindent import dumps
from audit.report import finding_json
from tests.audit.test_jsonout_text import BASE


def standard(value: Any, newline: str = "\n") -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", newline)


VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -7,
    10**30,
    0.99,
    -0.0,
    1e-12,
    math.nan,
    math.inf,
    -math.inf,
    "",
    "plain",
    'quote " backslash \\ tab \t line\nbreak \x00 \x1f \x7f',
    "é … ✓ 😀 \u2028 \ud800",
    [],
    {},
    [[]],
    {"a": {}},
    (1, "two", None),
    {"nested": [{"deep": [1, [2, [3, {"x": None}]]]}], "empty": [], "e": {}},
    OrderedDict([("b", 1), ("a", 2)]),
    {"é": "ü", "": ""},
]


@pytest.mark.parametrize("value", VALUES, ids=lambda value: repr(value)[:30])
def test_the_same_text_as_the_standard_library(value: Any) -> None:
    assert dumps(value) == standard(value)


@pytest.mark.parametrize("newline", ["\n", "\n    "])
def test_every_line_break_is_the_one_asked_for(newline: str) -> None:
    value = {"a": [1, {"b": "c\\nd"}], "e": []}
    assert dumps(value, newline) == standard(value, newline)


def test_a_finding_as_the_document_writes_it() -> None:
    finding = replace(
        BASE,
        clauses=("2.3.2", "2.4.2"),
        excerpt="…new number is 07700 900093, text me “now”",
        url="https://x.com/MsExampleTeach/status/1000000000000000093",
    )
    document = finding_json(finding)
    assert dumps(document, "\n    ") == standard(document, "\n    ")


def test_what_it_does_not_write_goes_to_the_standard_library() -> None:
    """Keys that are not strings are converted by `json` itself; what `json` refuses, it refuses."""
    assert dumps({1: "one", None: [True], 2.5: {}}) == standard({1: "one", None: [True], 2.5: {}})
    with pytest.raises(TypeError):
        dumps({"when": datetime(2024, 1, 1)})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps(loop)
