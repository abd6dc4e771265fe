"""The fuzzer's cases: the valid exports it starts from, and a case as the entries it will write.

Why: every mutation, writer and judge works on the same picture of an export, a list of
`Entry`s that can lie in their zip or tar headers, and on the same record of what was done to
it (`Case`: its steps, the members that may rightly give nothing now, the names a report may
use for a member).  The valid exports come from the project's fixture builders, so they hold
invented people and reserved numbers and domains only, and a case's platform, variant and
container are the first draws of its own seeded generator (`spec`), so a seed and an index
rebuild it exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

TEXT = (".js", ".json", ".html", ".htm", ".csv", ".txt", ".car")
MB = 1024 * 1024
PLATFORMS = ("x", "facebook", "instagram", "linkedin", "mastodon", "tiktok", "bluesky")
VARIANTS: dict[str, tuple[str, ...]] = {
    "x": ("data", "root", "grailbird"),
    "facebook": ("g0-html", "g1-json", "g1-html", "g2-json", "g2-html", "g2b-json", "g2b-html", "g3-json", "g3-html"),
    "instagram": ("i0-json", "i1-json", "i1-html", "i2-json", "i2-html", "i3-json", "i3-html"),
    "linkedin": ("basic", "complete", "complete-folder", "2024", "2018"),
    "mastodon": ("local", "cdn", "legacy"),
    "tiktok": ("2022", "old", "new", "new-pas", "txt"),
    "bluesky": ("repo", "goat"),
}
CONTAINERS = {"mastodon": ("folder", "zip", "tar"), "bluesky": ("folder", "zip", "car")}


# --- the valid exports: invented people, reserved numbers and domains only -------------------


@lru_cache(maxsize=64)
def base_tree(platform: str, variant: str) -> tuple[tuple[str, bytes], ...]:
    """One valid export as (path, bytes) pairs, built by the project's fixture builders."""
    tree = _build(platform, variant)
    return tuple((name, data.encode() if isinstance(data, str) else data) for name, data in sorted(tree.items()))


