"""The writer's profession (clause 2.3.13): a school job named ("Year 4 teacher") or shown.

Staff give their job away far more often without naming it ("SLT meeting ran over",
"leavers' assembly", "the kids in my class") than with "I'm a teacher", and the same words
are often someone else's ("my son's teacher", "why did you become a teacher?").  So:

1. **Candidates, cheap and wide:** a text reaches the judgement only if it holds a role word
   (`detectors.roles`) or a school-life word (`detectors.school_life`), or falls in the wider net
   of school life that only this gate casts ("wet play", "Grade 6", "VP": `school_life.wider_opens`).
2. **Rule cues:** the role vocabulary and its context rules (`detectors.role_context`) say
   which roles the writer claims, mentions or only hints at; these become markers the
   classifier reads, and the words the explanation quotes.
3. **The judgement:** the learned `job` classifier (`detectors.judgement`) reads the text with
   those markers and says how likely it reveals the writer's own school job; its calibrated
   score is the finding's confidence and picks its tier ("likely", "worth a look").
4. **Named filters** (`detectors.filters`): an other-kind-of-teacher role is no cue; a retweet
   is someone else's words and is held to "worth a look"; a finding with no role of the
   writer's own is dropped when the text is a pupil's, a parent helper's, a visitor's or the
   Army Reserve's (`detectors.role_filters`).
5. **Career events, a support role, a school's voice, a teacher's work** (`role_events`, `role_support`, `role_voice`,
   `role_work`): where the judgement finds nothing, "got the TA job", "passed my QTS", "I'm a school groundsman", "we release
   teachers for joint planning", "back to grading papers" make a "worth a look" finding.
   Steps 4 and 5 act after the classifier, so its inputs (and what `make model` builds) do not change.

One finding per item: the profession, valued as the role the writer gives (canonical, see
`detectors.roles`) or, when the text only shows it, "works in a school".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from detectors import job_memory, nlp
from detectors.base import Detector, Explanation, Item, Match
from detectors.filters import JOB_FILTERS, NO_ROLE_NAMED, OWN_ROLE_THE_MODEL_DOUBTS, ROLE_FILTERS, drops, verdict
from detectors.gate_batch import Positions, TextBatch
from detectors.job_gate import ROLE_GATE, gate_words, job_screen
from detectors.judgement import job_row, judge
from detectors.role_context import DESCRIBES_THEMSELVES, OWN_VIEWS, RULE_DECIDED, owned, parent_voice
from detectors.role_events import EVENT_CONFIDENCE, career_events, someone_else_before
from detectors.role_faith_class import FAITH_CLASS
from detectors.role_filters import UNNAMED_ROLE_FILTERS
from detectors.role_kind_of_school import JOB_WORDS, KIND_WORDS, at_a_kind_of_school, roles_at_a_kind_of_school
from detectors.role_pupils_teacher import pupils_teacher
from detectors.role_senses import ROLE_SENSE_FILTERS
from detectors.role_sign_off import staff_sign_off
from detectors.role_support import support_roles
from detectors.role_support_work import SUPPORT_WORK_WORDS, at_support_work, support_work
from detectors.role_trades import RANK_IN_ANOTHER_TRADE
from detectors.role_voice import school_voice
from detectors.role_work import WORK_WORDS, at_work, teachers_work
from detectors.roles import RULES, RULES_BY_KEY
from detectors.school_life import (
    life_areas,
    life_cues,
    life_opens,
    touches_school_life,
    wider_opens,
    wider_screen,
)
from detectors.voice import ORGANISATIONS_OWN_ACCOUNT

_ROLE_WORD_FILTERS = (*ROLE_FILTERS, RANK_IN_ANOTHER_TRADE, *ROLE_SENSE_FILTERS)
"""Filters every role word passes through before it counts as a cue (`filters`, `role_trades`, `role_senses`)."""
_WHOLE_TEXT_FILTERS = (*JOB_FILTERS, ORGANISATIONS_OWN_ACCOUNT, FAITH_CLASS)
"""Filters of the whole text: a retweet, an organisation speaking of the people it serves ("a network for
early-years teachers") rather than a person of their own job, a faith community's weekend class (`role_faith_class`)."""

IMPLIED = "works in a school"
"""The value of a profession the text shows without naming a role."""


@lru_cache(maxsize=1)
def _matcher() -> nlp.RuleMatcher:
    """The role vocabulary compiled once against the shared vocabulary."""
    return nlp.RuleMatcher({rule.key: rule.patterns for rule in RULES})


@dataclass(slots=True)
class RoleReading:
    """What the rules saw in one text: the roles claimed, mentioned and hinted at."""

    claimed: list[tuple[str, int, int, str, float]] = field(default_factory=list)
    """(value, start, end, rule in words, rule confidence) of roles the writer gives themselves."""
    mentioned: list[tuple[str, int, int]] = field(default_factory=list)
    """(value, start, end) of role words nobody claims (yet)."""
    life: list[tuple[int, int, str]] = field(default_factory=list)
    parent: bool = False
    """The text reads as a parent's ("my son's teacher", "as a mum"): a strong reason against."""
    areas: tuple[str, ...] = ()
    """Areas of school life the text touches (`school_life.life_areas`)."""
    held_by: tuple[str, ...] = ()
    """Names of the filters that kept a role word from being the writer's ("someone the writer names")."""
    not_school: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) of role words that are another trade's rank (`detectors.role_trades`)."""

    @property
    def only_another_trade(self) -> bool:
        """Whether every school word in the text is another trade's rank ("Principal Consultant")."""
        return (
            bool(self.not_school)
            and not self.claimed
            and not self.mentioned
            and all(any(s <= start and end <= e for s, e in self.not_school) for start, end, _ in self.life)
        )

    @property
    def names_own_role(self) -> bool:
        """A role the writer gives themselves ("I'm a TA", a bio's "Year 4 teacher"), not only a clue."""
        return any(not why.startswith("profession clue") for *_, why, _ in self.claimed)

    @property
    def marks(self) -> tuple[str, ...]:
        """Markers the classifier reads: what kind of evidence the rules found."""
        marks = []
        claimed = [why for *_, why, _ in self.claimed if not why.startswith(DESCRIBES_THEMSELVES)]
        if any(why.startswith(("role in a profile", "says they are")) for why in claimed):
            marks.append("xxownrole")
        if any(why.startswith("profession clue") for why in claimed):
            marks.append("xxclue")
        if any(why.startswith("school-only") for why in claimed):
            marks.append("xxschoolrole")
        if (self.mentioned or len(claimed) < len(self.claimed)) and not claimed:
            marks.append("xxrolementioned")
        if self.parent:
            marks.append("xxparent")
        return (*marks, *self.areas)


