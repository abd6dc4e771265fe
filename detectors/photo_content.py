"""A photo that may show more of a body than the person would want a pupil's family to see.

Clause 2.3.3 asks staff to check that their photographs could not undermine their
professional position if seen outside the site.  Holiday and night-out photos are part of
anyone's life; the policy is about who can see them.  So the finding names no judgement: it
says the automatic check thinks the photo may show bare skin that is usually covered, how
sure it is, and leaves the looking to the person.

The check needs an image model (nudenet's small detector, shipped in its wheel) that only the
opt-in deep scan loads (`audit.photos_deep`, `--photos deep`); it passes what the model saw to
`from_labels`.  This detector's own per-item pass finds nothing: it owns the kind, its title,
clause and words.  Only the classes for parts of the body that are usually covered are used;
faces, feet, arms, bellies and covered parts never make a finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detectors.base import Detector, Explanation, Item, Match

EXPOSED = {
    "FEMALE_BREAST_EXPOSED": "chest",
    "FEMALE_GENITALIA_EXPOSED": "genitals",
    "MALE_GENITALIA_EXPOSED": "genitals",
    "BUTTOCKS_EXPOSED": "bottom",
    "ANUS_EXPOSED": "bottom",
}
"""The model's classes that can make a finding, and the plain word shown for each."""
MIN_SCORE = 0.45
LIKELY_SCORE = 0.7
VALUE = "may show parts of the body usually covered"


class PhotoContentDetector(Detector):
    """Owns the `photo_content` kind; the deep photo scan makes its findings."""

    kind = "photo_content"
    title = "Photo to look at again"
    clauses = ("2.3.3",)
    handles_media = True

    def wants(self, item: Item) -> bool:
        return False  # the deep scan looks at the pixels; the default scan never does

    def detect(self, item: Item) -> Iterator[Match]:
        return iter(())

    def from_labels(self, labels: Iterable[tuple[str, float]]) -> Match | None:
        """One match for a photo from the model's (class, score) pairs; None when nothing counts."""
        seen: dict[str, float] = {}
        for label, score in labels:
            word = EXPOSED.get(label)
            if word is not None and score >= MIN_SCORE:
                seen[word] = max(score, seen.get(word, 0.0))
        if not seen:
            return None
        best = max(seen.values())
        reason = "an automatic check thinks this photo may show bare skin that is usually covered"
        cues = tuple(f"{word} ({score:.0%} sure)" for word, score in sorted(seen.items(), key=lambda pair: -pair[1]))
        return self.match(
            VALUE,
            0,
            0,
            best,
            "image check: parts of the body usually covered",
            tier="likely" if best >= LIKELY_SCORE else "worth a look",
            explanation=Explanation("classifier", reason, cues),
        )
