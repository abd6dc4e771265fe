"""Structured data about a person that a page hands to search engines: JSON-LD, h-card, microdata.

It is invisible in the browser but read by every search engine and scraper, and it is where a
site builder puts the phone number, the address and the job title the person typed into a
form once.  Three vocabularies say the same things:

- JSON-LD (`<script type="application/ld+json">`): schema.org `Person`, or a `ProfilePage`
  whose `mainEntity` is one; blocks may be an object, a list or an `@graph`, with `@id`
  references between nodes; a malformed block is skipped.
- microformats2 `h-card`, read by mf2py from the HTML already fetched (given the document,
  never the address: with only an address mf2py would fetch it itself with `requests`).
- microdata (`itemscope` / `itemprop`), as GitHub's profile pages use.

Each property becomes a `Piece` whose field names the vocabulary, the type and the property
("JSON-LD Person.telephone", "h-card adr", "microdata Person.homeLocation").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag

from audit.fetchers.public_page.extract import Piece, clean

PERSON_PROPERTIES = (
    "name givenName familyName alternateName jobTitle hasOccupation worksFor affiliation memberOf alumniOf "
    "address homeLocation workLocation telephone email contactPoint description".split()
)
ADDRESS_PARTS = ("streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry")
MICRODATA_PROPERTIES = frozenset([*PERSON_PROPERTIES, *ADDRESS_PARTS])
HCARD_PROPERTIES = (
    "name nickname job-title role org tel email adr street-address extended-address locality region "
    "postal-code country-name note".split()
)
HADR_PARTS = ("street-address", "extended-address", "locality", "region", "postal-code", "country-name")
MAX_JSON_DEPTH = 32
"""Deeper JSON-LD than this is not walked: real profile markup nests four or five levels."""


def structured_pieces(soup: BeautifulSoup, html: str, url: str) -> list[Piece]:
    """Every person property the page declares, in all three vocabularies."""
    return [*json_ld(soup), *h_cards(html, url), *microdata(soup)]


# -- JSON-LD -------------------------------------------------------------------------------


def json_ld(soup: BeautifulSoup) -> list[Piece]:
    nodes: list[dict[str, Any]] = []
    for script in soup.find_all("script"):
        if str(script.get("type") or "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.get_text())
        except (ValueError, RecursionError):
            continue  # a malformed block is common and says nothing
        nodes += _nodes(data, 0)
    by_id = {str(node["@id"]): node for node in nodes if isinstance(node.get("@id"), str)}
    people: list[dict[str, Any]] = []
    for node in nodes:
        types = _types(node)
        if "Person" in types:
            people.append(node)
        elif "ProfilePage" in types:
            main = _resolve(node.get("mainEntity"), by_id)
            if isinstance(main, dict) and "Person" in _types(main):
                people.append(main)
    pieces: list[Piece] = []
    done: set[int] = set()
    for person in people:
        if id(person) in done:
            continue
        done.add(id(person))
        for key in PERSON_PROPERTIES:
            for text in _texts(person.get(key), by_id, 0):
                pieces.append(Piece(f"JSON-LD Person.{key}", text))
    return pieces


def _nodes(data: Any, depth: int) -> list[dict[str, Any]]:
    """Every object in a JSON-LD block that carries a type, through lists and `@graph`."""
    if depth > MAX_JSON_DEPTH:
        return []
    if isinstance(data, list):
        return [node for entry in data for node in _nodes(entry, depth + 1)]
    if not isinstance(data, dict):
        return []
    found = [data] if "@type" in data or "@id" in data else []
    for value in data.values():
        if isinstance(value, list | dict):
            found += _nodes(value, depth + 1)
    return found


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    names = value if isinstance(value, list) else [value]
    return {str(name).rsplit("/", 1)[-1] for name in names if isinstance(name, str)}


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """A node for an `{"@id": ...}` reference to one, else the value itself."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        return by_id.get(str(value["@id"]), value)
    return value


