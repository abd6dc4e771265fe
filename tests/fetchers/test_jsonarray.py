"""The fast array reader gives exactly what ijson gives: the same elements, the same error.

`jsonstream.iter_array` reads a top-level array with the standard library's scanner
(`audit.fetchers.jsonarray`) and hands over to ijson at the first doubt; here every document is
read both ways (a stream that can go back takes the fast way, one that cannot is read by ijson
alone) with reads of many sizes, so chunk boundaries fall everywhere, and the two must agree
element for element (type and all) and on the error that ends a broken file.
"""

from __future__ import annotations

import io
import json
import random
from typing import Any

import pytest

from audit.errors import UnreadableMember
from audit.fetchers import jsonarray, jsonstream
from audit.fetchers.jsonstream import iter_array


class _ForwardOnly(io.RawIOBase):
    """A stream that cannot go back: `iter_array` reads it with ijson alone."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._data.readinto(buffer)


def _read(stream: Any) -> tuple[list[str], str | None]:
    read: list[str] = []
    try:
        for element in iter_array(stream, "f.json"):
            read.append(repr(element))  # repr: 1 and 1.0, 0.0 and -0.0 are told apart
    except UnreadableMember as error:
        return read, error.reason
    return read, None


def _both(data: bytes) -> None:
    fast = _read(io.BufferedReader(io.BytesIO(data)))  # type: ignore[arg-type]
    ijson_only = _read(io.BufferedReader(_ForwardOnly(data)))
    assert fast == ijson_only, data[:200]


_STRINGS = [
    "plain",
    "caf\u00e9 \u2014 \U0001f600",
    '\\"quoted\\" and \\\\ back',
    "\\ud83d\\ude00",  # an escaped pair: one character to both readers
    "\\ud800",  # a lone high surrogate: "?" to ijson
    "x\\udc00y",  # a lone low surrogate: ijson refuses it
    "\\ude00\\ud83d",  # reversed
    "\\\\ud800",  # an escaped backslash, then text
    "\\ud83d\\\\\\ude00",  # a high, a backslash, a low: no pair
    "\\u00e9\\n\\t\\/",
    "tab\there",  # a raw control character: both refuse it
    "[{nested-looking}]",
]
_NUMBERS = [
    "0",
    "-0",
    "-0.0",
    "1.5",
    "1E2",
    "1e-400",
    "1e400",
    "-1e400",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "01",
    "1.",
    "NaN",
    "Infinity",
    "-Infinity",
    "true",
    "false",
    "null",
]
_SPACES = [" ", "\n  ", "", "\t", "\r\n", "\f"]


def _value(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if depth <= 0 or roll < 0.45:
        return rng.choice(_NUMBERS) if rng.random() < 0.4 else '"' + rng.choice(_STRINGS) + '"'
    space = rng.choice(_SPACES[:4])
    if roll < 0.7:
        return "[" + ("," + space).join(_value(rng, depth - 1) for _ in range(rng.randint(0, 3))) + "]"
    members = (f'"{rng.choice(_STRINGS)}"{space}:{space}{_value(rng, depth - 1)}' for _ in range(rng.randint(0, 3)))
    return "{" + ("," + space).join(members) + "}"


def _document(rng: random.Random) -> bytes:
    elements = [_value(rng, rng.choice([1, 3, 5])) for _ in range(rng.randint(0, 6))]
    text = (
        "["
        + rng.choice(_SPACES[:4])
        + ("," + rng.choice(_SPACES)).join(elements)
        + "]"
        + rng.choice(["", "\n", " x", ";"])
    )
    data = text.encode()
    if rng.random() < 0.15 and data:
        data = data[: rng.randrange(len(data))]  # cut short
    if rng.random() < 0.05 and data:
        at = rng.randrange(len(data))
        data = data[:at] + b"\xff\xc0" + data[at:]  # not UTF-8
    return data


@pytest.mark.parametrize("buffer_size", [1, 7, 64, 4096])
def test_every_document_reads_as_ijson_reads_it_wherever_the_reads_fall(
    buffer_size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonstream, "PARSE_BUFFER", buffer_size)
    rng = random.Random(buffer_size)
    for _ in range(300):
        _both(_document(rng))


def test_nesting_around_the_limit_is_refused_where_ijson_refuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonstream, "PARSE_BUFFER", 256)
    for depth in (62, 63, 64, 65, 200, 5000):
        for opener, closer in (("[", "]"), ('{"k":', "}")):
            deep = opener * depth + "1" + closer * depth
            _both(f'[1, "before", {deep}, "after"]'.encode())
            _both(f"[{deep}]".encode())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "{}",
        '{"item": [1]}',
        "1",
        "[]",
        "[ ]",
        "[1,]",
        "[,1]",
        "[1 2]",
        "[1]]",
        "[[1]",
        '["a" "b"]',
        "[1] [2]",
    ],
)
def test_what_is_not_one_plain_array_reads_as_ijson_reads_it(text: str) -> None:
    _both(text.encode())


def test_a_good_file_is_read_without_ijson(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast way is taken, to the end, on the kind of file every export is made of."""
    elements = [
        {"tweet": {"id_str": str(n), "full_text": f"post {n} \u2014 caf\u00e9", "entities": {"urls": []}}}
        for n in range(500)
    ]
    data = json.dumps(elements, indent=2).encode()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("ijson was asked to read a plain file")

    monkeypatch.setattr(jsonstream.ijson, "items", refuse)
    monkeypatch.setattr(jsonstream, "PARSE_BUFFER", 1000)
    assert list(iter_array(io.BufferedReader(io.BytesIO(data)), "f.json")) == elements  # type: ignore[arg-type]


def test_an_element_bigger_than_the_reader_holds_is_left_to_ijson(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonarray, "MAX_PENDING", 100)
    monkeypatch.setattr(jsonstream, "PARSE_BUFFER", 16)
    _both(json.dumps(["short", "long " * 100, "short again"]).encode())
