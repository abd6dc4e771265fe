"""The main process's quick ways give what the general ones give, value for value.

A scan's process reads the export and makes, keeps and prints every finding while the workers
run the detectors; each of those steps has a quick way for the common case (`jsonout._text` for a
finding's JSON, `model.web_address` for a post's address, `CacheWriter.add` for a kept row).
Each must give exactly what the general way gives, for anything it may be handed.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

from audit import jsonindent
from audit.cache import CacheWriter, _plain
from audit.jsonout import _FINDINGS_LEVEL, _text
from audit.model import Finding, web_address
from detectors.base import Explanation

_SCALARS: list[Any] = [
    "plain",
    "caf\u00e9 \u2026 \U0001f600",
    'quote " back \\ tab \t line \n',
    "half \ud800 a character",
    "",
    None,
    True,
    False,
    0,
    -7,
    0.99,
    -0.0,
    1e300,
    float("nan"),
    float("inf"),
    float("-inf"),
]


def _value(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if depth <= 0 or roll < 0.5:
        return rng.choice(_SCALARS)
    if roll < 0.65:
        return [rng.choice(_SCALARS[:5]) for _ in range(rng.randint(0, 3))]  # strings, as clauses and cues
    if roll < 0.75:
        return [_value(rng, depth - 1) for _ in range(rng.randint(0, 3))]
    if roll < 0.8:
        return tuple(_value(rng, depth - 1) for _ in range(rng.randint(0, 2)))
    keys: list[Any] = ["signal", "reason", "cues", "caf\u00e9", 'q"k']
    if rng.random() < 0.1:
        keys.append(rng.choice([1, 2.5, None, True]))  # a key JSON spells otherwise
    return {rng.choice(keys): _value(rng, depth - 1) for _ in range(rng.randint(0, 4))}


def test_a_findings_text_is_jsonindents_whatever_it_holds() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        document = {f"k{n}": _value(rng, 3) for n in range(rng.randint(0, 6))}
        assert _text(document, _FINDINGS_LEVEL) == jsonindent.dumps(document, _FINDINGS_LEVEL)


def _slow_web_address(url: str) -> str | None:
    """`web_address` without its quick way (as it was before)."""
    with mock.patch("audit.model._SIMPLE_URL") as simple:
        simple.fullmatch.return_value = None
        return web_address(url)


def test_a_posts_address_is_kept_or_refused_as_before() -> None:
    rng = random.Random(7)
    pieces = ["https", "http", "ftp", "HTTPS", "://", ":/", "x.com", "X.com", "social.example.org", "a-b.example", "."]
    pieces += ["/", "/MsExampleTeach", "/status/", "1000000000000000093", "@jo", "?q=1", "#top", ":443", "[::1]"]
    pieces += [" ", "\t", "_", "-", "..", "%20", "\u00e9", "user@", ""]
    for _ in range(20000):
        url = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert web_address(url) == _slow_web_address(url), url
    for url in ("https://x.com/MsExampleTeach/status/1000000000000000093", "https://x.com/i/web/status/1"):
        assert web_address(url) == url == _slow_web_address(url)
        assert urlsplit(url).hostname == "x.com"


def test_a_kept_row_is_the_one_every_field_through_plain_gave() -> None:
    finding = Finding(
        id="0123456789abcdef01234567",
        kind="phone",
        clauses=("2.3.2", "2.4.2"),
        platform="x",
        item_id="1000000000000000093",
        file="data/tweets.js",
        field="full_text",
        value="+447700900093",
        excerpt="\u2026new number is 07700 900093, text me",
        confidence=0.99,
        visibility="public",
        created_at=datetime(2012, 1, 3, 15, 33, tzinfo=UTC),
        rule="UK mobile number, offered as a contact",
        section="post",
        evidence=(15, 27),
        explanation=Explanation("rule", "UK mobile number", ("cue",), ()),
        url="https://x.com/MsExampleTeach/status/1000000000000000093",
    )
    variants = [
        finding,
        replace(finding, created_at=None, explanation=None, evidence=None, url=None, item_id=None),
        replace(finding, created_at=datetime(2019, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))),
        replace(finding, created_at=datetime(2019, 6, 1, 8, 0)),  # no zone
    ]
    for order, variant in enumerate(variants):
        writer = CacheWriter.__new__(CacheWriter)
        rows: list[object] = []
        writer._put = rows.append  # type: ignore[method-assign, assignment]
        writer._count = 0
        writer.add(variant, order)
        expected = [order, *(_plain(getattr(variant, name)) for name in Finding.__dataclass_fields__)]
        assert json.dumps(rows[0], separators=(",", ":")) == json.dumps(expected, separators=(",", ":"))
