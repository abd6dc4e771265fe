"""The job detector's batch screen: a text whose one gate word cannot open the gate alone is turned away.

A quarter of tweets hold a word of the job gate's screen (`job_title._screen`) and a fifth of those pass
the gate (`job_title.touches_any`).  Most of the others hold one screen word only ("day", "one", "miss",
"after"), which opens none of the gate's three parts by itself: an everyday life word needs a second one
(`school_life.life_opens`), or a school's handle beside it (`school_life.wider_opens`), and a word that
keys a longer pattern ("after school club", "world book day") needs that pattern's other words.  So each
screen word gets its *lone rule*, worked out once from the gate's own tables: None when the word may open
the gate alone (a role word, a distinctive life word, "year" before a number: `wants` decides), else the
words one of which a text needs beside it, and whether an "@" or "#" may do instead.  A text with one
screen word passes `screen` only if its rule allows; the rest are turned away in the batch instead of
one `wants` call each (on tweets: ~5,100 asked of 20,000 -> ~1,650).  A screen is a necessary condition of
the gate and `wants` still decides, so no finding changes.  The rules are read off the gate's own tables
(`KeywordGate`, `school_life`): a new way for a lone word to open the gate there needs its place in
`lone_rule`, and `tests/detectors/test_job_gate.py` holds the rules against the gate.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import compress
from operator import not_

from detectors import school_life
from detectors.gate_batch import Positions, TextBatch
from detectors.nlp import KeywordGate
from detectors.roles import EVERYDAY_WORDS, RULES

ROLE_GATE = KeywordGate((pattern for rule in RULES for pattern in rule.patterns), EVERYDAY_WORDS)
"""The first part of the job detector's gate: texts with a role word or a rule's clue."""


@lru_cache(maxsize=1)
def gate_words() -> frozenset[bytes] | None:
    """The words of every part of the job gate (roles, school life, its wider net): a text with none of them
    passes none of it; None when the role gate cannot be screened by words."""
    if ROLE_GATE.screen is None:
        return None
    return ROLE_GATE.screen | school_life.life_screen() | school_life.wider_screen()


LoneRule = tuple[frozenset[bytes], bool] | None
"""(words one of which a text needs beside the screen word, whether "@" or "#" in it may do instead), or
None: the word may open the gate alone."""


def _needs(parts: Iterable[frozenset[bytes]], word: bytes, screen: frozenset[bytes]) -> frozenset[bytes] | None:
    """The words one of which a text whose only screen word is `word` needs for a pattern to match, given
    the pattern's required slots (each a set of words, one of which must be in the text): empty when the
    pattern cannot match (a slot all of screen words but `word`), None when `word` alone may meet it."""
    needed = None
    for slot in parts:
        if word in slot:
            continue  # met by the word itself
        beyond = slot - screen
        if not beyond:
            return frozenset()  # only other screen words meet the slot: never beside a lone word
        if needed is None or (len(beyond), sorted(beyond)) < (len(needed), sorted(needed)):
            needed = beyond  # the fewest words, the same ones in every process
    return needed


def lone_rule(word: bytes, gate: KeywordGate, screen: frozenset[bytes]) -> LoneRule:
    """The lone rule of one screen word of the job gate (`gate`: its role patterns' `KeywordGate`)."""
    life_strong, life_weak = school_life._gate_words()
    wider_strong, wider_weak = school_life._wider_words()
    if word in gate._anchors or word in life_strong or word in wider_strong:
        return None  # opens alone
    if word in (b"year", b"yr") or word in school_life._ABROAD_SCREEN:
        return None  # a year group, here or abroad: the text decides (`life_opens`, `wider_opens`)
    # The gate's own tables (`KeywordGate._by_key`, `school_life._PHRASES_BY_KEY`): each pattern's slots.
    patterns = [(*(frozenset({w}) for w in single), *wider) for single, wider in gate._by_key.get(word, ())]
    patterns += [tuple(frozenset({w}) for w in phrase) for _, phrase in school_life._PHRASES_BY_KEY.get(word, ())]
    companions: set[bytes] = set()
    for slots in patterns:
        needed = _needs(slots, word, screen)
        if needed is None:
            return None
        companions |= needed
    return frozenset(companions), word in wider_weak


@lru_cache(maxsize=1)
def lone_rules(gate: KeywordGate, screen: frozenset[bytes]) -> dict[bytes, LoneRule]:
    """Every screen word's lone rule, made once."""
    return {word: lone_rule(word, gate, screen) for word in screen}


@lru_cache(maxsize=1)
def _lone_tables(gate: KeywordGate, screen: frozenset[bytes]) -> tuple[dict[bytes, frozenset[bytes]], frozenset[bytes]]:
    """The rules as two tables: the words one of which a text with one screen word needs (the word itself when
    it may open alone, which every such text holds), and the words a handle or hashtag may open beside."""
    rules = lone_rules(gate, screen)
    needs = {word: frozenset({word}) if rule is None else rule[0] for word, rule in rules.items()}
    return needs, frozenset(word for word, rule in rules.items() if rule is not None and rule[1])


def job_screen(batch: TextBatch, gate: KeywordGate, screen: frozenset[bytes]) -> Positions:
    """The texts of a batch the job gate may let through: two or more screen words, or one its rule allows.

    Each step is a `map` over the texts with a screen word, in C: a rule a text costs less than a `wants`."""
    split = batch.words
    found = list(batch.with_words(screen))
    words = [split[at] for at in found]
    met = list(map(screen.intersection, words))
    counts = list(map(len, met))
    kept = set(compress(found, map((1).__lt__, counts)))
    single = list(map((1).__eq__, counts))
    alone, lone = list(compress(found, single)), list(map(min, compress(met, single)))
    needs, taggable = _lone_tables(gate, screen)
    asked = map(frozenset.isdisjoint, map(needs.__getitem__, lone), compress(words, single))
    kept.update(compress(alone, map(not_, asked)))
    handled = batch.containing("@") | batch.containing("#")  # kept by the batch: the school screen asks too
    tagged = handled.intersection(compress(alone, map(taggable.__contains__, lone))) - kept
    return kept | school_life._TAG_WORDS.among(batch, tagged) if tagged else kept
