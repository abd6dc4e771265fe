"""The contract between fetchers, detectors and the audit core.

Data flows one way: a fetcher yields `Item`s (a piece of text or a media file, with
where it came from and who can see it), a detector turns an item into `Match`es, and
`audit` turns matches into findings.  Everything a detector needs to know lives here, so
that `detectors` is the lowest layer and imports nothing from `audit` or `tui`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO, ClassVar, Literal

if TYPE_CHECKING:
    from detectors.gate_batch import TextBatch

Visibility = Literal["public", "followers", "friends", "only_me", "custom", "unknown"]
"""Who can see an item, in the vocabulary of the findings contract."""

VISIBILITIES: tuple[Visibility, ...] = (
    "public",
    "followers",
    "friends",
    "only_me",
    "custom",
    "unknown",
)

Section = Literal["profile", "post", "comment", "message", "checkin", "account", "media", "other"]
"""What part of the person's presence an item belongs to.

Detectors weigh evidence by section: "Year 6 teacher" in a bio or a job-title field is a
statement about the owner; the same words in a comment are weaker.
"""


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an item was found, precisely enough for the person to go and fix it."""

    platform: str
    """Platform key: "x", "facebook", "instagram", ..."""
    file: str
    """Path of the file inside the export (posix, relative to the export's root)."""
    item_id: str | None
    """The platform's own id (tweet `id_str`, ...), or None where there is none."""
    field: str
    """Field the text came from: "full_text", "bio", "phoneNumber", ..."""
    section: Section = "post"
    created_at: datetime | None = None
    visibility: Visibility = "unknown"
    url: str | None = None
    """The web address of the post (or profile) on the platform, where the export lets us build
    one: the person's way straight to it.  Never part of a finding's identity, never saved."""


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A media file inside an export, opened lazily so exports are never loaded whole."""

    path: str
    """Path of the media file inside the export."""
    opener: Callable[[], BinaryIO] = field(repr=False, compare=False)
    """Returns a fresh binary stream of the file; the caller closes it."""
    size: int | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of a person's data: text to read or a media file to inspect."""

    provenance: Provenance
    text: str | None = None
    media: MediaRef | None = None
    coordinates: tuple[float, float] | None = None
    """(latitude, longitude) the platform attached to the item (geotag, check-in)."""
    place: str | None = None
    """Name of a place the platform attached to the item (check-in, tagged place)."""

    def linked(self, url: str | None) -> Item:
        """This item with the web address of its post; unchanged when there is none."""
        if not url:
            return self
        return replace(self, provenance=replace(self.provenance, url=url))


@dataclass(frozen=True, slots=True)
class SchoolProfile:
    """What the person's school has made public on purpose, and so is allowed.

    Loaded from a TOML file by `audit.school`; the empty default lets the tool run with no
    configuration at all.
    """

    name: str = ""
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    """E-mail domains of the school (official addresses are not personal)."""
    phones: tuple[str, ...] = ()
    """The school's own numbers in E.164 form (a school number is not personal)."""
    town: str = ""
    handles: tuple[str, ...] = ()
    """The school's social-media handles or hashtags, without @ or #."""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.aliases or self.domains or self.phones)


Tier = Literal["likely", "worth a look"]
"""How sure a finding is, in two words: "likely" first, then things "worth a look"."""
LIKELY_FROM = 0.8
"""Confidence from which a rule-based finding is "likely" (the learned ones carry calibrated tiers)."""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a finding was made, in parts: which signal decided it and the words that carried it."""

    signal: str
    """What decided: "classifier" (the learned judgement) or "rule"."""
    reason: str
    """In plain words: "reads as the writer's own school job"."""
    cues: tuple[str, ...] = ()
    """The words of the text that carried it ("my class", "marking")."""
    filters: tuple[str, ...] = ()
    """Named filters that turned it down to "worth a look"."""

    def describe(self) -> str:
        """One line for a person: the reason, the words, and any filter that weighed in."""
        parts = [self.reason]
        if self.cues:
            parts.append("words: " + ", ".join(f"\u201c{cue}\u201d" for cue in self.cues))
        if self.filters:
            parts.append("held back by: " + ", ".join(self.filters))
        return "; ".join(parts)

    def to_json(self) -> dict[str, object]:
        return {"signal": self.signal, "reason": self.reason, "cues": list(self.cues), "filters": list(self.filters)}


@dataclass(frozen=True, slots=True)
class Match:
    """One thing a detector found in one item: the detector's explanation of a finding."""

    kind: str
    value: str
    """The value found, normalised (E.164 phone, lower-case e-mail, upper-case postcode)."""
    start: int
    end: int
    """Span of the evidence in the item's text (0, 0 for media)."""
    confidence: float
    """0..1: how often this rule is right on our dev corpus."""
    rule: str
    """Which rule fired, in words a person can read ("UK mobile number written out")."""
    clauses: tuple[str, ...] = ()
    tier: Tier = "likely"
    explanation: Explanation | None = None


class Detector(ABC):
    """Base class of every detector: one kind, one file, registered in `detectors.DETECTORS`.

    `kind` is persisted in state files and the findings contract: renaming it orphans the
    saved progress of every user, so treat it as a stable identifier.
    """

    kind: ClassVar[str]
    title: ClassVar[str]
    """Human title for summaries ("Personal phone number")."""
    clauses: ClassVar[tuple[str, ...]]
    handles_media: ClassVar[bool] = False

    def __init__(self, school: SchoolProfile | None = None) -> None:
        self.school = school or SchoolProfile()

    def wants(self, item: Item) -> bool:
        """Cheap gate: whether `detect` could find anything in this item at all."""
        return item.text is not None and not self.handles_media

    def screen(self, batch: TextBatch) -> Iterable[int] | None:
        """`wants` for a whole batch of text items, loosely (`detectors.gate_batch`): the positions of the
        items it may accept, each a necessary condition of `wants`, which is then asked of those only.
        By default the texts with one of `screen_words`; None (no words): `wants` is asked of every item."""
        keywords = self.screen_words()
        return batch.with_words(keywords) if keywords else None

    def screen_words(self) -> frozenset[bytes]:
        """The words `screen` looks for in every text (`TextBatch.with_words`): the texts with a word of
        any detector's are found in one pass, and each screen looks among those only.  A detector that
        keeps the default `screen` must refuse every text with none of them."""
        return frozenset()

    @abstractmethod
    def detect(self, item: Item) -> Iterable[Match]:
        """Return the matches in one item."""

    def detect_batch(self, items: Sequence[Item]) -> list[list[Match]]:
        """Matches for items that passed `wants`; costly pipelines batch them (nlp.pipe)."""
        return [list(self.detect(item)) for item in items]

    def match(
        self,
        value: str,
        start: int,
        end: int,
        confidence: float,
        rule: str,
        *,
        tier: Tier | None = None,
        explanation: Explanation | None = None,
    ) -> Match:
        """Build a match of this detector's kind and clauses (rules' tier follows their confidence)."""
        if tier is None:
            tier = "likely" if confidence >= LIKELY_FROM else "worth a look"
        return Match(self.kind, value, start, end, round(confidence, 2), rule, self.clauses, tier, explanation)
