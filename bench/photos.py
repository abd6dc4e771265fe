"""Photos per second for the photo checks, and how well the deep scan reads text in pictures.

    .venv/bin/python bench/photos.py [--photos 1000] [--size 2048x1536]
    .venv/bin/python bench/photos.py --deep [--text-images 50]

**Metadata pass** (the default scan): N invented photos, a quarter each JPEG, PNG (half the
side: screenshots), WebP and HEIC, half of them with a GPS block, are written to a temporary
folder and zipped (deflated, as the platforms do), and read the way a scan reads them: each
through the export's own `Archive.open` (counted against the export's budget) and
`PhotoLocationDetector.detect`.  The photos are phone-sized (2048 x 1536 by default) with
content that does not compress away, so reading a whole file where only its header is needed
would show.  One process, then two: chunks of 16 photos handed to whichever is free, each
with the export opened before the clock runs (the workers' start is timed on its own).  Best
of three runs by the clock, and photos per second of CPU time over all three (the workers'
for two), which the other jobs on a shared machine disturb less than the clock.  With two
processes, the same figure per CPU second as one process means the work is spread with
nothing lost; two idle cores then give twice the one-process clock figure.

`--heic-via-pillow` reads HEIC the way the scan did before its box walker (`detectors.photo_heif`):
whole, through pillow-heif and libheif; for a before-and-after on the same machine and load.

**Deep pass** (`--deep`, needs the `photos` extra): photos per second for OCR and the content
check through `audit.photos_deep`, and OCR precision and recall on `--text-images` generated
pictures of invented text (a school name on a lanyard, a number on a card, rotated, low
contrast, small; `text_cards`), scored on the values the text detectors find.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from audit.archive import Archive, open_archive  # noqa: E402
from detectors.base import Item, MediaRef, Provenance  # noqa: E402
from detectors.photo_location import PhotoLocationDetector  # noqa: E402

FORMATS = (("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp"), ("HEIF", ".heic"))
POSITION = (53.80081, -1.54912)
"""An invented position."""


def base_image(size: tuple[int, int], seed: int) -> Image.Image:
    """A picture with a phone photo's texture: smooth bands with noise, so it compresses as a photo does."""
    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 16, size[1] // 16))
    small.putdata(
        [(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(small.width * small.height)]
    )
    smooth = small.resize(size, Image.Resampling.BICUBIC)
    noise = Image.effect_noise(size, 24).convert("RGB")
    return Image.blend(smooth, noise, 0.15)


def exif_block(with_gps: bool) -> bytes:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "ExamplePhone", "Bench 1"
    exif[0x8769] = {0x9003: "2024:05:04 19:22:00", 0x9011: "+01:00"}
    if with_gps:
        exif[0x8825] = {1: "N", 2: _dms(POSITION[0]), 3: "W", 4: _dms(POSITION[1])}
    return exif.tobytes()


def make_photos(folder: Path, count: int, size: tuple[int, int]) -> list[str]:
    """`count` photos in `folder` (8 distinct files, copied under new names); their names."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    originals: dict[tuple[int, bool], bytes] = {}
    for index, (fmt, _) in enumerate(FORMATS):
        # PNGs in exports are screenshots and graphics: half a phone photo's side is generous
        image = base_image(size if fmt != "PNG" else (size[0] // 2, size[1] // 2), index)
        for with_gps in (True, False):
            out = io.BytesIO()
            image.save(out, fmt, exif=exif_block(with_gps), quality=85)
            originals[index, with_gps] = out.getvalue()
    names = []
    for number in range(count):
        index, with_gps = number % len(FORMATS), number % 2 == 0 if number % 8 < 4 else number % 2 == 1
        name = f"media/{number:05d}{FORMATS[index][1]}"
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(originals[index, with_gps])
        names.append(name)
    return names


def zipped(folder: Path, names: Sequence[str], target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name in names:
            archive.write(folder / name, name)
    return target


def heic_via_pillow() -> None:
    """Make the scan read HEIC as it did before the box walker: through pillow-heif."""
    from detectors import photo_metadata

    def not_walked(stream: BinaryIO) -> None:
        stream.seek(0)

    photo_metadata.heif_blocks = not_walked  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Speed:
    photos_per_second: float
    """Best of the runs, by the clock."""
    per_cpu_second: float
    """Photos per second of CPU time (the workers', for two processes), over all the runs."""
    found: int
    start: float = 0.0
    """Seconds to start the workers and have each open the export (not in the other figures)."""


def photos_per_second(source: Path, names: Sequence[str], processes: int, runs: int = 3) -> Speed:
    """Two processes share the photos as a scan's workers would: chunks handed out as each is
    free (a fixed half each gave one process every PNG and HEIC, as the formats take turns in
    `names`), each with the export opened once, started before the clock runs."""
    chunks = [list(names[at : at + CHUNK]) for at in range(0, len(names), CHUNK)]
    if processes == 1:
        _open_export(str(source))
        return _timed(map, chunks, runs)
    with ProcessPoolExecutor(processes, initializer=_open_export, initargs=(str(source),)) as pool:
        clock = time.perf_counter()
        list(pool.map(_started, [0.2] * processes))  # each worker holds one: all of them started
        start = time.perf_counter() - clock - 0.2
        return replace(_timed(pool.map, chunks, runs), start=start)


def _timed(mapper: Callable[..., Iterable[tuple[int, float]]], chunks: list[list[str]], runs: int) -> Speed:
    best, found, cpu = float("inf"), 0, 0.0
    for _ in range(runs):
        clock = time.perf_counter()
        outcomes = list(mapper(_read_chunk, chunks))
        best = min(best, time.perf_counter() - clock)
        found, cpu = sum(n for n, _ in outcomes), cpu + sum(seconds for _, seconds in outcomes)
    count = sum(len(chunk) for chunk in chunks)
    return Speed(count / best, runs * count / cpu, found)


CHUNK = 16
"""Photos handed to a process at a time."""
_EXPORT: list[Archive] = []


def _open_export(source: str) -> None:
    for archive in _EXPORT:
        archive.close()
    _EXPORT[:] = [open_archive(Path(source))]


def _started(pause: float) -> int:
    time.sleep(pause)
    return os.getpid()


def _read_chunk(names: Sequence[str]) -> tuple[int, float]:
    """Positions found in `names`, and the CPU seconds spent on them."""
    cpu = time.process_time()
    detector = PhotoLocationDetector()
    found = sum(len(list(detector.detect(_item(_EXPORT[0], name)))) for name in names)
    return found, time.process_time() - cpu


def metadata_bench(count: int, size: tuple[int, int]) -> None:
    with tempfile.TemporaryDirectory(prefix="photos-bench-") as temp:
        folder = Path(temp) / "export"
        names = make_photos(folder, count, size)
        archive = zipped(folder, names, Path(temp) / "export.zip")
        megabytes = sum((folder / name).stat().st_size for name in names) / 1e6
        print(f"{count} photos, {size[0]}x{size[1]}, {megabytes:.0f} MB; {os.cpu_count()} cores")
        print("  photos/s by the clock (best of 3), and per second of CPU time (the workers', for 2)")
        for label, source in (("folder", folder), ("zip", archive)):
            for processes in (1, 2):
                speed = photos_per_second(source, names, processes)
                started = f"  (workers started in {speed.start * 1000:.0f} ms)" if processes > 1 else ""
                print(
                    f"  {label:<6} {processes} process{'es' if processes > 1 else '  '}  {speed.photos_per_second:7.0f}"
                    f"  {speed.per_cpu_second:7.0f}  {speed.found} with GPS{started}"
                )
        print("  by format, one process: photos/s by the clock, and per second of CPU time")
        for _, suffix in FORMATS:
            chosen = [name for name in names if name.endswith(suffix)]
            figures = [photos_per_second(source, chosen, 1) for source in (folder, archive)]
            words = [f"{f.photos_per_second:7.0f} {f.per_cpu_second:7.0f}" for f in figures]
            print(f"    {suffix:<6} folder {words[0]}   zip {words[1]}")


def _item(archive: Archive, name: str) -> Item:
    return Item(
        Provenance("x", name, None, "media", "media"),
        media=MediaRef(name, lambda: archive.open(name), archive.size(name)),
    )


def _dms(value: float) -> tuple[float, float, float]:
    degrees, rest = divmod(abs(value) * 3600, 3600)
    minutes, seconds = divmod(rest, 60)
    return degrees, minutes, round(seconds, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=None)
    parser.add_argument("--size", default="2048x1536")
    parser.add_argument("--deep", action="store_true")
    parser.add_argument("--text-images", type=int, default=50)
    parser.add_argument("--heic-via-pillow", action="store_true")
    args = parser.parse_args()
    if args.heic_via_pillow:
        heic_via_pillow()
    width, height = (int(part) for part in args.size.split("x"))
    if args.deep:
        from bench.photos_deep import deep_bench

        deep_bench(args.text_images)
    else:
        metadata_bench(args.photos or 1000, (width, height))


if __name__ == "__main__":
    main()
