"""Meta's generic record formats: Facebook's `label_values` and Instagram's `string_map_data`.

Since 2024 Facebook writes every file that is not a "classic" one as records of display
labels and values, nested to any depth:

    {"timestamp": 1700000000, "fbid": "1000...", "label_values": [
        {"label": "Message", "value": "..."},
        {"label": "Place tags", "dict": [{"label": "Name", "value": "..."},
                                         {"label": "Coordinates", "value": "(51.5 , -0.12)"}]},
        {"label": "Visit time", "timestamp_value": 1700000000},
        {"label": "Cities", "vec": [{"value": "..."}]}]}

Instagram's records key their fields by label instead (`string_map_data`, a dict, and
`string_list_data`, a list).  Labels are display text, localised and re-worded between
versions, so logic never depends on one spelling: callers pass synonym sets and compare
with `same_label`, which ignores case and punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from audit.fetchers.meta_text import coordinates, coordinates_text, epoch

_NOT_WORD = re.compile(r"[\W_]+")

PLACE_NAME_LABELS = frozenset({"name", "place name", "place", "location", "nome", "naam"})
ADDRESS_LABELS = frozenset({"address", "indirizzo", "adres"})
COORDINATE_LABELS = frozenset({"coordinates", "coordinate", "coördinaten", "koordinaten"})
LATITUDE_LABELS = frozenset({"latitude", "latitudine", "breedtegraad"})
LONGITUDE_LABELS = frozenset({"longitude", "longitudine", "lengtegraad"})


def norm_label(label: Any) -> str:
    """ "Phone Number", "phone_number" and "Phone number:" all become "phone number"."""
    return _NOT_WORD.sub(" ", str(label)).strip().lower() if label is not None else ""


def same_label(label: Any, synonyms: Iterable[str]) -> bool:
    return norm_label(label) in {norm_label(s) for s in synonyms}


@dataclass(frozen=True, slots=True)
class LabelValue:
    """One leaf of a `label_values` tree: its label path and its text or time value."""

    path: tuple[str, ...]
    """Labels from the record's top down: ("Place tags", "Name")."""
    value: str | None
    timestamp: int | None = None

    @property
    def label(self) -> str:
        return self.path[-1] if self.path else ""


def flatten(entries: Any, path: tuple[str, ...] = ()) -> Iterator[LabelValue]:
    """Every leaf of a `label_values` list (or `dict`/`vec` list), depth first."""
    if not isinstance(entries, list):
        return
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        label = entry.get("label") or entry.get("title") or entry.get("ent_field_name") or ""
        here = (*path, str(label)) if label else path
        if isinstance(entry.get("value"), str | int | float) and not isinstance(entry.get("value"), bool):
            yield LabelValue(here, str(entry["value"]))
        if "timestamp_value" in entry:
            stamp = entry["timestamp_value"]
            yield LabelValue(here, None, stamp if isinstance(stamp, int) else None)
        if isinstance(entry.get("href"), str) and entry["href"] and entry.get("value") != entry["href"]:
            yield LabelValue((*here, "href"), entry["href"])
        for nested in ("dict", "vec"):
            yield from flatten(entry.get(nested), here)


def place_of(leaves: list[LabelValue]) -> tuple[str | None, str | None, tuple[float, float] | None]:
    """(place name, address, (lat, long)) among a record's leaves, each None when absent."""
    name = address = None
    point: tuple[float, float] | None = None
    lat = lon = None
    for leaf in leaves:
        label = norm_label(leaf.label)
        if label in PLACE_NAME_LABELS and leaf.value and name is None:
            name = leaf.value
        elif label in ADDRESS_LABELS and leaf.value:
            address = leaf.value
        elif label in COORDINATE_LABELS:
            point = coordinates_text(leaf.value)
        elif label in LATITUDE_LABELS:
            lat = leaf.value
        elif label in LONGITUDE_LABELS:
            lon = leaf.value
    if point is None and lat is not None:
        point = coordinates(lat, lon)
    return name, address, point


def record_time(record: dict[str, Any], leaves: list[LabelValue]) -> Any:
    """A record's time: its own `timestamp`, else the first `timestamp_value` in it."""
    if epoch(record.get("timestamp")):
        return epoch(record.get("timestamp"))
    for leaf in leaves:
        if leaf.timestamp:
            return epoch(leaf.timestamp)
    return None


def string_map(record: Any) -> Iterator[tuple[str, str, Any]]:
    """(label, value, timestamp) of an Instagram record's `string_map_data` and `string_list_data`."""
    if not isinstance(record, dict):
        return
    mapping = record.get("string_map_data")
    if isinstance(mapping, dict):
        for label, entry in mapping.items():
            if isinstance(entry, dict):
                value = entry.get("value")
                text = value if isinstance(value, str) else ""
                if text or entry.get("timestamp"):
                    yield str(label), text, entry.get("timestamp")
                href = entry.get("href")
                if isinstance(href, str) and href and href != value:
                    yield f"{label}.href", href, entry.get("timestamp")
    for entry in record.get("string_list_data") or ():
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            yield "value", entry["value"], entry.get("timestamp")


def map_value(record: Any, synonyms: Iterable[str]) -> str | None:
    """The value of the first `string_map_data` label among `synonyms`, or None."""
    wanted = {norm_label(s) for s in synonyms}
    for label, value, _ in string_map(record):
        if value and norm_label(label) in wanted:
            return value
    return None
