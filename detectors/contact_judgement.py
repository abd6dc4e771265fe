"""The learned last word on a phone number, an e-mail address or a home address: whose is it, in context?

The contact rules find numbers, mailboxes and addresses exactly; whether one is a person's own was
decided by named filters ("our GP surgery on ...", "bookings@ the club", "the Red Lion, 12 High
Street"), words written for the corpus lines their authors read.  On writing they never saw, those
filters let organisations' details through and turn people's own down alike.  So each of the three
detectors reads a text twice when a filter turned something down: once as its rules decide, and once
with its filters set aside (`Reading`); a small spaCy text classifier per kind, trained by `make model`
on every candidate of both readings in the train split of `corpus/contacts/` and shipped in the wheel
(`detectors/models/<kind>/`), reads the words around each candidate, the candidate itself masked, and
has the last word.  Two thresholds on its score, chosen on the dev split by `make model`
(`decision.json`), decide:

- what the rules keep is dropped when the score is below `veto`;
- what only a filter turned down is handed back as "worth a look" when the score is at least
  `rescue`, its explanation naming the filters it overruled.

The kinds' own inputs are in `address_judgement`, `phone_judgement` and `email_judgement`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from detectors.base import Explanation, Item, Match
from detectors.filters import Effect, Filter, verdict
from detectors.judgement import MODELS, judge

Kind = Literal["address", "phone", "email"]
WINDOW = 400
"""Characters read on each side of the candidate: a long post's other paragraphs are other matters."""
DECISION = "decision.json"
"""The two thresholds beside each model."""
MIN_CONTEXT_WORDS = 3
"""Words around a candidate the judgement must read before it overrules the rules (`shown`)."""
_SURROGATE = re.compile("[\ud800-\udfff]")
RESCUED_CONFIDENCE = 0.6
"""The confidence of a candidate handed back over its filters: shown, never "likely" (the filters and the
judgement disagree)."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The thresholds on the classifier's raw score, chosen on the dev split by `make model`."""

    veto: float
    """What the rules keep is dropped below this score."""
    rescue: float
    """What the filters turned down is shown from this score (above 1: never)."""


@cache
def decision(kind: Kind) -> Decision:
    data = json.loads((MODELS / kind / DECISION).read_text(encoding="utf-8"))
    return Decision(float(data["veto"]), float(data["rescue"]))


class Reading:
    """One reading of a text by a contact detector: as its rules decide (`filtering`), or with its named
    filters set aside; and whether the first turned anything down (then the second is worth making)."""

    __slots__ = ("filtering", "turned_down")

    def __init__(self, filtering: bool = True) -> None:
        self.filtering = filtering
        self.turned_down = False

    def verdict(
        self, filters: tuple[Filter, ...], text: str, start: int, end: int
    ) -> tuple[Effect | None, tuple[str, ...]]:
        """`filters.verdict` in this reading: nothing said when the filters are set aside."""
        if not self.filtering:
            return None, ()
        effect, names = verdict(filters, text, start, end)
        if effect == "drop":
            self.turned_down = True
        return effect, names


def new_only(kept: Sequence[Match], second: Sequence[Match]) -> list[Match]:
    """What the second reading found that overlaps nothing the first kept (nor an earlier one of its own)."""
    taken = [(m.start, m.end) for m in kept]
    out = []
    for found in second:
        if not any(s < found.end and found.start < e for s, e in taken):
            taken.append((found.start, found.end))
            out.append(found)
    return out


def masked_window(text: str, candidate: Match, found: Sequence[Match], mark: str, other_mark: str) -> str:
    """The text around `candidate`, it replaced by `mark` and every other of `found` by `other_mark`."""
    spans = sorted(
        {(m.start, m.end, mark if m is candidate else other_mark) for m in (candidate, *found)},
        key=lambda span: (span[0], span[2] != mark),
    )
    pieces: list[str] = []
    cursor = 0
    for start, end, placeholder in spans:
        if start < cursor:
            continue
        pieces += [text[cursor:start], f" {placeholder} "]
        cursor = end
    pieces.append(text[cursor:])
    masked = _SURROGATE.sub("\ufffd", "".join(pieces))  # a lone surrogate (hostile text) has no UTF-8 for spaCy
    at = masked.find(f" {mark} ")
    return masked[max(0, at - WINDOW) : at + WINDOW] if at >= 0 else masked[: 2 * WINDOW]


def strength_mark(confidence: float) -> str:
    """A word for how strongly the rules hold the evidence ("xxrules85" for 0.85): where there is little
    context to read, the rules' strength is what the model has."""
    return f"xxrules{round(confidence * 20) * 5}"


