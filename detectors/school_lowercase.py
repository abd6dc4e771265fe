"""School names in text typed without capitals: "i do the wraparound at marsh lane infants".

`school_context.school_shaped` finds a school by its capitals ("Marsh Lane Infants"): where every word
is lower case, as voice-to-text, captions and many phones leave it, nothing marks where a name begins,
and on batch 14 of the corpus (voice notes, transcripts) and on dev lines lower-cased for the test, no
school that no profile names was found at all.  This finds them by the shape of a plain name instead:
a school word that ends a name (`primary`, `academy`, `infants`, "high school" ...), and before it one
to three words that can be part of a name, walking left until a word that cannot ("at", "the", "my",
"local", "big", "um").  It runs only on text typed plainly (no capital letter but "I"), so a cased
text keeps the capitals' stricter reading.  Whether the school is the writer's workplace is judged
afterwards like any other candidate (`detectors.judgement`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ENDINGS = frozenset("school academy college primary infants juniors nursery grammar secondary elementary".split())
"""Lower-case words that end a school's name.  "high" counts only before "school" ("holmewood high school"):
alone it is too often not a school ("knee high"); "junior", "infant", "trust" likewise."""
_NOT_A_NAME = frozenset(
    """i im i'm me my mine we our us you your he him his she her they them their it its this that these those the
    a an at to in on for from with of by and or but so if as is was be been are were am do did does done go
    goes going went gone get got work works working worked teach teaches teaching taught start started starting
    join joined joining leave left leaving visit visited back just now then still also only even um uh er erm
    like basically literally right ok okay yeah yes no oh so well really actually honestly today tonight
    tomorrow yesterday morning afternoon evening week weekend year years term day night local big little small
    old new nearby lovely good great best whole same other next first last every each another any some all both
    few many most more much own nice amazing brilliant fab proper state private independent public special
    boarding day summer sunday driving dance language business forest plant garden film art music cookery
    riding swim swimming football secondary primary infant junior grammar comprehensive free faith mixed rural
    city girls boys sixth form high middle upper lower which who whose where when what why how there here than
    too very about into onto over under after before school schools academy college nursery kids children
    pupils students staff class ur u ya yer one two three four five six seven eight nine ten several circus""".split()
)
"""Words that cannot begin or be part of a plainly typed name: words of a sentence, and words that make a
school a kind rather than a name ("the local primary", "a big secondary", "my old school")."""
_PLACING = frozenset(
    "at to from in into for with of @ joining join joined leaving leave left visit visited thank thanks love".split()
)
"""Words after which a school is named by its name ("at marsh lane infants", "leaving the wolds college")."""
_JOB_AFTER = frozenset(
    """teacher teachers teaching ta tas senco secretary staff nurse nursing practitioner practitioners trainee
    kitchen cook cooks head heads english maths science history geography pe art music pgce ect nqt""".split()
)
"""Words after a school word that make it a kind of post or subject ("primary teacher", "secondary english")."""
_PLAIN = re.compile(r"[A-Z]")
ENDING_WORDS = frozenset(word.encode() for word in ENDINGS)
"""`ENDINGS` as `nlp.words` gives a text's words (folded bytes): the screen before the walk."""
_LONGEST = 3


def without_capitals(text: str) -> bool:
    """Whether the text has no capital letter but the pronoun "I" (alone or in "I'm", "I've" ...)."""
    return _PLAIN.search(re.sub(r"\bI\b", "", text)) is None


def plain_school_names(doc: Doc) -> list[Span]:
    """Spans of one to three name-like lower-case words ending in a school word, longest first, no overlaps."""
    spans = []
    for token in doc:
        ending = token.i
        if token.lower_ == "school" and token.i > 0 and doc[token.i - 1].lower_ == "high":
            ending = token.i - 1  # "holmewood high school": the name is walked from "high"
        elif token.lower_ not in ENDINGS:
            continue
        start = ending
        while start > 0 and ending - start < _LONGEST and _name_like(doc[start - 1].lower_):
            start -= 1
        if start < ending and _placed(doc, start) and not _describes_a_job(doc, token.i + 1):
            spans.append(doc[start : token.i + 1])
    return filter_spans(spans)


def _placed(doc: Doc, start: int) -> bool:
    """Whether the words before the name place someone at a school by its name ("at", "from", "joining",
    "at the"): after "a", "my" or "two" the words are a description ("a busy primary", "my nieces high
    school"), and a name that opens a text is too often a kind ("retired primary teacher")."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before == "the":
        before = doc[start - 2].lower_ if start > 1 else ""
    return before in _PLACING


def _describes_a_job(doc: Doc, after: int) -> bool:
    """Whether the school word is followed by a job or a subject, which makes it a kind of post ("a primary
    teacher", "secondary english", "nursery practitioner"), not the end of a name."""
    return after < len(doc) and doc[after].lower_ in _JOB_AFTER


def _name_like(word: str) -> bool:
    return word.isalpha() and len(word) > 1 and word not in _NOT_A_NAME or word in ("st", "saint", "'s")
