"""The learned half of clause 2.3.13: is this the writer's own school job, their own workplace?

Rules find *candidates* cheaply (a role, a school-life clue, a school's name); whether a
candidate is the writer's own is a judgement of context that rules could not make on text they
were not written against ("my son's teacher", "voting @ Fernside Primary", "thank you Fernside
families").  Two small spaCy text classifiers, trained by `make model` from the labelled corpus
in `corpus/profession/` and shipped inside the wheel (`detectors/models/`), make that judgement:

- `job`: the whole text, prefixed by a marker of the section it came from and markers of what
  the role rules saw, scored "does this reveal that the writer works in a school?".
- `workplace`: the text once per candidate school, the candidate replaced by a placeholder
  (other candidates by another), scored "is this school the writer's workplace?".  The model
  sees the context of a name, never the name itself, so it judges schools it never saw.

The inputs are built here and only here: training (`training/`) and detection call the same
functions, so they cannot drift apart.  Scores are mapped to calibrated confidences by a
table learned on the held-back dev split (`calibration.json` beside each model): a finding that
says 0.8 is right about 80 % of the time on text the model did not learn from.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, cast

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.pipeline import Pipe
from spacy.strings import get_string_id
from spacy.tokens import Doc

from detectors.base import Tier
from detectors.bow_batch import use_batch_ngrams
from detectors.nlp import english

MODELS = Path(__file__).parent / "models"
"""Where the shipped models live (in the wheel, read-only)."""
CALIBRATION = "calibration.json"
"""Each model's calibration table, beside it."""
UNNAMED = "calibration-unnamed.json"
"""The job model's table for texts that name no role of the writer's own (`Judge.unnamed_calibration`)."""
NAMED = "calibration-named.json"
"""The job model's table for texts in which the writer names a role of their own (`Judge.named_calibration`)."""
MEMBERS = "members"
"""A folder beside a model's calibration holding several models trained alike from different seeds, whose
scores are averaged (`Judge.raw_docs`); without it the folder is one model."""
MAX_CHARS = 2000
"""Characters of an item the classifiers read: a long post is judged on its opening."""


SECTION_MARKS = {
    "profile": "xxbio",
    "account": "xxbio",
    "post": "xxpost",
    "comment": "xxreply",
    "message": "xxdm",
    "checkin": "xxcheckin",
}
CANDIDATE = "xxschool"
"""Placeholder for the school being judged."""
OTHER_CANDIDATE = "xxotherschool"
"""Placeholder for any other school in the same text."""


def section_mark(section: str) -> str:
    return SECTION_MARKS.get(section, "xxpost")


def job_input(text: str, section: str, cues: Sequence[str] = ()) -> str:
    """What the job classifier reads: section marker, rule-cue markers, then the text."""
    marks = " ".join([section_mark(section), *sorted(set(cues))])
    return f"{marks} | {_cut(text)}"


def job_doc(doc: Doc, section: str, cues: Sequence[str] = (), text: str | None = None) -> Doc:
    """`job_input` as a `Doc`, built from the text's tokens the rules already made.

    Token for token what the tokenizer makes of `job_input` (a test holds them together), without
    tokenising the text a second time: that was most of the classifier's cost.  Give `text` (the
    doc's own text) when you have it: `Doc.text` is rebuilt from every token each time it is read.
    """
    text = doc.text if text is None else text
    marks = [section_mark(section), *sorted(set(cues)), "|"]
    cut = len(_cut(text))
    tokens = list(doc) if cut == len(text) else [token for token in doc if token.idx < cut]
    if tokens and tokens[-1].idx + len(tokens[-1]) > cut:  # one word longer than the window: tokenise the cut
        return english().make_doc(job_input(text, section, cues))
    spaces = [True] * len(marks) + [bool(token.whitespace_) for token in tokens]
    if tokens:
        spaces[-1] = False
    return Doc(doc.vocab, words=[*marks, *(token.text for token in tokens)], spaces=spaces)


def job_row(doc: Doc, section: str, cues: Sequence[str] = (), text: str | None = None) -> Doc | OrthRow:
    """`job_doc` as the shipped job classifier reads it, made without building a `Doc` where it can be.

    The bag-of-words classifier (`Judge.reads_orths_only`) reads an input's token ids and nothing else,
    and those are the ids of the marks and of the text's own tokens: `Doc.to_array` of the text's `Doc`
    gives them at a fraction of what building `job_doc`'s `Doc` word by word costs (which cost more
    than the classifier).  The same numbers go in, so the same scores come out (a test compares them)."""
    text = doc.text if text is None else text
    if len(text) > MAX_CHARS or not judge("job").reads_orths_only:
        return job_doc(doc, section, cues, text)  # a long text is cut between words: built in full
    marks = _mark_orths((section_mark(section), *sorted(set(cues)), "|"))
    return OrthRow(numpy.concatenate((marks, doc.to_array([ORTH]))))


