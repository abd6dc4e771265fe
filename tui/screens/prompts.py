"""Small modal questions: why a finding is accepted, how long to snooze, where to export,
which persona to open.  Each is a typed `ModalScreen` dismissed with the answer or None.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

SNOOZE_CHOICES = (("For a week", 7), ("For a month", 30), ("For three months", 91))
T = TypeVar("T")


class Prompt(ModalScreen[T | None], Generic[T]):
    """A centred box with a title; Escape answers None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, subject: Content | None = None) -> None:
        super().__init__()
        self.prompt_title = title
        self.subject = subject
        """What the question is about (a finding's kind and value), shown as plain content."""

    def on_mount(self) -> None:
        box = self.query_one(".prompt")
        box.border_title = self.prompt_title
        if self.subject is not None:
            box.mount(Label(self.subject, classes="subject"), before=0)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReasonPrompt(Prompt[str]):
    """Asks why a finding is acceptable ("school number, allowed"); an empty answer is refused, because
    next year's re-check shows the reason to the person who has forgotten why."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield Label(Content("Why is this acceptable? (saved with the decision; Enter to save, Esc to cancel)"))
            yield Input(placeholder="e.g. school number, allowed", id="reason")
            yield Label(Content("Do not type the number or address itself: it is removed anyway."), classes="hint")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        reason = event.value.strip()
        if not reason:
            self.query_one("#reason", Input).placeholder = "a reason is needed to accept it (Esc to cancel)"
            return
        self.dismiss(reason)


class ChoicePrompt(Prompt[str]):
    """Pick one of a few options by key; dismisses with the option's id."""

    def __init__(self, title: str, choices: list[tuple[str, str]], subject: Content | None = None) -> None:
        super().__init__(title, subject)
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield OptionList(*(Option(Content(label), id=key) for label, key in self.choices), markup=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


def snooze_prompt(subject: Content | None = None) -> ChoicePrompt:
    choices = [(label, str(days)) for label, days in SNOOZE_CHOICES]
    return ChoicePrompt("Snooze: bring it back as to do", choices, subject)


class PathPrompt(Prompt[Path]):
    """Asks for a file or folder path, pre-filled."""

    def __init__(self, title: str, question: str, default: str = "", must_exist: bool = False) -> None:
        super().__init__(title)
        self.question = question
        self.default = default
        self.must_exist = must_exist

    def compose(self) -> ComposeResult:
        with Vertical(classes="prompt"):
            yield Label(Content(self.question))
            yield Input(value=self.default, id="path")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        path = Path(text).expanduser()
        if self.must_exist and not path.exists():
            self.notify("There is nothing at that path.", severity="error", markup=False)
            return
        self.dismiss(path)
