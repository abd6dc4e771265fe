"""One public address, captured: robots.txt asked, the page fetched and read, endpoints added.

This is the whole visit, done before the scan starts (so a bad address fails fast, in one
line, like a missing file): ask the site's robots.txt; fetch the page; read it (`extract`);
fetch the documented public endpoint that serves the same profile as data, if there is one
(`endpoints`); and name whatever a stranger's browser would show that the tool could not see
(`walls`).  Problems that stop the page being read at all are a `PageFetchError`; problems
with a part of it (an outbox hidden from anonymous clients, a login wall) are notes the
report shows beside the findings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from audit.fetchers.html_depth import TooDeepHtml, check_depth
from audit.fetchers.public_page import robots
from audit.fetchers.public_page.endpoints import Endpoint, endpoints_for, outbox_endpoint, pieces_from
from audit.fetchers.public_page.extract import PageContent, Piece, read_page
from audit.fetchers.public_page.fetch import JSON_TYPES, Document, FetchLimits, PageClient, PageFetchError
from audit.fetchers.public_page.guard import ConnectionLog
from audit.fetchers.public_page.noindex import NOINDEX_WORDS, asks_not_to_be_listed
from audit.fetchers.public_page.photos import Photo, fetch_photos
from audit.fetchers.public_page.walls import wall_for, wall_for_robots, walled_platform

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9"
ROBOTS_TYPES: tuple[str, ...] = ()
"""robots.txt is read whatever type the site calls it."""


@dataclass
class Capture:
    """What one address showed a stranger, and what it did not."""

    url: str
    """The address as the person gave it (tidied): the `file` of every finding from it."""
    final_url: str = ""
    pieces: list[Piece] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What could not be seen, in plain words, one line each."""
    documents: dict[str, str] = field(default_factory=dict)
    """Name -> text of each response read (the page, each endpoint), for progress and tests."""
    content: PageContent | None = None
    platform: str = "web"
    """The platform recognised from the address or the page ("mastodon", "github", "x"), else "web"."""
    complete: bool = True
    """False when part of what a stranger's browser shows was not read (a login wall, an endpoint
    that refused, a page not read, an image that failed with `--photos`): a value not found
    again on such a page cannot be called gone (`audit.verify`)."""
    notices: list[str] = field(default_factory=list)
    """Worth knowing, not a problem and not a finding (the page asks not to be listed: noindex)."""
    photos: list[Photo] = field(default_factory=list)
    """The page's own images, fetched only with `--photos`."""


def normalise(address: str) -> str:
    """The address with a scheme-less `https:/host` (a path tool ate a slash) repaired and no fragment."""
    text = address.strip()
    for scheme in ("https", "http"):
        prefix = f"{scheme}:/"
        if text.lower().startswith(prefix) and not text.lower().startswith(prefix + "/"):
            text = f"{scheme}://{text[len(prefix) :]}"
    parts = urlsplit(text)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def capture(
    address: str,
    limits: FetchLimits | None = None,
    host_map: Mapping[str, str] | None = None,
    log: ConnectionLog | None = None,
    *,
    photos: bool = False,
) -> Capture:
    """Visit one public address; PageFetchError (one line) if its page cannot be read at all.

    With `photos` the page's own images are fetched too, for their GPS position (`photos`);
    without it no image is ever requested."""
    url = normalise(address)
    if not urlsplit(url).hostname:
        raise PageFetchError(f"{address}: not a web address (give one starting with https://)")
    result = Capture(url)
    client = PageClient(url, limits or FetchLimits(), dict(host_map or {}), log or ConnectionLog())
    with client:
        robots_document = _ask_robots(client, url)
        page = client.get(url, PAGE_ACCEPT)
        result.final_url = page.url
        walled = walled_platform(url)
        if walled:
            result.platform = walled[0]
        elif page.left_for:
            moved = urlsplit(page.left_for).hostname
            raise PageFetchError(
                f"{url}: the site sent profile-audit on to another site ({moved}); scan that address if it is yours"
            )
        elif page.status >= 300:
            raise PageFetchError(f"{url}: {_status_line(page.status)}")
        if page.status < 300 and not page.text.strip():
            result.notes.append("the site sent an empty page")
            result.complete = False
        elif page.status < 300:
            result.documents["page.html"] = page.text
            try:
                check_depth(page.text)
                result.content = read_page(page.text, page.url)
            except TooDeepHtml as error:
                result.notes.append(f"the page is {error}, far beyond any real page; it was not read")
                result.complete = False
            except RecursionError:
                result.notes.append("the page is nested too deeply to read; it was not read")
                result.complete = False
        if result.content is not None:
            result.pieces += result.content.pieces
            if asks_not_to_be_listed(result.content.robots, page.robots_tag):
                result.notices.append(NOINDEX_WORDS)
        elif page.status < 300 and asks_not_to_be_listed((), page.robots_tag):
            result.notices.append(NOINDEX_WORDS)
        read_endpoints = _endpoints(client, result)
        wall = wall_for(page, result.content)
        if wall is not None and wall.nothing_seen:
            result.pieces = []  # a login page's words are the platform's, not the person's
        if wall is not None and not (read_endpoints and not wall.nothing_seen):
            result.notes.append(wall.reason)
        if wall is not None and (walled or wall.nothing_seen):
            result.complete = False
        if photos and result.content is not None and result.pieces:
            _photos(client, result, robots_document)
    return result


