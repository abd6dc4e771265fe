"""How deep a JSON file nests, counted as its bytes go by, so a hostile file is refused early.

ijson keeps the path of every open container as a string ("item.item.item..."), so a file
nested N deep holds ~N²/2 characters of paths: 40 KB nested 20,000 deep took 1 GB, 200,000
deep all the memory there was; and a value nested that deep breaks any recursive reader after
the parser.  Real exports nest 11 levels at most (every JSON file of the real exports we
measured), so the bytes are checked before ijson sees them and a file that opens more than
`MAX_DEPTH` containers stops at the bracket that goes too deep.

Brackets inside strings are text, not nesting, so strings must be skipped, and at C speed, since
exports are hundreds of MB: per chunk, every escape is dropped with the byte it escapes (one
`re.sub`), every byte but brackets and quotes is deleted (`bytes.translate`), empty strings
`""` go, and what is left is a few quotes and the brackets between them (~300 MB/s on real
exports, under a tenth of ijson's own time).  Only a chunk that may go too deep is walked byte
by byte, to find the bracket where it does.
"""

from __future__ import annotations

import re
from itertools import accumulate

import ijson

MAX_DEPTH = 64
"""Containers open at once beyond which a file is refused: 6x the deepest real export, and
shallow enough that ijson's paths stay small (64 levels of 100-character keys: 200 KB)."""

_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_MARKS = b'[]{}"'
_NOT_MARKS = bytes(set(range(256)) - set(_MARKS))
_STEP = [0] * 256
for _byte in b"[{":
    _STEP[_byte] = 1
for _byte in b"]}":
    _STEP[_byte] = -1


class TooDeep(ijson.JSONError):
    """A JSON stream nests deeper than its limit; raised by the reader before ijson sees it."""

    def __init__(self, limit: int, position: int) -> None:
        super().__init__(f"nested deeper than {limit} levels at byte {position}")
        self.limit = limit
        self.position = position


class DepthGuard:
    """The nesting depth of a JSON stream fed chunk by chunk, and whether strings are open."""

    def __init__(self, limit: int = MAX_DEPTH) -> None:
        self.limit = limit
        self.depth = 0
        self.in_string = False
        self.escaped = False  # the last chunk ended on a backslash: the next byte is escaped

    def allowed(self, data: bytes) -> int:
        """How many bytes of the next chunk stay within the limit: all of them, or the offset
        of the bracket that opens one container too many."""
        start = (self.depth, self.in_string, self.escaped)
        body = data[1:] if self.escaped else data
        self.escaped = False
        if b"\\" in body:
            body = _ESCAPE.sub(b"", body)
            self.escaped = body.endswith(b"\\")  # its byte comes with the next chunk
        marks = body.translate(None, _NOT_MARKS).replace(b'""', b"")
        if b'"' in marks:
            parts = marks.split(b'"')
            marks = b"".join(parts[1 if self.in_string else 0 :: 2])
            self.in_string ^= len(parts) % 2 == 0
        elif self.in_string:
            return len(data)  # all of it inside one string
        opens = marks.count(b"[") + marks.count(b"{")
        if self.depth + opens <= self.limit:  # most chunks: no need to know the order
            self.depth += 2 * opens - len(marks)
            return len(data)
        depths = list(accumulate(map(_STEP.__getitem__, marks), initial=self.depth))
        if max(depths) <= self.limit:
            self.depth = depths[-1]
            return len(data)
        return self._too_deep_at(data, *start)

    def _too_deep_at(self, data: bytes, depth: int, in_string: bool, escaped: bool) -> int:
        """Byte by byte from the chunk's start: where the limit is passed (once per file)."""
        for index, byte in enumerate(data):
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = not in_string
            elif not in_string and _STEP[byte]:
                depth += _STEP[byte]
                if depth > self.limit:
                    return index
        return len(data)
