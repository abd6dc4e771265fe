"""Facebook's profile details (`profile_information.json`, every JSON generation): each field
the person filled in, as its own item, linked to the profile's page where the download lets us
build its address.  A mixin of `FacebookFetcher`, kept apart because the profile is one idea:
which of its fields can expose the person (e-mails, numbers, work, schools, places, address).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from audit.model import web_address
from detectors.base import Item

if TYPE_CHECKING:
    from audit.fetchers.meta_common import MetaFetcher as _Base
else:
    _Base = object

_ADDRESS_PARTS = ("street", "city", "region", "zipcode", "country")
_USERNAME = re.compile(r"^[A-Za-z0-9.]{1,50}$")


class FacebookProfile(_Base):
    """The profile file's fields as items (mixed into `FacebookFetcher`)."""

    def _profile(self, name: str) -> Iterator[Item]:
        for record in self.records(name, prefix=""):
            profile = record.get("profile_v2") or record.get("profile") or record if isinstance(record, dict) else {}
            yield from self._profile_fields(name, profile)

    def _profile_fields(self, name: str, profile: dict[str, Any]) -> Iterator[Item]:
        page = profile_url(profile)

        def text(field: str, value: Any) -> Iterator[Item]:
            item = self.text_item(name, None, field, value, "profile", "unknown")
            if item:
                yield item.linked(page)

        emails = profile.get("emails") or {}
        for key in ("emails", "previous_emails", "pending_emails", "ad_account_emails"):
            for email in (emails.get(key) if isinstance(emails, dict) else None) or ():
                yield from text(f"emails.{key}", email)
        for phone in dicts(profile.get("phone_numbers")):
            yield from text("phone_numbers.phone_number", phone.get("phone_number"))
        for job in dicts(profile.get("work_experiences")):
            for key in ("title", "employer", "location", "description"):
                yield from text(f"work_experiences.{key}", job.get(key))
        for school in dicts(profile.get("education_experiences")):
            for key in ("name", "degree", "description"):
                yield from text(f"education_experiences.{key}", school.get(key))
            for subject in school.get("concentrations") or ():
                yield from text("education_experiences.concentrations", subject)
        for key in ("current_city", "hometown", "intro_bio", "name_pronunciation"):
            value = profile.get(key)
            yield from text(f"{key}.name", value.get("name") if isinstance(value, dict) else value)
        address = profile.get("address")
        if isinstance(address, dict):
            parts = [str(address[k]) for k in _ADDRESS_PARTS if isinstance(address.get(k), str) and address[k]]
            yield from text("address", ", ".join(parts))
        for site in dicts(profile.get("websites")):
            yield from text("websites.address", site.get("address"))
        for place in dicts(profile.get("places_lived")):
            yield from text("places_lived.place", place.get("place"))


def dicts(value: Any) -> list[dict[str, Any]]:
    """The dictionaries of a list, ignoring anything else a damaged file holds there."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def profile_url(profile: dict[str, Any]) -> str | None:
    """The profile's page, `profile_uri` as the download gives it, else built from `username`:
    Facebook's download gives no address for a post, but the profile's own details can be
    reached at once."""
    given = web_address(profile.get("profile_uri"), ("facebook.com",))
    username = profile.get("username")
    if given or not isinstance(username, str) or not _USERNAME.match(username):
        return given
    return f"https://www.facebook.com/{username}"
