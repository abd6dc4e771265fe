"""Text inside a photo: a number on a card, a school's name on a lanyard (clause 2.3.3).

A photo can say more than its caption: the lanyard in a staff-room selfie names the school,
the side of a van gives a phone number, a parcel on the doormat gives the address.  Reading
text in pictures needs an OCR model, which only the opt-in deep scan loads
(`audit.photos_deep`, `--photos deep`): it reads the text, gives it to the same text
detectors as any post, and turns what they find into findings of this kind with
`from_text_match`.  So this detector's own per-item pass finds nothing: it owns the kind, its
title and clauses, and the words of its findings, the way every detector does.
"""

from __future__ import annotations

from collections.abc import Iterator

from detectors.base import Detector, Explanation, Item, Match

PHOTO_CLAUSE = "2.3.3"
FIELD = "text in the photo"
"""The provenance field of the text the deep scan read in a photo."""


class PhotoTextDetector(Detector):
    """Owns the `photo_text` kind; the deep photo scan makes its findings."""

    kind = "photo_text"
    title = "Text inside a photo"
    clauses = (PHOTO_CLAUSE, "2.3.2", "2.3.13")
    handles_media = True

    def wants(self, item: Item) -> bool:
        return False  # the deep scan reads the pixels; the default scan never does

    def detect(self, item: Item) -> Iterator[Match]:
        return iter(())

    def from_text_match(self, found: Match, what: str) -> Match:
        """A `photo_text` match for what a text detector found in the words of a photo.

        `what` is that detector's title ("Personal phone number"); the clauses are the photo
        clause and the ones the text itself falls under, and the confidence is a little lower
        than in typed text, since OCR can misread a character.
        """
        clauses = tuple(dict.fromkeys((PHOTO_CLAUSE, *found.clauses)))
        reason = f"read in the photo itself ({what.lower()})"
        cues = found.explanation.cues if found.explanation else ()
        explanation = Explanation("rule", reason, cues, found.explanation.filters if found.explanation else ())
        confidence = round(found.confidence * 0.95, 2)
        return Match(
            self.kind,
            found.value,
            found.start,
            found.end,
            confidence,
            f"{what} in the text of a photo: {found.rule}",
            clauses,
            found.tier,
            explanation,
        )
