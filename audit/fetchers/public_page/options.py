"""How the public pages of one scan are fetched, set by the caller around `pipeline.scan`.

A page is fetched inside `audit.sources.open_sources`, several calls below the command that
knows what the person asked for, so the choices travel in a context variable rather than
through every signature in between: `--photos` (also fetch the page's own images and read
where they were taken), and a list that collects each page's `Capture`, which `audit.verify`
reads to tell "gone" from "could not see".  A context variable is per thread, so the app's
scan worker and a check made from a finding's screen never see each other's settings.

This module imports nothing heavy: the command line can set the options without loading
httpx.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.fetchers.public_page.capture import Capture


@dataclass
class PageOptions:
    """The choices for the pages fetched inside one `page_options` block."""

    photos: bool = False
    """Also fetch the page's images from its own site and read their GPS position (`--photos`)."""
    captures: list[Capture] = field(default_factory=list)
    """Every page captured inside the block, in order."""


_CURRENT: ContextVar[PageOptions | None] = ContextVar("profile_audit_page_options", default=None)


def current() -> PageOptions:
    """The options in force (the defaults outside any `page_options` block)."""
    return _CURRENT.get() or PageOptions()


@contextmanager
def page_options(photos: bool = False) -> Iterator[PageOptions]:
    """Fetch the pages of the scans run inside with these options; yields them, with the
    captures made filled in as the pages are fetched."""
    options = PageOptions(photos=photos)
    token = _CURRENT.set(options)
    try:
        yield options
    finally:
        _CURRENT.reset(token)
