"""Shared test set-up: every test gets its own throwaway data folder (keys, state)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.paths import HOME_ENV
from detectors.base import Item, Provenance, Section, Visibility
from detectors.filters import Filter


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point profile-audit's data folder at a temp dir so no test touches the real one."""
    home = tmp_path_factory.mktemp("profile-audit-home")
    monkeypatch.setenv(HOME_ENV, str(home))
    from audit import model

    model._secret.cache_clear()
    return home


def text_item(
    text: str,
    *,
    platform: str = "x",
    field: str = "full_text",
    section: Section = "post",
    visibility: Visibility = "public",
) -> Item:
    """An item as a fetcher would yield it, for detector tests."""
    return Item(Provenance(platform, "data/tweets.js", "1", field, section, None, visibility), text=text)


def filter_applies(rule: Filter, text: str, candidate: str) -> bool:
    """Whether a named filter applies to the first occurrence of `candidate` in `text`."""
    start = text.index(candidate)
    return rule(text, start, start + len(candidate))


def address_values(text: str) -> list[str]:
    """The values the address detector finds in a post (no school profile)."""
    from detectors.address import AddressDetector

    return [m.value for m in AddressDetector().detect(text_item(text))]


def rules_address_values(text: str) -> list[str]:
    """The values the address rules keep in a post, before the learned judgement has its say
    (`detectors.address_judgement`): for tables of what the rules themselves read."""
    from detectors.address import AddressDetector

    return [m.value for m in AddressDetector().candidates(text_item(text))[0]]
