"""The school where the person works (clause 2.3.13): named, shortened, tagged or checked in at.

A school's name alone does not say the writer works there: "my son starts at Millbrook
Primary", "voting @ Fernside Primary", "Fernside Taxis", "Oakhurst Academy FC".  So:

1. **Candidates** (`detectors.school_candidates`): the configured school in any spelling,
   handle or hashtag, and any school-shaped name, UK or abroad, with the cues around it.
2. **Named filters** (`detectors.filters`): drop what is no school (a dance academy, a club, a
   business or street sharing the short name); hold a check-in suffix or a retweet to "worth a
   look".
3. **The judgement:** the learned `workplace` classifier (`detectors.judgement`) reads the text
   with the candidate masked and says how likely it is the writer's workplace; its calibrated
   score is the confidence and picks the tier.  Whether the school is the configured one is a
   cue the classifier reads: the person's own school named in a post is likely theirs, but
   "voting at Fernside Primary" says nothing about where they work.

Values: the profile's `name` for the configured school, else the name as written, tidied
("Oakhurst Academy").  One match per school and item, its most certain mention.  A workplace read surely
where the job detector found nothing also yields the job finding it implies (`detectors.job_from_workplace`,
the job detector's kind and wording).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from detectors import nlp
from detectors.base import Detector, Explanation, Item, Match, SchoolProfile, Tier
from detectors.batch_scan import WORD_BYTE
from detectors.filters import BUSINESS_SHARES_NAME, NAME_WITHOUT_SCHOOL_WORD, SCHOOL_FILTERS, verdict
from detectors.gate_batch import Positions, TextBatch
from detectors.job_from_workplace import job_from_workplace
from detectors.job_memory import own_job_just_before, rule_read, rule_read_among
from detectors.job_title import profession_confidences
from detectors.judgement import judge, workplace_input
from detectors.school_candidates import TAG_WORD_STEMS, Candidate, SchoolCandidates
from detectors.school_context import STUDY_FIELD, WORK_FIELD
from detectors.school_events import EVENT_CONFIDENCE, WEEKDAY_EVENT, workplace_event
from detectors.school_extra import extra_candidates
from detectors.school_filters import WHOSE_FILTERS
from detectors.school_life import life_areas, life_everyday_words, life_screen
from detectors.school_verdict import dropped_by, writer_names_own_role

_HANDLE_WITH_SCHOOL_WORD = re.compile(
    b"@" + WORD_BYTE + b"*?(?:" + b"|".join(word.encode() for word in TAG_WORD_STEMS) + b")"
)
"""What a text with no word of the gate and no "#" needs to pass it: a handle that holds a school word
(`school_candidates._SCHOOLISH_TAG` read with "@", as an ASCII text spells it in the batch's buffer,
`detectors.batch_scan`).  The buffer's search skips from "@" to "@"; the school-word pre-screen it replaces
here (`school_candidates._TAG_WORDS`) read every text with "@" (a third of tweets) from end to end."""

STAFF_VOICE_CONFIDENCE = 0.3
"""Confidence of a school named in a text that reads as its writer's own school work, when the
words around the name alone do not make it their workplace (measured on the dev split)."""
STATED_CONFIDENCE = 0.95
"""Confidence of a school the export itself gives as the workplace (an employer field, a whole work field)."""


def workplace_text(item: Item) -> str:
    """The text the candidates' spans point into: a check-in's place follows the text."""
    text = item.text or ""
    return f"{text} [at {item.place}]" if item.place else text


def candidate_span(item: Item, candidate: Candidate) -> tuple[int, int]:
    """Where a candidate sits in `workplace_text` (a check-in place sits in its brackets)."""
    if candidate.start == candidate.end == 0 and item.place:
        start = len(item.text or "") + len(" [at ")
        return start, start + len(item.place)
    return candidate.start, candidate.end


def workplace_inputs(item: Item, candidates: Sequence[Candidate]) -> list[str]:
    """One classifier input per candidate (shared by detection and training)."""
    if not candidates:
        return []
    text = workplace_text(item)
    spans = [candidate_span(item, c) for c in candidates]
    areas = life_areas(nlp.docs([item.text or ""])[0], item.text or "")
    return [
        workplace_input(text, item.provenance.section, span, [s for s in spans if s != span], (*candidate.cues, *areas))
        for candidate, span in zip(candidates, spans, strict=True)
    ]


def extra_inputs(item: Item, candidates: Sequence[Candidate], extras: Sequence[Candidate]) -> list[str]:
    """One classifier input per extra candidate (`detectors.school_extra`): the others masked in its input,
    itself never masked into theirs, so `workplace_inputs` (what the model was trained on) is unchanged."""
    if not extras:
        return []
    text = workplace_text(item)
    spans = [candidate_span(item, c) for c in (*candidates, *extras)]
    areas = life_areas(nlp.docs([item.text or ""])[0], item.text or "")
    return [
        workplace_input(text, item.provenance.section, (x.start, x.end), [s for s in spans if s != (x.start, x.end)],
                        (*x.cues, *areas))
        for x in extras
    ]  # fmt: skip


def _stated_workplace(item: Item, candidate: Candidate) -> bool:
    """A school given whole in a profile field, or in its employer field: the export says it, not the words."""
    where = item.provenance
    if where.section not in ("profile", "account") or STUDY_FIELD.search(where.field):
        return False
    whole = (item.text or "").strip(" \t|-•,.") == (item.text or "")[candidate.start : candidate.end].strip()
    return bool(WORK_FIELD.search(where.field)) or (whole and candidate.end > candidate.start)


def _worked_at_by_staff(candidate: Candidate, staff: float) -> bool:
    """A school with a school word, said right after the writer's work or role ("an SNA in Scoil Bhríde", "athrawes yn
    Ysgol Bryn Teg"), in a text that reads as staff at least at "worth a look": the workplace classifier learned few
    such contexts in the nations' own words, and scores them low."""
    cues = set(candidate.cues)
    return (
        "xxworkcue" in cues
        and not {"xxbarename", "xxnotworkcue", "xxtag"} & cues
        and staff >= judge("job").calibration.worth_a_look
    )


