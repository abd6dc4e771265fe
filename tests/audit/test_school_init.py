"""The school profile's core: the checks that name every problem, the profile written from
answers that loads back the same, and `forget`, which removes what profile-audit keeps."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from audit.demo import persona_names, persona_school
from audit.errors import SchoolProfileError
from audit.forget import OTHER, forget, kept
from audit.paths import data_home
from audit.school import load_school, parse_school
from audit.school_check import check_file, problems
from audit.school_init import Answers, ask_answers, check_answers, render, write_profile
from audit.state import StateStore
from detectors.base import SchoolProfile

ROOT = Path(__file__).resolve().parents[2]
ST_AIDANS = Answers(
    name="St Aidan's C of E Primary School",
    aliases=("St Aidan's Primary", "St Aidans Brackenford"),
    domains=("staidans.example.org",),
    phones=("0113 496 0000", "07700 900456"),
    town="Brackenford",
    handles=("StAidansBrackenford", "brackenford_pri"),
)


def school(text: str) -> list[str]:
    return problems(tomllib.loads(text))


# Checks: every problem, one line each, the key named.


def test_a_misspelt_key_is_named_with_the_key_it_was_meant_to_be() -> None:
    assert school('[school]\ndomians = ["staidans.example.org"]\n') == [
        "unknown key 'domians' in [school]: did you mean 'domains'?"
    ]
    assert school("[school]\ncolour = 3\n") == [
        "unknown key 'colour' in [school] (the keys are name, town, aliases, domains, phones, handles)"
    ]


def test_tables_and_keys_outside_them_are_named() -> None:
    assert school('[schol]\nname = "x"\n') == ["unknown table '[schol]': did you mean '[school]'?"]
    assert school('name = "x"\n[school]\n') == ["'name' is outside the [school] table: move it below the [school] line"]
    assert school("") == ["no [school] table: the file must have a line [school] above its keys"]


def test_wrong_types_are_named_by_key() -> None:
    found = school('[school]\nname = 3\naliases = "one alias is fine"\ndomains = 3\nphones = [1]\n')
    assert found == [
        "'school.name' must be a string: text in quotes, like name = \"...\"",
        '\'school.domains\' must be a list of strings, like domains = ["...", "..."]',
        '\'school.phones\' must be a list of strings, like phones = ["...", "..."]',
    ]


@pytest.mark.parametrize(
    ("domain", "problem"),
    [
        ("office@staidans.example.org", "is a whole e-mail address"),
        ("https://staidans.example.org", "is a web address"),
        ("staidans.example.org/contact", "is a web address"),
        ("staidans example.org", "has a space in it"),
        ("staidans", "is not a domain name"),
        ("staidans..example.org", "is not a domain name"),
        ("-staidans.example.org", "is not a domain name"),
    ],
)
def test_bad_domains_are_named_with_what_is_wrong(domain: str, problem: str) -> None:
    (line,) = school(f'[school]\ndomains = ["staidans.example.org", "{domain}"]\n')
    assert line.startswith(f"'school.domains[1]' {problem}")
    assert domain not in line  # the position is named, never the value


def test_good_domains_numbers_and_handles_pass() -> None:
    document = (
        "[school]\n"
        'domains = ["@StAidans.Example.org", "mail.staidans.example.org", "xn--bcher-kva.example"]\n'
        'phones = ["0113 496 0000", "07700 900123", "020 7946 0123", "01632 960001", "+44 161 496 0000"]\n'
        'handles = ["@StAidansBrackenford", "#TeamStAidans", "staidans.bsky.social", "st-aidans"]\n'
    )
    assert school(document) == []


@pytest.mark.parametrize(
    ("phone", "problem"),
    [
        ("banana", "is not a UK or international phone number"),
        ("0113 496", "is not a UK or international phone number"),
        ("0800 123 4567", "is a freephone or service number, which is never reported anyway: leave it out"),
    ],
)
def test_bad_numbers_are_named(phone: str, problem: str) -> None:
    assert school(f'[school]\nphones = ["{phone}"]\n') == [f"'school.phones[0]' {problem}"]


def test_handles_that_are_links_or_phrases_are_named() -> None:
    found = school('[school]\nhandles = ["https://x.example.com/staidans", "St Aidans"]\n')
    assert found[0].startswith("'school.handles[0]' is a web address")
    assert found[1].startswith("'school.handles[1]' has a space in it")


def test_loading_names_the_first_problem_and_counts_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "school.toml"
    path.write_text('[school]\ndomians = []\nphones = ["banana"]\nhandle = []\n')
    with pytest.raises(SchoolProfileError) as error:
        load_school(path)
    message = str(error.value)
    assert message == (
        f"{path}: unknown key 'domians' in [school]: did you mean 'domains'? "
        f"(and 2 more: `profile-audit school check {path}` lists them all)"
    )
    assert check_file(path) == [
        f"{path}: unknown key 'domians' in [school]: did you mean 'domains'?",
        f"{path}: 'school.phones[0]' is not a UK or international phone number",
        f"{path}: unknown key 'handle' in [school]: did you mean 'handles'?",
    ]


def test_unreadable_files_are_one_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[school\n")
    (line,) = check_file(broken)
    assert line.startswith(f"{broken}: not valid TOML (")
    assert check_file(tmp_path / "missing.toml") == [f"{tmp_path / 'missing.toml'}: no such school profile"]
    assert check_file(tmp_path) == [f"{tmp_path}: is a folder, not a school profile"]


def test_the_shipped_profiles_pass() -> None:
    personas = [path for name in persona_names() if (path := persona_school(name)) is not None]
    paths = [*sorted((ROOT / "examples").glob("*.toml")), *personas]
    assert personas and len(paths) > len(personas)
    for path in paths:
        assert check_file(path) == [], path


# Writing: what is written loads back the same.


def test_a_written_profile_loads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "school.toml"
    write_profile(path, ST_AIDANS)
    assert load_school(path) == SchoolProfile(
        name="St Aidan's C of E Primary School",
        aliases=("St Aidan's Primary", "St Aidans Brackenford"),
        domains=("staidans.example.org",),
        phones=("+441134960000", "+447700900456"),
        town="Brackenford",
        handles=("StAidansBrackenford", "brackenford_pri"),
    )
    assert tomllib.loads(path.read_text()) == ST_AIDANS.document()
    assert check_file(path) == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "name",
    [
        'The "Quoted" School',
        "Back\\slash C of E \\u0041 Primary",
        "Ysgol Gymraeg Llanfair ŵ ŷ",
        "Tab\there and\nnew line",
        "Control \x00\x01\x1f\x7f characters",
        "Emoji 🏫 and '''triple''' quotes",
        "# not a comment = [ ]",
    ],
)
def test_any_text_round_trips(tmp_path: Path, name: str) -> None:
    answers = Answers(name=name, aliases=(name, "plain"), town=name)
    assert tomllib.loads(render(answers)) == answers.document()
    path = tmp_path / "school.toml"
    write_profile(path, answers)
    loaded = load_school(path)
    assert (loaded.aliases[1], loaded.town) == ("plain", name.strip())


def test_an_existing_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "school.toml"
    path.write_text("# the IT lead's own notes\n")
    with pytest.raises(SchoolProfileError, match="already exists; add --force to replace it"):
        write_profile(path, ST_AIDANS)
    assert path.read_text() == "# the IT lead's own notes\n"
    write_profile(path, ST_AIDANS, overwrite=True)
    assert load_school(path).name == ST_AIDANS.name
    with pytest.raises(SchoolProfileError, match="is a folder"):
        write_profile(tmp_path, ST_AIDANS, overwrite=True)


def test_flags_without_a_name_or_with_bad_values_are_refused() -> None:
    assert check_answers(Answers(domains=("office@staidans.example.org",))) == [
        "the school's name is missing: give it with --name",
        "'school.domains[0]' is a whole e-mail address: give only the part after @",
    ]
    assert check_answers(ST_AIDANS) == []


# The questions.


class Answering:
    """Answers the questions in order and keeps what was asked and said."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        self.said: list[str] = []

    def ask(self, question: str) -> str:
        self.asked.append(question)
        return self.answers.pop(0)

    def say(self, line: str) -> None:
        self.said.append(line)


