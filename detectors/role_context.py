"""Whose role is it: the context rules that say a role word is the writer's own.

These were the whole job-title detector once; now they are *cues* the profession classifier
reads (`detectors.judgement`), and the words a finding's explanation quotes.  "Year 6 teacher
here" is the owner's, "my son's Year 6 teacher" is not:

- In a profile field (bio, job title) a role is the owner's unless a relation word claims it
  ("married to a teacher", "mum of a TA").
- In a post a role counts when the owner says it of themselves ("I'm a", "as a", "my job as",
  "new ... here", "fellow teachers"); a school-only word (SENCo, HLTA, ECT) written in
  capitals counts unless an article or possessive gives it to someone else ("our SENCo").
- A clue ("parents' evening", "Ofsted are in tomorrow", "my Year 6 class") counts, and none
  when the text is a parent's ("my son's").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from detectors.filters import BYLINE_OPENER
from detectors.roles import Rule
from detectors.words import keywords, words

_FILLER = (
    r"(?:a|an|the|new|newly|proud|qualified|brand|very|so|tired|exhausted|full-time|part-time|full|part|"
    r"time|primary|secondary|supply|school|first|also|now|still|just|finally|officially|happy|lucky|humble|"
    r"former|retired|ex|acting|interim|permanent|temporary|busy|stressed|frazzled|lowly|mere|specialist|"
    r"experienced|one|two|three|four|uk|peri|peripatetic|infant|infants|junior|reception|visiting|-|\d+)"
)
_SELF = re.compile(
    r"(?:\bi\s*'?\s*m|\bi\s+am|\bi\s*'?ve\s+been|\bi\s+have\s+been|\bi\s+was|\bwork(?:s|ed|ing)?\s+as|"
    r"\b(?:job|role|post|position|career|life|time|day|days|week|year|years|term|stint)\s+as|"
    r"\bas\s+(?:a|an|the|your|their|its)|\bbec(?:a|o)me|\bbecoming|\bqualified\s+as|\bappointed(?:\s+as)?|"
    r"\bpromoted\s+to|\btrain(?:ing|ed)?\s+(?:to\s+be|as)|\bto\s+be\s+(?:a|an)|\bbeing(?:\s+(?:a|an|the))?|"
    r"\blife\s+of\s+(?:a|an)|\bfellow|\bwe|\bi'?m\s+now|\byears|\bdecades?|\bany(?:one)?\s+(?:else|other))"
    rf"(?:\s+{_FILLER}){{0,4}}\s*$"
)
"""Words just before a role that make it the writer's own ("I'm a", "my job as a")."""
_COMPARED = re.compile(
    r"(?i)\b(?:same|similar|much|many|more|less|fewer|hard|long|well|twice|half|three\s+times)(?:\s+[\w'-]+){0,2}\s*$"
)
"""Before "as a": a comparison ("same pay as a TA", "earn twice as much as a teacher", "work as hard as a head")."""
_SELF_AFTER = re.compile(r"^\s*(?:here|life|mode|problems|brain|confession|vibes|by\s+day|in\s+the\s+week)\b")
"""A role that opens a sentence and is followed by these is the writer's ("ECT life", "cover supervisor by day")."""
_ONLY_FILLER = re.compile(rf"^[\s#]*(?:{_FILLER}\s+)*$")
_BIO_AFTER = re.compile(r"\s*(?:(?:at|@|in|for|and|of)\s|[,|/&•.;:(–—-]|\s*$)", re.IGNORECASE)
"""After a role that opens a post: how a bio-like self-description goes on ("Head of Geography at X.",
"Retired teacher, now ...", "Assistant principal | runner")."""
OWN_VIEWS = re.compile(
    r"(?i)\b(?:views|opinions|tweets|thoughts|posts|words)\s+(?:are\s+|r\s+)?(?:my\s+own|mine|own|personal)\b"
    r"|\brts?\s*(?:≠|!=|not|aren'?t|are\s+not)\s*endorse"
)
"""The disclaimer of someone speaking for themselves beside their employer ("Views my own", "RTs ≠ endorsements"): a
role the writer gives in the same text is theirs, however an organisation's voice the rest of it sounds."""
DESCRIBES_THEMSELVES = "describes themselves"
"""The reason of the rules that read a post as its writer's self-description ("Head of Music at X.",
"As Head of Year, I ..."): they let a finding be "likely" and name its role, but the classifier reads
them as it was trained to, as a role mentioned (`job_title.RoleReading.marks`)."""
_BYLINE = re.compile(
    r"\s*(?i:" + BYLINE_OPENER + r")\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s*,?\s*(?:MBE|OBE|CBE|DBE|FRSA|FCCT))?"
    r"(?:\s*,\s*[^,]{0,60}\s+and\s+)?\s*,\s*$"
)
"""A byline before a role: "Background from Sam Okafor, Deputy Headteacher", "Written by Jo Bell, Head of
Maths": the role of the person the text is by (one of two names: "from A, Head and B, Deputy"), honours
after the name with or without a comma ("Sam Okafor, OBE, Headteacher")."""
BYLINE = "in a byline"
"""The reason's words for a role read from a byline (`job_title` lets it make a finding of its own)."""
_SIGN_OFF = re.compile(
    r"(?i)(?:^|\s)(?:signed|love|sincerely|regards|kind\s+regards|best\s+wishes|cheers|warmly|"
    r"yours(?:\s+(?:truly|sincerely|faithfully))?)\s*,\s*(?:an?|one)\s+(?:[\w'-]+\s+){0,3}$"
)
"""A letter's sign-off before a role: "Signed, a tired science teacher", "Love, a Velcro TA who ...", "Yours, a
secondary English teacher".  The comma is asked for: "from a teacher" or "love a teacher" are someone else."""
SIGN_OFF = "in a sign-off"
"""The reason's words for a role the writer signs off as (`job_title` lets it make a finding of its own, as a
byline's): someone signing a post "a tired teacher" is that teacher, whatever the classifier makes of the rest."""
_PLAIN_CLAIM = re.compile(
    r"(?:^|[^\w'])i\s*'?\s*m\s+an?\s+(?:(?:qualified|primary|secondary|supply|school|newly\s+qualified|full-time|part-time)\s+)?$"
    r"|(?:^|[^\w'])i\s+am\s+an?\s+(?:(?:qualified|primary|secondary|supply|school|full-time|part-time)\s+)?$"
)
"""The plainest claim there is, right before the role: "I'm a teacher", "I am a qualified TA"."""
_HEDGED = re.compile(
    r"\b(?:think|thinks|thought|assum\w*|if|whether|pretend\w*|like|wish|should|could|would|maybe|want|wants|nobody|"
    r"no\s+one|asked|ask|asks|guess|reckon|because)\b|['\"“‘]"
)
"""Words before it in its clause that make it someone's guess, a wish or a quotation ("folk think I'm a teacher")."""
_JOKING_AFTER = re.compile(
    r"\s*(?:\.\.\.|…|—|–|-\s|jk\b|lol\b|\(|in\s+(?:warhammer|minecraft|a\s+game|the\s+game))", re.I
)
"""What turns it into a joke right after the role ("I'm a TA... in Warhammer", "I'm a student teacher— jk")."""
_PLAIN_ROLES = frozenset(
    "year_teacher subject_teacher teacher trainee ect ta hlta senco deputy_head assistant_head headteacher "
    "head_of_sixth_form head_of_year cover lunchtime business_manager site_manager school_staff nations_role dsl".split()
)
"""Roles that are a school's whatever the sentence ("head of department" may be a shop's, "educator" anyone's)."""
IN_SO_MANY_WORDS = "in so many words"
"""The reason's words for "I'm a teacher" said plainly (`job_title` reports the role even where the classifier doubts
it: a writer who says it in a post is a teacher far more often than the corpus's jokes and denials suggest)."""
RULE_DECIDED = (BYLINE, SIGN_OFF, IN_SO_MANY_WORDS)
"""Reasons whose role the detector reports even where the classifier doubts it (`JobTitleDetector._career_event`)."""
_LIST_ITEM = re.compile(r"\s*(?:[-•*–—]|\d+[.)])\s")
_COUNTED = re.compile(r"\b(?:a|an|the|one|two|three|four|\d+)\b")
_AS_ROLE_THEN_I = re.compile(r"\s*,?\s*(?:I|I'm|I've|I'd|I'll|my|we)\b")
"""After "As Head of Department": the writer speaking of themselves ("As Head of Department, I ...")."""
_RELATION = re.compile(
    r"(?:\b(?:married|engaged)\s+to|\b(?:wife|husband|partner|son|daughter|mum|mom|mam|mummy|mother|dad|daddy|"
    r"father|parent|sister|brother|friend|child|grandchild|granddaughter|grandson|niece|nephew|fan|proud\s+\w+)"
    r"\s+(?:of|to)|'s|s'|\b(?:his|her|their|your|our|my))"
    rf"(?:\s+{_FILLER}){{0,3}}\s*$"
)
"""Words before a role in a profile field that give it to someone else ("wife of a teacher")."""
_OTHER = re.compile(
    r"(?:'s|s'|\b(?:his|her|their|your|our|my|the|a|an|every|all|any|no|dear|with|to|for|of|by|from|whose|"
    r"each|other|another|some|two|three|several|\d+))"
    rf"(?:\s+{_FILLER}){{0,2}}\s*$"
)
"""Words before a school-only word in a post that give it to someone else ("our SENCo")."""
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|him|her|them|his|their|husband|hubby|wife|partner|son|daughter|mum|mam|mom|dad|sister|brother|"
    r"nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|aunt|auntie|aunty|uncle|"
    r"cousin|niece|nephew|fianc[eé]e?|boyfriend|girlfriend|neighbour|colleague|"
    r"friend|kids?|child|children|someone|somebody|everyone|nobody|(?:a|the|another)\s+(?:man|woman|lady|guy|"
    r"bloke|teacher|ta|mum|dad|parent))\b"
)
"""Someone else as the subject before a self-frame or clue: "my daughter wants to become a teacher"."""
_FRIENDS_NEWS = re.compile(
    r"(?<![\w'’])(?!(?:It|That|There|What|Here|He|She|Who|Where|How|When|Let|This|Today|Tonight|Tomorrow|Yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Everyone|Everybody|Nobody|Life|Term|Year|Mine|Now)['’]s)"
    r"[A-Z][a-z]+['’]s\s+[a-z]"
)
"""A person named with "'s" before a self-frame, as people write a friend's news: "Sam's applying for a job at a
school as a science technician", "Priya's just qualified as a teacher", "Ellie's mum works as a TA" (the writer's
own "I" is never a capitalised name; "Monday's my first day as a TA" is a day's)."""
_PARENT = re.compile(
    r"\b(?:my|our)\s+(?:(?:little|eldest|youngest|oldest|middle|twin|step)\s+)?(?:sons?|daughters?|kids?|"
    r"children|child|boys?|girls?|little\s+ones?|lo|twins|stepson|stepdaughter|grandson|granddaughter|grandkids)\b|"
    r"\b(?:my|our)\s+(?:two|three|four|2|3|4)\b|\b(?:two|three|four|2|3|4)\s+kids\b|\bthe\s+kids'|"
    r"\b(?:son|daughter|kid|child|kids|children)'s\b|\bas\s+a\s+(?:parent|mum|dad)\b|"
    r"\b(?:his|her|their)\s+(?:teacher|class|school|parents'?\s+evening)\b|\bchildcare\b|"
    r"\bschool\s+(?:called|rang|phoned|emailed)\b"
)
"""A parent's text: clues in it ("parents' evening") are about someone else's school."""
_NOT_SCHOOL_CLASS = re.compile(r"\b(?:gym|yoga|spin|pilates|zumba|dance|uni|university|evening class|crossfit)\b")
_CHILD_NEWS = re.compile(
    r"\b[A-Z][a-z]+'s\s+(?:doing|done|been|teacher|report|class|grades|behaviour)\b"
    r"|\bevening\s+for\s+(?!Year|Reception|Nursery|Class|KS|Y\d)[A-Z][a-z]+\b"
)
"""A named child's progress ("Jack's doing great"): a parent's parents' evening."""
_SCHOOL_WORDS = re.compile(r"\b(?:school|academy|primary|college|pupils)\b")
_CLAUSE_BREAK = re.compile(r"[.!?\n|•;]")
_LOWER_ONLY_ACRONYM = frozenset({"ect", "nqt", "ects", "nqts", "hlta", "senco", "sendco"})


