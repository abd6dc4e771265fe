"""`audit.model.web_address` refuses an address holding any space or unprintable character; it
checks that as `" " not in url and url.isprintable()` (one pass in C), which must refuse exactly
what the character-by-character test it replaced refused, for every character there is."""

from __future__ import annotations

import sys

from audit.model import _plain, web_address


def test_the_quick_check_refuses_exactly_what_the_per_character_one_did() -> None:
    differ = [
        code
        for code in range(sys.maxunicode + 1)
        if _plain(chr(code)) == (chr(code).isspace() or not chr(code).isprintable())
    ]
    assert differ == []


def test_addresses_with_a_hidden_space_or_control_character_are_refused() -> None:
    for hidden in (" ", "\t", "\u00a0", "\u2028", "\u200b", "\x7f", "\u3000"):
        assert web_address(f"https://social.example.org/@jo{hidden}/1") is None
    assert web_address("https://social.example.org/@jo/1?a=é") == "https://social.example.org/@jo/1?a=é"
