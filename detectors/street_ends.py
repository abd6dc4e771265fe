"""Street words that end a name only in some places: "End" and the Scots "Loan" (clause 2.3.2).

English villages and new estates have streets called "Quillby End", "Tanpit End", "Wren End"; Scottish towns
have "Pellock Loan", "Corbie Loan" (a loan is an old lane to the common grazing).  People write them as they
write any address ("6 Corbie Loan, Perth", "my aunt at 9 Tanpit End"), so they join the
street words of `street_shapes.CAPITALISED_TYPES`: a street only after a capitalised name, and never before a
plural noun ("2 Student Loan repayments", "3 West End shows").

Both are ordinary words too, and the capitalised name before them often makes a place or a thing rather than a
street; `not_a_street_end` turns those down (`street.judge_street` asks it):

- a part of a town or a country, or the end of something: "the West End", "Town End", "Land's End",
  "World's End", "the Deep End", "a Dead End", "the Far End", "Loose Ends", "The End", "Top End";
- a kind of loan: "Student Loan", "Bank Loan", "Car Loan", "Payday Loan", "Home Loan".
"""

from __future__ import annotations

END_TYPES: dict[str, str] = {"end": "End", "loan": "Loan"}
"""The street words of this module, as `street_shapes` keeps its words: lower case to the spelling."""

END_WORD_BYTES = frozenset(word.encode() for word in END_TYPES)
"""The words as `detectors.words` spells them (lower case): the gates read them only with `capital_end_in`."""


def capital_end_in(text: str) -> bool:
    """The cheap screen for these words: "End" or "Loan" capitalised somewhere in the text.  "the end of the day"
    and "a loan" are far commoner than the streets, and a street's word is capitalised, so a text with only the
    lower-case words is never read for them (the gates and `street.street_windows` ask this first)."""
    return "End" in text or "Loan" in text or "END" in text or "LOAN" in text


_NOT_A_STREET_BEFORE_END = frozenset(
    str.split(
        "north south east west north-east north-west south-east south-west northern southern eastern western "
        "town far deep dead top bottom back front rear other wrong loose tail sharp weak week business receiving "
        "land's lands world's worlds the a an this that our my your their his her its tottenham"
    )
)
"""Words before "End" that make a part of a place or the end of something, not a street."""
_NOT_A_STREET_BEFORE_LOAN = frozenset(
    str.split(
        "student bank car payday home personal business mortgage secured unsecured short bridging consolidation "
        "government startup start-up the a an this that our my your their his her"
    )
)
"""Words before "Loan" that make a kind of loan, not a Scottish street."""


def not_a_street_end(name_words: list[str], written: str) -> bool:
    """Whether a capitalised name and "End" or "Loan" as written ("West End", "Student Loan", "Inverness end of
    the month") is no street: the word itself must be capitalised too, as a street's name is."""
    type_key, last = written.lower(), name_words[-1].lower().replace("’", "'") if name_words else ""
    if type_key in END_TYPES and written[:1].islower():
        return True
    if type_key == "end":
        return last in _NOT_A_STREET_BEFORE_END or name_words[0].lower() in ("the", "a")
    if type_key == "loan":
        return last in _NOT_A_STREET_BEFORE_LOAN
    return False
