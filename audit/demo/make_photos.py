"""Make Jo Marsh's photo set: tiny invented photos whose positions give away home and school.

Run `python audit/demo/make_photos.py` after changing the plan below; the JPEG files and the
posts they belong to are committed, so `make demo` needs no build step.  Re-running rewrites
the same files byte for byte (the images are drawn, not photographed, and dated by the plan).

Jo's Facebook download holds the photos as Meta writes them: each one a status post of the
person's timeline (`your_posts__check_ins__photos_and_videos_1.json`) whose attachment names
the file under `your_facebook_activity/posts/media/<album>_<id>/` and keeps the upload details
in `exif_data` (the upload address, a reserved documentation one, and the taken time).  The
positions are in each file's own EXIF, where the phone wrote them:

- **home**: ten photos on ten evenings and weekends within about 60 m of one invented point,
  about two kilometres from the school, where Jo moved in August 2023 (the "keys collected" post);
- **school**: eight photos in school hours in the autumn term of 2024, within about 50 m of the
  school's check-in position.

Everything is invented: the positions are points on a map, not anyone's house, and the upload
addresses are from 203.0.113.0/24, kept for documentation.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw

EXPORT = Path(__file__).parent / "jo-ect" / "facebook" / "facebook-jomarsh-2024-11-01-Xq7Lp2Rs"
POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
ALBUM = "your_facebook_activity/posts/media/MobileUploads_7Kp2Xw"
UK = ZoneInfo("Europe/London")
HOME = (53.8149, -1.5633)
"""Jo's invented home: about 2 km north-west of the school's check-in position."""
SCHOOL = (53.8012, -1.5487)
"""St Aidan's, where Jo's Facebook checks her in (`check-ins.json` and the first-day post)."""
METRE = 1 / 111_320
SIZE = (64, 48)


@dataclass(frozen=True, slots=True)
class Shot:
    """One photo of the plan: where (metres from its centre), when (UK wall clock), what it shows."""

    centre: tuple[float, float]
    north_m: float
    east_m: float
    taken: str
    caption: str
    colours: tuple[str, str]


SHOTS: tuple[Shot, ...] = (
    Shot(HOME, 0, 0, "2023-09-02 19:40", "Home sweet home", ("#c98b5b", "#5b7fc9")),
    Shot(HOME, 12, -8, "2023-09-16 11:05", "Garden finally tamed", ("#4f8a3c", "#a7d18b")),
    Shot(HOME, -20, 15, "2023-10-21 20:15", "First fire of the autumn", ("#d9622b", "#2b1d14")),
    Shot(HOME, 35, 10, "2023-12-10 16:20", "Fairy lights up", ("#1c2340", "#f2d16b")),
    Shot(HOME, -5, 30, "2024-01-27 10:30", "Snow on the back step", ("#e8eef2", "#8aa1b1")),
    Shot(HOME, 8, 4, "2024-03-05 21:10", "", ("#33415c", "#c8a2c8")),
    Shot(HOME, -30, -25, "2024-05-18 13:45", "Tomato seedlings doing well", ("#6aa84f", "#b45f06")),
    Shot(HOME, 22, -18, "2024-06-22 09:30", "Pancake Saturday", ("#f6c26b", "#7f4f24")),
    Shot(HOME, -12, 40, "2024-08-14 19:55", "Sunset from the back bedroom", ("#f08a4b", "#6d3b8c")),
    Shot(HOME, 4, -35, "2024-10-12 18:30", "", ("#9c6644", "#ddb892")),
    Shot(SCHOOL, 10, 5, "2024-09-05 08:40", "", ("#a4c3f5", "#f5e6a4")),
    Shot(SCHOOL, -15, 20, "2024-09-11 12:20", "", ("#8fd19e", "#d18f8f")),
    Shot(SCHOOL, 25, -10, "2024-09-17 15:10", "", ("#f5b971", "#7194f5")),
    Shot(SCHOOL, -5, -30, "2024-09-24 10:05", "", ("#b58fd1", "#8fd1c9")),
    Shot(SCHOOL, 30, 25, "2024-10-01 13:35", "", ("#d1c38f", "#8fa6d1")),
    Shot(SCHOOL, -25, -5, "2024-10-08 09:15", "", ("#e59b9b", "#9be5b4")),
    Shot(SCHOOL, 5, 35, "2024-10-15 14:50", "", ("#9bb7e5", "#e5d49b")),
    Shot(SCHOOL, -35, 15, "2024-10-18 11:25", "", ("#c7e59b", "#e59bd6")),
)


def position(shot: Shot) -> tuple[float, float]:
    latitude, longitude = shot.centre
    return (
        round(latitude + shot.north_m * METRE, 6),
        round(longitude + shot.east_m * METRE / math.cos(math.radians(latitude)), 6),
    )


def photo(shot: Shot) -> bytes:
    """A 64 x 48 picture of two colours, with the GPS, taken time and camera in its EXIF."""
    image = Image.new("RGB", SIZE, shot.colours[0])
    ImageDraw.Draw(image).ellipse((16, 8, 48, 40), fill=shot.colours[1])
    latitude, longitude = position(shot)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "ExamplePhone", "Demo 12"
    details = exif.get_ifd(0x8769)
    details[0x9003] = datetime.fromisoformat(shot.taken).strftime("%Y:%m:%d %H:%M:%S")
    details[0x9011] = _offset(shot)
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = ("N" if latitude >= 0 else "S"), _dms(latitude)
    gps[3], gps[4] = ("E" if longitude >= 0 else "W"), _dms(longitude)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, exif=exif.tobytes())
    return out.getvalue()


def record(shot: Shot, index: int) -> dict[str, object]:
    """The status post Meta writes for one uploaded photo (posted a few minutes after it was taken)."""
    taken = _epoch(shot)
    media = {
        "uri": f"{ALBUM}/{_name(index)}",
        "creation_timestamp": taken + 300,
        "media_metadata": {
            "photo_metadata": {"exif_data": [{"upload_ip": f"203.0.113.{20 + index}", "taken_timestamp": taken}]}
        },
        "title": "",
        "description": shot.caption,
    }
    data: list[dict[str, object]] = [{"post": shot.caption}] if shot.caption else []
    data.append({"update_timestamp": taken + 300})
    return {
        "timestamp": taken + 300,
        "title": "Jo Marsh added a new photo.",
        "data": data,
        "attachments": [{"data": [{"media": media}]}],
    }


def main() -> None:
    folder = EXPORT / ALBUM
    folder.mkdir(parents=True, exist_ok=True)
    for index, shot in enumerate(SHOTS):
        (folder / _name(index)).write_bytes(photo(shot))
    posts_file = EXPORT / POSTS
    posts = [post for post in json.loads(posts_file.read_text(encoding="utf-8")) if not _ours(post)]
    posts += [record(shot, index) for index, shot in enumerate(SHOTS)]
    posts_file.write_text(json.dumps(posts, indent=2), encoding="utf-8")
    print(f"{len(SHOTS)} photos in {folder}")


def _ours(post: object) -> bool:
    return isinstance(post, dict) and ALBUM in json.dumps(post.get("attachments", ()))


def _name(index: int) -> str:
    return f"{4410 + index}_{8820 + index}_n.jpg"


def _epoch(shot: Shot) -> int:
    return int(datetime.fromisoformat(shot.taken).replace(tzinfo=UK).timestamp())


def _offset(shot: Shot) -> str:
    offset = datetime.fromisoformat(shot.taken).replace(tzinfo=UK).utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset else 0
    return f"+{hours:02d}:00"


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 4)
    return float(degrees), float(minutes), seconds


if __name__ == "__main__":
    main()
