"""Personal e-mail addresses (clauses 2.4.3, 2.1.5, 2.5.1).

Plain addresses and the obfuscated forms people use to dodge scrapers
("jo.bloggs at example dot com", "jo [at] example [dot] org", "jo{at}example(dot)net",
"jo@example[.]com", "jo.marsh @ example.com", "k dot osei 90 at …", "k-o-f-i dot o-s-e-i at …"),
and the ones broken up (`email_broken`: wrapped after a dot or the @, "swap the # for @");
the spelt-out forms' patterns are in `email_spelt`.
Addresses are ASCII: a post in Chinese or Arabic that runs straight into one does not leak into
the value, and an address right after "..." is still found.  Candidates then pass the named filters of `email_filters` (file names,
links, spaced-@ prose, organisations' mailboxes), which say in the finding why one was held back.
email-validator checks the syntax only: `check_deliverability=False`, so no DNS query ever
leaves the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from email_validator import EmailNotValidError, validate_email

from detectors.base import Detector, Explanation, Item, Match, Tier
from detectors.contact_corrections import corrected_address
from detectors.contact_judgement import JudgedInContext, Reading
from detectors.contact_screens import AT_ADDRESS_SHAPE, SPELT_SHAPE, email_screen
from detectors.email_broken import across_line_breaks, may_swap, with_swapped_at
from detectors.email_filters import (
    ORGANISATION_MAILBOX,
    ORGANISATION_NAMED_IN_THE_TEXT,
    ORGANISATION_VOICE,
    ORGANISATIONS_OWN_ACCOUNT,
    SPACED_PROSE,
    is_role_mailbox,
    one_person_business_near,
)
from detectors.email_function_mailbox import FUNCTION_WORD
from detectors.email_function_words import FUNCTION_WORDS_MAILBOX
from detectors.email_household import household_mailbox
from detectors.email_judgement import EMAIL_FILTERS, EMAIL_JUDGEMENT
from detectors.email_retired import MAILBOX_TAKEN_BACK
from detectors.email_shared_inbox import SHARED_INBOX_NAMED
from detectors.email_spaced_name import spaced_name_start
from detectors.email_spelt import (
    _ASKING_CONTEXT,
    _BRACKETED_AT,
    _COMMON_TLDS,
    _DOMAIN_DOT,
    _DOT_SPLIT,
    _OBFUSCATED,
    _OBFUSCATION_NEAR_AT,
    _PLAIN_WORDS,
    _SPELT_HINT,
    _may_spell_at,
    _may_spell_near_at,
    _spelt_piece,
)
from detectors.email_spelt_named import SPELT_FOR_A_NAMED_PERSON, named_before
from detectors.email_split_domain import rejoined_end
from detectors.email_spoken import SPOKEN, addresses_apart, invited_after, joined_words_before, spoken_local
from detectors.filters import Effect
from detectors.gate_batch import Positions, TextBatch
from detectors.phone_cues import ORGANISATION

_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|i've|me|my|mine|myself)\b")
_LOCAL = r"(?<![A-Za-z0-9_%+@-])(?<![A-Za-z0-9]\.)[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
"""The local part: not inside a word or an address ("up...jo@" is fine), dots only between characters."""
_PLAIN = re.compile(_LOCAL + r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SPACED = re.compile(_LOCAL + r" @ [A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)+")
"""Spaced to dodge scrapers: "jo @ example.com", "jo @ example . com" (the spaced-@ filter then asks
for a known domain and an invitation to write)."""


_LETTERS_APART = re.compile(r"(?<!\S)(?:[A-Za-z0-9._-] ){3,}$")
"""A mailbox name typed (or voice-typed) a character at a time before a spaced @: "r o b . k e n t @ …"."""


_NAME_PIECE_APART = re.compile(r"(?<!\S)[A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9._]*[A-Za-z0-9] $")
"""The first piece of a mailbox name with a space before its last one, which is digits: "lily.fenwick 2003 @ …" is one
name, "lily.fenwick2003", not "2003" (a year is nobody's mailbox).  The piece has a dot or an underscore, so a word
of the sentence ("born 1990 @ …") is never joined to it."""


CORRECTED = ", as the writer corrected it"
_SPLIT_DOMAIN = "e-mail address with its domain split by a space (misread from a screenshot)"
_TAKEN_BACK = frozenset({MAILBOX_TAKEN_BACK.name})
"""Overruled for an address corrected right after it (`contact_corrections`): the corrected one is reported."""
_SPOKEN_HELD = frozenset({SPACED_PROSE.name})
"""Overruled for an address said aloud (`email_spoken`): spaced on purpose, not an @ in a sentence."""
_FILTERS = EMAIL_FILTERS
_FUNCTION_WORDS = FUNCTION_WORDS_MAILBOX.name
_BUSINESS_FILTERS = frozenset(
    {ORGANISATION_NAMED_IN_THE_TEXT.name, ORGANISATION_MAILBOX.name, FUNCTION_WORD, _FUNCTION_WORDS}
)
_HOUSEHOLD_HELD = frozenset(
    {SHARED_INBOX_NAMED.name, ORGANISATION_MAILBOX.name, FUNCTION_WORD, _FUNCTION_WORDS}
)  # `email_household`'s


class EmailDetector(JudgedInContext, Detector):
    """Finds e-mail addresses, plain or spelt out, that are not the school's own."""

    kind = "email"
    judgement = EMAIL_JUDGEMENT
    title = "Personal e-mail address"
    clauses = ("2.4.3", "2.1.5", "2.5.1")

    def wants(self, item: Item) -> bool:
        """A text `detect` can find something in: an @ where an address can be (most texts with one hold
        only handles, "thanks @sam"), or an address spelt out."""
        text = item.text
        if text is None:
            return False
        if "@" in text:
            if _may_hold_at_address(text):
                return True
            near = _may_spell_near_at(text) and _OBFUSCATION_NEAR_AT.search(text) is not None
            return near and _DOMAIN_DOT.search(text) is not None and _OBFUSCATED.search(text) is not None
        return _may_spell_at(text) and _SPELT_HINT.search(text) is not None and _OBFUSCATED.search(text) is not None

    def screen(self, batch: TextBatch) -> Positions:
        """`wants` for a batch, found over the whole batch at once (`detectors.contact_screens`): the shape
        of an address with an @, or of one spelt out ("at" in some form before a dotted domain)."""
        return email_screen(batch)

    def _read(self, item: Item, reading: Reading) -> Iterator[Match]:
        text = item.text or ""
        seen: list[tuple[int, int]] = []
        if "@" in text:
            for start, end, raw, rule in _at_candidates(text):
                seen.append((start, end))
                address = _validated(raw.rstrip(".").replace(" ", ""))
                if not address or self._is_school(address):
                    continue
                fixed = corrected_address(text, end, address, self._is_school)  # "jo@example.org, I mean @example.net"
                overruled = (_TAKEN_BACK if fixed else frozenset()) | (_SPOKEN_HELD if rule == SPOKEN else frozenset())
                effect, names = self._filtered(text, start, end, item.provenance.section, reading, overruled)
                if effect == "drop":
                    continue
                confidence = 0.97 if item.provenance.section in ("profile", "account") else 0.93
                confidence -= 0.05 * (" @ " in raw or rule != "e-mail address")
                if fixed is not None:
                    address, end, rule = fixed.address, fixed.end, rule + CORRECTED
                    seen.append((start, end))
                yield self._match(address, start, end, confidence, rule, names)
        shaped = SPELT_SHAPE.search(text) is not None  # without it `_OBFUSCATED` finds nothing
        near = shaped and ("@" not in text or (_may_spell_near_at(text) and _OBFUSCATION_NEAR_AT.search(text)))
        position = 0 if near else len(text)
        while spelt := _OBFUSCATED.search(text, position):
            # Overlapping search: "me at pat.k{at}example{dot}com" first tries "me at pat.k".
            position = spelt.start() + 1
            if any(s <= spelt.start() < e for s, e in seen):
                continue
            match = self._spelt_out(text, spelt, item.provenance.section, reading)
            if match is not None:
                seen.append((spelt.start(), max(spelt.end(), match.end)))  # a correction after it is read too
                position = max(spelt.end(), match.end)
                yield match

    def _spelt_out(self, text: str, found: re.Match[str], section: str, reading: Reading) -> Match | None:
        labels = [label for label in _DOT_SPLIT.split(found.group("domain")) if label]
        if labels[-1].lower() not in _COMMON_TLDS:
            return None
        local_parts = [_spelt_piece(part) for part in _DOT_SPLIT.split(found.group("local")) if part]
        bracketed = _BRACKETED_AT.search(found.group().lower()) is not None
        start = found.start()
        spoken = spoken_local(text, found, ".".join(local_parts))
        if spoken is not None:  # "p a t . k 7 at …", "sam fox seventy two at … (one word)": said aloud, on purpose
            start, local_parts = spoken.start, [spoken.local]
        named = False
        if spoken is None and not bracketed:
            if {local_parts[0].lower(), labels[0].lower()} & _PLAIN_WORDS:
                return None
            bare_word = len(local_parts) == 1 and local_parts[0].isalpha()
            asked = _ASKING_CONTEXT.search(text[max(0, found.start() - 40) : found.start()]) or invited_after(
                text, found.end()
            )
            named = bare_word and not asked and named_before(text, found.start(), local_parts[0])
            if bare_word and not (asked or named):
                return None
        address = _validated(f"{'.'.join(local_parts)}@{'.'.join(labels)}")
        if not address or self._is_school(address):
            return None
        fixed = corrected_address(text, found.end(), address, self._is_school)  # "jo at … dot org - oops, dot net"
        effect, names = self._filtered(
            text, start, found.end(), section, reading, _TAKEN_BACK if fixed else frozenset()
        )
        if effect == "drop":
            return None
        if bracketed and spoken is None:
            return self._match(address, start, found.end(), 0.9, "e-mail address spelt out with [at]/[dot]", names)
        rule = SPELT_FOR_A_NAMED_PERSON if named else "e-mail address spelt out in words"
        rule = SPOKEN if spoken is not None else rule
        if fixed is not None:
            return self._match(fixed.address, start, fixed.end, 0.8, rule + CORRECTED, names)
        return self._match(address, start, found.end(), 0.8, rule, names)

    @staticmethod
    def _filtered(
        text: str, start: int, end: int, section: str, reading: Reading, overruled: frozenset[str] = frozenset()
    ) -> tuple[Effect | None, tuple[str, ...]]:
        """What the named filters (`email_filters`) say of a candidate.

        In a profile field a role mailbox is the account's own contact ("Bookings: info@…" in a
        sole trader's bio) as often as a club's or a shop's, so there it is only held to "worth a
        look", unless the bio speaks as an organisation ("Ltd", "charity no.", "est. 1987"); and a
        business the bio names, in a bio that says "I" or "my" and calls nothing a charity, a shop
        or a firm, is the writer's own one-person business.  Anywhere, a role mailbox in a text that speaks as an organisation is its own.
        """
        effect, names = reading.verdict(_FILTERS, text, start, end)
        if names and set(names) <= overruled:
            return None, ()  # a filter the way the address was found answers (`_TAKEN_BACK`, `_SPOKEN_HELD`)
        if effect == "drop" and set(names) <= _BUSINESS_FILTERS and one_person_business_near(text, start, end):
            return None, ()  # "Quill Paws Pet Taxi (just me & my estate car) … quillpaws@…": one person's own
        if effect == "drop" and set(names) <= _HOUSEHOLD_HELD and household_mailbox(text, start, end):
            return None, ()  # "our joint inbox for the christening, samandalex@…": the couple's own
        if effect == "demote" and ORGANISATIONS_OWN_ACCOUNT.name in names and is_role_mailbox(text[start:end]):
            return "drop", (ORGANISATIONS_OWN_ACCOUNT.name, ORGANISATION_MAILBOX.name)  # the club's own bookings@
        if effect != "drop" or section not in ("profile", "account") or names == (FUNCTION_WORD,):
            return (effect, names) if effect != "drop" or section not in ("profile", "account") else (None, ())
        if (
            names == (ORGANISATION_NAMED_IN_THE_TEXT.name,)
            and _FIRST_PERSON.search(text)
            and not ORGANISATION.search(text)
        ):
            return None, ()  # "Candles by Ola … my spare room … olacandles@candles…": the writer's own
        if names == (ORGANISATION_MAILBOX.name,) and ORGANISATION_VOICE.search(text) is None:
            return "demote", names
        return effect, names

    def _match(
        self, address: str, start: int, end: int, confidence: float, rule: str, held_back: tuple[str, ...] = ()
    ) -> Match:
        explanation = Explanation("rule", rule, filters=held_back)
        tier: Tier | None = "worth a look" if held_back else None
        return self.match(address, start, end, confidence, rule, tier=tier, explanation=explanation)

    def _is_school(self, address: str) -> bool:
        domain = address.rsplit("@", 1)[1]
        return any(domain == d or domain.endswith("." + d) for d in self.school.domains)


def _at_candidates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, address as written, rule) of each address with an @: plain, broken by a line
    break, with a swapped character, or spaced ("jo @ example.com"), none overlapping another.

    The rare forms are looked for only when a cheap substring test allows them, and a text comes
    here at all only when one of the forms may be in it (`_may_hold_at_address`, in `wants`)."""
    found: list[tuple[int, int, str, str]] = []
    if "\n" in text:
        found += [(s, e, raw, "e-mail address split by a line break") for s, e, raw in across_line_breaks(text, _PLAIN)]
    if "wap" in text or "lace" in text:
        found += [
            (s, e, raw, "e-mail address with a character to swap for the @")
            for s, e, raw in with_swapped_at(text, _LOCAL)
        ]
    for match in _PLAIN.finditer(text) if _local_char_before_at(text) else ():
        if not found or not any(s < match.end() and match.start() < e for s, e, _, _ in found):
            split_end = rejoined_end(text, match.end(), match.group())  # "jo@mail.exam ple.org": a reader's space
            if split_end is not None:
                found.append((match.start(), split_end, text[match.start() : split_end], _SPLIT_DOMAIN))
                continue
            found.append((match.start(), match.end(), match.group(), "e-mail address"))
    for start, end, raw in addresses_apart(text) if "@ " in text else ():  # "j o @ e x . c o m"
        if not any(s < end and start < e for s, e, _, _ in found):
            found.append((start, end, raw, SPOKEN))
    if " @ " in text:
        for match in _SPACED.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                at = text.index(" @ ", match.start())
                joined = joined_words_before(text, at, match.end())  # "ann lee no space @ …"
                if joined is not None:
                    raw = joined.local + match.group()[at - match.start() :]
                    found.append((joined.start, match.end(), raw, SPOKEN))
                    continue
                spelt = _LETTERS_APART.search(text, 0, match.start()) if match.start() else None
                if spelt is None and match.group().partition(" ")[0].isdigit():
                    spelt = _NAME_PIECE_APART.search(text, max(0, match.start() - 64), match.start())
                start = spelt.start() if spelt else match.start()  # "r o b . k e n t @ …": the whole name
                dotted = spaced_name_start(text, match.start(), match.end())  # "kit . morrow @ …"
                start = start if dotted is None else dotted
                found.append(
                    (start, match.end(), text[start : match.end()], "e-mail address written with spaces around the @")
                )
    return found


def _may_hold_at_address(text: str) -> bool:
    """Whether `_at_candidates` may find an address: each of its forms needs one of these (a line break, an
    instruction to swap a character for the @, the shape of a plain or spaced address)."""
    return "\n" in text or AT_ADDRESS_SHAPE.search(text) is not None or may_swap(text)


_LOCAL_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_%+-")
"""What ends a local part (`_LOCAL`): a plain address has one of these right before its @."""


def _local_char_before_at(text: str) -> bool:
    """Whether an @ follows a character a mailbox name ends in: `_PLAIN`'s pre-screen.  Handles
    ("thanks @sam", "@sam hi") have a space or nothing before the @, and are most texts with one."""
    at = text.find("@", 1)
    while at != -1:
        if text[at - 1] in _LOCAL_LAST:
            return True
        at = text.find("@", at + 1)
    return False


def _validated(candidate: str) -> str | None:
    """The address lower-cased if it is syntactically valid, else None (no DNS, ever)."""
    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()