class OrthRow:
    """An input as spaCy's bag-of-words text classifier reads it: the `ORTH` id of each token.

    `TextCatBOW` asks a `Doc` only for its length and `doc.to_array([ORTH])` (`extract_ngrams`);
    this answers both from an array, so an input that is the marks and a text already tokenised
    need not become a `Doc` of its own (`job_row`)."""

    __slots__ = ("_orths",)

    def __init__(self, orths: numpy.ndarray) -> None:
        self._orths = orths

    def __len__(self) -> int:
        return len(self._orths)

    def to_array(self, attrs: Sequence[int]) -> numpy.ndarray:
        if list(attrs) != [ORTH]:
            raise ValueError("an OrthRow holds token ids (ORTH) only")
        return self._orths


@lru_cache(maxsize=256)
def _mark_orths(marks: tuple[str, ...]) -> numpy.ndarray:
    """The `ORTH` ids of some marks, as `Doc.to_array([ORTH])` gives them (uint64, one a token)."""
    return numpy.array([get_string_id(mark) for mark in marks], dtype=numpy.uint64)


def _cut(text: str) -> str:
    """At most `MAX_CHARS` of a text, cut between words."""
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    return head.rsplit(None, 1)[0] if head[-1:].strip() and text[MAX_CHARS : MAX_CHARS + 1].strip() else head.rstrip()


def workplace_input(text: str, section: str, span: tuple[int, int], others: Sequence[tuple[int, int]] = (),
                    cues: Sequence[str] = ()) -> str:  # fmt: skip
    """What the workplace classifier reads: the text with the candidate and the others masked."""
    pieces: list[str] = []
    cursor = 0
    marks = sorted({(s, e, CANDIDATE if (s, e) == span else OTHER_CANDIDATE) for s, e in (span, *others)})
    for start, end, mark in marks:
        if start < cursor:
            continue
        pieces += [text[cursor:start], f" {mark} "]
        cursor = end
    pieces.append(text[cursor:])
    masked = "".join(pieces)
    window = _window(masked, masked.find(CANDIDATE))
    head = " ".join([section_mark(section), *sorted(set(cues))])
    return f"{head} | {window}"


