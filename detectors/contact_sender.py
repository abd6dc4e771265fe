"""A number or mailbox that reached the writer, not one that reaches them (clauses 2.4.2, 2.4.3).

People paste the details of whoever texted, rang or e-mailed them: a scam text's number ("came from
07700 ...", "number was ..."), a phishing mailbox ("Pretty sure '...@...' isn't really them"), a
recruiter or a firm calling ("they're calling me from 020 ...", "we'll call from 0161 ...").  Such a
value is the sender's, so it exposes nothing of the writer's own; on the thirteenth corpus batch
(`brands`, `jobhunt`) it was most of the phone detector's false alarms.

Two shapes, each asked only in the value's own sentence:
- the value is introduced as the sender: "from" right after a verb of contact ("text from", "rang me
  from", "came from", "calling from"), or "reply to this number";
- the writer warns about it: a word of warning in the sentence ("scam", "fake", "phishing", "not real",
  "isn't really", "blocked", "don't reply") and the value given as what the sender used ("the number
  was", "from", "reply to").
Never where the writer gives the value as their own in the same sentence ("my new number is", "text
me on", "email me at"): a scam warning may end with the writer's real number.
"""

from __future__ import annotations

import re

from detectors.address_context import clause_before, sentence_after
from detectors.filters import Filter
from detectors.phone_cues import private_person_end

_REACH = 160
"""Characters either side of the value read for its sentence (`address_context.clause_before`, `sentence_after`)."""
_SENT_FROM = re.compile(
    r"(?i)\b(?:came|come|comes|coming|sent|texted|texting|texts?|txts?|sms|messages?|messaged|whatsapp(?:ed)?|"
    r"calls?|calling|called|rang|ringing|rings|phoned|phoning|emails?|e-mails?|emailed|mailed|robocalls?)\s+"
    r"(?:me\s+|us\s+|you\s+|people\s+|just\s+now\s+|today\s+|again\s+|this\s+morning\s+)?(?:from|by|off)\s*[\"'‘“(]?\s*$"
)
"""The value right after a verb of contact and "from": "text from '07700 …", "rang me from …", "came from …",
"Had a call off …", "Text just now from …"."""
_SENDER_LABEL = re.compile(
    r"(?i)(?:\bsender(?:\s+id)?|\bcaller(?:\s+id)?|\bunknown\s+number|\bcame\s+up\s+as|"
    r"\bnumber\s+that\s+(?:called|rang|texted|messaged)\s+(?:me|us)|\bcallback\s+number(?:\s+of)?|\btheirs\s+(?:is|was)|"
    r"\banyone\s+know\s+(?:who|whose(?:\s+number)?)|^\s*this\s+number)"
    r"\s*[:\-,]?\s*[\"'‘“(]?\s*$"
)
"""The value labelled as whoever reached the writer: "Sender: …", "number came up as …", "unknown number …", "the
number that called me, …", "theirs is …", "Anyone know who … is?"."""
_REPLY_TO = re.compile(r"(?i)\breply\s+(?:to|on)\s+(?:this|that|the)\s+(?:number|address|email)\s*[:\-]?\s*$")
"""The sender's own words quoted: "reply on this number 07700 … to release the parcel"."""
_WARNING = re.compile(
    r"(?i)\b(?:scam\w*|fake|phishing|spam\w*|fraud\w*|con\s+artists?|not\s+real|isn['’]?t\s+really|not\s+really\s+them|"
    r"block(?:ed)?|don['’]t\s+(?:reply|click)|do\s+not\s+(?:reply|click)|nice\s+try|"
    r"bank\s+details|reported\s+(?:it|them|the))\b"
)
"""Words by which the writer warns the reader off a sender."""
_AS_USED = re.compile(
    r"(?i)(?:(?<!['’]s\s)(?<!real\s)(?<!actual\s)\b(?:number|sender)\s+(?:was|is)|\bfrom|\breply\s+(?:to|on)|"
    r"\bnumber\s+on\s+(?:it|the\s+\w+)(?:\s+(?:was|is))?)\s*[:\-]?\s*[\"'‘“(]?\s*$"
)
"""The value given as what the sender used: "the number was …", "from …", "reply to …", "Number on it was …" (not
"her real number is …")."""
_OWN = re.compile(
    r"(?i)\b(?:my|our)\s+(?:new\s+|real\s+|actual\s+|own\s+|personal\s+|mobile\s+|work\s+)?(?:number|mobile|phone|"
    r"e-?mail|address|contact)\b|\b(?:text|call|ring|phone|whatsapp|email|e-mail|message|contact|reach)\s+(?:me|us)\b"
)
"""The writer giving a value as their own: "my new number is", "text me on", "email us at"."""
_PERSON_CALLING = re.compile(
    r"(?i)\b(?:she|he)\s+(?:\w+\s+)?(?:rang|called|texted|messaged|phoned|rings|calls|texts|whatsapped)\b"
)
"""A person who rang or texted the writer ("she rang me from …"): a private person's number, not a sender's."""


_QUOTE_OR_SAYING = re.compile(r"[\"'‘“]|\bsaying\b")
_HACKED = re.compile(r"(?i)\bhack(?:ed|ers?)?\b|\bcompromised\b")
"""A real person's account taken over: its number or mailbox still reaches that person, whoever sent from it."""


def _senders_value(text: str, start: int, end: int) -> bool:
    before, after = clause_before(text, start, _REACH), sentence_after(text, end, _REACH)
    own_after = _OWN.search(_QUOTE_OR_SAYING.split(after, maxsplit=1)[0])  # not the sender's quoted words after it
    if _OWN.search(before) or own_after or _PERSON_CALLING.search(before) or private_person_end(before) >= 0:
        return False
    if _HACKED.search(text):
        return False  # "Mum's email has been hacked: if you get anything from …", a hacked colleague's "Sender: …"
    if _SENT_FROM.search(before) or _REPLY_TO.search(before) or _SENDER_LABEL.search(before):
        return True
    quoted = before.rstrip().endswith(("'", "‘", '"', "“"))  # "Pretty sure 'x@y' isn't really them"
    # a warning anywhere in the post: "Reported to Action Fraud today. ... used 07700 …", "PLEASE READ. ... From 07700 …"
    return (_AS_USED.search(before) is not None or quoted) and _WARNING.search(text) is not None


A_SENDERS_DETAIL = Filter(
    "a sender's detail",
    "drop",
    "the number or mailbox of whoever texted, rang or e-mailed the writer (a scam warned about, a firm calling), "
    "not one that reaches the writer",
    _senders_value,
)
