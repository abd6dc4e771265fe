"""A photo inside an export is read only as far as its metadata, whether the export is a folder
or a deflated zip: the walkers seek past the image data, and the archive skips it.

A HEIC's Exif item and a WebP's EXIF chunk come after the image data; before members could
seek, a zip's were read (and inflated and copied) to the end.  Pictures of noise (they do not
compress away) with an invented position."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
from PIL import Image

from audit.archive import Archive
from audit.folderarchive import FolderArchive
from audit.multiarchive import MultiArchive
from audit.ziparchive import ZipArchive
from detectors.base import Item, MediaRef, Provenance
from detectors.photo_location import PhotoLocationDetector
from tests.detectors.test_photo_location import FERNSIDE, dms_block

pillow_heif = pytest.importorskip("pillow_heif")
pillow_heif.register_heif_opener()


def noisy(fmt: str) -> bytes:
    rng = random.Random(11)
    image = Image.frombytes("RGB", (800, 600), rng.randbytes(800 * 600 * 3))
    exif = Image.Exif()
    exif[0x8825] = dms_block(*FERNSIDE)
    out = io.BytesIO()
    image.save(out, fmt, exif=exif.tobytes(), quality=80)
    return out.getvalue()


@pytest.fixture(scope="module")
def photos() -> dict[str, bytes]:
    return {f"media/a.{suffix}": noisy(fmt) for fmt, suffix in (("HEIF", "heic"), ("WEBP", "webp"), ("JPEG", "jpg"))}


@pytest.mark.parametrize("layout", ["folder", "deflated", "stored", "parts"])
def test_only_the_metadata_is_read_out_of_the_export(tmp_path: Path, photos: dict[str, bytes], layout: str) -> None:
    """Counted at every layer: a split export's part must not inflate ahead of a seek either."""
    for name, data in photos.items():
        (tmp_path / "export" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "export" / name).write_bytes(data)
    zipped = tmp_path / "export.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_STORED if layout == "stored" else zipfile.ZIP_DEFLATED) as out:
        for name in photos:
            out.write(tmp_path / "export" / name, name)
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as out:
        out.writestr("posts/a.json", b"[]")
    archive = (
        FolderArchive(tmp_path / "export")
        if layout == "folder"
        else MultiArchive([ZipArchive(tmp_path / "other.zip"), ZipArchive(zipped)])
        if layout == "parts"
        else ZipArchive(zipped)
    )
    layers = [archive, *getattr(archive, "parts", [])]
    detector = PhotoLocationDetector()
    with archive:
        for name, data in photos.items():
            before = [layer.bytes_read for layer in layers]
            media = MediaRef(name, _opener(archive, name), len(data))
            (match,) = detector.detect(Item(Provenance("x", name, None, "media", "media"), media=media))
            assert match.value == f"{FERNSIDE[0]:.5f}, {FERNSIDE[1]:.5f}"
            read = max(layer.bytes_read - was for layer, was in zip(layers, before, strict=True))
            assert len(data) > 250_000 and read < 64 * 1024, name


def _opener(archive: Archive, name: str) -> Callable[[], BinaryIO]:
    return lambda: archive.open(name)


def test_the_exif_comes_after_the_image_data(photos: dict[str, bytes]) -> None:
    """What makes the test above worth having: without a seek, these would be read to their end."""
    for name in ("media/a.heic", "media/a.webp"):
        data = photos[name]
        assert data.rindex(b"MM\x00*" if b"MM\x00*" in data else b"II*\x00") > len(data) // 2, name