def read_roles(item: Item, doc: Doc) -> RoleReading:
    """The rules' reading of one text (shared by detection and training)."""
    original = item.text or ""
    text = original.replace("’", "'")
    cues, areas = life_cues(doc, text=original), life_areas(doc, original)  # with the text, matched (`life_tokens`)
    reading = RoleReading(life=cues, parent=parent_voice(text), areas=areas)
    spans = filter_spans(Span(doc, s, e, label=k) for k, s, e in found) if (found := _matcher()(doc, original)) else []
    for span in spans:
        rule = RULES_BY_KEY[span.label_]
        effect, fired = verdict(_ROLE_WORD_FILTERS, text, span.start_char, span.end_char)
        if effect == "drop":
            if RANK_IN_ANOTHER_TRADE.name in fired:
                reading.not_school.append((span.start_char, span.end_char))
            continue
        if item.provenance.section in ("profile", "account"):
            effect, fired = None, ()  # a bio lists its writer's own roles: "Governor at X, parent governor"
        value = rule.value([token.lower_ for token in span])
        judged = None if effect else owned(rule, span, text.lower(), original, item.provenance.section)
        reading.held_by += fired
        if judged is None:
            reading.mentioned.append((value, span.start_char, span.end_char))
        else:
            reading.claimed.append((value, span.start_char, span.end_char, judged[1], judged[0]))
    return reading


def profession_confidences(items: Sequence[Item]) -> list[float]:
    """How surely each item reads as its writer's own school work (0 for items the gate refuses); kept for the
    latest items (`job_memory`), as the school detector asks this of the batch the job detector has just judged."""
    keys: list[tuple[str, str]] = [(item.text or "", item.provenance.section) for item in items]
    known = job_memory.recalled(keys)
    missing = [i for i, k in enumerate(keys) if k not in known and touches_any(items[i])]
    if missing:
        docs = nlp.docs([keys[i][0] for i in missing])
        readings = [read_roles(items[i], doc) for i, doc in zip(missing, docs, strict=True)]
        inputs = [
            job_row(doc, keys[i][1], r.marks, keys[i][0]) for i, doc, r in zip(missing, docs, readings, strict=True)
        ]
        judged = dict(zip([keys[i] for i in missing], judge("job").doc_confidences(inputs), strict=True))
        job_memory.remember(judged)
        known.update(judged)
    return [known.get(k, 0.0) for k in keys]