def _texts(value: Any, by_id: dict[str, dict[str, Any]], depth: int) -> list[str]:
    """The readable text of a property: a string, a named thing, an address, or a list of them."""
    if depth > 4:
        return []
    value = _resolve(value, by_id)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = clean(str(value)).removeprefix("mailto:").removeprefix("tel:")
        return [text] if text else []
    if isinstance(value, list):
        return [text for entry in value[:50] for text in _texts(entry, by_id, depth + 1)]
    if not isinstance(value, dict):
        return []
    if any(part in value for part in ADDRESS_PARTS):
        parts = [text for part in ADDRESS_PARTS for text in _texts(value.get(part), by_id, depth + 1)]
        return [", ".join(parts)] if parts else []
    texts: list[str] = []
    for key in ("name", "telephone", "email", "address", "value"):
        texts += _texts(value.get(key), by_id, depth + 1)
    return texts


# -- microformats2 -------------------------------------------------------------------------


def h_cards(html: str, url: str) -> list[Piece]:
    import mf2py

    try:
        parsed = mf2py.parse(doc=html, url=url, html_parser="lxml")
    except Exception:  # mf2py is a third-party parser: a page it cannot read just has no h-card
        return []
    pieces: list[Piece] = []
    for card in _cards(parsed.get("items") or [], 0):
        properties = card.get("properties") or {}
        for key in HCARD_PROPERTIES:
            for value in properties.get(key) or ():
                for text in _mf_texts(key, value):
                    pieces.append(Piece(f"h-card {key}", text))
    return pieces


def _cards(items: list[Any], depth: int) -> Iterator[dict[str, Any]]:
    """Every h-card, at the top or nested in another item (an h-entry's author)."""
    if depth > 8:
        return
    for item in items:
        if not isinstance(item, dict):
            continue
        if "h-card" in (item.get("type") or ()):
            yield item
        nested = [v for values in (item.get("properties") or {}).values() for v in values if isinstance(v, dict)]
        yield from _cards([*nested, *(item.get("children") or ())], depth + 1)


def _mf_texts(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        text = clean(value).removeprefix("mailto:").removeprefix("tel:")
        return [text] if text else []
    if not isinstance(value, dict):
        return []
    properties = value.get("properties") or {}
    if key == "adr" or "h-adr" in (value.get("type") or ()):
        # the nested value runs the parts together ("1 Example RoadExampleton"): join the parts
        parts = [clean(str(v)) for part in HADR_PARTS for v in properties.get(part) or () if isinstance(v, str)]
        return [", ".join(p for p in parts if p)] if any(parts) else []
    names = [v for v in properties.get("name") or () if isinstance(v, str)]
    return [clean(names[0])] if names else _mf_texts(key, value.get("value"))


# -- microdata -----------------------------------------------------------------------------


def microdata(soup: BeautifulSoup) -> list[Piece]:
    pieces: list[Piece] = []
    for element in soup.find_all(itemprop=True):
        names = str(element.get("itemprop") or "").split()
        wanted = [name for name in names if name in MICRODATA_PROPERTIES]
        if not wanted or element.has_attr("itemscope") and not element.get_text(strip=True):
            continue
        text = _item_value(element)
        if text:
            kind = _scope_type(element)
            pieces += [Piece(f"microdata {kind}.{name}", text) for name in wanted]
    return pieces


def _item_value(element: Tag) -> str:
    if element.name == "meta":
        raw = str(element.get("content") or "")
    elif element.name in ("a", "link", "area") and element.get("href"):
        href = str(element["href"])
        raw = href.split(":", 1)[1] if href.lower().startswith(("mailto:", "tel:")) else element.get_text(" ")
    elif element.name == "time":
        raw = str(element.get("datetime") or element.get_text(" "))
    elif element.name in ("data", "meter"):
        raw = str(element.get("value") or element.get_text(" "))
    else:
        raw = element.get_text(" ")
    return clean(raw)


def _scope_type(element: Tag) -> str:
    """The type of the item a property belongs to ("Person"), from the nearest `itemscope`."""
    scope = element.find_parent(attrs={"itemscope": True})
    itemtype = str(scope.get("itemtype") or "") if scope is not None else ""
    return itemtype.rstrip("/").rsplit("/", 1)[-1] or "item"
