"""Words of school life: the wide net that decides which texts the profession classifier reads.

The role vocabulary (`detectors.roles`) finds the words that *name* a job; staff reveal their
job far more often without one ("SLT meeting ran over", "leavers' assembly", "our Year 3s",
"data drop"). These words open the gate of the job detector so that the learned judgement
sees those texts; on their own they decide nothing (parents, pupils and the news use them
too), and they are shown in a finding's explanation as the words that carried it.

Grouped by what they are about, so a missing area is easy to see; phrases are matched as
whole lower-cased tokens.

The job gate casts a wider net (`wider_opens`: more roles, year groups of other systems, terms of
more than one word, a school's handle): those words let texts reach the classifier but are not its
markers, which the shipped model learned from the words above.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from detectors import nlp
from detectors.gate import Literals
from detectors.life_tokens import TokenWords
from detectors.words import words

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
_AREA_OF: dict[str, list[str]] = {}  # each life word's area markers ("xxlife_staff"), made once, not per text
for _area, _words in _AREAS.items():
    for _word in _words.split():
        _AREA_OF.setdefault(_word, []).append("xxlife_" + _area.replace(" ", "").replace("'", ""))
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


def life_everyday_words() -> frozenset[bytes]:
    """The words of `life_screen()` that open the gate only two at a time ("marking books")."""
    return _gate_words()[1]


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


def life_areas(doc: Doc, text: str | None = None) -> tuple[str, ...]:
    """Markers of the areas of school life a text touches ("xxlife_staff", "xxlife_send"), and how
    many distinct life words it has: the classifier learns from the area what it could not learn
    from each rare word ("invigilation", "EHCP") on its own.  Give the doc's `text` when you have it
    (`life_tokens.TokenWords`: the same answer, sooner)."""
    found = {word for word, _ in _LIFE_TOKENS(doc, text)}
    areas = sorted({mark for word in found for mark in _AREA_OF[word]})
    return (*areas, f"xxlifewords{min(len(found), 3)}")


def life_cues(doc: Doc, limit: int = 4, text: str | None = None) -> list[tuple[int, int, str]]:
    """The school-life words of a text (char start, end, word), distinctive ones first, for explanations;
    those of the job gate's wider net (`wider_cues`) when it has none.  `text`: as for `life_areas`."""
    seen: dict[str, tuple[int, int, str]] = {}
    for lower, index in _LIFE_TOKENS(doc, text):
        if lower not in seen:
            token = doc[index]
            seen[lower] = (token.idx, token.idx + len(token.text), token.text)
    if not seen:
        return wider_cues(doc.text, limit)
    ranked = sorted(seen.items(), key=lambda kv: (kv[0] in _EVERYDAY, kv[1][0]))
    return [span for _, span in ranked[:limit]]


_LIFE_TOKENS = TokenWords(LIFE_WORDS)
"""The tokens of a text that are life words ("#INSET" as "inset"): `detectors.life_tokens`."""


# The job gate's wider net.  The words above are also the classifier's markers (`life_areas`): the
# shipped model learned from them, so adding one would change what it reads for texts it already
# scores.  These words and phrases only let more texts reach it (training read every corpus line,
# gated or not: `training.examples`), and quote the words when nothing above is in the text.
_WIDER: dict[str, str] = {
    "roles here and abroad": "vp vps dht aht hoy hod lsa lsas psa psas para paras paraprofessional "
    "paraprofessionals paraeducator custodian janitor jannie dinnerlady dinnerladies headteachers principals "
    "educators lecturers tutors supervisors technicians invigilators caretakers sencos ects nqts",
    "year groups elsewhere": "graders kindergarten kindy prek preschoolers homeroom",
    "school events": "pta ptfa mufti christingle minibuses",
    "welsh": "ysgol ysgolion athro athrawes athrawon pennaeth dosbarth",
    "tags": "teachertok iteach iteachtoo teachersfollowteachers primaryteacher secondaryteacher teachingassistant",
}
_WIDER_WEAK: dict[str, str] = {
    "roles": "ea eas pt tech techs aide aides cleaner cleaners librarian receptionist substitute "
    "counsellor counselor deputies",
    "year groups": "grade infant infants seniors freshmen sophomores",
    "school day": "recess registration uniform blazer blazers carpet cafeteria dismissal",
    "events": "disco panto choir recorders fixtures fixture swimming trips",
    "subjects": "pe dt ict",
    "children": "child weans bairns kiddos littles",
    "care": "headlice nits epipen",
}
_PHRASES: dict[str, tuple[str, ...]] = {
    "school day": ("wet play", "form time", "circle time", "carpet time", "golden time", "snack time",
                   "break duty", "gate duty", "bus duty", "lunch duty", "end of term"),
    "school work": ("learning walk", "learning walks", "book look", "book looks", "book scrutiny",
                    "exercise books", "report comments", "lesson plans", "seating plans"),
    "school events": ("non uniform", "world book day", "harvest festival", "christmas jumper day", "red nose day"),
}  # fmt: skip
"""Terms of school life said in more than one word, matched word by word; the hyphenated life words
("half-term", "times-tables") join them (the word gate reads "half" and "term" apart)."""

