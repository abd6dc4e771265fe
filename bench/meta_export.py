"""Benchmark: a ~1 GB Facebook export (G3 JSON, 30k photos) scanned without extracting it.

    .venv/bin/python bench/meta_export.py [--size-mb 1024] [--keep]

Builds `/tmp/profile-audit-bench/facebook-bench-2024-11-01-a1b2c3d4.zip` (photos are random
bytes stored uncompressed, as JPEGs barely compress; posts are numbered JSON files with
mojibake text and a phone number every 50 posts), then times two passes in one process:
the Facebook fetcher alone (items/s of reading) and the full `scan` with every registered
detector.  Peak RSS comes from `resource.getrusage` (ru_maxrss, KiB on Linux) and is
sampled after generation so the figure belongs to the scan.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.archive import open_archive  # noqa: E402
from audit.fetchers import SourceReport, recognise  # noqa: E402
from audit.pipeline import scan  # noqa: E402

POSTS_PER_FILE = 5000
PHOTO_BYTES = 32 * 1024


def build(path: Path, size_mb: int) -> tuple[int, int]:
    """Write the export; returns (posts, photos)."""
    photos = max(1, size_mb * 1024 * 1024 // PHOTO_BYTES - 200)
    posts = photos * 3
    media = "your_facebook_activity/posts/media/Bench_1/"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr(
            "personal_information/profile_information/profile_information.json",
            json.dumps({"profile_v2": {"emails": {"emails": ["bench@example.com"]}}}),
        )
        for part in range(0, posts, POSTS_PER_FILE):
            name = f"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_{part // POSTS_PER_FILE + 1}.json"
            with out.open(name, "w") as stream:
                stream.write(b"[")
                for n in range(part, min(part + POSTS_PER_FILE, posts)):
                    text = f"Caf\u00c3\u00a9 post {n} " + ("ring 07700 900123" if n % 50 == 0 else "lovely day out")
                    record: dict[str, object] = {"timestamp": 1500000000 + n, "data": [{"post": text}]}
                    if n < photos:
                        record["attachments"] = [
                            {
                                "data": [
                                    {
                                        "media": {
                                            "uri": f"{media}{n}_n.jpg",
                                            "creation_timestamp": 1500000000 + n,
                                            "description": "",
                                            "media_metadata": {
                                                "photo_metadata": {
                                                    "exif_data": [{"latitude": 51.5, "longitude": -0.12}]
                                                }
                                            },
                                        }
                                    }
                                ]
                            }
                        ]
                    stream.write((b"," if n > part else b"") + json.dumps(record).encode())
                stream.write(b"]")
        for n in range(photos):
            out.writestr(
                zipfile.ZipInfo(f"{media}{n}_n.jpg"),
                b"\xff\xd8" + os.urandom(PHOTO_BYTES - 2),
                compress_type=zipfile.ZIP_STORED,
            )
    return posts, photos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--keep", action="store_true", help="keep the generated zip")
    args = parser.parse_args()
    folder = Path("/tmp/profile-audit-bench")
    folder.mkdir(exist_ok=True)
    path = folder / "facebook-bench-2024-11-01-a1b2c3d4.zip"
    started = time.perf_counter()
    posts, photos = build(path, args.size_mb)
    print(
        f"built {path.stat().st_size / 1024**2:,.0f} MiB: {posts:,} posts, {photos:,} photos "
        f"in {time.perf_counter() - started:.1f}s; RSS after build {_rss_mib():.0f} MiB"
    )
    try:
        archive = open_archive(path)
        fetcher = recognise(archive)
        assert fetcher is not None
        report = SourceReport(str(path))
        started = time.perf_counter()
        count = sum(1 for _ in fetcher(archive, report).items())
        took = time.perf_counter() - started
        archive.close()
        print(
            f"fetcher only: {count:,} items in {took:.1f}s = {count / took:,.0f} items/s; peak RSS {_rss_mib():.0f} MiB"
        )
        started = time.perf_counter()
        result = scan([path])
        took = time.perf_counter() - started
        items = result.sources[0].items
        print(
            f"full scan:    {items:,} items in {took:.1f}s = {items / took:,.0f} items/s, "
            f"{len(result.findings):,} findings; peak RSS {_rss_mib():.0f} MiB"
        )
    finally:
        if not args.keep:
            path.unlink(missing_ok=True)


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
