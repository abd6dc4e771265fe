"""Words of school life: the wide net that decides which texts the profession classifier reads.

The role vocabulary (`detectors.roles`) finds the words that *name* a job; staff reveal their
job far more often without one ("SLT meeting ran over", "leavers' assembly", "our Year 3s",
"data drop"). These words open the gate of the job detector so that the learned judgement
sees those texts; on their own they decide nothing (parents, pupils and the news use them
too), and they are shown in a finding's explanation as the words that carried it.

Grouped by what they are about, so a missing area is easy to see; phrases are matched as
whole lower-cased tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from detectors import nlp

_AREAS: dict[str, str] = {
    "people": "pupils pupil kids children class classes classroom form tutee tutees learners students cohort "
    "year-group reception nursery eyfs ks1 ks2 ks3 ks4 sixth-formers y1 y2 y3 y4 y5 y6 y7 y8 y9 y10 y11 y12 y13 "
    "yr1 yr2 yr3 yr4 yr5 yr6 yr7 yr8 yr9 yr10 yr11 yr12 yr13",
    "staff": "staff staffroom colleagues slt smt leadership headteacher head deputy teacher teachers teaching taught "
    "teach ta tas hlta senco sendco ect nqt governor governors caretaker lunchtime dinner dinners midday supervisor "
    "cover supply principal lecturer educator tutor mentor technician invigilator invigilating invigilation "
    "safeguarding dsl pastoral lanyard timetable",
    "work": "marking mark books lesson lessons planning ppa inset assembly assemblies duty register registers "
    "detention detentions behaviour reports report display displays curriculum scheme observation observed "
    "moderation moderating coursework mocks mock data drop intervention interventions homework worksheets "
    "worksheet plenary starter phonics sats gcse gcses a-level a-levels alevel btec exams exam results "
    "open evening parents evening consultations trip residential nativity leavers prom sports day "
    "playground playtime break lunchtime bell term half-term inset ofsted inspection inspectors estyn "
    "halfterm alevel alevels academy trust mat school schools primary secondary college infants juniors",
    "training": "pgce qts scitt teachfirst npqh npqsl npqml placement mentor interview",
    "send": "sen send ehcp ehcps elsa senco iep ieps 1:1 statemented dyslexia autism adhd inclusion nurture sensory",
    "places": "library playground staffroom hall canteen kitchen corridor corridors lab labs gym changing "
    "classroom classrooms minibus reception office",
    "early years": "toddler toddlers nursery preschool pre-school childcare child-care early years eyfs "
    "childminder practitioner",
    "further and higher": "faculty prof professor adjunct lecturer lecture lectures seminar seminars tutorial "
    "undergrads undergraduates dissertation dissertations colleges university campus",
    "pupils' words": "miss sir mrs mr",
    "work words": "spelling spellings reading writing maths phonics times-tables tables test tests quiz "
    "seating plan absence absences attendance allergy allergies lanyard badge rota bursar budget "
    "laminating laminator laminated glue-stick stickers",
    "tags": "edutwitter ukedchat teacher5aday teacherlife teachertwitter primaryrocks teachersofinstagram "
    "ectlife nqtlife teamsend sltchat edchat",
}

LIFE_WORDS: frozenset[str] = frozenset(word for words in _AREAS.values() for word in words.split())
_AREA_OF: dict[str, list[str]] = {}
for _area, _words in _AREAS.items():
    for _word in _words.split():
        _AREA_OF.setdefault(_word, []).append(_area.replace(" ", "").replace("'", ""))
"""Every word of school life, lower case, as `nlp.words` spells them."""

_EVERYDAY = frozenset(
    "miss sir mrs mr library hall canteen kitchen corridor corridors lab labs gym changing reception office "
    "toddler toddlers childcare reading writing maths test tests quiz seating plan absence absences attendance "
    "allergy allergies badge rota budget stickers lecture lectures seminar university campus "
    "dyslexia autism adhd inclusion nurture sensory practitioner early years "
    "mark books report reports results break bell term class classes form kids children head cover "
    "supply trip display register exam exams starter data drop evening open day sports scheme "
    "observation observed mentor interview planning lesson lessons homework".split()
)
"""Life words too common in everyday posts to open the gate alone; they need a second life word."""


_YEAR_GROUP = re.compile(r"\b(?:year|yr)\s?(?:[1-9]|1[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)s?\b",
                         re.IGNORECASE)  # fmt: skip
"""A year group ("Year 8", "yr 9s"): school life even with no other school word."""


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[bytes], frozenset[bytes]]:
    single = {word for word in LIFE_WORDS if word.isalnum()}  # "a-level" or "1:1" would open the gate on "a", "1"
    strong = nlp.keywords(*(single - _EVERYDAY))
    weak = nlp.keywords(*(single & _EVERYDAY))
    return strong, weak


@lru_cache(maxsize=1)
def life_screen() -> frozenset[bytes]:
    """Every word `touches_school_life` can open on: a text with none of them is not school life."""
    strong, weak = _gate_words()
    return strong | weak | {b"year", b"yr"}


def touches_school_life(text: str) -> bool:
    """Cheap gate: a distinctive school-life word, or two everyday ones ("marking books")."""
    return life_opens(life_screen().intersection(nlp.words(text)), text)


def life_opens(screened: frozenset[bytes], text: str) -> bool:
    """`touches_school_life` from the text's words that are in `life_screen()` (more words do no harm):
    gates that screen a text against a wider set of words once decide school life from that (`job_title`)."""
    if not screened:  # most texts
        return False
    strong, weak = _gate_words()
    if not strong.isdisjoint(screened) or len(weak & screened) >= 2:
        return True
    return (b"year" in screened or b"yr" in screened) and _YEAR_GROUP.search(text) is not None


def life_areas(doc: Doc) -> tuple[str, ...]:
    """Markers of the areas of school life a text touches ("xxlife_staff", "xxlife_send"), and how
    many distinct life words it has: the classifier learns from the area what it could not learn
    from each rare word ("invigilation", "EHCP") on its own."""
    found = {word for word, _ in _life_tokens(doc)}
    areas = sorted({f"xxlife_{area}" for word in found for area in _AREA_OF[word]})
    return (*areas, f"xxlifewords{min(len(found), 3)}")


def life_cues(doc: Doc, limit: int = 4) -> list[tuple[int, int, str]]:
    """The school-life words of a text (char start, end, word), distinctive ones first, for explanations."""
    seen: dict[str, tuple[int, int, str]] = {}
    for lower, index in _life_tokens(doc):
        if lower not in seen:
            token = doc[index]
            seen[lower] = (token.idx, token.idx + len(token.text), token.text)
    ranked = sorted(seen.items(), key=lambda kv: (kv[0] in _EVERYDAY, kv[1][0]))
    return [span for _, span in ranked[:limit]]


def _life_tokens(doc: Doc) -> list[tuple[str, int]]:
    """(word of school life, token index) of each token that is one ("#INSET" as "inset"), in order.

    `life_cues` and `life_areas` read the same `Doc` one after the other (`job_title.read_roles`), so
    the latest answer is kept: one pass over its tokens instead of two (a `Token` is a new object
    each time it is read)."""
    global _last
    last = _last
    if last is not None and last[0] is doc:
        return last[1]
    found = [(lower, token.i) for token in doc if (lower := token.lower_.lstrip("#")) in LIFE_WORDS]
    _last = (doc, found)
    return found


_last: tuple[Doc, list[tuple[str, int]]] | None = None
