"""A named filter of profession findings: the writer gives their own trade, and it is not a school's.

Schools employ cooks, cleaners, receptionists, caretakers, drivers and IT staff, and so do hospitals, care
homes, firms, councils and universities.  Their days read alike ("two hundred dinners served", "the lost
property bin", "floors polished before the visit"), and the learned judgement (`detectors.judgement`) reads the
day, not the employer: on the tenth corpus batch (`backoffice`, `lifeupdates`) half its false alarms were
people who say in so many words where they work, and it is not a school.  Each says it one of four ways:

- a job opening the text at an employer that is no school: "Porter at the hospital", "Receptionist at a vets'
  practice", "Day centre kitchen:";
- the employer speaking as "here": "County Hall transport team here";
- "I work for the council in school transport", "my new job as a care assistant at the care home";
- a trade the writer gives themselves that no school employs them for: "I'm a youth worker", "nine years a
  childminder", "#busdriver".

It drops a finding only when the writer names no school role of their own (`job_title.RoleReading.names_own_role`,
as every filter of `role_filters.UNNAMED_ROLE_FILTERS`), and never when the text also tells of a school job
the writer had or has ("ex-nursery nurse, now a care assistant", "left teaching, now a plumber"): a school job once held
is still the writer's profession (clause 2.3.13).  It acts after the judgement, so the classifier's inputs do
not change.
"""

from __future__ import annotations

import re

from detectors.filters import Filter
from detectors.gate import Literals

_NOT_A_SCHOOL_AFTER = r"(?!\s*(?:school|primary|academy|college|nursery|infants?|juniors?|high|federation|trust)\b)"
"""An employer's word that starts a school's own name ("Church school", "Hospital School") is a school's."""
_EMPLOYER = (
    r"(?:council|county(?:\s+hall)?|local\s+authority|hospital|wards?|nhs|care\s+home|day\s+centre|surgery|vets|"
    r"(?:village|church|community|parish|town)\s+hall|plant\s+nursery|garden\s+centre|custody|"
    r"(?:hair|beauty|dance|driving|football|dog\s+training)\s+(?:academy|school)|"
    r"(?:dental|vets?|gp)\s+practice|practice|solicitors'?|law\s+firm|firm|company|agency|exam\s+board|hostel|gym|"
    r"salon|soft\s+play|youth\s+club|fire\s+service|police|navy|army|airport|factory|warehouse|edtech|provider|"
    r"supplier|hotel|flats|housing\s+association|church|cathedral|dealership|call\s+centre|bank|orthodontist)"
    + _NOT_A_SCHOOL_AFTER
)
"""Employers that are no school (a word of a school's own name, "Church school", is kept out), the academies of
other trades among them ("Hair Academy").  Not a university: its staff work in education, and the corpus's writers
label them both ways."""
_JOB = (
    r"(?:officer|worker|manager|assistant|administrator|admin|receptionist|reception|cleaner|caretaker|cook|chef|"
    r"clerk|paralegal|accountant|adviser|advisor|coordinator|engineer|tech|technician|driver|porter|domestic|"
    r"helpdesk|payroll|services|secretary|courier|team|nurse|carer|handyman|supervisor|psychologist|kitchen)"
)
"""The last word of a job as a bio or an opening gives it ("Library assistant", "Council admissions team")."""
_OTHER_TRADES = (
    r"optometrist|civil\s+servant|health\s+visitor|(?:council|county|la)\s+ep|probation\s+officer|prison\s+officer|"
    r"(?:civil|software|structural|site)\s+engineer|software\s+developer|web\s+developer|programmer|data\s+analyst|"
    r"journalist|architect|surveyor|solicitor|barrister|lawyer|estate\s+agent|mortgage\s+adviser|financial\s+adviser|"
    r"insurance\s+broker|bookkeeper|actuary|auditor|vet|veterinary\s+nurse|gp|doctor|surgeon|"
    r"paramedic|postman|postwoman|postie|(?:hgv|lorry|delivery|van)\s+driver|pilot|cabin\s+crew|flight\s+attendant|"
    r"joiner|carpenter|roofer|plasterer|bricklayer|builder|mechanic|baker|butcher|barista|bartender|barmaid|waitress|"
    r"waiter|farmer|dog\s+groomer|dog\s+walker|tree\s+surgeon|florist|landscaper|photographer|archaeologist|"
    r"lollipop\s+(?:lady|man)|crossing\s+patrol|healthcare\s+assistant|care\s+assistant|civil\s+servant|"
    r"(?:maths?|english|science|physics|chemistry|biology|french|spanish|german|piano|guitar|violin|gcse|a[\s-]level|"
    r"11\+|eleven\s+plus|sats|ks[23])\s+tutor|tutoring\s+(?:business|company|agency)|tuition\s+(?:centre|business|agency)"
)
"""More trades no school employs its staff as, said the way people give their work ("I'm just a plumber", "Being an
optometrist", "Council EP, for context", "Maths tutor covering the villages", "my tutoring business"); trades schools do
employ (a gardener, a counsellor, a therapist, a physio, a librarian, a form tutor) are left out."""
_TRADE = (
    r"(?<!school\s)(?:youth\s+worker|social\s+worker|support\s+worker|care\s+worker|foster\s+carer|childminder|electrician|"
    r"plumber|paralegal|accountant|solicitor|paramedic|firefighter|police\s+officer|pcso|dentist|optician|"
    r"hairdresser|coach\s+driver|bus\s+driver|taxi\s+driver|window\s+cleaner|courier|ecologist|"
    r"educational\s+psychologist|(?<!nursery\s)(?<!school\s)nurse|midwife|pharmacist|carer|porter|domestic|"
    r"(?:clinical|nurse|practice|clinical\s+nurse)\s+(?:educator|tutor|trainer)|clinical\s+skills\s+(?:tutor|trainer|lead)|"
    r"(?:driving|motorcycle|ski|snowboard|fitness|gym|flying|diving|climbing)\s+instructor|"
    r"(?:strength\s+(?:&|and)\s+conditioning|leadership|executive|business|life|career)\s+coach|"
    r"(?:sales|corporate|soft\s+skills|apprenticeship)\s+trainer|(?:private|online|self-employed|independent)\s+tutor|(?:head|director)\s+of\s+(?:learning\s+(?:&|and)\s+development|l&d|talent)|"
    + _OTHER_TRADES
    + r")\b"
)
"""Trades no school employs the writer for (a nursery nurse, and a "school" anything, are the schools'), among them
other trades' teaching: a clinical educator, a driving instructor, a leadership coach, a sales trainer, L&D, a private
tutor (a tutor a school employs is the school's)."""
_AT_A_SCHOOL = (
    r"(?!\s*(?:[\w-]+\s+){0,2}?(?:at|in|@|for|with|covering|across)\s*[^.!?\n|]{0,30}?"
    r"(?:school|primary|academy|infant|junior|high\b|pru\b|college|nursery))"
)
"""Not followed by a school as where it is done: "Youth worker employed by Brackley Fold School" is a school's."""

