"""The school where the person works (clause 2.3.13): its name, handle, hashtag or check-in.

Two rule sets on the shared blank spaCy tokenizer (`detectors.nlp`):

1. The configured school (`SchoolProfile`): a `PhraseMatcher` over every spelling of its name
   and aliases (`school_names.spellings`: case, St/St./Saint, Aidan's/Aidans, C of E/CofE/CE/
   Church of England, with or without "School"), its core name ("St Aidan's"), its handles
   (@brackenford_pri) and hashtags (#StAidansBrackenford), and names that are a slip away
   (rapidfuzz, `school_names.FUZZY_THRESHOLD`).  Any mention counts: it is their school.
2. Any other UK school named as the writer's workplace, with or without a profile: a custom
   rule (`school_shaped`) for capitalised names ending in Primary School, Academy, Junior/Infant School, High
   School, College..., kept only when the words before it make it a workplace ("I work at",
   "Year 4 teacher at", a profile field naming nothing else) and never when it is a football
   club or a pupil's school ("went to", "my son's").  Check-ins at such a place count.

Values: the profile's `name` for the configured school, else the name as written,
title-cased ("Oakhurst Academy").  Not found: "old school", "school run", "school holidays"
(no name), "St Aidan's" with no profile (no school word), "Oakhurst Academy FC".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from detectors import nlp
from detectors.base import Detector, Item, Match, SchoolProfile
from detectors.school_context import (
    LEADING_NOISE,
    NOT_SCHOOLS,
    NOT_WORK_AFTER,
    NOT_WORKPLACE,
    ROLE_IN_FIELD,
    STUDY_FIELD,
    TYPE_WORDS,
    WORKPLACE,
    may_name_a_school,
    school_shaped,
)
from detectors.school_names import (
    FUZZY_THRESHOLD,
    GENERIC_WORDS,
    compact,
    core,
    display,
    key,
    same_school,
    spellings,
)

_CHURCH_AFTER = re.compile(r"^\s*(?:church|parish|cathedral|chapel|hospice|hospital|road|street|st)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.!?\n|•;]")
_HASHTAG = re.compile(r"#(\w{4,})")
_SAINT_KEYWORDS = nlp.keywords("st", "saint")
_GENERIC_KEYWORDS = nlp.keywords(*GENERIC_WORDS, "s")
_SAINT_FIRST = re.compile(r"(?:st\.?|saint)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: str
    confidence: float
    rule: str


class SchoolDetector(Detector):
    """Finds the configured school in any form, and other schools named as a workplace."""

    kind = "school"
    title = "School named"
    clauses = ("2.3.13",)

    def __init__(self, school: SchoolProfile | None = None) -> None:
        super().__init__(school)
        profile = self.school
        self._value = profile.name or (profile.aliases[0] if profile.aliases else "")
        names = [n for n in (profile.name, *profile.aliases) if n]
        self._keys = {key(n) for n in names} - {""}
        cores = {core(n) for n in names} - {""}
        self._cores = {c for c in cores if key(c)}
        self._compacts = {compact(s) for n in names for s in spellings(n)}
        self._compacts |= {compact(c) for c in self._cores if len(compact(c)) >= 6}
        if profile.town:
            self._compacts |= {compact(f"{c} {profile.town}") for c in self._cores}
        self._compacts |= {h.lower() for h in profile.handles}
        self._phrases = {s for n in names for s in spellings(n)}
        self._core_phrases = {s for c in self._cores for s in spellings(c, bare=False)} - self._phrases
        self._core_keys = {key(c) for c in self._cores}
        self._core_prefixes = tuple(compact(c) for c in self._cores if len(compact(c)) >= 8)
        handles = "|".join(re.escape(h) for h in profile.handles)
        self._handle = re.compile(rf"(?<![\w@#])[@#]?(?:{handles})(?!\w)", re.IGNORECASE) if handles else None
        gate = set(nlp.keywords(*TYPE_WORDS, *profile.handles, *self._compacts))
        for spelling in self._phrases | self._core_phrases:
            gate |= nlp.keywords(spelling) - _GENERIC_KEYWORDS
        if any(_SAINT_FIRST.match(c) for c in self._cores):
            gate |= _SAINT_KEYWORDS
        self._gate_words = frozenset(gate)
        self._gate_stems = self._core_prefixes
        self._phrase_matcher: PhraseMatcher | None = None

    def wants(self, item: Item) -> bool:
        text, place = item.text, item.place
        return bool(text and self._gated(text)) or bool(place and self._gated(place))

    def _gated(self, text: str) -> bool:
        """Cheap gate: a school word, a word of the profile's names, or a hashtag starting with one."""
        if not self._gate_words.isdisjoint(nlp.words(text)):
            return True
        if self._gate_stems and "#" in text:
            lowered = text.lower()
            return any(stem in lowered for stem in self._gate_stems)
        return False

    def detect(self, item: Item) -> list[Match]:
        return self.detect_batch([item])[0] if self.wants(item) else []

    def detect_batch(self, items: Sequence[Item]) -> list[list[Match]]:
        self._build()
        texts = [item.text or "" for item in items]
        return [self._judge(item, doc) for item, doc in zip(items, nlp.docs(texts), strict=True)]

    def _build(self) -> None:
        """Compile the matchers the first time a candidate item arrives."""
        if self._phrase_matcher is not None:
            return
        vocab = nlp.english().vocab
        self._phrase_matcher = PhraseMatcher(vocab, attr="NORM")
        if self._phrases:
            self._phrase_matcher.add("name", [nlp.english().make_doc(p) for p in sorted(self._phrases)])
        if self._core_phrases:
            self._phrase_matcher.add("core", [nlp.english().make_doc(p) for p in sorted(self._core_phrases)])

    def _judge(self, item: Item, doc: Doc) -> list[Match]:
        assert self._phrase_matcher is not None
        original = item.text or ""
        text = original.replace("’", "'")
        lowered = text.lower()
        found: list[_Found] = []
        profile_spans = filter_spans(Span(doc, s, e, label=k) for k, s, e in self._phrase_matcher(doc, as_spans=False))
        for span in profile_spans:
            after = text[span.end_char :]
            if span.label_ == "core":
                if _CHURCH_AFTER.match(after):
                    continue
                in_profile = item.provenance.section in ("profile", "account")
                confidence, rule = (0.9 if in_profile else 0.8), "the school's short name"
            else:
                confidence, rule = 0.95, "the school's name"
            found.append(_Found(span.start_char, span.end_char, self._value, confidence, rule))
        if self._handle is not None:
            for hit in self._handle.finditer(text):
                found.append(_Found(*hit.span(), self._value, 0.95, "the school's handle or hashtag"))
        if self._compacts:
            found.extend(self._hashtags(text))
        taken = [(f.start, f.end) for f in found]
        generic = school_shaped(doc) if may_name_a_school(original) else []
        for span in generic:
            if any(s < span.end_char and span.start_char < e for s, e in taken):
                continue
            named = self._generic(span, text, lowered, item)
            if named is not None:
                found.append(named)
        if self._core_keys and not _SAINT_KEYWORDS.isdisjoint(nlp.words(original)):
            taken = [(f.start, f.end) for f in found]
            for near in self._near_core(doc, text):
                if not any(s < near.end and near.start < e for s, e in taken):
                    found.append(near)
        if item.place:
            found.extend(self._place(item.place))
        return self._best(found)

    def _hashtags(self, text: str) -> list[_Found]:
        out = []
        for hit in _HASHTAG.finditer(text):
            body = hit.group(1).lower()
            if body in self._compacts:
                out.append(_Found(*hit.span(), self._value, 0.9, "the school's name as a hashtag"))
            elif body.startswith(self._core_prefixes):
                out.append(_Found(*hit.span(), self._value, 0.85, "a hashtag starting with the school's name"))
        return out

    def _near_core(self, doc: Doc, text: str) -> list[_Found]:
        """ "St Aiden's" for "St Aidan's": a short name a slip away, after the same first word."""
        out = []
        for token in doc:
            if token.norm_.rstrip(".") not in ("st", "saint") or token.i + 1 >= len(doc):
                continue
            end = token.i + 2
            if end < len(doc) and doc[end].norm_ == "'s":
                end += 1
            window = doc[token.i : end]
            window_key = key(window.text)
            score = max(same_school(window_key, k) for k in self._core_keys)
            if FUZZY_THRESHOLD <= score < 100.0 and not _CHURCH_AFTER.match(text[window.end_char :]):
                out.append(
                    _Found(
                        window.start_char,
                        window.end_char,
                        self._value,
                        0.7,
                        "a close spelling of the school's short name",
                    )
                )
        return out

    def _generic(self, span: Span, text: str, lowered: str, item: Item) -> _Found | None:
        """A school-shaped name: the configured school if close, else kept only as a workplace."""
        tokens = list(span)
        while tokens and (tokens[0].lower_ in LEADING_NOISE or not tokens[0].text[:1].isupper()):
            tokens = tokens[1:]
        if not tokens:
            return None
        start = tokens[0].idx
        name = text[start : span.end_char]
        name_key = key(name)
        if not name_key or any(word in NOT_SCHOOLS for word in name_key.split()):
            return None
        if NOT_WORK_AFTER.match(text[span.end_char :]):
            return None
        if self._keys:
            score = max(same_school(name_key, k) for k in self._keys)
            if score >= FUZZY_THRESHOLD:
                exact = score == 100.0
                rule = "the school's name, spelt differently" if exact else "a close spelling of the school's name"
                return _Found(start, span.end_char, self._value, 0.9 if exact else 0.75, rule)
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(lowered, 0, start)), default=0)
        before = lowered[clause_start:start]
        if NOT_WORKPLACE.search(before):
            return None
        section = item.provenance.section
        if STUDY_FIELD.search(item.provenance.field):
            return None  # Facebook's education_experiences, LinkedIn's Education: where they studied
        if WORKPLACE.search(before):
            confidence = 0.9 if section in ("profile", "account") else 0.85
            return _Found(start, span.end_char, display(name), confidence, "a school named as their workplace")
        in_profile = section in ("profile", "account")
        if in_profile and ROLE_IN_FIELD.search(lowered) and not NOT_WORKPLACE.search(lowered):
            return _Found(start, span.end_char, display(name), 0.85, "a school beside a role in a profile field")
        if in_profile and not before.strip() and not lowered[span.end_char :].strip():
            return _Found(start, span.end_char, display(name), 0.85, "a school as a whole profile field")
        if section == "checkin":
            return _Found(start, span.end_char, display(name), 0.8, "checked in at a school")
        return None

    def _place(self, place: str) -> list[_Found]:
        """A check-in's or tagged place's name: a school there is a school they go to."""
        doc = nlp.doc(place)
        assert self._phrase_matcher is not None
        if self._phrase_matcher(doc) or (self._handle and self._handle.search(place)):
            return [_Found(0, 0, self._value, 0.9, "checked in at the school")]
        for span in school_shaped(doc):
            name_key = key(span.text)
            if not name_key or any(word in NOT_SCHOOLS for word in name_key.split()):
                continue
            if self._keys and max(same_school(name_key, k) for k in self._keys) >= FUZZY_THRESHOLD:
                return [_Found(0, 0, self._value, 0.85, "checked in at the school")]
            return [_Found(0, 0, display(span.text), 0.8, "checked in at a school")]
        return []

    def _best(self, found: list[_Found]) -> list[Match]:
        """One match per school, the most certain evidence for it."""
        best: dict[str, _Found] = {}
        for f in found:
            folded = f.value.lower()
            if folded not in best or best[folded].confidence < f.confidence:
                best[folded] = f
        ordered = sorted(best.values(), key=lambda f: f.start)
        return [self.match(f.value, f.start, f.end, f.confidence, f.rule) for f in ordered]