def _named_by_staff(candidate: Candidate, staff: float) -> bool:
    """A school's name (not a bare name, not said to be someone else's) in a text that reads as staff."""
    return staff >= judge("job").calibration.likely and not {"xxbarename", "xxnotworkcue"} & set(candidate.cues)


def _event_holds(what: str, name: str, staff: float) -> bool:
    """A timetable's day ("Mon Kestrel, Tue Brookvale") makes a workplace only in a text that reads as the writer's
    own school work, and never of an all-caps word ("Monday to Friday TA"); every other event holds as it is."""
    return what != WEEKDAY_EVENT or (staff >= judge("job").calibration.worth_a_look and not name.isupper())


class SchoolDetector(Detector):
    """Finds the configured school in any form, and other schools named as a workplace."""

    kind = "school"
    title = "School named"
    clauses = ("2.3.13",)

    def __init__(self, school: SchoolProfile | None = None) -> None:
        super().__init__(school)
        self.candidates = SchoolCandidates(self.school)
        self._everyday = life_everyday_words()
        self._opening = self.candidates.gate_words | (life_screen() - self._everyday)
        """The gate's words one of which opens it alone (its school words, the distinctive life words)."""

    def wants(self, item: Item) -> bool:
        text, place = item.text, item.place
        return (
            bool(text and self.candidates.gated(text))
            or bool(place and self.candidates.gated(place))
            or rule_read(item)
        )

    def screen(self, batch: TextBatch) -> Positions:
        """`wants` for a batch (`detectors.gate_batch`): what each part of `SchoolCandidates.gated` needs
        (looser: any hashtag), and every item with a place.  A text with a word of the gate passes when the
        word opens it alone or it has two everyday ones; with neither, it is screened as one without."""
        hashed, worded = batch.containing("#"), batch.with_words(self._opening) | self._two_everyday(batch)
        handled = batch.containing("@") - worded - hashed
        tagged = (batch.joined.matching(_HANDLE_WITH_SCHOOL_WORD) | batch.non_ascii()) & handled if handled else set()
        read = rule_read_among(batch.items)  # "Head of Music at Marsden Heath": `job_memory`
        return worded | hashed | tagged | batch.with_place() | read

    def screen_words(self) -> frozenset[bytes]:
        return self.candidates.screen_words

    def _two_everyday(self, batch: TextBatch) -> Positions:
        """Texts with two everyday life words, which open the gate together (`school_life.life_opens`) where
        one alone does not: a third of the texts with a word of the gate have only one ("class", "test")."""
        everyday, split = self._everyday, batch.words
        return {at for at in batch.with_words(everyday) if len(everyday.intersection(split[at])) >= 2}

    def detect(self, item: Item) -> list[Match]:
        return self.detect_batch([item])[0] if self.wants(item) else []

    def find(self, item: Item) -> list[Candidate]:
        """The candidates of one item that survive the drop filters."""
        return self.find_batch([item])[0]

    def find_batch(self, items: Sequence[Item]) -> list[list[Candidate]]:
        docs = nlp.docs([item.text or "" for item in items])
        out = []
        for item, doc in zip(items, docs, strict=True):
            studied = bool(STUDY_FIELD.search(item.provenance.field))
            kept = []
            for candidate in self.candidates.find(item, doc, bare_names=rule_read(item)):
                if studied and not candidate.configured:
                    continue  # Facebook's education_experiences, LinkedIn's Education: where they studied
                effect, fired = self._filtered(item, candidate)
                if effect != "drop":
                    kept.append(replace(candidate, held_by=fired))
            out.append(kept)
        return out

    def _filtered(self, item: Item, candidate: Candidate) -> tuple[str | None, tuple[str, ...]]:
        text = workplace_text(item)
        start, end = candidate_span(item, candidate)
        filters = (*SCHOOL_FILTERS, BUSINESS_SHARES_NAME) if candidate.short else SCHOOL_FILTERS
        return verdict(filters, text, start, end)

    def detect_batch(self, items: Sequence[Item]) -> list[list[Match]]:
        found = self.find_batch(items)
        extras = [self._extras(item, cands) for item, cands in zip(items, found, strict=True)]
        inputs = [text for item, cands in zip(items, found, strict=True) for text in workplace_inputs(item, cands)]
        inputs += [
            text
            for item, cands, more in zip(items, found, extras, strict=True)
            for text in extra_inputs(item, cands, more)
        ]
        confidences = iter(judge("workplace").confidences(inputs))
        judged = [[(c, next(confidences)) for c in cands] for cands in found]
        for row, more in zip(judged, extras, strict=True):
            row += [(x, next(confidences)) for x in more]
        wanted = [item for item, row in zip(items, judged, strict=True) if row]
        staff = iter(profession_confidences(wanted))
        out: list[list[Match]] = []
        for item, row in zip(items, judged, strict=True):
            writer_staff = next(staff) if row else 0.0
            matches = self._decide(item, row, writer_staff)
            implied = job_from_workplace(item, matches, writer_staff) if matches else None
            out.append([*matches, implied] if implied is not None else matches)  # the job detector's kind, metadata
        return out

    def _extras(self, item: Item, candidates: list[Candidate]) -> list[Candidate]:
        """The extra candidates of an item (`detectors.school_extra`) that survive the drop filters."""
        extras = extra_candidates(item, candidates)
        if not extras or STUDY_FIELD.search(item.provenance.field):
            return []
        return [x for x in extras if self._filtered(item, x)[0] != "drop"]

    def _decide(self, item: Item, judged: list[tuple[Candidate, float]], staff: float) -> list[Match]:
        if not judged:
            return []
        calibration = judge("workplace").calibration
        text = workplace_text(item)
        staff_voice: bool | None = True if staff >= judge("job").calibration.likely else None
        best: dict[str, Match] = {}
        for candidate, confidence in judged:
            if _stated_workplace(item, candidate):
                explanation = Explanation("rule", "a school the profile gives as where they work", (candidate.value,))
                match = self.match(candidate.value, candidate.start, candidate.end, STATED_CONFIDENCE,
                                   "likely: a school in a work field of the profile", tier="likely",
                                   explanation=explanation)  # fmt: skip
                best[candidate.value.lower()] = match
                continue
            span = candidate_span(item, candidate)
            signal = "classifier"
            tier: Tier | None = calibration.tier(confidence)
            reason = f"{candidate.found_as}, read as the writer's workplace"
            words = (text[slice(*span)],)
            if tier is None and (_named_by_staff(candidate, staff) or _worked_at_by_staff(candidate, staff)):
                tier, confidence = "worth a look", STAFF_VOICE_CONFIDENCE
                reason = f"{candidate.found_as}, in a text that reads as the writer's own school work"
            if (
                tier is None
                and span[0] < span[1]
                and (event := workplace_event(text, *span, bare="xxbarename" in candidate.cues)) is not None
                and _event_holds(event.what, text[slice(*span)], staff)
            ):
                tier, confidence, signal = "worth a look", EVENT_CONFIDENCE, "rule"
                reason, words = f"{candidate.found_as}: {event.what}", (event.words,)
            if (
                tier is None
                and "xxtag" not in candidate.cues
                and own_job_just_before(item, span[0])  # "your son's teacher at Oakhurst", "supply at Moorcroft"
            ):
                tier, confidence, signal = "worth a look", EVENT_CONFIDENCE, "rule"
                reason = f"{candidate.found_as}, right after the writer's own school job"
            if tier is None:
                continue
            dropped = dropped_by(text, span, candidate, writer_is_staff=True)
            if not dropped and staff_voice is None and any(f(text, *span) for f in WHOSE_FILTERS):
                staff_voice = writer_names_own_role(item)  # read once, and only when it matters
            if dropped or (not staff_voice and dropped_by(text, span, candidate, writer_is_staff=False)):
                continue  # `detectors.school_filters`: not a school, or not the writer's
            fired = candidate.held_by
            if {"xxbarename", "xxtag"} & set(candidate.cues):
                fired = (*fired, NAME_WITHOUT_SCHOOL_WORD)
            if fired:
                tier = "worth a look"
            explanation = Explanation(signal, reason, words, fired)
            match = self.match(candidate.value, candidate.start, candidate.end, confidence, f"{tier}: {reason}",
                               tier=tier, explanation=explanation)  # fmt: skip
            folded = candidate.value.lower()
            if folded not in best or (best[folded].tier, -best[folded].confidence) > (tier, -confidence):
                best[folded] = match
        return sorted(best.values(), key=lambda m: m.start)