_OPENER = re.compile(
    r"\A\W*(?:(?:[\w'&-]+\s+){0,5}?"
    + _JOB
    + r"\s+(?:at|for|in|with|@)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'&-]+\s+){0,3}?"
    + _EMPLOYER
    + r"\b|(?:[\w'&-]+\s+){0,2}?"
    + _EMPLOYER
    + r"\s+(?:[\w'-]+\s+){0,2}?"
    + _JOB
    + r"\b)"
    + _AT_A_SCHOOL,
    re.IGNORECASE,
)
"""A job opening the text at an employer that is no school ("Porter at the hospital", "Day centre kitchen",
"Surgery reception team")."""
_HERE = re.compile(r"\b" + _EMPLOYER + r"(?:\s+[\w'-]+){0,3}?\s+here\b", re.IGNORECASE)
"""The employer speaking: "County Hall transport team here", "Hospital switchboard here"."""
_WORKS_THERE = re.compile(
    r"\b(?:i\s+work|i'?ve\s+worked|i'?m\s+working|working(?=\s+for)|my\s+(?:new\s+)?job(?:\s+as\s+an?(?:\s+[\w-]+){1,3}?)?|"
    r"(?:i'?m|i\s+am)\s+an?\s+(?:[\w-]+\s+){0,2}?" + _JOB + r")\s+(?:at|for|in|with)\s+(?:the\s+|a\s+|an\s+|our\s+)"
    r"(?:[\w'-]+\s+){0,3}?" + _EMPLOYER + r"\b",
    re.IGNORECASE,
)
"""The writer working at such an employer: "I work for the council", "my new job as a carer at the care home"."""
_OWN_TRADE = re.compile(
    r"\b(?:i'?m|i\s+am|(?:work|working|job|apprenticeship)\s+as|been|being|years|proud\s+to\s+be|day\s+job:?)\s+"
    r"(?:(?:just|only|now|also|actually|still|basically)\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
    + _TRADE
    + _AT_A_SCHOOL
    + r"|\A\W*(?!(?:to|dear|hi|hey|hiya|thanks|thank\s+you|cheers|our|my|your)\b)(?:[\w-]+\s+){0,2}?"
    + _TRADE
    + r"(?=\s*(?:[^\w\s'’]|$|(?:here|in|at|for|and|by\s+day|life|covering|serving|based)\b))"
    + _AT_A_SCHOOL
    + r"|\b(?:my|our)\s+(?:own\s+|little\s+)?(?:tutoring|tuition)\s+(?:business|company|agency|centre)\b"
    + r"|#(?!\w*(?:school|teach|class|pupil|edtech))\w*(?:driver|control|fitter|tech|desk|recruitment|industry|"
    r"carehome|hire|engineer|electrician|plumber|cleaning|photographer)s?\b",
    re.IGNORECASE,
)
"""A trade the writer gives themselves ("I'm a youth worker", "nine years a childminder") or tags ("#busdriver")."""
_SCHOOL_JOB_TOO = re.compile(
    r"\b(?:ex|former(?:ly)?|previously|used\s+to|retired|left|before\s+that|was\s+an?|years\s+(?:in|at|of|as))\b[\s-]"
    r"(?:[\w'-]+\s+){0,6}?(?:teach\w*|ta|hlta|schools?|classroom|nursery\s+nurse|dinner\s+lady|senco|head\w*|"
    r"primary|secondary|academy)\b"
    r"|\bi\s+(?:\w+\s+){0,2}?(?:taught|teach)\b|\b(?:into|to)\s+teaching\b|\bteacher\s+training\b"
    r"|\b(?:years?|yrs)\s+(?:of\s+)?teaching\b|\bat\s+(?:[A-Z][\w'-]+\s+){1,3}(?i:high|primary|academy|school|infants|juniors|nursery)\b"
    r"|\b(?:pgce|pgde|scitt|qts)\b|\bas\s+(?:an?\s+)?(?:head\s?teacher|teacher|teaching\s+assistant|deputy\s+head|senco)\b",
    re.IGNORECASE,
)
"""A school job the writer had or has beside the other trade ("ex-nursery nurse", "left teaching in 2019", "my
resignation as headteacher"), or is training for ("a PGCE place for September")."""


