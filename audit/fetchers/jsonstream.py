"""Stream the elements of a JSON array from an export member, one at a time.

Exports hold single files of hundreds of megabytes (years of posts in one array), so they
are parsed with ijson's C backend instead of `json.load`.  A file that breaks off half way
still yields every element before the break; the caller learns where it broke.  A file that
nests deeper than `jsondepth.MAX_DEPTH` stops the same way, before ijson's memory explodes.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any, BinaryIO, TypeVar

import ijson

from audit.errors import UnreadableMember
from audit.fetchers.jsonarray import Doubt, elements
from audit.fetchers.jsondepth import DepthGuard, TooDeep

T = TypeVar("T")


PARSE_BUFFER = 1 << 20
"""Bytes ijson reads at a time: its C parser copies a string spanning reads again at each read,
so a 63 MB string (a bomb's padding) costs ~40 s at the default 64 KB and a third of that at 1 MB."""


def iter_array(stream: BinaryIO, name: str, prefix: str = "item") -> Iterator[Any]:
    """Yield each element under `prefix` ("item" = the top-level array's elements).

    Raises UnreadableMember, after yielding what came before, if the JSON is broken.  A
    top-level array in a stream that can go back is read by `jsonarray` (twice as fast) up to
    anything it cannot be sure of; from there ijson reads the file again from the start, skipping
    the elements already given, so what is yielded and raised is always ijson's.
    """
    given = 0
    start = _start(stream) if prefix == "item" else None
    if start is not None:
        try:
            for element in elements(stream, PARSE_BUFFER):
                yield element
                given += 1
            return
        except Doubt:
            stream.seek(start)
    counter = Position(stream)
    parsed = ijson.items(counter, prefix, use_float=True, buf_size=PARSE_BUFFER)
    yield from reported(islice(parsed, given, None) if given else parsed, counter, name)


def _start(stream: BinaryIO) -> int | None:
    """Where `stream` stands, if it can be sent back there; else None."""
    try:
        return stream.tell() if stream.seekable() else None
    except (OSError, ValueError):
        return None


def reported(parsed: Iterator[T], counter: Position, name: str) -> Iterator[T]:
    """What an ijson parser yields; its errors become UnreadableMember naming the byte where the
    file broke off or went wrong, and never what the file says."""
    try:
        yield from parsed
    except TooDeep as error:
        raise UnreadableMember(name, f"{error}; the rest of the file was skipped") from None
    except ijson.IncompleteJSONError as error:
        if "premature eof" in str(error).lower() or "incomplete" in str(error).lower():
            raise UnreadableMember(name, f"truncated JSON at byte {counter.position}") from None
        raise UnreadableMember(name, f"malformed JSON near byte {counter.position}") from None
    except ijson.JSONError:
        raise UnreadableMember(name, f"malformed JSON near byte {counter.position}") from None
    except UnicodeDecodeError:
        raise UnreadableMember(name, f"not UTF-8 text near byte {counter.position}") from None


def skip_to_assignment(stream: BinaryIO, name: str, limit: int = 4096) -> None:
    """Consume `window.YTD.tweets.part0 = ` (or any `x = `) so the JSON follows.

    X writes every data file as one JavaScript assignment; the global's name differs from
    the file name, so it is never hard-coded: everything up to the first "=" goes.
    """
    seen = 0
    while seen < limit:
        byte = stream.read(1)
        if not byte:
            raise UnreadableMember(name, "empty, or not an X data file (no '=' assignment)")
        seen += 1
        if byte == b"=":
            return
    raise UnreadableMember(name, "not an X data file (no '=' in its first 4 KiB)")


class Position:
    """A file-like wrapper that knows how far into the stream ijson has read, and hands it no
    bracket past the nesting limit: ijson parses everything before it, then reading raises
    `TooDeep` (`reported` turns it into UnreadableMember)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._guard = DepthGuard()
        self._refused = False
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        if self._refused:
            raise TooDeep(self._guard.limit, self.position)
        data = self._stream.read(size)
        allowed = self._guard.allowed(data)
        if allowed < len(data):
            self._refused = True
            data = data[:allowed]
            if not data:
                raise TooDeep(self._guard.limit, self.position)
        self.position += len(data)
        return data
