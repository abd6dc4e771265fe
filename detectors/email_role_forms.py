"""Role mailboxes in the other forms people give them (clauses 2.4.3, 2.1.5).

`email_roles.ROLE_MAILBOXES` lists the words that name a function ("volunteers@", "deliveries@", "store@"), and
a local part is a role mailbox when it is one of them.  The same function is written in more shapes than a
word list can hold, and each shape is still nobody's own mailbox:

- the word in the singular or the plural ("volunteer@" of a hospice as well as "volunteers@", "delivery@" of a
  florist as well as "deliveries@", "market@" and "markets@" of a town's market hall);
- the word with a branch or shop number ("shop.0231@", "orders-12@", "sales_2@"): digits name a branch of
  the organisation, never a person (a person's digits come after their name, "jo.reed84@", which stays
  the person's because "jo.reed" names no function);
- a service word that the main list leaves out because it names a team's job rather than a department: advice,
  returns, readings (meter readings), franchise, relations ("investor.relations@", "media-relations@"), a
  company's officer ("ceo@", "chair@", "treasurer@"), and the same mailboxes in Welsh, which public bodies in
  Wales run side by side with the English ones ("ymholiadau@": enquiries, "swyddfa@": office);
- the word with "team" or "desk" run on ("accountsteam@", "sales.team@"), and a whole-staff distribution list
  ("all-staff@", "everyone@"): a team's or a list's mailbox reaches nobody in particular.

`is_role_mailbox` asks `role_in_another_form` after its own list, so every filter that reads role
mailboxes (an organisation's quoted mailbox, a venue's, an agent's) sees these too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

SERVICE_WORDS = frozenset(
    str.split(
        "advice returns readings franchise franchising markets relations ceo chair chairman chairperson treasurer "
        "president headteacher bursar clerk "
        # Welsh: services, enquiries, information, office, bookings, reception, customer service
        "gwasanaethau ymholiadau gwybodaeth swyddfa archebion derbynfa gwasanaethcwsmeriaid"
    )
)
"""Words of a team's job or an officer's title, and the Welsh role words (see the module's docstring)."""
SERVICE_PIECES = frozenset(("relations", "gwasanaethau", "ymholiadau"))
"""Of `SERVICE_WORDS`, the ones that name a function as one piece of a longer name too ("investor.relations@",
"media-relations@"); "chair" or "clerk" could be the piece of a surname."""


def word_forms(word: str) -> set[str]:
    """The word with its singular or plural: "volunteer" -> {"volunteer", "volunteers"}, "deliveries" ->
    {"deliveries", "delivery"}, "delivery" -> {"delivery", "deliveries"}."""
    forms = {word, word + "s"}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


def role_in_another_form(pieces: Sequence[str], is_role: Callable[[str], bool]) -> bool:
    """Whether the pieces of a mailbox name ("store", "4471") name a function in one of the forms above.

    `is_role` says whether one word is a role word of the main list; this function only adds the forms.
    """
    named = [piece for piece in pieces if not piece.isdigit()]
    if not named or len(named) > 3:
        return False
    whole = "".join(named)
    if len(named) < len(pieces) and is_role(whole):
        return True  # "shop.0231", "orders-12": a branch's number after the function
    forms = word_forms(whole) if len(whole) > 3 else {whole}  # "ceo", but never "hr" -> "hrs"
    if any(form in SERVICE_WORDS or is_role(form) for form in forms):
        return True
    return bool({named[0], named[-1]} & SERVICE_PIECES) or team_or_list_form(named, is_role)


_TEAM_ENDINGS = ("team", "desk")
_LIST_NAMES = frozenset(("allstaff", "everyone", "staff", "allusers", "allparents", "wholeschool"))
"""Whole-staff distribution lists: a list of everyone, nobody's own mailbox."""


def team_or_list_form(pieces: Sequence[str], is_role: Callable[[str], bool]) -> bool:
    """Whether a mailbox name's pieces ("accountsteam", or "sales", "team") name a team of a listed function, or
    a whole-staff list ("all", "staff").  `is_role` says whether one word is a role word."""
    named = [piece for piece in pieces if not piece.isdigit()]
    if not named or len(named) > 3:
        return False
    whole = "".join(named)
    if whole in _LIST_NAMES:
        return True
    for ending in _TEAM_ENDINGS:
        stem = whole.removesuffix(ending)
        if stem != whole and len(stem) > 2 and is_role(stem):
            return True
    return False