def tells_of_a_school_job(text: str) -> bool:
    """Whether the text tells of a school job the writer has or had ("ex-nursery nurse", "left teaching in 2019",
    "I taught for ten years"): then another trade or training beside it does not make the writer no school's."""
    return _SCHOOL_JOB_TOO.search(text.replace("’", "'")) is not None


_MAY_SAY = Literals(
    # an employer's word (`_OPENER`, `_HERE`, `_WORKS_THERE` each need one), the rarer word of a two-word one
    "council", "county", "authority", "hospital", "ward", "nhs", "care", "centre", "surgery", "vets", "hall", "plant",
    "custody", "hair", "beauty", "dance", "driving", "football", "training", "practice", "solicitor", "firm",
    "company", "agency", "exam", "hostel", "gym", "salon", "soft", "youth", "fire", "police", "navy", "army",
    "airport", "factory", "warehouse", "edtech", "provider", "supplier", "hotel", "flats", "housing", "church",
    "cathedral", "dealership", "bank", "orthodontist",
    # a trade's word (`_OWN_TRADE`'s first two branches need one)
    "worker", "carer", "childminder", "electrician", "plumber", "paralegal", "accountant", "paramedic", "firefighter",
    "pcso", "dentist", "optician", "hairdresser", "driver", "cleaner", "courier", "ecologist", "psychologist", "nurse",
    "midwife", "pharmacist", "porter", "domestic", "educator", "tutor", "trainer", "skills", "instructor", "coach",
    "learning", "l&d", "talent",
    # `_OTHER_TRADES`' words
    "optometrist", "servant", "visitor", "ep", "officer", "engineer", "developer", "programmer", "analyst", "journalist",
    "architect", "surveyor", "barrister", "lawyer", "agent", "adviser", "broker", "bookkeeper", "actuary", "auditor",
    "vet", "veterinary", "gp", "doctor", "surgeon", "postman", "postwoman", "postie",
    "pilot", "crew", "attendant", "joiner", "carpenter", "roofer", "plasterer", "bricklayer", "builder", "mechanic",
    "baker", "butcher", "barista", "bartender", "barmaid", "waitress", "waiter", "farmer", "groomer", "walker",
    "florist", "landscaper", "photographer", "archaeologist", "lollipop", "patrol", "assistant", "tutoring", "tuition",
)  # fmt: skip
"""A word each of the patterns below needs (but `_OWN_TRADE`'s hashtag, which needs a "#"): where a text holds none,
the filter cannot apply and none of them is tried.  It is asked of every finding that names no role of the writer's
own, and the patterns, with their many optional words, cost about 30 us a text."""


def _own_trade_elsewhere(text: str, start: int, end: int) -> bool:
    """ "Porter at the hospital", "County Hall transport team here", "I'm a youth worker", "#busdriver": the
    writer's own work is somewhere that is no school, and the text tells of no school job of theirs."""
    if "#" not in text and not _MAY_SAY(text):
        return False
    plain = text.replace("’", "'")
    said = _OPENER.search(plain) or _HERE.search(plain) or _WORKS_THERE.search(plain) or _OWN_TRADE.search(plain)
    return said is not None and _SCHOOL_JOB_TOO.search(plain) is None


OWN_TRADE_ELSEWHERE = Filter(
    "their own trade is not a school's",
    "drop",
    "the writer says where they work, or what their trade is, and it is no school (a surgery, a care home, a council)",
    _own_trade_elsewhere,
)