_PHRASE_WORDS: tuple[tuple[bytes, ...], ...] = tuple(
    sorted(
        {tuple(words(p)) for ps in _PHRASES.values() for p in ps}
        | {tuple(words(w)) for w in LIFE_WORDS if not w.isalnum() and w not in ("a-level", "a-levels", "1:1")}
    )
)
_PHRASES_BY_KEY: dict[bytes, list[tuple[int, tuple[bytes, ...]]]] = {}
for _phrase in _PHRASE_WORDS:
    _key = max(range(len(_phrase)), key=lambda at: (_phrase[at] in life_screen(), len(_phrase[at])))
    _PHRASES_BY_KEY.setdefault(_phrase[_key], []).append((_key, _phrase))
"""Each phrase under one of its words: one the gate already screens for ("half term" under "term"),
else its longest ("wet play" under "play"), so that few texts are read word by word."""
_PHRASE_KEYS = frozenset(_PHRASES_BY_KEY)

_SCHOOL_TAG = re.compile(
    r"[@#]\w*?(?:school|academy|primary|infants|juniors|college|coll|nursery)(?!\w)", re.IGNORECASE
)
"""A school's handle or hashtag ("@FernsidePrimary", "#OakhurstAcademy"): read as one word by the word gate."""
_TAG_WORDS = Literals("school", "academy", "primary", "infants", "juniors", "coll", "nursery")
"""Its exact pre-screen (`detectors.gate`): "college" holds "coll"."""

_ABROAD_GROUP = re.compile(r"\b(?:grade\s?(?:[1-9]|1[0-2])|[ps][1-7]s?|j?ss[1-3]s?)\b", re.IGNORECASE)
"""Year groups as other systems say them: "Grade 6", Scotland's and Northern Ireland's "P7" and
"S4", Nigeria's "JSS1"."""
_ABROAD_SCREEN = frozenset(
    {b"grade", *(f"{p}{n}{s}".encode() for p in "ps" for n in range(1, 8) for s in ("", "s")),
     *(f"{p}{n}{s}".encode() for p in ("ss", "jss") for n in range(1, 4) for s in ("", "s"))}
)  # fmt: skip


@lru_cache(maxsize=1)
def _wider_words() -> tuple[frozenset[bytes], frozenset[bytes]]:
    """(distinctive, everyday) words of the wider net; the life words' everyday ones count towards a pair."""
    strong = nlp.keywords(*(w for ws in _WIDER.values() for w in ws.split())) - _gate_words()[1]
    weak = nlp.keywords(*(w for ws in _WIDER_WEAK.values() for w in ws.split())) | _gate_words()[1]
    return strong, weak


@lru_cache(maxsize=1)
def wider_screen() -> frozenset[bytes]:
    """Every word `wider_opens` can open on, beyond `life_screen()`."""
    strong, weak = _wider_words()
    return strong | weak | _PHRASE_KEYS | _ABROAD_SCREEN


def wider_opens(screened: frozenset[bytes], text: str) -> bool:
    """The job gate's wider net, from the text's words in `wider_screen()`: a distinctive word ("VP",
    "paraprofessional"), two everyday ones ("uniform", "registration", "kids"), a term of more than one
    word ("wet play", "half-term"), a year group of another system ("Grade 6", "P7"), or one everyday
    word with a school's handle or hashtag ("Reception team @FernsidePrimary")."""
    if not screened:
        return False
    strong, weak = _wider_words()
    if not strong.isdisjoint(screened):
        return True
    everyday = len(weak & screened)
    if everyday >= 2:
        return True
    if everyday and ("@" in text or "#" in text) and _TAG_WORDS(text) and _SCHOOL_TAG.search(text) is not None:
        return True
    if not _ABROAD_SCREEN.isdisjoint(screened) and _ABROAD_GROUP.search(text) is not None:
        return True
    keys = screened & _PHRASE_KEYS
    if not keys:
        return False
    found = words(text)
    return any(
        at >= key and tuple(found[at - key : at - key + len(phrase)]) == phrase
        for at, word in enumerate(found)
        if word in keys
        for key, phrase in _PHRASES_BY_KEY[word]
    )


@lru_cache(maxsize=1)
def _wider_weak() -> frozenset[bytes]:
    """The wider net's own everyday words (the life words' are quoted by `life_cues` already)."""
    return nlp.keywords(*(w for ws in _WIDER_WEAK.values() for w in ws.split())) - _wider_words()[0]


@lru_cache(maxsize=1)
def _wider_cue() -> re.Pattern[str]:
    """The wider net's words and phrases as one expression (read only on texts with no life word)."""
    strong, _ = _wider_words()
    spelled = {w.decode() for w in strong | _wider_weak()} | {
        r"[\W_]+".join(w.decode() for w in p) for p in _PHRASE_WORDS
    }
    alternatives = "|".join(sorted(spelled, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w@#])(?:{alternatives})(?!\w)", re.IGNORECASE)


def wider_cues(text: str, limit: int = 4) -> list[tuple[int, int, str]]:
    """The words of the wider net in a text (char start, end, words), distinctive ones first, so a
    finding it let through quotes what carried it ("wet play", "Grade 6", "@FernsidePrimary")."""
    weak = _wider_weak()
    found: dict[str, tuple[bool, int, int, str]] = {}
    for pattern in (_wider_cue(), _ABROAD_GROUP, _SCHOOL_TAG):
        for hit in pattern.finditer(text):
            lower = hit.group(0).lower()
            everyday = pattern is _wider_cue() and lower.encode() in weak
            found.setdefault(lower, (everyday, hit.start(), hit.end(), hit.group(0)))
    kept: list[tuple[int, int, str]] = []
    for _, start, end, said in sorted(found.values()):
        if not any(s < end and start < e for s, e, _ in kept):  # "Grade" inside "Grade 6"
            kept.append((start, end, said))
    return kept[:limit]