def test_a_teacher_answers_and_bad_answers_are_asked_again() -> None:
    teacher = Answering(
        "",  # no name: asked again
        "  St Aidan's C of E Primary School ",
        "St Aidan's Primary, , St Aidans Brackenford",
        "Brackenford",
        "office@staidans.example.org",  # a whole address: asked again
        "@StAidans.example.org",
        "0113 496 0000, banana",  # one bad number: asked again
        "0113 496 0000",
        "@StAidansBrackenford, #brackenford_pri",
    )
    answers = ask_answers(teacher.ask, teacher.say)
    assert answers == Answers(
        name="St Aidan's C of E Primary School",
        aliases=("St Aidan's Primary", "St Aidans Brackenford"),
        domains=("staidans.example.org",),
        phones=("0113 496 0000",),
        town="Brackenford",
        handles=("StAidansBrackenford", "brackenford_pri"),
    )
    assert not teacher.answers
    assert len(teacher.asked) == 9
    said = "\n".join(teacher.said)
    assert "The name is needed" in said
    assert "'office@staidans.example.org' is a whole e-mail address: give only the part after @" in said
    assert "'banana' is not a UK or international phone number" in said
    assert parse_school(answers.document()).domains == ("staidans.example.org",)


def test_what_the_flags_gave_is_offered_and_enter_keeps_it() -> None:
    given = Answers(name="St Aidan's C of E Primary School", domains=("staidans.example.org",))
    teacher = Answering("", "", "", "", "", "")
    answers = ask_answers(teacher.ask, teacher.say, given)
    assert answers == given
    assert teacher.asked[0].endswith("[St Aidan's C of E Primary School]: ")
    assert "[staidans.example.org]" in teacher.asked[3]


