"""Actors: who acted and who was acted upon, normalised through the actor lexicon.

Roles come from word order, which news English keeps simple: the agent is the actor
introduced by "by" in a passive sentence, otherwise the first armed actor of the sentence;
the next actor is the target. Victim nouns ("civilians", "IS terrorists") fill the target
when no organisation is named. Foreign state forces get ACLED inter 8 (external forces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.lexicon import ActorEntry, ActorLexicon
from eventwire.records import Actor, ActorRole, Inter, Mention, MentionKind, Span

NOT_COMBATANTS = frozenset({"monitor", "ngo", "un", "media", "state_government"})
_BY_AGENT = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|had been|have been)\s+(?:\w+\s+){0,3}|"
    r"\b(?:attacks?|strikes?|raids?|assaults?|bombings?|ambush|shelling|offensive|killings?|carried out|launched|claimed)\s+(?:\w+\s+){0,2})"
    r"by\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CIVILIAN_SIDE = re.compile(
    r"civilian|villager|resident|people|passenger|worshipper|child|women|men\b|farmer|student|journalist|family|families|"
    r"pilgrim|refugee|displaced|herder|miner|teacher|worker|patient|doctor|boy|girl|man\b|woman|pupil|schoolchild|student|"
    r"villager|shopper|motorist|fisherm|diner|customer|worshiper|mourner|wedding|guest",
    re.IGNORECASE,
)
_MINISTRY = re.compile(r"\bministry\b|\bministries\b", re.IGNORECASE)
_PROTESTER_SIDE = re.compile(r"protester|demonstrator|marcher", re.IGNORECASE)


@dataclass(frozen=True)
class ActorMention:
    """An actor named in one sentence, resolved to its lexicon entry."""

    entry: ActorEntry
    span: Span
    agent: bool


class ActorStage:
    """Resolves actor mentions and gives them roles."""

    name = "actors"

    def __init__(self, lexicon: ActorLexicon) -> None:
        self._lexicon = lexicon

    def entry(self, key: str | None) -> ActorEntry | None:
        return self._lexicon.entries.get(key) if key else None

    def in_sentence(self, text: str, sentence: Span, mentions: Sequence[Mention]) -> list[ActorMention]:
        """Combatant actors of a sentence, the agent first."""
        found = []
        for m in mentions:
            entry = self.entry(m.key)
            if m.kind is MentionKind.ACTOR and m.span.within(sentence) and entry and entry.kind not in NOT_COMBATANTS:
                agent = bool(_BY_AGENT.search(text[max(sentence.start, m.span.start - 50) : m.span.start]))
                found.append(ActorMention(entry, m.span, agent))
        return sorted(found, key=lambda a: (not a.agent, a.span.start))

    def victim_actor(self, side: str, span: Span, country: str | None) -> ActorMention | None:
        """A generic target actor from a victim noun: civilians, protesters."""
        key = "civilians" if _CIVILIAN_SIDE.search(side) else "protesters" if _PROTESTER_SIDE.search(side) else None
        entry = self.entry(key) or _generic(key, country)
        return ActorMention(entry, span, False) if entry else None

    def state_forces(self, iso3: str, country_name: str, span: Span) -> ActorMention:
        """The forces of a state named by adjective or possessive ("Russian jets", "Israel's army")."""
        entry = ActorEntry(
            f"military_{iso3.lower()}", f"Military Forces of {country_name}", (), 1, iso3, None, "state_military"
        )
        return ActorMention(entry, span, False)

    def to_actor(
        self, mention: ActorMention, role: ActorRole, event_country: str | None, country_name: str | None
    ) -> Actor:
        entry = mention.entry
        inter = Inter(entry.inter)
        if inter is Inter.STATE_FORCES and entry.country and event_country and entry.country != event_country:
            inter = Inter.EXTERNAL_OTHER
        family = entry.family or _family_for(entry, country_name)
        # a ministry that "said its drones struck" acts through its forces: name the forces
        name = family if family and (entry.kind == "state_government" or _MINISTRY.search(entry.name)) else entry.name
        return Actor(
            name=name,
            span=mention.span,
            role=role,
            inter=inter,
            country=entry.country or event_country,
            family=family,
            key=entry.key,
        )


def _generic(key: str | None, country: str | None) -> ActorEntry | None:
    if key == "civilians":
        return ActorEntry("civilians", "Civilians", (), 7, country, None, "civilians")
    if key == "protesters":
        return ActorEntry("protesters", "Protesters", (), 6, country, None, "protesters")
    return None


def _family_for(entry: ActorEntry, country_name: str | None) -> str | None:
    """ACLED names generic actors after the country: "Civilians (Syria)"."""
    if country_name is None:
        return None
    if entry.kind in ("civilians", "protesters", "rioters") or entry.key == "unidentified_armed_group":
        return f"{entry.name} ({country_name})"
    if entry.kind in ("state_military", "state_police") and entry.country is None:
        return f"{entry.name} of {country_name}"
    return None
