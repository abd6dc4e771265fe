"""The learned last word on an address: is it someone's home, or a venue's, a business's, a place to go?

The address rules find street lines and postcodes well; whether one is a home was decided by venue
words and named filters (`address_sieve`), and on writing their authors never saw those missed
as many venues as they caught ("Lash lift with Hollie ... Address: 16 Chapel Street", "the satnav
postcode for the rink") and turned homes down ("the party's at ours, 12 Mill Lane, not the hall").
A small spaCy text classifier, trained by `make model` on every address candidate the rules find in
the train split of `corpus/contacts/` (with and without their filters) and shipped in the wheel
(`detectors/models/address/`), reads the text around each candidate, the candidate itself masked
(it judges streets it never saw, from their context), and scores "is this the writer's or another
person's home?".  Two thresholds chosen on the dev split (`decision.json`, by `make model`) decide:

- what the rules keep is dropped when the score is below `veto`;
- what only a venue word or a named filter turned down is handed back as "worth a look" when the
  score is at least `rescue`, its explanation naming the filters it overruled.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from detectors.address_premises import home_given_after, home_given_before
from detectors.address_sieve import filters_against
from detectors.base import Explanation, Item, Match
from detectors.judgement import MODELS, judge, section_mark

CANDIDATE = "xxaddress"
"""Placeholder for the address being judged."""
OTHER_CANDIDATE = "xxotheraddress"
"""Placeholder for any other address found in the same text."""
WINDOW = 400
"""Characters read on each side of the candidate: a long post's other paragraphs are other matters."""
DECISION = "decision.json"
"""The two thresholds beside the model."""
MIN_CONTEXT_WORDS = 3
"""Words around a candidate the judgement must read before it overrules the rules (`shown`)."""
RESCUED_CONFIDENCE = 0.6
"""The confidence of an address handed back over its filters: shown, never "likely" (the filters and the
judgement disagree)."""


def rule_mark(rule: str) -> str:
    """A word for the shape the rules found: a postcode alone, a street line with its postcode, a labelled
    line, a statement of residence, or a street line."""
    rule = rule.lower()
    if "postcode" in rule:
        return "xxstreetpc" if "street" in rule else "xxpc"
    if "label" in rule:
        return "xxlabelled"
    if "statement" in rule or "live" in rule:
        return "xxresidence"
    return "xxstreet"


def strength_mark(confidence: float) -> str:
    """A word for how strong the rules hold the evidence ("xxrules85" for 0.85): a street line given in a
    profile field of its own has no context to read, and the rules' strength is what the model has."""
    return f"xxrules{round(confidence * 20) * 5}"


def address_input(text: str, section: str, candidate: Match, found: Sequence[Match]) -> str:
    """What the classifier reads: marks of the section, the shape and the rules' strength, then the text
    around the candidate, it masked by `CANDIDATE` and every other address found by `OTHER_CANDIDATE`."""
    spans = sorted(
        {(m.start, m.end, CANDIDATE if m is candidate else OTHER_CANDIDATE) for m in (candidate, *found)},
        key=lambda span: (span[0], span[2] != CANDIDATE),
    )
    pieces: list[str] = []
    cursor = 0
    for start, end, mark in spans:
        if start < cursor:
            continue
        pieces += [text[cursor:start], f" {mark} "]
        cursor = end
    pieces.append(text[cursor:])
    masked = "".join(pieces)
    at = masked.find(f" {CANDIDATE} ")
    window = masked[max(0, at - WINDOW) : at + WINDOW] if at >= 0 else masked[: 2 * WINDOW]
    return f"{section_mark(section)} {rule_mark(candidate.rule)} {strength_mark(candidate.confidence)} | {window}"


@dataclass(frozen=True, slots=True)
class Decision:
    """The thresholds on the classifier's raw score, chosen on the dev split by `make model`."""

    veto: float
    """What the rules keep is dropped below this score."""
    rescue: float
    """What the filters turned down is shown from this score (above 1: never)."""


@cache
def decision() -> Decision:
    data = json.loads((MODELS / "address" / DECISION).read_text(encoding="utf-8"))
    return Decision(float(data["veto"]), float(data["rescue"]))


def shown(
    inputs: Sequence[str], scores: Sequence[float], kept: int, thresholds: Decision, stated: Sequence[bool] = ()
) -> list[bool]:
    """Which candidates are reported (`inputs` and `scores` in order, the first `kept` the rules' own): the
    judgement vetoes or hands back only where it has read enough words around the candidate
    (`MIN_CONTEXT_WORDS`); with less, the rules decide ("Flat 3, 7 Mill Lane is ours", a profile field
    holding a street and nothing else).  Nor does it veto an address the words right beside it give as a
    person's home (`stated`, `home_stated`): "at hers (the library's shut), 12 ..." reads like a venue's
    line to a bag of words, and is not."""
    out = []
    for position, (text, score) in enumerate(zip(inputs, scores, strict=True)):
        rules_kept = position < kept
        if rules_kept and position < len(stated) and stated[position]:
            out.append(True)
        elif _context_words(text) < MIN_CONTEXT_WORDS:
            out.append(rules_kept)
        else:
            out.append(score >= thresholds.veto if rules_kept else score >= thresholds.rescue)
    return out


def home_stated(text: str, found: Match) -> bool:
    """The words right before or after an address give it as someone's home ("at hers,", "whose house at",
    "(Pam's)": `address_premises.home_given_before`, `home_given_after`)."""
    return home_given_before(text, found.start) or home_given_after(text, found.end)


def _context_words(model_input: str) -> int:
    """Words of the text around the candidate in a model input (the marks and placeholders not counted)."""
    words = model_input.partition(" | ")[2].split()
    return sum(1 for word in words if word not in (CANDIDATE, OTHER_CANDIDATE) and any(c.isalpha() for c in word))


def judged(item: Item, kept: list[Match], turned_down: list[Match]) -> list[Match]:
    """The addresses to report, in text order: the rules' own unless the judgement vetoes one, and those
    their filters turned down that it reads as a home."""
    if not kept and not turned_down:
        return []
    text, section = item.text or "", item.provenance.section
    found = [*kept, *turned_down]
    inputs = [address_input(text, section, m, found) for m in found]
    stated = [home_stated(text, m) for m in kept]
    verdicts = shown(inputs, judge("address").raw(inputs), len(kept), decision(), stated)
    out = [m for m, show in zip(kept, verdicts, strict=False) if show]
    out += [_handed_back(m, text) for m, show in zip(turned_down, verdicts[len(kept) :], strict=True) if show]
    return sorted(out, key=lambda m: m.start)


def _handed_back(found: Match, text: str) -> Match:
    overruled = filters_against(text, found.start, found.end) or ("a venue or business named before it",)
    why = Explanation("classifier", "reads as someone's home in its context", filters=overruled)
    return replace(found, confidence=RESCUED_CONFIDENCE, tier="worth a look", explanation=why)
