"""The EXIF and XMP blocks of a HEIC photo, found through its ISO-BMFF boxes without libheif.

iPhones save HEIC.  Opening one through pillow-heif hands the whole file to libheif, which
parses the image structure and its codec configuration: about 180 photos per CPU second, a
third of any other format.  The metadata pass needs only two small items, and the file says
where they are: the `meta` box lists every item (`iinf`: its type, "Exif" or an XMP "mime"
item), where its bytes are (`iloc`: offsets in the file, or in the `idat` box), and each
image's size (`ispe`).  Walking those boxes and reading only the two items costs a few
hundred microseconds; the EXIF bytes then go to Pillow's own EXIF parser like any other's.

Anything this walker does not expect (an old item-info version, data in another file, an
item built from other items, a damaged table, no image size to check) makes it give up and
return None, so the caller falls back to Pillow with pillow-heif.  The image sizes meet the
same decompression-bomb limit as Pillow's readers (`photo_headers.check_pixels`).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from detectors.photo_headers import EXIF_PREFIX, MAX_METADATA_BYTES, Blocks, check_pixels

MAX_TOP_BOXES = 32
MAX_META_BYTES = 1 << 20
"""A `meta` box bigger than this is not a phone's: Pillow is left to judge it."""
XMP_TYPES = ("application/rdf+xml",)
_TIFF_STARTS = (b"II*\x00", b"MM\x00*")


class OddFile(ValueError):
    """Something this walker does not read: the caller falls back to Pillow."""


@dataclass(slots=True)
class _Contents:
    """What the `meta` box says: items by id, where each one's bytes are, and the image sizes."""

    types: dict[int, tuple[bytes, str]] = field(default_factory=dict)
    """item id -> (item type, content type of a "mime" item)"""
    places: dict[int, tuple[int, list[tuple[int, int]]]] = field(default_factory=dict)
    """item id -> (construction method, [(offset, length), ...])"""
    idat: bytes = b""
    sizes: list[tuple[int, int]] = field(default_factory=list)


def heif_blocks(stream: BinaryIO) -> Blocks | None:
    """(EXIF, XMP) of a HEIF file (HEIC, AVIF); None if it is not one, or one this walker
    does not read (the stream rewound either way)."""
    head = stream.read(12)
    stream.seek(0)
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    try:
        contents = _contents(_meta_payload(stream))
        if not contents.sizes:
            raise OddFile("no image size to check")
        for width, height in contents.sizes:
            check_pixels(width, height)
        exif = xmp = b""
        for item, (kind, content_type) in contents.types.items():
            if kind == b"Exif" and not exif:
                exif = _exif_block(_item_bytes(stream, contents, item))
            elif kind == b"mime" and content_type.startswith(XMP_TYPES) and not xmp:
                xmp = _item_bytes(stream, contents, item)
    except (OddFile, struct.error, IndexError, UnicodeDecodeError):
        stream.seek(0)
        return None
    return exif, xmp


def _meta_payload(stream: BinaryIO) -> bytes:
    """The payload of the file's top-level `meta` box, walking past the boxes before it."""
    position = 0
    for _ in range(MAX_TOP_BOXES):
        stream.seek(position)
        header = stream.read(16)
        if len(header) < 8:
            break
        size, kind = struct.unpack(">I4s", header[:8])
        start = 8
        if size == 1:
            size, start = struct.unpack(">Q", header[8:16])[0], 16
        if kind == b"meta":
            if not start + 4 <= size <= MAX_META_BYTES:
                raise OddFile("meta box size")
            stream.seek(position + start)
            payload = stream.read(size - start)
            if len(payload) < size - start:
                raise OddFile("meta box cut short")
            return payload[4:]  # after its version and flags
        if size < start:  # 0 means "to the end of the file": no meta after it
            break
        position += size
    raise OddFile("no meta box")


