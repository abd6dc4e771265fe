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


def test_a_page_finding_says_which_part_of_the_page_where_an_export_says_which_field() -> None:
    from audit.wording import place

    assert place("web", "profile", "meta og:description", "https://www.example.org/").words.startswith(
        "the page's description"
    )
    assert place("x", "profile", "description", "data/account.js").words == "your profile's bio"
