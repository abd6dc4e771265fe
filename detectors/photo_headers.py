"""The EXIF and XMP blocks of a JPEG or a WebP file, found by walking its segments or chunks.

Pillow's own readers do more than the metadata pass needs: its JPEG reader parses every table
of the header in Python, and its WebP reader sets up a decoder for the whole canvas.  Walking
the file's structure to the two blocks is five to twenty times quicker, and reads nothing
past them that a seek can skip.  Each walker returns None when the file is not its format
(the stream rewound), so the caller can try the next one, and Pillow last.

The size the file claims meets the same decompression-bomb limit as Pillow's own readers:
an image claiming more than twice `Image.MAX_IMAGE_PIXELS` raises
`Image.DecompressionBombError`, and the scan names the file.
"""

from __future__ import annotations

from typing import BinaryIO

from PIL import Image

Blocks = tuple[bytes, bytes]
"""(EXIF, XMP): the EXIF block starting "Exif\\0\\0" (or empty), the XMP packet (or empty)."""

EXIF_PREFIX = b"Exif\x00\x00"
MAX_METADATA_BYTES = 1 << 20
MAX_JPEG_SEGMENTS = 256
MAX_WEBP_CHUNKS = 64
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def check_pixels(width: int, height: int) -> None:
    """Refuse an image claiming more pixels than Pillow's own guard would allow."""
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and width * height > 2 * limit:
        raise Image.DecompressionBombError(f"the image claims {width} x {height} pixels")


def jpeg_blocks(stream: BinaryIO) -> Blocks | None:
    """(EXIF, XMP) from a JPEG's APP1 segments; None if it is not a JPEG (the stream rewound).

    The segments are walked to the start of the image data; the frame size is checked
    against the decompression-bomb limit on the way.
    """
    if stream.read(2) != b"\xff\xd8":
        stream.seek(0)
        return None
    exif = xmp = b""
    for _ in range(MAX_JPEG_SEGMENTS):
        marker = stream.read(2)
        while marker[:1] == b"\xff" and marker[1:] == b"\xff":  # fill bytes before a marker
            marker = marker[1:] + stream.read(1)
        if len(marker) < 2 or marker[0] != 0xFF or marker[1] in (0xD9, 0xDA):
            break  # the end, the image data, or not a marker at all: the header is over
        if 0xD0 <= marker[1] <= 0xD7 or marker[1] == 0x01:
            continue  # markers without a length
        size = int.from_bytes(stream.read(2), "big") - 2
        if size < 0:
            break
        if marker[1] == 0xE1:
            data = stream.read(size)
            if data.startswith(EXIF_PREFIX) and not exif:
                exif = data
            elif data.startswith(_XMP_HEADER) and not xmp:
                xmp = data[len(_XMP_HEADER) :]
        elif marker[1] in _SOF_MARKERS:
            frame = stream.read(size)
            check_pixels(int.from_bytes(frame[3:5], "big"), int.from_bytes(frame[1:3], "big"))
        else:
            stream.seek(size, 1)
    return exif, xmp


def webp_blocks(stream: BinaryIO) -> Blocks | None:
    """(EXIF, XMP) from a WebP file's RIFF chunks; None if it is not a WebP file (the stream rewound).

    The image data (VP8, VP8L, ANIM frames) is seeked past, never read; the canvas size in the
    VP8X chunk is checked against the decompression-bomb limit.
    """
    header = stream.read(12)
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WEBP":
        stream.seek(0)
        return None
    exif = xmp = b""
    for _ in range(MAX_WEBP_CHUNKS):
        chunk = stream.read(8)
        if len(chunk) < 8:
            break
        name, size = chunk[:4], int.from_bytes(chunk[4:], "little")
        if name == b"VP8X":
            canvas = stream.read(min(size, 10))
            width, height = (int.from_bytes(canvas[at : at + 3], "little") + 1 for at in (4, 7))
            check_pixels(width, height)
            stream.seek(size + (size & 1) - len(canvas), 1)
        elif name in (b"EXIF", b"XMP ") and size <= MAX_METADATA_BYTES:
            data = stream.read(size)
            exif, xmp = (data, xmp) if name == b"EXIF" else (exif, data)
            stream.seek(size & 1, 1)
        else:
            stream.seek(size + (size & 1), 1)
    return (EXIF_PREFIX + exif if exif and not exif.startswith(b"Exif") else exif), xmp
