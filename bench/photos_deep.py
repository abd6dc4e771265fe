"""The deep pass's bench (`bench/photos.py --deep`): generated pictures of invented text, OCR
precision and recall on them, and photos per second through `audit.photos_deep`.

The pictures (`text_cards`) are also the deep scan's test fixtures (`tests/photos/test_deep_models.py`):
a school name on a lanyard, a drama number on a card, an @example.com address, one in five with no
value; plain, low contrast, tilted, sideways with an EXIF orientation tag, or in small type.
"""

from __future__ import annotations

import io
import multiprocessing
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from detectors.base import Item, Provenance  # noqa: E402


@dataclass(frozen=True, slots=True)
class TextCard:
    """A generated picture with invented text, and the values the text detectors should find."""

    name: str
    data: bytes
    values: tuple[str, ...]
    """Normalised values: E.164 numbers, lower-case e-mails, the school's name."""


SCHOOL_NAME = "St Aidan's C of E Primary School"
"""The demo personas' invented school (`examples/st-aidans.toml`)."""
_WORDS = ("Happy holidays!", "Bake sale Friday", "Order 4471 dispatched", "Well done team", "Mind the step")


def text_cards(count: int, seed: int = 17) -> list[TextCard]:
    """`count` pictures: lanyards, cards and notes with a planted value (or none, one in five),
    drawn dark on light or in low contrast, straight, tilted, or sideways with an EXIF
    orientation tag, at several sizes."""
    rng = random.Random(seed)
    cards = []
    for number in range(count):
        style = number % 5
        values: tuple[str, ...]
        if style == 0:
            lines, values = ["STAFF", SCHOOL_NAME.replace(" School", "")], (SCHOOL_NAME,)
        elif style == 1:
            digits = f"{rng.randrange(1000):03d}"
            lines, values = ["Drama club", f"Call 07700 900{digits}"], (f"+447700900{digits}",)
        elif style == 2:
            digits = f"{rng.randrange(1000):04d}"
            lines, values = ["Lost cat!", f"0113 496 {digits}"], (f"+44113496{digits}",)
        elif style == 3:
            name = rng.choice(("jo.marsh", "sam.okafor", "priya.r"))
            lines, values = ["Questions?", f"{name}@example.com"], (f"{name}@example.com",)
        else:
            lines, values = [rng.choice(_WORDS), rng.choice(_WORDS)], ()
        variant = ("plain", "low contrast", "tilted", "sideways", "small")[(number // 5) % 5]
        cards.append(TextCard(f"{number:02d}-{variant}", _card(lines, variant, rng), values))
    return cards


def _card(lines: list[str], variant: str, rng: random.Random) -> bytes:
    from PIL import ImageDraw, ImageFont

    size = 22 if variant == "small" else 40
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        font = ImageFont.load_default(size=size)
    background, ink = ("#9a9a9a", "#6e6e6e") if variant == "low contrast" else ("#f1ece2", "#1d2433")
    image = Image.new("RGB", (960, 720), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 959, 60), fill=rng.choice(("#3b6ea5", "#a53b3b", "#3ba55c")))
    for row, line in enumerate(lines):
        draw.text((80, 220 + row * int(size * 1.8)), line, fill=ink, font=font)
    exif = Image.Exif()
    if variant == "tilted":
        image = image.rotate(rng.choice((-10, -6, 6, 10)), expand=True, fillcolor=background)
    elif variant == "sideways":  # the camera held sideways: the pixels turned, the tag says so
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif.tobytes())
    return out.getvalue()


def deep_bench(count: int) -> None:
    """OCR precision and recall on the generated cards, and photos per second, one process."""
    from audit.photos_deep import engines
    from audit.photos_deep.findings import PhotoJudge
    from audit.school import load_school

    school = load_school(Path(__file__).resolve().parent.parent / "examples" / "st-aidans.toml")
    judge = PhotoJudge(school)
    start = time.perf_counter()
    engines.warm_up()
    print(f"models loaded in {time.perf_counter() - start:.1f} s")
    planted = found = right = 0
    start = time.perf_counter()
    for card in text_cards(count):
        reading = engines.read_photo(card.data)
        item = Item(Provenance("x", f"media/{card.name}.jpg", None, "media", "media"))
        values = {f.value for f in judge.findings(item, reading) if f.kind == "photo_text"}
        hits = values & set(card.values)
        planted, found, right = planted + len(card.values), found + len(values), right + len(hits)
        missed = set(card.values) - values
        if missed or values - hits:
            print(
                f"  {card.name}: read {' | '.join(reading.lines)!r}; missed {len(missed)}, extra {len(values - hits)}"
            )
    seconds = time.perf_counter() - start
    print(f"{count} cards in {seconds:.1f} s ({count / seconds:.2f} photos/s, one process)")
    datas = [card.data for card in text_cards(count)]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=spawn, initializer=engines.warm_up) as pool:
        list(pool.map(engines.read_photo, datas[:2]))  # both workers started, models loaded
        start = time.perf_counter()
        list(pool.map(engines.read_photo, datas))
        seconds = time.perf_counter() - start
    print(f"{count} cards in {seconds:.1f} s ({count / seconds:.2f} photos/s, two processes)")
    print(
        f"recall {right}/{planted} = {right / max(planted, 1):.0%}; precision {right}/{found} = {right / max(found, 1):.0%}"
    )
