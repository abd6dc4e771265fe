"""Instagram's autofill file (2024 on): the e-mail, phone and address the account keeps to fill forms.

`personal_information/autofill_information/autofill_information.json` is, in the donated
exports W1 merged (shared/formats/instagram.md), one object of form-field names:

    {"ig_autofill_data": {"email": "...", "tel": "+44...", "tel_national": "...",
                          "street_address": "...", "postal_code": "...", "country_name": "..."}}

A real 2024 download was checked to hold e-mail addresses here.  Facebook's Messenger
autofill writes the same idea with upper-case keys and lists of values
(`{"autofill_information_v2": {"EMAIL": [...]}}`), and a synthetic export in the code index
uses `string_map_data` rows: all three are read, so a change of shape still yields the values.

Nobody else sees these values: items are "account" and "only_me".  The `tel_*` pieces and
the country codes repeat `tel` and are not read; the address parts are joined into one line,
the way Facebook's profile address is, so an address detector sees the whole of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from audit.fetchers.meta_common import MetaFetcher, optional
from audit.fetchers.meta_labels import string_map
from audit.fetchers.meta_text import epoch
from detectors.base import Item

AUTOFILL_FIELDS = ("email", "work_email", "tel", "phone", "work_phone", "company_name", "job_title")
"""Keys read one by one (compared lower-cased)."""
AUTOFILL_ADDRESS = (
    "street_address",
    "address_line1",
    "address_line2",
    "address_line3",
    "address_level2",
    "address_level1",
    "city",
    "state",
    "postal_code",
    "zip",
    "country_name",
)
"""Keys joined, in this order, into one address line."""


def autofill_items(fetcher: MetaFetcher, name: str) -> Iterator[Item]:
    """Every value of one autofill file worth a detector's look."""
    for record in fetcher.records(name, prefix=""):
        for block in _objects(record):
            for label, value, stamp in string_map(block):
                yield from optional(fetcher.text_item(name, None, label, value, "account", "only_me", epoch(stamp)))
            fields = _fields(block)
            for key in AUTOFILL_FIELDS:
                for value in fields.get(key, ()):
                    yield from optional(fetcher.text_item(name, None, key, value, "account", "only_me"))
            parts = [v for key in AUTOFILL_ADDRESS for v in fields.get(key, ())]
            yield from optional(fetcher.text_item(name, None, "address", ", ".join(parts), "account", "only_me"))


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a record, depth first (a `string_map_data` row is read whole, not entered)."""
    if isinstance(value, list):
        for entry in value:
            yield from _objects(entry)
    elif isinstance(value, dict):
        yield value
        for key, inner in value.items():
            if key != "string_map_data":
                yield from _objects(inner)


def _fields(block: dict[str, Any]) -> dict[str, list[str]]:
    """An object's form fields: lower-cased key -> its non-empty strings (one, or a list)."""
    fields: dict[str, list[str]] = {}
    for key, value in block.items():
        values = value if isinstance(value, list) else [value]
        texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
        if texts:
            fields.setdefault(str(key).lower(), []).extend(texts)
    return fields