def _window(text: str, at: int) -> str:
    """At most `MAX_CHARS` of the text, around the candidate when the text is long."""
    if len(text) <= MAX_CHARS:
        return text
    start = max(0, min(at - MAX_CHARS // 2, len(text) - MAX_CHARS))
    return text[start : start + MAX_CHARS]


@dataclass(frozen=True, slots=True)
class Calibration:
    """Raw classifier score -> how often a finding with that score was right (held-back dev split)."""

    scores: tuple[float, ...]
    """Upper edges of the score bins, ascending."""
    rates: tuple[float, ...]
    """Precision observed in each bin, monotone (pool-adjacent-violators)."""
    likely: float
    """Calibrated confidence from which a finding is "likely"."""
    worth_a_look: float
    """Calibrated confidence from which a finding is shown at all, as "worth a look"."""

    def __call__(self, score: float) -> float:
        index = min(bisect_right(self.scores, score), len(self.rates) - 1)
        return self.rates[index]

    def tier(self, confidence: float) -> Tier | None:
        if confidence >= self.likely:
            return "likely"
        if confidence >= self.worth_a_look:
            return "worth a look"
        return None

    @classmethod
    def load(cls, path: Path) -> Calibration:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(tuple(data["scores"]), tuple(data["rates"]), data["likely"], data["worth_a_look"])

    def dump(self, path: Path) -> None:
        fields = {"scores": self.scores, "rates": self.rates, "likely": self.likely, "worth_a_look": self.worth_a_look}
        path.write_text(json.dumps(fields, indent=1) + "\n", encoding="utf-8")


class Judge:
    """One shipped classifier and its calibration, loaded the first time a candidate needs it."""

    LABEL = "YES"

    def __init__(self, name: str, folder: Path = MODELS) -> None:
        self.name = name
        self.folder = folder / name
        self._models: list[Pipe] | None = None
        self._architecture: str | None = None
        self._calibration: Calibration | None = None
        self._unnamed: Calibration | None = None
        self._named: Calibration | None = None
        self._orths_only: bool | None = None
        self._lock = threading.Lock()

    def _members(self) -> list[Pipe]:
        """The model's classifier, or each member's of an ensemble (`MEMBERS`), loaded once.  Only the classifier
        is kept: a loaded pipeline also holds its own tokenizer, which scoring never uses (inputs are tokenised
        by the shared one), and six judges' pipelines cost a scan's every process about 30 MiB."""
        with self._lock:
            if self._models is None:
                members = self.folder / MEMBERS
                folders = sorted(p for p in members.iterdir() if p.is_dir()) if members.is_dir() else [self.folder]
                # The rules' vocabulary: a word the rules have seen costs the classifier no new lexeme.
                # None is shipped: the classifier reads hashed words, never their strings.
                classifiers: list[Pipe] = []
                for folder in folders:
                    model = spacy.load(folder, vocab=english().vocab, exclude=["vocab"])
                    if self._architecture is None:
                        self._architecture = model.config["components"]["textcat_multilabel"]["model"]["@architectures"]
                    classifier = cast(Pipe, model.get_pipe("textcat_multilabel"))
                    use_batch_ngrams(classifier)  # same features, one sort a batch
                    classifiers.append(classifier)
                self._models = classifiers
            return self._models

    def classifier(self) -> Pipe:
        """The (first member's) text classifier."""
        return self._members()[0]

    @property
    def calibration(self) -> Calibration:
        if self._calibration is None:
            self._calibration = Calibration.load(self.folder / CALIBRATION)
        return self._calibration

    @property
    def unnamed_calibration(self) -> Calibration:
        """The table for texts that show school life but name no role of the writer's own (job model
        only; the main table where a model has none)."""
        if self._unnamed is None:
            path = self.folder / UNNAMED
            self._unnamed = Calibration.load(path) if path.is_file() else self.calibration
        return self._unnamed

    @property
    def named_calibration(self) -> Calibration:
        """The table for texts in which the writer names a role of their own ("I'm a TA", a bio's "Head of
        Music at ..."): at the same score they are right more often than the rest (job model only; the
        main table where a model has none)."""
        if self._named is None:
            path = self.folder / NAMED
            self._named = Calibration.load(path) if path.is_file() else self.calibration
        return self._named

    def raw(self, inputs: Sequence[str]) -> list[float]:
        """The classifier's raw scores, one per input text (tokenised by the shared, bounded tokenizer:
        the same blank English rules the model was trained on, safe on hostile text)."""
        make_doc = english().make_doc
        return self.raw_docs([make_doc(text) for text in inputs])

    @property
    def reads_orths_only(self) -> bool:
        """Whether the model is spaCy's bag-of-words classifier, which reads token ids only (`OrthRow`)."""
        if self._orths_only is None:
            self._members()
            self._orths_only = self._architecture == "spacy.TextCatBOW.v3"
        return self._orths_only

    def raw_docs(self, docs: Sequence[Doc | OrthRow]) -> list[float]:
        """Raw scores of inputs made into `Doc`s of the shared vocabulary (`job_doc`), or the token ids
        of one (`job_row`), in one `predict` call: about twice as fast as `nlp.pipe`, which also writes
        the scores onto every `Doc`."""
        if not docs:
            return []
        batch = list(docs)
        totals = numpy.zeros(len(batch))
        members = self._members()
        for classifier in members:
            column = list(classifier.labels).index(self.LABEL)  # type: ignore[attr-defined]
            totals += numpy.asarray(classifier.predict(batch))[:, column]  # type: ignore[attr-defined]
        return [float(total) for total in totals / len(members)]

    def confidences(self, inputs: Sequence[str]) -> list[float]:
        """Calibrated confidences, one per input."""
        calibration = self.calibration
        return [round(calibration(score), 2) for score in self.raw(inputs)]

    def doc_confidences(self, docs: Sequence[Doc | OrthRow]) -> list[float]:
        """Calibrated confidences of `Doc` inputs."""
        calibration = self.calibration
        return [round(calibration(score), 2) for score in self.raw_docs(docs)]


@cache
def judge(name: Literal["job", "workplace", "address", "phone", "email"]) -> Judge:
    """The process-wide judge of one kind (models are read-only, so one instance serves all)."""
    return Judge(name)
