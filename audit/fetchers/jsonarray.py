"""The elements of a top-level JSON array at the standard library's C speed, where that gives
exactly what ijson would.

ijson's C parser plus the nesting guard it needs (`jsondepth`) took 0.8 s of the 1.6 s an X
archive of 100,000 posts spends reading; the standard library's own C scanner, asked for one
element at a time (`scan_once`), reads the same elements in about half that.  But the two do
not agree on everything: ijson turns a lone escaped surrogate into "?", refuses integers past
64 bits, floats that overflow, NaN and Infinity, and accepts a form feed between values, and
only ijson (behind `jsondepth.DepthGuard`) refuses a value nested past `MAX_DEPTH`.  So this
reader gives only elements about which there can be no doubt, and stops with `Doubt` at the
first thing that is not plainly well-formed JSON both parsers read alike: then the caller reads
the file again from its start with ijson, skipping the elements already given
(`jsonstream.iter_array`).  What a file yields, and where and why a damaged one stops, is
therefore exactly ijson's, byte for byte; this is only the fast way through a good file.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Callable, Iterator
from json.scanner import make_scanner
from typing import Any, BinaryIO

from audit.fetchers.jsondepth import MAX_DEPTH, DepthGuard

MAX_PENDING = 8 * 1024**2
"""Characters of one unfinished element held before giving up on this reader: a value this big
(or a damaged one that never parses) is left to ijson, which streams through it."""
_INT64 = (-(2**63 - 1), 2**63 - 1)
"""What ijson's parser reads as an integer (64 bits, but not -2**63); past it, ijson stops with "integer overflow"."""
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")
"""An escaped surrogate pair, which both parsers read as the one character it stands for; any
other escaped surrogate (alone, reversed, doubled) each reads its own way."""


class Doubt(Exception):
    """This reader cannot be sure it reads the rest as ijson would: ijson must read the file."""


def _int(text: str) -> int:
    value = int(text)
    if not _INT64[0] <= value <= _INT64[1]:
        raise Doubt
    return value


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # ijson: "numeric (floating point) overflow"
        raise Doubt
    return value


def _constant(text: str) -> Any:
    raise Doubt  # NaN, Infinity, -Infinity: ijson refuses them


_DECODER = json.JSONDecoder(parse_float=_float, parse_int=_int, parse_constant=_constant)
_SCAN: Callable[[str, int], tuple[Any, int]] = make_scanner(_DECODER)  # type: ignore[arg-type]  # typeshed: a class
"""The C scanner behind `json.loads`: one value at a position of a string, and where it ends."""
_SPACE = re.compile(r"[ \t\n\r]*").match
_COMMA = re.compile(r"[ \t\n\r]*,[ \t\n\r]*").match
_ENDS_ELEMENT = frozenset(" \t\n\r,]")
_NUMBER_GOES_ON = re.compile(r"[0-9eE.+-]+")
"""What may follow the digits a read cut a number at (the scanner reads "1" of "1e5" as 1)."""
_START, _FIRST, _VALUE, _AFTER, _CLOSED = range(5)
"""Where the reader is: before the "[", after it, after a ",", after an element, after the "]"."""


def elements(stream: BinaryIO, buffer_size: int) -> Iterator[Any]:
    """Each element of the array `stream` holds (read `buffer_size` bytes at a time), in order;
    raises `Doubt` (after the elements before it) wherever ijson might read otherwise."""
    decode = codecs.getincrementaldecoder("utf-8")().decode
    text, at, state, final = "", 0, _START, False
    while not final:
        try:
            chunk = stream.read(buffer_size)
            final = not chunk
            fresh = decode(chunk, final)
        except Exception:  # not UTF-8, or a damaged member: ijson says what and where
            raise Doubt from None
        if len(text) - at > MAX_PENDING:
            raise Doubt
        text, at = text[at:] + fresh, 0
        if "\\u" in text and _lone_surrogate(text):
            raise Doubt
        while (at := _SPACE(text, at).end()) < len(text):  # type: ignore[union-attr]  # it always matches
            mark = text[at]
            if state == _AFTER and mark in ",]":
                state, at = (_VALUE if mark == "," else _CLOSED), at + 1
            elif state == _START and mark == "[":
                state, at = _FIRST, at + 1
            elif state == _FIRST and mark == "]":
                state, at = _CLOSED, at + 1
            elif state not in (_FIRST, _VALUE):
                raise Doubt  # not an array, or something after it
            else:  # an element, and the ones after it while they are plainly there
                while True:
                    try:
                        value, end = _SCAN(text, at)
                    except (Doubt, RecursionError):  # RecursionError: nested past any limit ijson allows
                        raise Doubt from None
                    except Exception:  # cut off by the read (or damaged): more text decides
                        if final:
                            raise Doubt from None
                        break
                    if end == len(text) and not final:
                        break  # a number may go on in the next read
                    if end < len(text) and text[end] not in _ENDS_ELEMENT:
                        if final or not _NUMBER_GOES_ON.fullmatch(text, end):
                            raise Doubt  # "[1x]", '["a" "b"]': ijson says where it breaks
                        break  # "-1" of "-1e400", cut by the read
                    if text.count("[", at, end) + text.count("{", at, end) >= MAX_DEPTH and _too_deep(text[at:end]):
                        raise Doubt
                    yield value
                    state, at = _AFTER, end
                    comma = _COMMA(text, at)
                    if comma is None or comma.end() == len(text):
                        break
                    state, at = _VALUE, comma.end()
                if state != _AFTER:
                    break  # the element goes on in the next read
    if state != _CLOSED:
        raise Doubt


def _too_deep(element: str) -> bool:
    """Whether an element of the top-level array nests past `MAX_DEPTH` (counting the array),
    as `DepthGuard` counts it: only asked when it holds that many brackets, in strings or not."""
    guard = DepthGuard()
    guard.depth = 1
    data = element.encode()
    return guard.allowed(data) < len(data)


def _lone_surrogate(text: str) -> bool:
    """Whether `text` escapes a surrogate other than as a pair (an escaped backslash before a
    `u` is no escape: it is put aside first, leaving no backslash to pair across)."""
    escapes = text.replace("\\\\", "__")
    return _SURROGATE.search(escapes) is not None and _SURROGATE.search(_PAIR.sub("", escapes)) is not None
