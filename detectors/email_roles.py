"""Role mailboxes: local parts that name a function, not a person ("info@", "bookings@", "parties@").

Read by the e-mail filters (`detectors.email_filters.ORGANISATION_MAILBOX`, the agent's-mailbox filter) and by the
detector's leniency for a bio's own bookings mailbox; kept apart because the word lists grow with every kind of
organisation people quote, and the filters module should not grow with them.
"""

from __future__ import annotations

import re

from detectors.email_role_forms import role_in_another_form

ROLE_MAILBOXES = frozenset(
    str.split(
        "info information hello hi sales support help helpdesk enquiries enquiry inquiries inquiry bookings booking "
        "book reservations reservation reservas admin administrator office contact contactus team press pr media "
        "news newsdesk editor editors marketing jobs careers recruitment hr accounts billing invoices orders shop "
        "store service services customerservice customerservices customercare care reception events membership "
        "members secretary club noreply no-reply donotreply do-not-reply webmaster postmaster mail general "
        "feedback complaints repairs lettings ops operations mgmt management tickets boxoffice studio bookshop "
        "waste planning council admissions consular customerservice submissions consultation consultations licensing "
        "housing elections weddings archive archives procurement purchasing partnerships partners refunds refund "
        "customerteam customers friends volunteers volunteering fundraising donations "
        # a service the organisation runs, in the plural or as a department: "parties@" of a soft play, "drivers@" of a
        # community transport scheme, "hire@" of a hall, "labs@" and "dept@" of a university
        "parties drivers hire rentals lessons classes courses tours groups deliveries quotes lab labs dept department "
        "faculty "
        # a firm's hiring and pay desks, which job seekers are told to write to: "talent@", "timesheets@"
        "talent resourcing vacancies applications hiring payroll timesheets "
        # a firm's or a body's desk for disputes and claims: "appeals@" of a parking company, "claims@" of an insurer
        "appeals claims"
    )
)
"""Local parts that name a function, not a person: the mailbox of whoever holds the role."""


def is_role_mailbox(candidate: str) -> bool:
    """ "info@", "customer.service@", "consular.lisbon@", "sales-uk@": a function's mailbox, by its
    whole local part or by its first or last piece."""
    local = re.split(r"[\s\[({@]", candidate.strip().lower())[0]
    pieces = [piece for piece in re.split(r"[._-]", local) if piece]
    if not pieces:
        return False
    if local in ROLE_MAILBOXES or "".join(pieces) in ROLE_MAILBOXES or {pieces[0], pieces[-1]} & _ROLE_PIECES:
        return True
    return role_in_another_form(pieces, ROLE_MAILBOXES.__contains__)  # "volunteer@", "shop.0231@", "advice@"


_ROLE_PIECES = frozenset(
    str.split(
        "info sales support enquiries enquiry inquiries bookings booking reservations admin office contact reception "
        "accounts billing invoices orders customerservice customerservices press marketing consular consultation "
        "licensing housing noreply webmaster jobs careers recruitment helpdesk procurement partnerships refunds archive"
    )
)
"""Role words that name a function even as one piece of a longer mailbox name ("sales.uk@",
"consular.lisbon@"); not the ones that also start people's own names ("hello.jo84@", "e-mail@")."""
