"""What the event readings know of one sentence: the other stages' findings and the cues read from its words.

Records only, so that triggers and the readings it calls on (crowds, territory) share them without importing
each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import Sentence, Span


@dataclass(frozen=True)
class SentenceContext:
    """What other stages already know about one sentence."""

    index: int
    sentence: Sentence
    armed_actor_spans: tuple[Span, ...] = ()
    state_actor_spans: tuple[Span, ...] = ()
    place_spans: tuple[Span, ...] = ()
    has_casualties: bool = False
    sports_article: bool = False
    after_protest: bool = False
    """One of the sentences just before told a protest or a gathering: "them", "the crowd" may be its people."""


@dataclass(frozen=True)
class _Cues:
    text: str
    offset: int
    instruments: tuple[str, ...]
    civilians: bool
    combatants: bool
    military_target: bool
    protest: bool
    told_protest: bool = True
    """The sentence's own words tell the protest (not only a protest told just before it)."""