def owned(rule: Rule, span: Span, text: str, original: str, section: str) -> tuple[float, str] | None:
    """(confidence, rule in words) when the span is the owner's role or a clue to it, else None."""
    start, end = span.start_char, _end_before_preposition(span)
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    before = text[clause_start:start]
    if rule.key in ("site_manager", "governor_at") and not _SCHOOL_WORDS.search(text):
        return None
    if text.startswith("'s", end):
        return None  # "the teacher's car"; "yoga teacher" is the `other kind of teacher` filter's
    if rule.kind == "clue":
        if _PARENT.search(text) or _CHILD_NEWS.search(original.replace("’", "'")) or _THIRD_PERSON.search(before):
            return None
        if rule.key == "my_pupils" and span[-1].lower_ == "class" and _NOT_SCHOOL_CLASS.search(text):
            return None
        return rule.confidence, _role_rule(rule, "profession clue: ")
    if section in ("profile", "account"):
        if _RELATION.search(before):
            return None
        return rule.confidence, _role_rule(rule, "role in a profile field: ")
    framed = _SELF.search(before)
    if framed and framed.group(0).lower().startswith("as ") and _COMPARED.search(before, 0, framed.start()):
        return None  # "Same pay as a TA apparently", "paid half as much as a teacher": a comparison, not a claim
    if framed and (
        _THIRD_PERSON.search(before, 0, framed.start())
        or _FRIENDS_NEWS.search(original, clause_start, clause_start + framed.start())
    ):
        return None  # "my daughter wants to become a teacher", "Sam's applying ... as a science technician"
    if framed and rule.key in _PLAIN_ROLES and _plainly_claimed(before, framed.start(), text, end):
        return rule.confidence - 0.05, _role_rule(rule, "says they are: ") + f" ({IN_SO_MANY_WORDS})"
    if framed or (_ONLY_FILLER.match(before) and _SELF_AFTER.match(text[end:])):
        return rule.confidence - 0.05, _role_rule(rule, "says they are: ")
    if rule.distinctive and not _OTHER.search(before):
        written = span.text
        if written.lower() in _LOWER_ONLY_ACRONYM and written == written.lower():
            return None
        return 0.7, _role_rule(rule, "school-only role named in a post: ")
    if _BYLINE.match(original, clause_start, start):
        return rule.confidence - 0.05, _role_rule(rule, f"{DESCRIBES_THEMSELVES}, {BYLINE}: ")
    if _SIGN_OFF.search(before) and not _plural(rule, span):
        return rule.confidence - 0.05, _role_rule(rule, f"{DESCRIBES_THEMSELVES}, {SIGN_OFF}: ")
    if before.strip() == "as" and _AS_ROLE_THEN_I.match(original, end):
        return rule.confidence - 0.05, _role_rule(rule, DESCRIBES_THEMSELVES + ": ")  # "As Head of Department, I"
    if not _plural(rule, span) and _opens_like_a_bio(text, original, start, end, clause_start, before):
        return rule.confidence - 0.1, _role_rule(rule, DESCRIBES_THEMSELVES + ", as in a bio: ")
    return None