# Forgetting.


def keep_progress() -> Path:
    """A data folder as a real run leaves it: progress, key and its spare, and leftovers."""
    home = data_home()
    store = StateStore()
    store.save(store.load())
    from audit.model import fingerprint_key

    fingerprint_key()
    (home / ".state.json.ab12cd34").write_text("{")
    (home / "state.json.unreadable-20240101T000000Z").write_text("{")
    return home


def test_kept_lists_everything_with_what_it_is_and_the_keys_last() -> None:
    home = keep_progress()
    (home / "notes.txt").write_text("not ours")
    listed = kept(home, whole_folder=False)
    assert [item.path.name for item in listed] == [
        ".state.json.ab12cd34",
        "state.json",
        "state.json.unreadable-20240101T000000Z",
        "fingerprint.key",
        "fingerprint.key.bak",
    ]
    assert all(item.what for item in listed)
    assert listed[1].what.startswith("your progress")


def test_forget_removes_only_what_is_ours_from_a_folder_it_was_pointed_at() -> None:
    home = keep_progress()
    (home / "notes.txt").write_text("not ours")
    assert forget(kept(home, whole_folder=False), home, whole_folder=False) == 5
    assert [path.name for path in home.iterdir()] == ["notes.txt"]
    assert kept(home, whole_folder=False) == []


def test_forget_removes_its_own_folder_whole(tmp_path: Path) -> None:
    home = keep_progress()
    (home / "notes.txt").write_text("ours, as the folder is")
    (home / "cache").mkdir()
    (home / "cache" / "x.bin").write_bytes(b"0")
    listed = kept(home, whole_folder=True)
    assert {item.what for item in listed if item.path.name in ("notes.txt", "cache")} == {OTHER}
    assert forget(listed, home, whole_folder=True) == 7
    assert not home.exists()
    assert kept(home) == [] and forget([], home) == 0
