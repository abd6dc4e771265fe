"""Findings: what the person is shown, saved and exported.

A `Finding` is a detector's `Match` placed where it was found.  Its `id` is a fingerprint
that survives re-scans and new export generations (kind + normalised value + the item's
anchor, `audit.identity`) and never contains the value: it is a keyed hash (BLAKE2b with a
per-installation secret), so a saved state file of fingerprints cannot be brute-forced back
into phone numbers.  Each finding also carries the fingerprint identity version 1 gave it
(`legacy_id`) and one of its place without the value (`place_id`), so that decisions saved
under an older identity, or about a value the rules now word differently, are carried over.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from audit.errors import AuditError
from audit.identity import anchor, legacy_anchor
from audit.paths import HOME_ENV, data_home_path, write_private
from detectors.base import Explanation, Item, Match
from detectors.places import place_for

EXCERPT_CONTEXT = 40
MAX_URL = 2048
_SPACES = re.compile(r"\s+")
_SIMPLE_URL = re.compile(r"https?://[a-z0-9][a-z0-9.-]*(?:/[A-Za-z0-9_./-]*)?")
"""An address `web_address` plainly keeps: a lower-case host name, a path of plain characters,
no port, user, query or fragment (how the fetchers build a post's address)."""
KEY_FILE = "fingerprint.key"
KEY_BACKUP = "fingerprint.key.bak"
KEY_BYTES = 32
_log = logging.getLogger(__name__)


class FingerprintKeyError(AuditError):
    """The fingerprint key cannot be read, written or trusted; one line naming the file."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing that needs the person's attention, with its evidence and location."""

    id: str
    kind: str
    clauses: tuple[str, ...]
    platform: str
    item_id: str | None
    file: str
    field: str
    value: str
    excerpt: str
    confidence: float
    visibility: str
    created_at: datetime | None
    rule: str
    section: str
    evidence: tuple[int, int] | None = None
    """Where the matched words sit in `excerpt`, for highlighting (not part of the JSON contract)."""
    tier: str = "likely"
    """ "likely" or "worth a look": how the app and the report sort and word it."""
    explanation: Explanation | None = None
    legacy_id: str = ""
    """The fingerprint identity version 1 gave this finding (file name and field in it)."""
    place_id: str = ""
    """A fingerprint of the kind and the item only: the same place if the value is re-worded."""
    url: str | None = None
    """The post's web address, where the export lets us build one (not part of its identity)."""
    place: str | None = None
    """Where a position is, in words ("near Fernside, 0.4 km"), for the position kinds and the
    likely home or workplace (`detectors.places`, `audit.places`); None for the rest."""

    @property
    def why(self) -> str:
        """Why it was found, in one line: the explanation where there is one, else the rule."""
        return self.explanation.describe() if self.explanation else self.rule

    def to_json(self) -> dict[str, Any]:
        """The finding as the stable `profile-audit.findings/1` contract spells it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "clauses": list(self.clauses),
            "platform": self.platform,
            "item_id": self.item_id,
            "file": self.file,
            "field": self.field,
            "value": self.value,
            "excerpt": self.excerpt,
            "confidence": self.confidence,
            "visibility": self.visibility,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "rule": self.rule,
            "tier": self.tier,
            "explanation": self.explanation.to_json() if self.explanation else None,
            "url": self.url,
            "place": self.place,
        }


def make_finding(item: Item, match: Match) -> Finding:
    """Place a detector's match at the item it came from."""
    where = item.provenance
    snippet, span = excerpt_with_span(item.text or "", match.start, match.end)
    here = anchor(item, match.start, match.end)
    key = fingerprint_key()  # once for the three: finding where the key lives is most of a fingerprint
    return Finding(
        id=fingerprint(match.kind, match.value, here, key),
        kind=match.kind,
        clauses=match.clauses,
        platform=where.platform,
        item_id=where.item_id,
        file=where.file,
        field=where.field,
        value=match.value,
        excerpt=snippet,
        confidence=match.confidence,
        visibility=where.visibility,
        created_at=where.created_at,
        rule=match.rule,
        section=where.section,
        evidence=span,
        tier=match.tier,
        explanation=match.explanation,
        legacy_id=fingerprint(match.kind, match.value, legacy_anchor(item), key),
        place_id=fingerprint(match.kind, "", here, key),
        url=web_address(where.url),
        place=place_for(match.kind, match.value),
    )


def web_address(url: object, domains: tuple[str, ...] = ()) -> str | None:
    """`url` if it is a plain http(s) address (on one of `domains` or their subdomains, if given),
    else None.  A link read from an export is opened in a browser, so a `file:` or `javascript:`
    one, one hiding spaces or control characters, or one a platform never writes, is not offered."""
    if not domains and isinstance(url, str) and len(url) <= MAX_URL and _SIMPLE_URL.fullmatch(url):
        return url  # what the checks below would give it, without `urlsplit` (once per finding)
    if not isinstance(url, str) or len(url) > MAX_URL or not _plain(url):
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:  # a malformed address ("http://[::1")
        return None
    ours = not domains or any(host == domain or host.endswith("." + domain) for domain in domains)
    return url if parts.scheme in ("http", "https") and host and ours else None


def _plain(url: str) -> bool:
    """No space, control or other unprintable character: every whitespace character but the
    space is unprintable to `str.isprintable`, so this is "no character is a space or unprintable"."""
    return " " not in url and url.isprintable()


def fingerprint(kind: str, value: str, location: str, key: bytes | None = None) -> str:
    """The keyed hash of a finding's identity; `key` is `fingerprint_key()` when the caller has it."""
    digest = hashlib.blake2b(f"{kind}\0{value}\0{location}".encode(), key=key or fingerprint_key(), digest_size=12)
    return digest.hexdigest()


def fingerprint_key() -> bytes:
    """This installation's key (`_secret`); callers check it before a scan, so a damaged key
    stops the run with a one-line error at the start rather than at the first finding."""
    override = os.environ.get(HOME_ENV)  # as `data_home_path`, with one `Path` per folder named:
    return _secret(_home(override) if override else data_home_path())  # asked once per finding


@lru_cache(maxsize=8)
def _home(override: str) -> Path:
    """The data folder `HOME_ENV` names, as `data_home_path` gives it: the same `Path` each time,
    so `_secret`'s cache finds it without working out a new path's hash (a third of a finding)."""
    return Path(override)


def excerpt(text: str, start: int, end: int) -> str:
    """The words around the evidence, on one line."""
    return excerpt_with_span(text, start, end)[0]


def excerpt_with_span(text: str, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The excerpt, and where the evidence sits in it (None when there is no evidence span).
    The words around it are cut between words, not in the middle of one."""
    if not text:
        return "", None
    left = _word_start(text, max(0, start - EXCERPT_CONTEXT), start)
    right = _word_end(text, end, min(len(text), end + EXCERPT_CONTEXT))
    before = ("…" if left else "") + _SPACES.sub(" ", text[left:start]).lstrip()
    evidence = _SPACES.sub(" ", text[start:end])
    after = _SPACES.sub(" ", text[end:right]).rstrip() + ("…" if right < len(text) else "")
    span = (len(before), len(before) + len(evidence)) if end > start else None
    return before + evidence + after, span


def _word_start(text: str, left: int, start: int) -> int:
    """`left` moved on to the next space if it falls inside a word (not past the evidence)."""
    cut = left
    while 0 < cut < start and not text[cut - 1].isspace():
        cut += 1
    return cut if cut < start or left == 0 else left


def _word_end(text: str, end: int, right: int) -> int:
    """`right` moved back to the last space if it falls inside a word (not into the evidence)."""
    cut = right
    while end < cut < len(text) and not text[cut].isspace():
        cut -= 1
    return cut if cut > end or right == len(text) else right


@lru_cache(maxsize=8)
def _secret(home: Path) -> bytes:
    """This installation's fingerprint key, made once and kept 0600 in the data folder.

    Cached per folder, so a demo run pointed at a throwaway folder gets its own key.  Every
    saved decision is keyed by it, so a damaged or lost key is never silently replaced: it
    is restored from the copy kept beside it (`fingerprint.key.bak`, written with the key)
    and the person told so, or refused with a one-line error naming the file.
    """
    path, backup = home / KEY_FILE, home / KEY_BACKUP
    key, spare = _read_key(path, strict=True), _read_key(backup, strict=False)
    if key is not None and len(key) == KEY_BYTES:
        if spare != key:  # keys made before backups existed, or a damaged backup
            _write_key(backup, key, strict=False)
        return key
    if spare is not None and len(spare) == KEY_BYTES:
        _write_key(path, spare, strict=True)
        state = "missing" if key is None else "damaged"
        _log.warning("%s was %s; restored it from %s", path, state, backup.name)
        return spare
    if key is not None or spare is not None:
        what = f"is damaged ({len(key)} bytes, not {KEY_BYTES})" if key is not None else "is missing"
        raise FingerprintKeyError(
            f"{path}: the fingerprint key {what} and {backup.name} holds no good copy; saved decisions "
            "depend on it, so it is not replaced (move the key files aside to start afresh)"
        )
    key = secrets.token_bytes(KEY_BYTES)
    _write_key(path, key, strict=True)
    _write_key(backup, key, strict=False)
    return key


def _read_key(path: Path, strict: bool) -> bytes | None:
    """The file's bytes, None if there is none; an unreadable key is an error, a backup not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        if not strict:
            return None
        raise FingerprintKeyError(f"{path}: cannot read the fingerprint key ({_why(error)})") from None


def _write_key(path: Path, key: bytes, strict: bool) -> None:
    """Write a key 0600; failing to write the key is an error, failing to write a backup not."""
    try:
        write_private(path, key)
    except OSError as error:
        if strict:
            raise FingerprintKeyError(f"{path}: cannot write the fingerprint key ({_why(error)})") from None


def _why(error: OSError) -> str:
    return error.strerror or type(error).__name__