def _plainly_claimed(before: str, frame_start: int, text: str, end: int) -> bool:
    """ "I'm a teacher" right before the role, nobody's guess or wish before it in the clause and no joke after it."""
    return (
        _PLAIN_CLAIM.search(before) is not None
        and _HEDGED.search(before, 0, frame_start) is None
        and _JOKING_AFTER.match(text, end) is None
    )


def _opens_like_a_bio(text: str, original: str, start: int, end: int, clause_start: int, before: str) -> bool:
    """A post that opens with a role the way a bio does: "Head of Geography at Brindle Academy. Views my own."

    The role must open the whole text (or a line of it) with at most filler before it ("Retired
    teacher, ..."), be singular (the caller checks: "Teachers are ..." speaks of a group), and go on as a self-description does; a parent's text
    ("Teacher at my son's school ...") is someone else's.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if clause_start > line_start and text[line_start:clause_start].strip():
        return False  # not the first clause of its line
    if _LIST_ITEM.match(text, line_start):
        return False  # "- Early career teachers - middle leaders": a list of roles, not a self-description
    if not _ONLY_FILLER.match(before) or _COUNTED.search(before):
        return False  # "A teacher at the next table ..." is someone the writer saw
    return bool(_BIO_AFTER.match(text, end)) and not _PARENT.search(text) and not _CHILD_NEWS.search(original)


def _end_before_preposition(span: Span) -> int:
    """Where the role itself ends: a pattern that must carry its preposition to be a role at all ("governor at",
    "HT of") ends before it, so what follows reads as it would after the role alone ("HT of a rural school ...")."""
    if len(span) > 1 and span[-1].lower_ in ("of", "at", "for"):
        return span[-2].idx + len(span[-2].text)
    return span.end_char


def _plural(rule: Rule, span: Span) -> bool:
    """ "Teachers", "TAs": the role written in the plural (its canonical value is the singular)."""
    written = [token.lower_ for token in span]
    last = written[-1]
    return last.endswith("s") and not rule.value(written).endswith(last)


def parent_voice(text: str) -> bool:
    """Whether the text reads as a parent's ("my son's teacher", "as a mum"), apostrophes plain."""
    if _may_be_parent(text) and _PARENT.search(text.lower()):
        return True
    return ("'s" in text or "evening" in text) and _CHILD_NEWS.search(text) is not None


_PARENT_WORDS = keywords(
    "son sons daughter daughters kid kids children child boy boys girl girls one ones lo twins stepson stepdaughter "
    "grandson granddaughter grandkids two three four 2 3 4 parent mum dad teacher class school evening childcare"
)
"""Every way `_PARENT` matches holds one of these words, whole ("my son", "my 3", "his class", "as a mum",
"son's", "the kids'"): a text without any cannot match.  Kept beside `_PARENT`: a new alternative there
needs its word here (`tests/detectors/test_gate_prescreens.py` holds them together)."""


def _may_be_parent(text: str) -> bool:
    """`_PARENT`'s pre-screen on the shared word split, which cuts an ASCII text where the expression's
    word boundaries and spaces do (any other text goes to the expression)."""
    return not text.isascii() or not _PARENT_WORDS.isdisjoint(words(text))


def _role_rule(rule: Rule, prefix: str) -> str:
    return prefix + rule.rule