def _build(platform: str, variant: str) -> dict[str, bytes | str]:
    from datetime import UTC, datetime

    from fixtures.exportkit import jpeg

    if platform in ("facebook", "instagram"):
        from fixtures.facebook_archive import FacebookArchive
        from fixtures.instagram_archive import InstagramArchive

        generation, flavour = variant.split("-")
        if platform == "facebook":
            return FacebookArchive(messages=True, contacts=True).build(generation, flavour).tree  # type: ignore[arg-type]
        return InstagramArchive(messages=True, contacts=True, account_emails=True).build(generation, flavour).tree  # type: ignore[arg-type]
    if platform == "x":
        from fixtures.x_archive import Tweet, XArchive

        when = datetime(2019, 3, 2, 10, 0, tzinfo=UTC)
        return XArchive(
            email="ms.example@example.com",
            device_phone="+447700900789",
            bio="Tea & marking at Oakhurst Academy",
            tweets=[
                Tweet("1456000000000000001", "ring me on 07700 900123 x", when),
                Tweet("1456000000000000002", "mail me at ms.e@example.org", when),
                Tweet("1456000000000000003", "summit!", when, media=[("F5xAbc.jpg", jpeg())], geo=(53.8, -1.55)),
            ],
            notes=[("1456000000000000006", "A long post: my landline is 0117 496 0123", "2023-10-25T16:00:00.000Z")],
            dms=[("900", "1234567890", "my number is 07700 900333")],
        ).tree(variant)  # type: ignore[arg-type]
    if platform == "linkedin":
        from fixtures.linkedin_archive import LinkedInArchive, Message, Share

        archive = LinkedInArchive(
            address="12 Larkspur Close, Brackenford LS99 9ZZ",
            headline="Year 4 Teacher at Oakhurst Academy",
            summary="Primary teacher; robin.example@example.com",
            positions=[("Oakhurst Academy", "Class Teacher", "Year 4.", "Brackenford", "Sep 2019", "")],
            emails=[("robin.example@example.com", "Yes")],
            phones=[("07700 900123", "Mobile")],
            shares=[Share("2024-03-14 10:02:11", "urn:li:share:7100000000000000001", "Ring me on 07700 900321")],
            comments=[("2024-02-02 12:00:00", "https://www.linkedin.com/feed/update/1", "text 07700 900555")],
            messages=[Message("conv-1", "Robin Example", "Hi, my mobile is 07700 900777")],
        )
        generation = variant.removesuffix("-folder")
        return archive.tree(generation, folder=variant.endswith("-folder"))  # type: ignore[arg-type]
    if platform == "mastodon":
        from fixtures.mastodon_archive import MastodonArchive, Toot

        return MastodonArchive(
            summary="<p>Year 6 teacher at Oakhurst Academy.</p>",
            fields=[("Phone", "07700 900123")],
            avatar=jpeg(),
            toots=[
                Toot("1", "<p>Ring me on 07700 900321</p>", "public"),
                Toot("2", "<p>Mail me: robin.toot@example.com</p>", "unlisted", "2024-03-02T11:00:00Z"),
                Toot("3", "<p>Trip</p>", "private", media=[("7e904616a725d998.jpeg", jpeg(gps=(53.8, -1.55)), "Cast")]),
            ],
        ).tree(variant)  # type: ignore[arg-type]
    if platform == "tiktok":
        from fixtures.tiktok_archive import TikTokArchive, Video

        link = "https://www.tiktokv.com/share/video/73750000000000000{}/"
        return TikTokArchive(
            bio="Year 5 teacher at Oakhurst Academy.",
            videos=[Video("2024-06-01 17:02:44", link.format(1), "Tutoring? Call me on 07700 900456")],
            comments=[("2024-06-04 12:00:00", "e-mail me at sam.tutor@example.org")],
            chats={"bakes_by_b": [("2024-06-05 18:05:00", "mrs_reed_reads", "my number is 07700 900321")]},
            autofill={"PhoneNumber": "07700 900789", "Email": "sam.forms@example.net"},
        ).tree(variant)  # type: ignore[arg-type]
    from fixtures.bluesky_archive import BlueskyArchive, Post

    return BlueskyArchive(  # type: ignore[return-value]
        description="Year 6 teacher at Oakhurst Academy.",
        avatar=jpeg(),
        posts=[
            Post("3kaaaaaaaaa2a", "Ring me on 07700 900321 after school"),
            Post("3kaaaaaaaab2a", "Photos", images=[(jpeg(gps=(53.8, -1.55)), "Cast outside")]),
        ],
        likes=2,
    ).tree(variant)  # type: ignore[arg-type]


# --- a case: the export as entries, and what the mutations did to it --------------------------


@dataclass
class Entry:
    """One member as it will be written; the zip and tar fields let a mutation lie in headers."""

    name: str
    data: bytes
    origin: str | None = None
    """The base member this holds (None for something the mutation added)."""
    raw_name: bytes | None = None
    """Written as these bytes: a zip name flagged UTF-8 that is not, a folder name that is not UTF-8."""
    flags: int = 0
    method: int | None = None
    version: int = 20
    corrupt: list[int] = field(default_factory=list)
    """Zip: offsets into the compressed bytes to flip (a bad CRC or a damaged deflate stream)."""
    pad: int = 0
    """Zip: spaces appended inside the compressed stream (one member of a bomb)."""
    link: str | None = None
    """Folder or tar: a symbolic link to this target instead of a file."""


@dataclass
class Case:
    seed: int
    index: int
    platform: str
    variant: str
    container: str
    entries: list[Entry] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    exempt: set[str] = field(default_factory=set)
    """Base members that may rightly give nothing now: removed, renamed, or still valid after a blind change."""
    aliases: dict[str, set[str]] = field(default_factory=dict)
    """Base member -> other names whose mention in the report names it (its inner zip, its new folder)."""
    raw: list[tuple[str, float]] = field(default_factory=list)
    """Changes to the written file itself: ("truncate", fraction) or ("flip", fraction)."""
    home: str = "fresh"
    state: bool = False
    bomb: int = 0
    light: bool = False

    @property
    def key(self) -> str:
        return f"{self.seed}:{self.index}"


def spec(seed: int, index: int) -> tuple[random.Random, str, str, str]:
    """The case's own generator and its first draws: platform, variant, container."""
    rng = random.Random(f"{seed}:{index}")
    platform = rng.choice(PLATFORMS)
    return rng, platform, rng.choice(VARIANTS[platform]), rng.choice(CONTAINERS.get(platform, ("folder", "zip")))
