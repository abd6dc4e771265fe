"""Where a post was written or a check-in made: a position the platform attached (clause 2.3.2).

A geotagged tweet, a Facebook check-in or a TikTok GPS record carries a latitude and longitude
beside the text: posted from the sofa, it is the home to a few metres.  The position is shown
rounded to three decimal places (about 100 m), enough for the person to recognise the place and
no more precise than the point needs.  A check-in that names a place (a café, a park) is most
often somewhere public, so it is "worth a look"; a bare position on a post is "likely".  A
position kept with a photo is the photo detector's (`photo_location`), file or no file.

Every finding of both kinds also names the nearest town or district and how far it is
("near Fernside, 0.4 km", `detectors.places`, added by `audit.model.make_finding`), and
positions that pile up at one spot are read together at the end of a scan (`audit.places`).
"""

from __future__ import annotations

from collections.abc import Iterator

from detectors.base import Detector, Explanation, Item, Match


class LocationDetector(Detector):
    """Finds positions attached to posts and check-ins."""

    kind = "location"
    title = "Location attached to a post"
    clauses = ("2.3.2",)

    def wants(self, item: Item) -> bool:
        return item.media is None and item.coordinates is not None and item.provenance.section != "media"

    def detect(self, item: Item) -> Iterator[Match]:
        assert item.coordinates is not None
        latitude, longitude = item.coordinates
        if (latitude, longitude) == (0.0, 0.0) or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return
        value = f"{latitude:.3f}, {longitude:.3f}"
        if item.place:
            rule, confidence = "position of a check-in at a named place", 0.7
        elif item.provenance.section == "checkin":
            rule, confidence = "position of a check-in", 0.8
        else:
            rule, confidence = "position attached to a post", 0.85
        explanation = Explanation("rule", rule, cues=(item.place,) if item.place else ())
        yield self.match(value, 0, 0, confidence, rule, explanation=explanation)
