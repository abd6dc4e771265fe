"""Where on a public page a finding sits, in words a visitor would use."""

from __future__ import annotations

import pytest

from audit.fetchers.public_page.parts import part_words


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("page text (p)", "the page's text"),
        ("meta og:description", "the page's description as link previews show it (meta og:description)"),
        ("JSON-LD Person.telephone", "details hidden in the page for search engines (JSON-LD Person.telephone)"),
        ("h-card p-tel", "the page's contact card (h-card p-tel)"),
        ("tel: link", "a phone link on the page (tel: link)"),
        ("image alt text (me.jpg)", "the description (alt text) of the image me.jpg"),
        ("something new", "something new"),
    ],
)
def test_a_page_part_is_named_in_plain_words(field: str, words: str) -> None:
    assert part_words(field) == words