def _photos(client: PageClient, result: Capture, robots_document: Document) -> None:
    """Fetch the page's own images (`--photos` only) and say what stopped any being read."""
    assert result.content is not None
    images = [address for address, _ in result.content.images]
    haul = fetch_photos(client, [result.url, result.final_url], images, robots_document.status, robots_document.text)
    result.photos = haul.photos
    result.notes += haul.notes
    if haul.notes:
        result.complete = False
    if haul.skipped_elsewhere:
        several = haul.skipped_elsewhere > 1
        result.notices.append(
            f"{haul.skipped_elsewhere} image{'s' if several else ''} on the page "
            f"{'come' if several else 'comes'} from another site and {'were' if several else 'was'} not fetched "
            "(--photos reads only the page's own images)"
        )


def _ask_robots(client: PageClient, url: str) -> Document:
    """Stop, with the reason, if the site's robots.txt keeps programs away from this page;
    else the robots.txt answer, kept for the images `--photos` may ask about."""
    try:
        document = client.get(robots.robots_url(url), "text/plain", ROBOTS_TYPES)
    except PageFetchError as error:  # said of the page the person named, not of robots.txt
        raise PageFetchError(f"{url}: {str(error).split(': ', 1)[-1]}") from None
    answer = robots.answer(url, document.status, document.text)
    if not answer.allowed:
        raise PageFetchError(wall_for_robots(url, answer.why))
    client.crawl_delay = answer.crawl_delay
    return document


def _endpoints(client: PageClient, result: Capture) -> bool:
    """Fetch the documented public endpoints of a recognised profile; whether any was read."""
    queue = endpoints_for(result.final_url or result.url, result.content)
    read = False
    while queue:
        endpoint = queue.pop(0)
        result.platform = endpoint.platform
        data = _fetch_json(client, endpoint, result)
        if data is None:
            if not _posts_only(endpoint):  # a feed's posts have their own addresses: the rest still stands
                result.complete = False
            continue
        read = True
        result.documents[endpoint.title] = json.dumps(data)
        result.pieces += pieces_from(endpoint, data)
        if endpoint.platform == "mastodon" and "actor" in endpoint.title:
            outbox = outbox_endpoint(data, result.final_url or result.url)
            if outbox is not None:
                queue.append(outbox)
    return read


def _posts_only(endpoint: Endpoint) -> bool:
    """Whether an endpoint serves only posts (each with its own address), not the profile itself."""
    return "outbox" in endpoint.title or "getAuthorFeed" in endpoint.url


def _fetch_json(client: PageClient, endpoint: Endpoint, result: Capture) -> Any:
    """An endpoint's JSON, or None with a note saying what could not be read and why."""
    client.allow_host(urlsplit(endpoint.url).hostname or "")
    try:
        document = client.get(endpoint.url, endpoint.accept, JSON_TYPES)
    except PageFetchError as error:
        result.notes.append(f"{endpoint.title} could not be read: {str(error).split(': ', 1)[-1]}")
        return None
    if document.status in (401, 403) and endpoint.platform == "mastodon":
        result.notes.append(
            f"{endpoint.title}: this server hides it from visitors who are not logged in (HTTP {document.status}), "
            "so profile-audit could not see those posts; the Mastodon archive shows them all"
        )
        return None
    if document.status >= 400 or document.left_for:
        result.notes.append(f"{endpoint.title} could not be read: {_status_line(document.status)}")
        return None
    try:
        return json.loads(document.text)
    except (ValueError, RecursionError):
        result.notes.append(f"{endpoint.title} could not be read: the answer was not readable JSON")
        return None


def _status_line(status: int) -> str:
    """An HTTP error status in words a teacher can act on."""
    try:
        phrase = HTTPStatus(status).phrase.lower()
    except ValueError:
        phrase = "an unusual answer"
    if status < 400:
        return f"the site answered with a redirect that leads nowhere (HTTP {status})"
    if status == 404:
        return "the site says there is no such page (HTTP 404 not found); check the address"
    if status == 410:
        return "the site says the page has been removed (HTTP 410 gone)"
    if status == 429:
        return "the site asked profile-audit to slow down (HTTP 429); try again later"
    if status >= 500:
        return f"the site had a problem answering (HTTP {status} {phrase}); try again later"
    return f"the site refused the page (HTTP {status} {phrase})"