def _boxes(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(type, payload) of each box laid end to end in `data`."""
    position = 0
    while position + 8 <= len(data):
        size, kind = struct.unpack_from(">I4s", data, position)
        start = 8
        if size == 1:
            size, start = struct.unpack_from(">Q", data, position + 8)[0], 16
        elif size == 0:
            size = len(data) - position
        if size < start or position + size > len(data):
            raise OddFile("box size")
        yield kind, data[position + start : position + size]
        position += size


def _contents(meta: bytes) -> _Contents:
    contents = _Contents()
    for kind, payload in _boxes(meta):
        if kind == b"iinf":
            contents.types = _item_types(payload)
        elif kind == b"iloc":
            contents.places = _item_places(payload)
        elif kind == b"idat":
            contents.idat = payload
        elif kind == b"iprp":
            for inner, properties in _boxes(payload):
                if inner == b"ipco":
                    contents.sizes += [struct.unpack_from(">II", p, 4) for k, p in _boxes(properties) if k == b"ispe"]
    return contents


def _item_types(payload: bytes) -> dict[int, tuple[bytes, str]]:
    """item id -> (type, content type) from `iinf`'s `infe` entries (versions 2 and 3)."""
    count_size = 2 if payload[0] == 0 else 4
    types = {}
    for kind, entry in _boxes(payload[4 + count_size :]):
        if kind != b"infe":
            continue
        version = entry[0]
        if version not in (2, 3):
            raise OddFile("old item info")
        at = 4
        item = struct.unpack_from(">H" if version == 2 else ">I", entry, at)[0]
        at += (2 if version == 2 else 4) + 2  # the id, then the protection index
        item_type = entry[at : at + 4]
        name_end = entry.index(b"\x00", at + 4)
        content_type = ""
        if item_type == b"mime":
            content_type = entry[name_end + 1 : entry.index(b"\x00", name_end + 1)].decode("ascii").lower()
        types[item] = (item_type, content_type)
    return types


def _item_places(payload: bytes) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """item id -> (construction method, extents) from `iloc` (versions 0, 1 and 2)."""
    version = payload[0]
    offset_size, length_size = payload[4] >> 4, payload[4] & 15
    base_size, index_size = payload[5] >> 4, (payload[5] & 15 if version in (1, 2) else 0)
    at = 6
    count, at = _number(payload, at, 2 if version < 2 else 4)
    places = {}
    for _ in range(count):
        item, at = _number(payload, at, 2 if version < 2 else 4)
        method = 0
        if version in (1, 2):
            method, at = _number(payload, at, 2)
            method &= 15
        reference, at = _number(payload, at, 2)
        base, at = _number(payload, at, base_size)
        extent_count, at = _number(payload, at, 2)
        extents = []
        for _ in range(extent_count):
            at += index_size
            offset, at = _number(payload, at, offset_size)
            length, at = _number(payload, at, length_size)
            extents.append((base + offset, length))
        if reference == 0:  # else the bytes are in another file: never read
            places[item] = (method, extents)
    return places


def _number(data: bytes, at: int, size: int) -> tuple[int, int]:
    """A big-endian unsigned number of `size` bytes (0, 2, 4 or 8) at `at`, and where it ends."""
    if size not in (0, 2, 4, 8) or at + size > len(data):
        raise OddFile("number size")
    return int.from_bytes(data[at : at + size], "big"), at + size


def _item_bytes(stream: BinaryIO, contents: _Contents, item: int) -> bytes:
    """An item's bytes, from the file (method 0) or the `idat` box (method 1)."""
    if item not in contents.places:
        raise OddFile("item without a place")
    method, extents = contents.places[item]
    if method not in (0, 1) or not extents or any(length <= 0 for _, length in extents):
        raise OddFile("item built another way")
    if sum(length for _, length in extents) > MAX_METADATA_BYTES:
        return b""  # a metadata block this big is not a camera's: not read
    parts = []
    for offset, length in extents:
        if method == 1:
            part = contents.idat[offset : offset + length]
        else:
            stream.seek(offset)
            part = stream.read(length)
        if len(part) < length:
            raise OddFile("item cut short")
        parts.append(part)
    return b"".join(parts)


def _exif_block(item: bytes) -> bytes:
    """The Exif item as the "Exif\\0\\0" block Pillow reads: the item starts with the distance
    to its TIFF header (usually past an "Exif\\0\\0" of its own)."""
    skip = int.from_bytes(item[:4], "big")
    tiff = item[4 + skip :]
    if not tiff.startswith(_TIFF_STARTS):  # a writer that got the distance wrong: look nearby
        found = [at for at in (item.find(start, 4, 40) for start in _TIFF_STARTS) if at >= 0]
        if not found:
            return b""
        tiff = item[min(found) :]
    return EXIF_PREFIX + tiff
