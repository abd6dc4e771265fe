"""Whose stay an address is: a holiday place reviewed, against a relative's home with a key safe (clause 2.3.2).

Two kinds of text put a street or a postcode next to words of a stay, and the stay decides whose the address is:

- `STAY_REVIEWED`, a place the writer stayed in and reviews: "three nights at Wrenlow Lodge, 6 Tarn Side ... would
  recommend", "we did the cabin at 2 Pike Row in May", "our glamping pod at Hollin Farm ...".  A recommendation, a stay of a week or a few nights, or a holiday kind
  of place (glamping, a pod, a bothy, a shepherd's hut) is a let or a site, somebody's business, never a private
  person's home.  A score alone is no review ("the bin men on our road, Quill Lane, 10/10 today" is the writer's
  street), and a home said as such ("we live", "our new house", "moved") keeps the address;
- `relatives_key_safe`: a key safe is a holiday let's check-in detail (`address_filters.PROPERTY_LISTING` drops
  an address near one), except at a relative's or a patient's home: "the district nurse
  calls at Grandad's, 9 Pell Gardens, code for the key safe by text".  A relative, carers or a district
  nurse near the key safe make it a private person's home.
"""

from __future__ import annotations

import re

from detectors.filters import Filter

_REVIEWED = re.compile(
    r"(?i)\b(?:(?:would|highly|definitely|thoroughly|really)\s+recommend(?:ed)?|recommend\s+(?:it|this|staying)|"
    r"glamping|shepherd['’]?s\s+hut|(?:glamping\s+)?pod\s+at|bothy|"
    r"(?:a|one|two|three|\d)\s+(?:week|weekend|nights?|few\s+(?:days|nights))\s+(?:at|in)|"
    r"we\s+did\s+the\s+(?:cottage|lodge|cabin|barn|flat|apartment))(?!\w)"
)
"""Words of a stay reviewed: a recommendation, a stay's length, a holiday kind of place."""
_HOME_SAID = re.compile(
    r"(?i)\b(?:live[sd]?|living|moved|moving\s+(?:in|to)|(?:our|my)\s+(?:new\s+)?(?:house|home|place|flat|address)|"
    r"mine|ours|home\s+address)\b"
)
"""A home said as such near the address: it is somebody's home whatever the review words."""
_WITHIN = 100
"""Characters around the address read for the stay's words: the review's own sentence or two."""


def _stay_reviewed(text: str, start: int, end: int) -> bool:
    """ "three nights at Wrenlow Lodge, 6 Tarn Side ... would recommend": a holiday place, not a home."""
    window = text[max(0, start - _WITHIN) : end + _WITHIN]
    return _REVIEWED.search(window) is not None and _HOME_SAID.search(window) is None


STAY_REVIEWED = Filter(
    "holiday stay reviewed",
    "drop",
    "a place the writer stayed and reviews (a week at ..., would recommend, a glamping pod): a let or a site",
    _stay_reviewed,
)

_RELATIVE_OR_CARE = re.compile(
    r"(?i)\b(?:mum|mam|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle|carers?|"
    r"district\s+nurse|home\s+help)(?:['’]s)?\b"
)
"""A relative, or the carers and nurses who call at a relative's home."""


def relatives_key_safe(window: str) -> bool:
    """Whether a key safe in `window` is at a relative's or a patient's home ("Nan's carers ... the key safe")
    rather than a holiday let's check-in."""
    return _RELATIVE_OR_CARE.search(window) is not None
