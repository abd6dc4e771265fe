"""Named filters of writing that is about schools, with nobody speaking from inside one.

Guidance, toolkits, policy extracts and outside authors' summaries are full of school words
("Staff can request leave via the headteacher", "Teachers respond to the questions",
"- remove unnecessary marking") and the learned judgement, trained mostly on posts, reads them
as staff life.  What they lack is a speaker: no "I", "we", "my" or "our" anywhere.  A post with
no pronoun can still be a worker's ("Marking. 30 books. Send wine."): staff drop the "I" all the
time.  So each filter asks for the second sign of writing *about* schools as well:

- `WRITING_ABOUT_SCHOOLS`: a sentence whose subject is a whole group ("Staff can ...", "School
  leaders who ...", "Teachers respond ...") or an instruction to the reader ("Use this template
  ...", "You should ...").
- `LIST_WITHOUT_A_SPEAKER`: a bulleted or numbered list of topics, with no emoji, hashtag or
  handle and no item that counts a day's work ("- 30 books marked").

Both act only on findings that name no role the writer gives themselves (`detectors.role_filters`
lists them with the other unnamed-role filters), after the judgement, so the classifier's inputs
and `make model` are unchanged.  Tests: `tests/detectors/test_role_register.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.filters import Filter
from detectors.word_alternations import FoldedWords
from detectors.words import keywords, words

_SPEAKER = FoldedWords(r"i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|we're|we've|we'd|we'll|our|ours|us|ourselves")
"""A first-person word: someone speaks for themselves or for their school (`detectors.word_alternations`: asked twice
of every text the job detector judges without a named role, at a third of a case-insensitive regex's cost)."""
_SENTENCE_START = r"(?:^|[.:;!?]\s+|\n\s*(?:[-•*▪]\s*|\d{1,2}[.)]\s*)?)"
_GROUP_SUBJECT = re.compile(
    _SENTENCE_START
    + r"(?:(?:All|The|Some|Many|Most|Other|Reception|Class|Support|Teaching|New|Senior|Middle)\s+)?(?:school\s+)?"
    r"(?:staff(?:\s+members)?|teachers|leaders|pupils|students|children|parents(?:\s+and\s+carers)?|governors|SLT|"
    r"headteachers|heads|line\s+managers|schools|trusts|colleagues|employees)"
    r"(?:\s+and\s+\w+)?\s+(?:who\s+(?:[\w']+\s+){1,6})?"
    r"(?:can|could|will|would|should|must|may|might|are|were|have|had|do|does|need|receive|respond|get|use|find|"
    r"feel|know|work|meet|take|make|spend|report|said|suggested|found|shared|agreed)\b",
    re.MULTILINE | re.IGNORECASE,
)
"""A sentence about a whole group: "Staff can talk to SLT", "School leaders who ran surveys said"."""
_TO_THE_READER = re.compile(
    _SENTENCE_START
    + r"(?:You\s+(?:should|can|could|may|might|will|need)|Use\s+this|Download|Consider|Make\s+sure|Review|Remove|"
    r"Ask|Encourage|Ensure|Share)\b",
    re.MULTILINE,
)
"""An instruction to whoever reads a toolkit: "Use this presentation in a staff meeting"."""
_BULLET = re.compile(r"^\s*(?:[-•*▪]|\d{1,2}[.)])\s+\S")
_INFORMAL = re.compile(r"[#@]\w|[\U0001F000-\U0001FFFF\u2600-\u27BF]|!!")
_COUNTED_ITEM = re.compile(r"^\s*(?:[-•*▪]|\d{1,2}[.)])\s+\d")


_SPEAKER_WORDS = keywords("i im ive me my mine myself we our ours us ourselves")
"""`_SPEAKER`'s words as the shared word split spells them: each of its alternatives with an apostrophe opens with
one of them ("we're": "we")."""


@lru_cache(maxsize=4)
def _no_speaker(text: str) -> bool:
    """No first-person word.  On an ASCII text `_SPEAKER`'s words are whole words of the shared, cached word split
    (`detectors.words`: its words are the runs of what `\\b` reads as word characters, lower-cased), so a set test
    answers; another text can hold what the split keeps inside a word ("me🙂") and is read by the regex.  Kept for
    the last few texts: both filters here ask it of the same text, one after the other."""
    if text.isascii():
        return _SPEAKER_WORDS.isdisjoint(words(text))
    return not _SPEAKER.found_in(text)


def _writing_about_schools(text: str, start: int, end: int) -> bool:
    """No first person, and a group as a sentence's subject or an instruction to the reader."""
    text = text.replace("’", "'")
    return _no_speaker(text) and (_GROUP_SUBJECT.search(text) is not None or _TO_THE_READER.search(text) is not None)


def _list_without_a_speaker(text: str, start: int, end: int) -> bool:
    """A list of topics ("- marking policy / - behaviour systems") that nobody speaks in."""
    text = text.replace("’", "'")
    if not _no_speaker(text) or _INFORMAL.search(text):
        return False
    rows = [row for row in text.splitlines() if row.strip()]
    items = [row for row in rows if _BULLET.match(row)]
    if not items or any(_COUNTED_ITEM.match(row) for row in items):
        return False
    return len(items) >= len(rows) - 1 if len(rows) > 1 else True


WRITING_ABOUT_SCHOOLS = Filter(
    "writing about schools, not from one",
    "drop",
    "guidance or a description of schools in general: nobody speaks in the first person",
    _writing_about_schools,
)
LIST_WITHOUT_A_SPEAKER = Filter(
    "a list with no speaker",
    "drop",
    "a list of topics with no first person, the way a document lists them",
    _list_without_a_speaker,
)
