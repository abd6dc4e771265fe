"""A named filter of profession findings: the only school word is an everyday word in its everyday sense.

The job detector's gate opens on "SEND" (special educational needs), "TA" (a teaching assistant), a
multi-academy "trust", playground "duty" and a "head" of a school, and the learned judgement then reads the
text.  On the general public's posts most of its false `worth a look` flags are those words in their
everyday senses, and nothing else of school in the text: "send me the pics", "ta x" (thanks), "trust me",
"heavy duty gloves", "jury duty", "BBQ duty" (a turn at a chore), "head office", "my head is
pounding", "teaching myself to make pasta", "supply chain disruption".  A staff post that leans on one of them ("14
essays left. Send help") almost always has another school word beside it, which this filter looks for with
the gate's own words (`job_gate.gate_words`): it drops a finding only when, with those senses taken out,
not one word the gate opens on is left.  It acts only on findings that name no role of the writer's own
(`job_title.RoleReading.names_own_role`), after the judgement, so the classifier's inputs do not change.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.gate import folds_exactly
from detectors.job_gate import gate_words
from detectors.words import keywords, words

_EVERYDAY_SENSES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?!SEND\b)[Ss][Ee][Nn][Dd]\b"),  # "send me", "Send help": the needs are written SEND
    re.compile(r"\b(?!TA\b)[Tt][Aa]\b"),  # "ta x", "Ta!": thanks; a teaching assistant is a TA
    re.compile(r"(?i)\btrust\s+(?:me|you|him|her|it|us|them|in|that|your|my|anyone|nobody|no\s+one)\b"),
    re.compile(
        r"(?i)\b(?:heavy|jury|on[\s-]call|football|taxi|mum|dad|nan|grandma|grandad|bbq|washing[\s-]up)[\s-]duty\b"
    ),
    re.compile(r"(?i)\bhead\s+(?:office|chef|is\s+pounding|hurts)\b|\bheadache\b"),
    re.compile(r"(?i)\b(?:teach|teaches|teaching|taught)\s+(?:myself|yourself|himself|herself|themselves|ourselves)\b"),
    re.compile(r"(?i)\bsupply\s+chains?\b"),
)
"""The everyday senses, each as it is written: the school's sense is another spelling or another phrase."""
_SENSE_WORDS = keywords("send ta trust duty head headache teach teaches teaching taught supply")
"""A word every sense needs, on the shared word split: a text with none of them (or that lower-cases inexactly:
"truſt") is not read by the patterns."""


def _everyday_sense_only(text: str, start: int, end: int) -> bool:
    """ "Send me the pics!", "trust me, it's fine": with the everyday senses taken out, no word of the job
    gate is left.  Needs the gate's words; where they cannot be listed, it never drops."""
    screen = gate_words()
    if screen is None or (folds_exactly(text) and _SENSE_WORDS.isdisjoint(words(text))):
        return False
    masked, found = text, False
    for sense in _EVERYDAY_SENSES:
        masked, count = sense.subn(" ", masked)
        found = found or count > 0
    return found and screen.isdisjoint(words(masked))


EVERYDAY_SENSE = Filter(
    "a school word in its everyday sense",
    "drop",
    "the only school word is an everyday one used in its everyday sense ('send me', 'ta', 'trust me')",
    _everyday_sense_only,
)