def touches_any(item: Item) -> bool:
    """The job detector's gate: a role word, a rule's clue, a school-life word or the wider net of
    school life (`school_life.wider_opens`: the school detector does not cast it)."""
    text = item.text
    if text is None:
        return False
    screen = gate_words()
    if screen is None:
        return (
            ROLE_GATE(text)
            or touches_school_life(text)
            or wider_opens(wider_screen().intersection(nlp.words(text)), text)
        )
    screened = screen.intersection(nlp.words(text))
    return bool(screened) and (
        ROLE_GATE.opens(screened, text) or life_opens(screened, text) or wider_opens(screened, text)
    )


def is_platform_place(item: Item) -> bool:
    """Whether the item is the place a platform attached to a check-in ("Example Primary School, 1 Example
    Rd"): where the person went, never what they do, and not their words (the corpus the classifier learned
    from holds none).  The school detector reads such places with its own rules (`detectors.school`)."""
    return item.provenance.section == "checkin" and item.provenance.field == "place"


class JobTitleDetector(Detector):
    """Finds the owner's school role or teaching profession in bios, profile fields and posts."""

    kind = "job_title"
    title = "Job title or profession"
    clauses = ("2.3.13",)

    def wants(self, item: Item) -> bool:
        if is_platform_place(item):
            return False
        text = item.text
        return touches_any(item) or bool(
            text and (teachers_work(text) or support_work(text) or roles_at_a_kind_of_school(text))
        )  # "back to grading", "Lay chaplain at a Catholic high"

    def screen(self, batch: TextBatch) -> Positions | None:  # a gate word, most of them with another (`job_gate`)
        if (words := gate_words()) is None:
            return None
        return (
            job_screen(batch, ROLE_GATE, words) | at_work(batch) | at_support_work(batch) | at_a_kind_of_school(batch)
        )

    def screen_words(self) -> frozenset[bytes]:
        return (gate_words() or frozenset()) | WORK_WORDS | SUPPORT_WORK_WORDS | KIND_WORDS | JOB_WORDS

    def detect(self, item: Item) -> list[Match]:
        return self.detect_batch([item])[0] if self.wants(item) else []

    def detect_batch(self, items: Sequence[Item]) -> list[list[Match]]:
        texts = [item.text or "" for item in items]
        docs = nlp.docs(texts)
        readings = [read_roles(item, doc) for item, doc in zip(items, docs, strict=True)]
        inputs = [
            job_row(d, i.provenance.section, r.marks, t)
            for d, i, r, t in zip(docs, items, readings, texts, strict=True)
        ]
        job = judge("job")
        scores = job.raw_docs(inputs)
        # What the school detector asks (`profession_confidences`): the main table, whoever names a role.
        keys = [(t, i.provenance.section) for t, i in zip(texts, items, strict=True)]
        job_memory.remember({k: round(job.calibration(s), 2) for k, s in zip(keys, scores, strict=True)})
        decided = [self._decide(*row) for row in zip(items, readings, scores, strict=True)]
        job_memory.note_findings({k: bool(found) for k, found in zip(keys, decided, strict=True)})
        return decided

    def _decide(self, item: Item, reading: RoleReading, score: float) -> list[Match]:
        named = reading.names_own_role
        job = judge("job")
        # A text that only shows school life is judged on a table of its own: at the same score it
        # is right less often than a named role (`training.build.write_calibrations`).
        calibration = job.calibration if named else job.unnamed_calibration
        confidence = round(calibration(score), 2)
        tier = calibration.tier(confidence)
        doubted = tier is None and named
        text = item.text or ""
        if doubted:  # a claim is right more often than its score says (`OWN_ROLE_THE_MODEL_DOUBTS`)
            named_confidence = job.named_calibration(score)
            bar = job.named_calibration.worth_a_look
            if named_confidence < bar and OWN_VIEWS.search(text):
                named_confidence = bar  # "Head of Music at X. Views my own.": a disclaimer makes the role the writer's
            tier = "worth a look" if named_confidence >= bar else None
            confidence = round(named_confidence, 2)
        if tier is None:
            return self._career_event(item, reading)
        effect, fired = verdict(_WHOLE_TEXT_FILTERS, text, 0, len(text))
        if effect == "drop":
            return []
        if not named and drops(UNNAMED_ROLE_FILTERS, text, 0, len(text)):
            return []  # a pupil's, a parent helper's, a visitor's school words (`detectors.role_filters`)
        if reading.only_another_trade:
            return []  # the only school word was another trade's rank ("Principal Consultant")
        if effect == "demote":
            tier = "worth a look"
        if tier == "likely" and not named:
            tier, fired = "worth a look", (*fired, NO_ROLE_NAMED)
        if doubted:
            fired = (*fired, OWN_ROLE_THE_MODEL_DOUBTS)
        if reading.claimed:
            value, start, end, why, _ = max(reading.claimed, key=lambda c: c[4])
            reason = f"reads as the writer's own job ({why})"
            if not why.startswith("profession clue") and not someone_else_before(text, start):
                job_memory.told_by_rule((text, item.provenance.section), end, calibration.worth_a_look)
        elif reading.mentioned:
            if reading.held_by:
                tier, fired = "worth a look", (*fired, *dict.fromkeys(reading.held_by))
            value, start, end = reading.mentioned[0]
            reason = "reads as the writer's own job, though they do not say it of themselves"
            if not reading.held_by and not someone_else_before(text, start):  # not "Claire starts as Deputy Head at"
                job_memory.told_by_rule((text, item.provenance.section), end, calibration.worth_a_look)
        else:
            # The earliest cue, not the most distinctive: the finding's place (and so its identity,
            # `audit.identity`) must not move when another layout joins a caption to the post.
            value, (start, end, _) = IMPLIED, min(reading.life, default=(0, 0, ""))
            reason = "reads as the writer's own school work, without naming a job"
        spans = [(s, e) for _, s, e, _, _ in reading.claimed] + [(s, e) for _, s, e in reading.mentioned]
        cues = [text[s:e] for s, e in spans]
        cues += [word for *_, word in reading.life if not any(word.lower() in cue.lower() for cue in cues)]
        explanation = Explanation("classifier", reason, tuple(dict.fromkeys(cues))[:5], fired)
        rule = f"{tier}: {reason}"
        return [self.match(value, start, end, confidence, rule, tier=tier, explanation=explanation)]

    def _career_event(self, item: Item, reading: RoleReading) -> list[Match]:
        """Where the judgement found nothing: a career event ("got the TA job!", `role_events`), a byline (`role_context`),
        a school support role of the writer's own ("I'm a school groundsman", `role_support`), a job at a kind of school
        ("Exams officer at a comprehensive", `role_kind_of_school`), a school's own voice ("we
        release teachers", `role_voice`: the roles it names are others'), a teacher's work done by the writer ("back to
        grading papers", `role_work`) or a support job's ("invigilating all week", `role_support_work`)."""
        text = item.text or ""
        own = [(e.start, e.end, f"tells of their own school career ({e.what})") for e in career_events(text)]
        own += [
            (s, e, f"gives their own school role {how}")
            for _, s, e, w, _ in reading.claimed
            for how in RULE_DECIDED
            if how in w
        ]
        own += [(c.start, c.end, f"tells of their own school job ({c.what})") for c in support_roles(text)]
        own += [(c.start, c.end, f"tells of their own school job ({c.what})") for c in roles_at_a_kind_of_school(text)]
        own += [(c.start, c.end, f"tells of their own school job ({c.what})") for c in pupils_teacher(text)]
        voice = [(c.start, c.end, f"speaks for the school they work at ({c.what})") for c in school_voice(text)]
        voice = voice or [(c.start, c.end, f"does a teacher's work ({c.what})") for c in teachers_work(text)]
        voice = voice or [(c.start, c.end, f"does a school support job's work ({c.what})") for c in support_work(text)]
        voice = voice or [(c.start, c.end, f"writes as school staff ({c.what})") for c in staff_sign_off(text)]
        if not (own or voice) or verdict(_WHOLE_TEXT_FILTERS, text, 0, len(text))[0] is not None:
            return []
        start, end, reason = (own or voice)[0]
        roles = [(value, s, e) for value, s, e, *_ in reading.claimed] + reading.mentioned if own else []
        value = next((v for v, s, e in roles if start <= s and e <= end), IMPLIED)
        explanation = Explanation("rule", reason, (text[start:end],))
        job_memory.told_by_rule((text, item.provenance.section), end, judge("job").calibration.worth_a_look)
        return [self.match(value, start, end, EVENT_CONFIDENCE, f"worth a look: {reason}",
                           tier="worth a look", explanation=explanation)]  # fmt: skip
