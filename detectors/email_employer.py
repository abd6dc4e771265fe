"""A named e-mail filter for a named employee's work mailbox at the organisation the text names (clauses 2.4.3, 2.1.5).

"To: j.marsh@brightwellhomes… (the j.marsh one is the site manager)", "the agent's signature: Daniel Frost | Senior
Negotiator | Frost & Hale Estates | daniel.frost@frosthale…", "their named guy for our block is tom.briggs@harlowpike…":
a person's name at an organisation's own domain, passed on by someone who deals with that organisation.  It reaches
a person, but as the organisation's employee: the council officer's, the letting agent's, the builder's site
manager's work line, which clause 2.4.3 (the writer's *personal* e-mail) is not about.

`email_filters.ORGANISATION_NAMED_IN_THE_TEXT` hands such an address back (a name at a business's domain is a sole
trader's own more often than not: "Sam Okoro Photography … sam@okorophoto…"), and `email_firm_contact.FIRM_CONTACT`
takes only a professional's named by a client ("our solicitor"). This filter asks three things:

- the mailbox is a person's by its shape: a first name and a surname, or an initial and a surname, joined by a dot
  or an underscore ("j.marsh", "daniel.frost");
- its domain spells an organisation the text names in two words or more ("Frost & Hale Estates" -> "frosthale",
  "Brightwell Homes" -> "brightwellhomes"), not a mail service or a household's own domain;
- nobody in its paragraph speaks for themselves ("I", "me", "my": a writer giving their own work address, or a sole
  trader's), the text does not open with a job at that organisation ("Conveyancing solicitor at Harwood & Pike ...":
  the writer's own, as a bio gives it), and the business is not said to be one person.
"""

from __future__ import annotations

import re

from detectors.email_filters import one_person_business_near
from detectors.email_function_mailbox import function_domain, speaks_for_self
from detectors.filters import Filter

_PERSONS_SHAPE = re.compile(r"[a-z]{1,20}[._][a-z]{2,20}")
"""A first name and a surname, or an initial and a surname, joined by a dot or an underscore."""
_ORGANISATION_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:[ \t]+(?:&|and|of)?[ \t]*[A-Z][\w'’-]+){1,3}")
"""A name of two to four capitalised words ("Brightwell Homes", "Frost & Hale Estates", "University of Brackenford")."""
_JOINING = re.compile(r"[^a-z0-9]|(?<=[a-z])and(?=[a-z])")


def _spellings(name: str) -> set[str]:
    """ "Frost & Hale Estates" -> "frosthaleestates", "frosthale", "frostandhale…": the name as domains spell it,
    whole and without its last word (a trade's word: "Estates", "Homes", "Ltd")."""
    words = [
        word for word in re.split(r"[ \t&]+", name.lower().replace("’", "'")) if word and word not in ("and", "of")
    ]
    whole = ["".join(words), "".join(words[:-1])] if len(words) > 2 else ["".join(words)]
    return {re.sub(r"[^a-z0-9]", "", spelling) for spelling in whole}


_OWN_JOB_OPENING = re.compile(r"^\W*(?!(?i:the|their|his|her|our|your|a|an)\b)(?:[\w'’-]+[ \t]+){1,5}(?:at|@)[ \t]+$")
"""A text that opens with a job at the organisation ("Conveyancing solicitor at Harwood & Pike"): the writer's own
job, so the mailbox after it is theirs, given the way a bio gives it ("The site manager at X" is someone else's)."""


def employer_named(text: str, start: int, end: int, labels: list[str]) -> re.Match[str] | None:
    """Where the text names, outside the address, an organisation of two words or more that a label of the address's
    domain spells ("brightwellhomes" for "Brightwell Homes"); None if it names none."""
    plain = [re.sub(r"[^a-z0-9]", "", label) for label in labels]
    for found in _ORGANISATION_NAME.finditer(text):
        if start <= found.start() < end:
            continue  # inside the address itself
        for spelling in _spellings(found.group()):
            if len(spelling) >= 6 and any(spelling == label or spelling in label for label in plain):
                return found
    return None


def _employees_work_mailbox(text: str, start: int, end: int) -> bool:
    """A person's work mailbox at the organisation the text names, passed on by someone who is not them."""
    candidate = text[start:end].strip().lower()
    local = candidate.partition("@")[0]
    if not _PERSONS_SHAPE.fullmatch(local):
        return False
    labels = function_domain(candidate)
    employer = employer_named(text, start, end, labels) if labels else None
    if employer is None or _OWN_JOB_OPENING.match(text, 0, employer.start()):
        return False
    return not speaks_for_self(text, start, end) and not one_person_business_near(text, start, end)


EMPLOYEES_WORK_MAILBOX = Filter(
    "an employee's work mailbox",
    "drop",
    "a named person's mailbox at the organisation the text names, passed on by someone who deals with it",
    _employees_work_mailbox,
)
