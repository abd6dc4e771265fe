"""From what the models saw in a photo to findings: the same judgement as for typed text.

The text read in a photo becomes a text item of the photo's own post (same platform, file,
date and audience, field "text in the photo") and goes through every text detector with the
school's profile, so a school number or the school's own e-mail stays allowed and a
drama-range number is found as in a post.  Each match becomes a `photo_text` finding in the
words of `detectors.photo_text`; the content classes become at most one `photo_content`
finding per photo (`detectors.photo_content`).
"""

from __future__ import annotations

from dataclasses import replace

from audit.model import Finding, make_finding
from audit.photos_deep.engines import Reading
from detectors import build_detectors
from detectors.base import Item, SchoolProfile
from detectors.photo_content import PhotoContentDetector
from detectors.photo_text import FIELD, PhotoTextDetector


class PhotoJudge:
    """The text detectors and the two photo kinds, built once for a deep scan."""

    def __init__(self, school: SchoolProfile | None = None) -> None:
        self.text_detectors = [detector for detector in build_detectors(school) if not detector.handles_media]
        self.photo_text = PhotoTextDetector(school)
        self.photo_content = PhotoContentDetector(school)

    def findings(self, photo: Item, reading: Reading) -> list[Finding]:
        """The `photo_text` and `photo_content` findings for one photo, in that order."""
        found: list[Finding] = []
        seen: set[str] = set()
        if reading.lines:
            text = text_item(photo, reading)
            for detector in self.text_detectors:
                if not detector.wants(text):
                    continue
                for match in detector.detect(text):
                    finding = make_finding(text, self.photo_text.from_text_match(match, detector.title))
                    if finding.id not in seen:
                        seen.add(finding.id)
                        found.append(finding)
        content = self.photo_content.from_labels(reading.labels)
        if content is not None:
            found.append(make_finding(photo, content))
        return found


def text_item(photo: Item, reading: Reading) -> Item:
    """The words read in a photo as a text item of the photo's own post, one line per line read."""
    return Item(replace(photo.provenance, field=FIELD), text="\n".join(reading.lines))