def shown(
    inputs: Sequence[str], scores: Sequence[float], kept: int, thresholds: Decision, stated: Sequence[bool] = ()
) -> list[bool]:
    """Which candidates are reported (`inputs` and `scores` in order, the first `kept` the rules' own): the
    judgement vetoes or hands back only where it has read enough words around the candidate
    (`MIN_CONTEXT_WORDS`); with less, the rules decide ("Flat 3, 7 Mill Lane is ours", a profile field
    holding a number and nothing else).  Nor does it veto a candidate the words right beside it give as a
    person's own (`stated`, the kind's own test)."""
    out = []
    for position, (model_input, score) in enumerate(zip(inputs, scores, strict=True)):
        rules_kept = position < kept
        if rules_kept and position < len(stated) and stated[position]:
            out.append(True)
        elif context_words(model_input) < MIN_CONTEXT_WORDS:
            out.append(rules_kept)
        else:
            out.append(score >= thresholds.veto if rules_kept else score >= thresholds.rescue)
    return out


def context_words(model_input: str) -> int:
    """Words of the text around the candidate in a model input (the marks and placeholders not counted)."""
    words = model_input.partition(" | ")[2].split()
    return sum(1 for word in words if not word.startswith("xx") and any(c.isalpha() for c in word))


Candidates = tuple[Item, list[Match], list[Match]]
"""An item, what the rules keep in it and what only their filters turned down (a detector's `candidates`)."""


@dataclass(frozen=True, slots=True)
class KindJudgement:
    """What one kind brings to the judgement: its model's name, its input, and its own two answers."""

    kind: Kind
    model_input: Callable[[str, str, Match, Sequence[Match]], str]
    """The classifier's input for one candidate (text, section, candidate, every candidate of the text)."""
    stated: Callable[[str, Match], bool]
    """Whether the words beside one of the rules' own candidates give it as a person's own (never vetoed)."""
    overruled: Callable[[str, Match], tuple[str, ...]]
    """The filters that turned a candidate down, by name, for the explanation of one handed back."""

    def judged(self, batch: Sequence[Candidates]) -> list[list[Match]]:
        """What to report for each item of a batch, in text order: the rules' own unless the judgement vetoes
        one, and those their filters turned down that it reads as a person's own.  Every candidate of the
        batch is scored in one call (a call a text would cost more than the scoring)."""
        inputs: list[str] = []
        for item, kept, turned_down in batch:
            found = [*kept, *turned_down]
            inputs += [self.model_input(item.text or "", item.provenance.section, m, found) for m in found]
        # Only inputs with enough words around the candidate are scored: on the others the rules decide (`shown`).
        asked = [i for i, model_input in enumerate(inputs) if context_words(model_input) >= MIN_CONTEXT_WORDS]
        scores = [0.0] * len(inputs)
        for i, score in zip(asked, judge(self.kind).raw([inputs[i] for i in asked]) if asked else [], strict=True):
            scores[i] = score
        thresholds = decision(self.kind)
        out: list[list[Match]] = []
        at = 0
        for item, kept, turned_down in batch:
            text, count = item.text or "", len(kept) + len(turned_down)
            stated = [self.stated(text, m) for m in kept]
            verdicts = shown(inputs[at : at + count], scores[at : at + count], len(kept), thresholds, stated)
            at += count
            reported = [m for m, show in zip(kept, verdicts, strict=False) if show]
            for m, show in zip(turned_down, verdicts[len(kept) :], strict=True):
                if show:
                    reported.append(handed_back(m, self.overruled(text, m)))
            out.append(sorted(reported, key=lambda m: m.start))
        return out


class JudgedInContext:
    """`detect`, `detect_batch` and `candidates` of a contact detector: its rules read each text once, again with
    their filters set aside where the first reading turned something down (`_read` with a `Reading`), and its
    classifier (`judgement`) has the last word on what either reading found."""

    judgement: KindJudgement

    def _read(self, item: Item, reading: Reading) -> Iterator[Match]:
        raise NotImplementedError  # each detector's rules

    def candidates(self, item: Item) -> tuple[list[Match], list[Match]]:
        """(what the rules keep, what only their filters turned down)."""
        reading = Reading()
        kept = list(self._read(item, reading))
        if not reading.turned_down:
            return kept, []
        return kept, new_only(kept, list(self._read(item, Reading(filtering=False))))

    def detect(self, item: Item) -> Iterator[Match]:
        """Every value the rules find, as the learned judgement has the last word on it."""
        return iter(self.detect_batch([item])[0])

    def detect_batch(self, items: Sequence[Item]) -> list[list[Match]]:
        """Matches for a batch, every candidate of it judged in one call (`KindJudgement.judged`)."""
        return self.judgement.judged([(item, *self.candidates(item)) for item in items])


def handed_back(found: Match, overruled: tuple[str, ...]) -> Match:
    """A candidate only filters turned down, shown as "worth a look", naming the filters it overruled."""
    why = Explanation("classifier", "reads as a person's own in its context", filters=overruled)
    return replace(found, confidence=RESCUED_CONFIDENCE, tier="worth a look", explanation=why)
