"""Every mention of a school in a text: the cheap, high-recall half of the school detector.

Candidates, not verdicts.  Whether a school is the writer's workplace is judged afterwards, in
context, by the learned workplace classifier (`detectors.judgement`); this module only finds
where schools are named and notes what it saw around each (its *cues*, markers the classifier
reads and the explanation shows):

1. The configured school (`SchoolProfile`): every spelling of its name and aliases
   (`school_names.spellings`), its core name ("St Aidan's"), its handles and hashtags, hashtags
   that start with its name, and near-misses after "St" ("St Aiden's").
2. Any school-shaped name, UK or abroad (`school_context.school_shaped`: capitalised words
   ending in School, Academy, Primary, College, Elementary, High...), matched to the configured
   school when close enough.
3. The place a check-in or tagged photo carries (`Item.place`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from detectors import nlp
from detectors.base import Item, SchoolProfile
from detectors.gate import Literals
from detectors.school_context import (
    LEADING_NOISE,
    NOT_WORKPLACE,
    ROLE_IN_FIELD,
    TYPE_WORDS,
    WORKPLACE,
    may_name_a_school,
    school_shaped,
)
from detectors.school_events import WEEKDAY
from detectors.school_life import life_opens, life_screen, touches_school_life
from detectors.school_lowercase import ENDING_WORDS, plain_school_names, without_capitals
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

EXTRA_GATE_WORDS = ("Ysgol", "Scoil", "Gaelscoil", "Coláiste", "Colaiste", "Gaelcholáiste", "Meánscoil", "UTC",
                    "Kindergarten", "Comprehensive", "Preparatory")  # fmt: skip
"""School words of `detectors.school_extra` that open the gate (kept here: that module imports this one)."""
_CLAUSE_BREAK = re.compile(r"[.!?\n|•;]")
_HASHTAG = re.compile(r"#(\w{4,})")
_SCHOOLISH_TAG = re.compile(
    r"(?<![\w@#])[@#]\w*?(?:school|academy|acad|primary|prim|pri|high|college|coll|infants?|juniors?|trust|"
    r"nursery|elementary|grammar|cofe|catholic)\w*",
    re.IGNORECASE,
)
"""A handle or hashtag with a school word in it: "@KestrelAcademy", "#HillsideHigh"."""
TAG_WORD_STEMS = tuple("school acad pri high coll infant junior trust nursery elementary grammar cofe catholic".split())
"""A word every school word of `_SCHOOLISH_TAG` holds ("primary" holds "pri"): `_TAG_WORDS`, its pre-screen."""
_TAG_WORDS = Literals(*TAG_WORD_STEMS)
_BARE_NAME = re.compile(
    r"\b(?:at|to|from|leaving|left|joining|joined|join|for|with|of|in|@)\s+"
    r"((?:(?:St|ST|Saint)\.?\s+)?[A-Z][A-Za-z'’]+(?:(?:\s+|-)[A-Z][A-Za-z'’]+){0,2})"
)
"""A capitalised name after a place word ("back to Ravensworth tomorrow"): maybe a school, when the text is about
school life."""
_WEEKDAY_NAME = re.compile(
    r"\b(?i:" + WEEKDAY + r")(?:\s*[=:\-–])?\s+"
    r"((?!(?:AND|TA|OR|THE)\b)[A-Z][A-Za-z]+(?:(?:\s+|-)[A-Z][A-Za-z]+){0,2})(?=\s*(?:[,.;:!)]|\(|$|\n|\s[-–]))"
)
"""A name alone after a working day, a timetable's entry ("Mon Kestrel, Tue Brookvale", "Wednesdays = Copperbeech
(strings)"): the school of a supply or visiting teacher's day, when the text is about school life; never a
possessive or a name running on into lower-case words ("Tuesday: Ofsted's data request", "Monday - Worst skier")."""
_SAINT_NAME = re.compile(r"\b(?:St|ST|Saint|SAINT)\.?\s+[A-Z][A-Za-z]+(?:['’]?[sS])?\b")
"""A saint's name ("St Bede's", "ST WILFREDS"): most are churches or schools."""
NOT_NAMES = frozenset(
    str.split(
        "I Im I'm I'll I've I'd Ill Ive The A An My Our We You He She They It This That Monday Tuesday Wednesday Thursday Friday Saturday "
        "Sunday January February March April May June July August September October November December Christmas "
        "Easter Halloween Year Years Reception Nursery Mr Mrs Ms Miss Sir Dr Mum Dad Me Us Them Him Her God "
        "Home Work School College Uni University London"
    )
)
_SAINT_KEYWORDS = nlp.keywords("st", "saint")
_GENERIC_KEYWORDS = nlp.keywords(*GENERIC_WORDS, "s")
_SAINT_FIRST = re.compile(r"(?:st\.?|saint)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One mention of a school, before anyone judges whose school it is."""

    start: int
    end: int
    """Span in the item's text; (0, 0) for the place a check-in carries."""
    value: str
    """The profile's name for the configured school, else the name as written, tidied."""
    found_as: str
    """How it was found, in words ("the school's handle or hashtag")."""
    configured: bool
    cues: tuple[str, ...] = field(default=())
    """Context markers for the classifier: "xxworkcue", "xxnotworkcue", "xxrolefield"..."""
    held_by: tuple[str, ...] = field(default=())
    """Named filters that hold a finding of it to "worth a look" (set by the school detector)."""

    @property
    def short(self) -> bool:
        """Found by its short name alone ("Fernside"), which towns and shops share."""
        return self.found_as == "the school's short name"


class SchoolCandidates:
    """Finds the school mentions of one item, sharpened by the school's profile."""

    def __init__(self, profile: SchoolProfile) -> None:
        self.profile = profile
        self.value = profile.name or (profile.aliases[0] if profile.aliases else "")
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
        self._core_prefixes = tuple(compact(c) for c in self._cores if len(compact(c)) >= 6)
        handles = "|".join(re.escape(h) for h in profile.handles)
        self._handle = re.compile(rf"(?<![\w@#])[@#]?(?:{handles})(?!\w)", re.IGNORECASE) if handles else None
        gate = set(nlp.keywords(*TYPE_WORDS, *EXTRA_GATE_WORDS, *profile.handles, *self._compacts))
        for spelling in self._phrases | self._core_phrases:
            gate |= nlp.keywords(spelling) - _GENERIC_KEYWORDS
        if any(_SAINT_FIRST.match(c) for c in self._cores):
            gate |= _SAINT_KEYWORDS
        self.gate_words = frozenset(gate)
        self.screen_words = self.gate_words | life_screen()
        """The words of the gate's first two halves: a text with none of them passes neither."""
        self._phrase_matcher: PhraseMatcher | None = None

    def gated(self, text: str) -> bool:
        """Cheap gate: a school word, a word of the profile's names, a hashtag with one, or school life."""
        screened = self.screen_words.intersection(nlp.words(text))
        if screened and (not self.gate_words.isdisjoint(screened) or life_opens(screened, text)):
            return True
        if ("@" in text or "#" in text) and _TAG_WORDS(text) and _SCHOOLISH_TAG.search(text):
            return True
        if self._core_prefixes and "#" in text:
            lowered = text.lower()
            return any(stem in lowered for stem in self._core_prefixes)
        return False

    def _matcher(self) -> PhraseMatcher:
        if self._phrase_matcher is None:
            matcher = PhraseMatcher(nlp.english().vocab, attr="NORM")
            if self._phrases:
                matcher.add("name", [nlp.english().make_doc(p) for p in sorted(self._phrases)])
            if self._core_phrases:
                matcher.add("core", [nlp.english().make_doc(p) for p in sorted(self._core_phrases)])
            self._phrase_matcher = matcher
        return self._phrase_matcher

    def find(self, item: Item, doc: Doc, bare_names: bool = False) -> list[Candidate]:
        """Every school mention in the item, configured ones first, without overlaps; names with no school word
        where the text touches school life or `bare_names` (the writer's own school job was read in it)."""
        text = (item.text or "").replace("’", "'")
        found = [*self._configured(doc, text)]
        generic = school_shaped(doc) if may_name_a_school(item.text or "") else []
        found += [c for span in generic if (c := self._generic(span, text, item)) is not None]
        if not ENDING_WORDS.isdisjoint(nlp.words(text)) and without_capitals(text):
            found += [self._named(span.start_char, span.end_char, text, item) for span in plain_school_names(doc)]
        if self._core_keys and not _SAINT_KEYWORDS.isdisjoint(nlp.words(text)):
            found += self._near_core(doc)
        found += _tags(text)
        if bare_names or touches_school_life(text):
            found += _bare_names(text)
        kept: list[Candidate] = []
        for candidate in found:
            if not any(k.start < candidate.end and candidate.start < k.end for k in kept):
                kept.append(candidate)
        if item.place:
            kept += self._place(item.place)
        return sorted(kept, key=lambda c: c.start)

    def _configured(self, doc: Doc, text: str) -> list[Candidate]:
        out = []
        matcher = self._matcher()
        for label, start, end in matcher(doc, as_spans=False) if len(matcher) else ():  # no profile, no names
            span = Span(doc, start, end, label=label)
            rule = "the school's short name" if span.label_ == "core" else "the school's name"
            out.append(Candidate(span.start_char, span.end_char, self.value, rule, True, ("xxconfigured",)))
        kept = _longest(doc, out) if out else []
        out = [Candidate(s.start_char, s.end_char, c.value, c.found_as, True, c.cues) for c, s in kept]
        if self._handle is not None:
            for hit in self._handle.finditer(text):
                out.append(
                    Candidate(*hit.span(), self.value, "the school's handle or hashtag", True, ("xxconfigured",))
                )
        for hit in _HASHTAG.finditer(text) if self._compacts or self._core_prefixes else ():
            body = hit.group(1).lower()
            if body in self._compacts or any(stem in body for stem in self._core_prefixes):
                out.append(
                    Candidate(*hit.span(), self.value, "a hashtag with the school's name", True, ("xxconfigured",))
                )
        return out

    def _near_core(self, doc: Doc) -> list[Candidate]:
        """ "St Aiden's" for "St Aidan's": a short name a slip away, after the same first word."""
        out = []
        for token in doc:
            if token.norm_.rstrip(".") not in ("st", "saint") or token.i + 1 >= len(doc):
                continue
            end = token.i + 2
            if end < len(doc) and doc[end].norm_ == "'s":
                end += 1
            window = doc[token.i : end]
            score = max(same_school(key(window.text), k) for k in self._core_keys)
            if FUZZY_THRESHOLD <= score < 100.0:
                rule = "a close spelling of the school's short name"
                out.append(Candidate(window.start_char, window.end_char, self.value, rule, True, ("xxconfigured",)))
        return out

    def _generic(self, span: Span, text: str, item: Item) -> Candidate | None:
        """A school-shaped name: the configured school if close, else any school, with its context cues."""
        tokens = list(span)
        while tokens and (tokens[0].lower_ in LEADING_NOISE or not tokens[0].text[:1].isupper()):
            tokens = tokens[1:]
        if not tokens:
            return None
        start = tokens[0].idx
        return self._named(start, span.end_char, text, item) if key(text[start : span.end_char]) else None

    def _named(self, start: int, end: int, text: str, item: Item) -> Candidate:
        """A school's name at [start, end): the configured school if close, else any school, with its context cues."""
        name = text[start:end]
        score = max((same_school(key(name), k) for k in self._keys), default=0.0)
        if score >= FUZZY_THRESHOLD:
            rule = "the school's name, spelt differently" if score == 100.0 else "a close spelling of the school's name"
            return Candidate(start, end, self.value, rule, True, ("xxconfigured",))
        return Candidate(start, end, display(name), "a school's name", False, context_cues(text, start, item))

    def _place(self, place: str) -> list[Candidate]:
        """A check-in's or tagged place's name: a school there is a school they went to."""
        doc = nlp.doc(place)
        if self._matcher()(doc) or (self._handle and self._handle.search(place)):
            return [Candidate(0, 0, self.value, "checked in at the school", True, ("xxconfigured", "xxplace"))]
        for span in school_shaped(doc):
            name_key = key(span.text)
            if not name_key:
                continue
            if self._keys and max(same_school(name_key, k) for k in self._keys) >= FUZZY_THRESHOLD:
                return [Candidate(0, 0, self.value, "checked in at the school", True, ("xxconfigured", "xxplace"))]
            return [Candidate(0, 0, display(span.text), "checked in at a school", False, ("xxplace",))]
        return []


def _tags(text: str) -> list[Candidate]:
    """Handles and hashtags with a school word in them, for schools no profile names."""
    if not ("@" in text or "#" in text) or not _TAG_WORDS(text):  # both are needed: a tag, and a school word
        return []
    return [Candidate(*hit.span(), hit.group(0), "a school's handle or hashtag", False, ("xxtag",))
            for hit in _SCHOOLISH_TAG.finditer(text)]  # fmt: skip


def _may_hold_a_weekday(text: str) -> bool:
    lowered = text.lower()
    return any(day in lowered for day in ("mon", "tue", "wed", "thu", "fri"))


def _bare_names(text: str) -> list[Candidate]:
    """Names with no school word that may still be a school: after "at", "to", "leaving"..., or a saint's."""
    out = []
    for hit in (*_BARE_NAME.finditer(text), *(_WEEKDAY_NAME.finditer(text) if _may_hold_a_weekday(text) else ())):
        name = hit.group(1)
        words = name.split()
        while words and words[0].strip("'’") in NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        start = hit.start(1) + name.index(words[0])
        end = hit.end(1)
        out.append(Candidate(start, end, display(text[start:end]), "a name that may be a school's", False,
                             ("xxbarename", *context_cues(text, start, None))))  # fmt: skip
    saint = "St" in text or "ST" in text or "Saint" in text or "SAINT" in text  # what `_SAINT_NAME` opens with
    for hit in _SAINT_NAME.finditer(text) if saint else ():
        out.append(Candidate(*hit.span(), display(hit.group(0)), "a saint's name that may be a school's", False,
                             ("xxbarename", *context_cues(text, hit.start(), None))))  # fmt: skip
    return out


def _longest(doc: Doc, found: list[Candidate]) -> list[tuple[Candidate, Span]]:
    """Overlapping phrase matches keep the longest span."""
    spans = {(c.start, c.end): c for c in found}
    chars = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    kept = filter_spans([s for s in chars if s is not None])
    return [(spans[(s.start_char, s.end_char)], s) for s in kept if (s.start_char, s.end_char) in spans]


def context_cues(text: str, start: int, item: Item | None) -> tuple[str, ...]:
    """What the words around a school's name say, as markers the classifier reads."""
    lowered = text.lower()
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(lowered, 0, start)), default=0)
    before = lowered[clause_start:start]
    cues = []
    if WORKPLACE.search(before):
        cues.append("xxworkcue")
    if NOT_WORKPLACE.search(before):
        cues.append("xxnotworkcue")
    if item is not None and item.provenance.section in ("profile", "account") and ROLE_IN_FIELD.search(lowered):
        cues.append("xxrolefield")
    return tuple(cues)
