"""Making a school profile: from a teacher's answers, or from an IT lead's flags.

The IT lead writes one profile and hands it to every member of staff, so what is written
must load (`audit.school.load_school`) and say the same thing back: `render` writes TOML by
hand (each string escaped for TOML's basic strings), and `write_profile` reads the file
back and compares before it reports success.  The questions go through an injectable
`ask` function (`input` by default) so tests can answer them; each answer is checked at
once with `audit.school_check`, and a bad one is asked again with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.errors import SchoolProfileError
from audit.paths import write_private
from audit.school import load_school, parse_school
from audit.school_check import domain_problem, handle_problem, phone_problem, problems

Ask = Callable[[str], str]
Say = Callable[[str], None]

INTRO = """\
Let's make your school's profile: a small file that tells profile-audit about your school.
With it, the school's own e-mail addresses and phone numbers are not reported as yours,
and the school's name is found however it is spelt. Press Enter to skip a question."""


@dataclass(frozen=True)
class Answers:
    """What goes into a profile, as the person gave it (normalised just enough to load)."""

    name: str = ""
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    town: str = ""
    handles: tuple[str, ...] = ()

    def cleaned(self) -> Answers:
        """Spaces trimmed, empty entries dropped, "@" and "#" taken off where they do not belong."""
        return Answers(
            name=self.name.strip(),
            aliases=_entries(self.aliases),
            domains=tuple(d.lower().removeprefix("@") for d in _entries(self.domains)),
            phones=_entries(self.phones),
            town=self.town.strip(),
            handles=tuple(h.lstrip("@#") for h in _entries(self.handles)),
        )

    def document(self) -> dict[str, Any]:
        """The TOML document as `tomllib` would parse it back."""
        return {
            "school": {
                "name": self.name,
                "aliases": list(self.aliases),
                "town": self.town,
                "domains": list(self.domains),
                "phones": list(self.phones),
                "handles": list(self.handles),
            }
        }


def _entries(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(value.strip() for value in values if value.strip())


def toml_string(value: str) -> str:
    """`value` as a TOML basic string: JSON's escapes are TOML's, but for DEL, which JSON leaves."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(toml_string(value) for value in values) + "]"


def render(answers: Answers) -> str:
    """The profile file, with a comment above each key saying what it is for."""
    return "\n".join(
        [
            "# School profile for profile-audit. Hand this file to staff: they choose it on the",
            "# app's first screen, or add --school FILE. Check it with: profile-audit school check FILE",
            "[school]",
            "# The school's full name, and other names people use for it.",
            f"name = {toml_string(answers.name)}",
            f"aliases = {_toml_list(answers.aliases)}",
            "# The town or village the school is in.",
            f"town = {toml_string(answers.town)}",
            "# The part after @ in staff e-mail addresses: those addresses are not reported as personal.",
            f"domains = {_toml_list(answers.domains)}",
            "# The school's own phone numbers: not reported as personal.",
            f"phones = {_toml_list(answers.phones)}",
            "# The school's own accounts and hashtags, without @ or #.",
            f"handles = {_toml_list(answers.handles)}",
            "",
        ]
    )


def check_answers(answers: Answers) -> list[str]:
    """Every problem with the answers, one line each (the same checks as loading)."""
    found = problems(answers.document())
    if not answers.name:
        found.insert(0, "the school's name is missing: give it with --name")
    return found


def write_profile(path: Path, answers: Answers, overwrite: bool = False) -> None:
    """Write the profile and read it back; refuse to replace a file unless `overwrite`."""
    if path.is_dir():
        raise SchoolProfileError(f"{path}: is a folder; give a file name such as school.toml")
    if path.exists() and not overwrite:
        raise SchoolProfileError(f"{path}: already exists; add --force to replace it")
    expected = parse_school(answers.document(), str(path))
    try:
        write_private(path, render(answers).encode("utf-8"))
    except OSError as error:
        raise SchoolProfileError(f"{path}: cannot write it ({error.strerror or type(error).__name__})") from None
    if load_school(path) != expected:  # pragma: no cover - render and parse disagree: a bug
        raise SchoolProfileError(f"{path}: written, but it does not read back the same; please report this")


# The questions a teacher answers.

Check = Callable[[str], str | None]


def ask_answers(ask: Ask, say: Say, given: Answers = Answers()) -> Answers:
    """Ask for each part of the profile; what `given` already holds is offered as the default."""
    say(INTRO + "\n")
    name = ""
    while not name:
        name = _ask_text(ask, "The school's full name (e.g. St Aidan's C of E Primary School)", given.name)
        if not name:
            say("  The name is needed: it is what the profile is about.")
    answers = Answers(
        name=name,
        aliases=_ask_list(ask, say, "Other names people use for it, separated by commas", given.aliases),
        town=_ask_text(ask, "The town or village it is in", given.town),
        domains=_ask_list(
            ask,
            say,
            "The part after @ in staff e-mail addresses, e.g. staidans.example.org (commas between several)",
            given.domains,
            domain_problem,
        ),
        phones=_ask_list(ask, say, "The school's own phone numbers, separated by commas", given.phones, phone_problem),
        handles=_ask_list(
            ask,
            say,
            "The school's own social-media accounts or hashtags, without @ or # (commas between several)",
            given.handles,
            handle_problem,
        ),
    )
    return answers.cleaned()


def _ask_text(ask: Ask, question: str, default: str) -> str:
    shown = f" [{default}]" if default else ""
    answer = ask(f"{question}{shown}: ").strip()
    return answer or default


def _ask_list(
    ask: Ask, say: Say, question: str, default: tuple[str, ...], check: Check | None = None
) -> tuple[str, ...]:
    """A comma-separated answer, asked again (with the reason) until every entry passes `check`."""
    while True:
        answer = _ask_text(ask, question, ", ".join(default))
        entries = tuple(part.strip() for part in answer.split(",") if part.strip())
        reasons = [f"  '{entry}' {problem}" for entry in entries if check and (problem := check(entry))]
        if not reasons:
            return entries
        for reason in reasons:
            say(reason)


def confirm(ask: Ask, question: str) -> bool:
    """A yes/no question whose default is no."""
    return ask(f"{question} [y/N]: ").strip().lower() in ("y", "yes")
