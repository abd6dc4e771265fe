"""`profile-audit school init | check` and `profile-audit forget`, as an IT lead and a teacher
run them: scripted with flags, answered at the prompt, one line per problem, nothing removed
without a yes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from audit.cli import main
from audit.paths import data_home
from audit.school import load_school
from fixtures.exportkit import write_tree
from fixtures.x_archive import Tweet, XArchive
from tui import cli as console

NAME = "St Aidan's C of E Primary School"
SCRIPTED = ("--name", NAME, "--domain", "staidans.example.org", "--phone", "0113 496 0000", "--yes")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def answers(monkeypatch: pytest.MonkeyPatch, *replies: str) -> list[str]:
    """Answer `input()` with `replies` in turn (EOFError after the last); returns the questions."""
    asked: list[str] = []
    queue: Iterator[str] = iter(replies)

    def fake_input(question: str = "") -> str:
        asked.append(question)
        try:
            return next(queue)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("builtins.input", fake_input)
    return asked


def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(question: str = "") -> str:
        raise AssertionError(f"asked {question!r}")

    monkeypatch.setattr("builtins.input", refuse)


def test_an_it_lead_scripts_a_profile_with_no_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_questions(monkeypatch)
    out_file = tmp_path / "school.toml"
    code, out, err = run(
        capsys, "school", "init", *SCRIPTED, "--handle", "@StAidansBrackenford", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert f"Written {out_file}: {NAME}, 1 e-mail domain, 1 phone number, 1 account or hashtag." in out
    profile = load_school(out_file)
    assert (profile.domains, profile.phones, profile.handles) == (
        ("staidans.example.org",),
        ("+441134960000",),
        ("StAidansBrackenford",),
    )
    code, out, err = run(capsys, "school", "check", str(out_file))
    assert code == 0 and out == f"{out_file}: fine: {NAME}, 1 e-mail domain, 1 phone number, 1 account or hashtag\n"


def test_an_existing_profile_is_kept_unless_force_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_questions(monkeypatch)
    out_file = tmp_path / "school.toml"
    out_file.write_text("# kept\n")
    code, out, err = run(capsys, "school", "init", *SCRIPTED, "--out", str(out_file))
    assert code == 2 and out == ""
    assert err == f"profile-audit: {out_file}: already exists; add --force to replace it\n"
    assert out_file.read_text() == "# kept\n"
    code, _, _ = run(capsys, "school", "init", *SCRIPTED, "--out", str(out_file), "--force")
    assert code == 0 and load_school(out_file).name == NAME


def test_scripted_values_that_would_not_load_are_each_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "school.toml"
    code, out, err = run(
        capsys, "school", "init", "--domain", "office@staidans.example.org", "--phone", "banana", "--yes",
        "--out", str(out_file),
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "profile-audit: the school's name is missing: give it with --name",
        "profile-audit: 'school.domains[0]' is a whole e-mail address: give only the part after @",
        "profile-audit: 'school.phones[0]' is not a UK or international phone number",
        "profile-audit: nothing written",
    ]
    assert not out_file.exists()


def test_a_teacher_answers_the_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    asked = answers(
        monkeypatch,
        NAME,
        "St Aidan's Primary",
        "Brackenford",
        "staidans.example.org",
        "0113 496 0000",
        "",
        "",  # where: the default, school.toml here
    )
    code, out, err = run(capsys, "school", "init")
    assert (code, err) == (0, "")
    assert asked[0].startswith("The school's full name") and asked[-1] == "Write it to [school.toml]: "
    assert "Let's make your school's profile" in out
    assert load_school(tmp_path / "school.toml").aliases == ("St Aidan's Primary",)


def test_a_teacher_is_asked_before_a_file_is_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out_file = tmp_path / "school.toml"
    out_file.write_text("# kept\n")
    asked = answers(monkeypatch, NAME, "", "", "", "", "", "n")
    code, out, _ = run(capsys, "school", "init", "--out", str(out_file))
    assert code == 0 and asked[-1] == f"{out_file} already exists. Replace it? [y/N]: "
    assert "Nothing written." in out and out_file.read_text() == "# kept\n"
    answers(monkeypatch, NAME, "", "", "", "", "", "y")
    code, _, _ = run(capsys, "school", "init", "--out", str(out_file))
    assert code == 0 and load_school(out_file).name == NAME


def test_input_that_ends_early_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers(monkeypatch, NAME)
    code, _, err = run(capsys, "school", "init", "--out", str(tmp_path / "school.toml"))
    assert code == 2
    assert err == "profile-audit: no more answers (input ended): give the values as flags with --yes\n"
    assert not (tmp_path / "school.toml").exists()


def test_check_names_every_problem_on_its_own_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "school.toml"
    path.write_text('[school]\ndomians = ["staidans.example.org"]\nphones = ["banana"]\n')
    code, out, err = run(capsys, "school", "check", str(path))
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{path}: unknown key 'domians' in [school]: did you mean 'domains'?",
        f"{path}: 'school.phones[0]' is not a UK or international phone number",
    ]
    code, out, err = run(capsys, "school", "check", str(tmp_path / "missing.toml"))
    assert (code, out) == (2, "") and err == f"profile-audit: {tmp_path / 'missing.toml'}: no such school profile\n"


def tweeted(tmp_path: Path) -> Path:
    text = "Email me at sam.taylor@staidans.example.org about the summer fair"
    archive = XArchive(tweets=[Tweet("1100000000000000201", text, datetime(2024, 6, 3, 9, 0, tzinfo=UTC))])
    return write_tree(archive.tree("data"), tmp_path / "x")


def test_scan_names_a_bad_key_and_uses_a_good_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tweeted(tmp_path)
    profile = tmp_path / "school.toml"
    profile.write_text('[school]\nname = "St Aidan\'s"\ndomians = ["staidans.example.org"]\n')
    code, _, err = run(capsys, "scan", str(export), "--school", str(profile), "--quiet")
    assert (
        code == 2 and err == f"profile-audit: {profile}: unknown key 'domians' in [school]: did you mean 'domains'?\n"
    )
    code, out, _ = run(capsys, "scan", str(export), "--quiet", "--json")
    assert "sam.taylor@staidans.example.org" in [
        f["value"] for f in json.loads(out)["findings"] if f["kind"] == "email"
    ]
    profile.unlink()
    assert run(capsys, "school", "init", *SCRIPTED, "--out", str(profile))[0] == 0
    code, out, _ = run(capsys, "scan", str(export), "--school", str(profile), "--quiet", "--json")
    assert not [f for f in json.loads(out)["findings"] if f["kind"] == "email"]


def progress(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """Saved progress, as `scan --state` leaves it."""
    run(capsys, "scan", str(tweeted(tmp_path)), "--quiet", "--state")
    home = data_home()
    assert {"state.json", "fingerprint.key", "fingerprint.key.bak"} <= {p.name for p in home.iterdir()}
    return home


def test_forget_lists_what_goes_and_asks_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = progress(capsys, tmp_path)
    asked = answers(monkeypatch, "n")
    code, out, _ = run(capsys, "forget")
    assert code == 0 and asked == ["Remove 4 files? This cannot be undone. [y/N]: "]
    assert f"profile-audit keeps these on this computer, in {home}:" in out
    assert "  state.json           your progress" in out and "Nothing removed." in out
    assert "  scan-cache" in out  # the findings of an unchanged export, kept to re-check it fast
    assert (home / "state.json").exists()
    answers(monkeypatch, "yes")
    code, out, _ = run(capsys, "forget")
    assert code == 0 and "Removed 4 files" in out
    assert not list(home.iterdir())
    code, out, _ = run(capsys, "forget")
    assert code == 0 and out == f"Nothing to forget: profile-audit keeps nothing in {home}.\n"


def test_forget_yes_asks_nothing_and_no_answer_removes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = progress(capsys, tmp_path)
    answers(monkeypatch)  # input ends at once, as when piped from nothing
    code, _, err = run(capsys, "forget")
    assert code == 2 and err == "profile-audit: no answer (input ended): add --yes to remove without asking\n"
    assert (home / "state.json").exists()
    no_questions(monkeypatch)
    code, out, _ = run(capsys, "forget", "--yes")
    assert code == 0 and "Removed 4 files" in out and not list(home.iterdir())


def test_help_and_the_console_script_know_the_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "school" in text and "forget" in text
    with pytest.raises(SystemExit):
        main(["school", "init", "--help"])
    text = capsys.readouterr().out
    for flag in ("--name", "--alias", "--domain", "--phone", "--town", "--handle", "--out", "--yes", "--force"):
        assert flag in text
    profile = tmp_path / "school.toml"
    profile.write_text('[school]\nname = "St Aidan\'s"\n')
    assert console.main(["school", "check", str(profile)]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "audit", "school", "check", str(profile)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "fine: St Aidan's" in done.stdout
