"""Domain knowledge as data that experts edit: loaded, validated and compiled on request.

Nothing is read at import time. ``load_*`` read the TOML files shipped beside this module
and return immutable lookup objects; callers keep them (the pipeline does).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventwire.errors import ResourceError

TYPE_KEYS = ("event_type", "disorder", "plover", "priority")
# context lists the stages read; a lexicon without one fails at load, not halfway through a corpus
CONTEXT_KEYS = frozenset(
    "speculative negation nonevent politics disaster sports background separate protest_support military_targets "
    "territory civilians mob combatants intervention excessive_force violent_protest small_arms state_forces "
    "nonstate_forces peaceful_takeover weapons clash_frame retrospective crowd grievance labour_strike accident crowd_control".split()
)


def _read(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ResourceError(f"lexicon file {name} could not be read: {exc}; reinstall eventwire") from exc


def words_regex(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation of whole-word patterns (longest first)."""
    ordered = sorted(patterns, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder: str
    plover_type: str
    plover_mode: str | None
    priority: int


@dataclass(frozen=True)
class Trigger:
    kind: str
    strong: bool
    regex: re.Pattern[str]


@dataclass(frozen=True)
class EventTerms:
    types: dict[str, SubEventType]
    triggers: tuple[Trigger, ...]
    instruments: tuple[tuple[str, re.Pattern[str]], ...]
    context: dict[str, re.Pattern[str]]


def load_event_terms() -> EventTerms:
    data = _read("event_terms.toml")
    types = {name: _sub_event_type(name, spec) for name, spec in data["types"].items()}
    triggers = tuple(Trigger(t["kind"], t["strength"] == "strong", words_regex(t["patterns"])) for t in data["trigger"])
    instruments = tuple((name, words_regex(pats)) for name, pats in data["instruments"].items())
    for name, _ in instruments:
        if name not in types:
            raise ResourceError(f"event_terms.toml: instrument {name!r} is not a sub-event type")
    context = {name: words_regex(pats) for name, pats in data["context"].items()}
    missing = CONTEXT_KEYS - context.keys()
    if missing:
        raise ResourceError(f"event_terms.toml lacks the context lists {sorted(missing)}; reinstall eventwire")
    return EventTerms(types, triggers, instruments, context)


def _sub_event_type(name: str, spec: dict[str, Any]) -> SubEventType:
    missing = [k for k in TYPE_KEYS if k not in spec]
    if missing:
        raise ResourceError(f"event_terms.toml: type {name!r} lacks {missing}")
    plover, mode = spec["plover"]
    return SubEventType(name, spec["event_type"], spec["disorder"], plover, mode or None, spec["priority"])


@dataclass(frozen=True)
class Cues:
    asserts: re.Pattern[str]
    denies: re.Pattern[str]
    hints: dict[str, re.Pattern[str]]
    backrefs: frozenset[str]


def load_cues() -> Cues:
    data = _read("cues.toml")
    hints = {name: words_regex(pats) for name, pats in data["claimant_hints"].items() if name != "backrefs"}
    return Cues(
        asserts=words_regex(data["verbs"]["asserts"]),
        denies=words_regex(data["verbs"]["denies"]),
        hints=hints,
        backrefs=frozenset(data["claimant_hints"]["backrefs"]),
    )


@dataclass(frozen=True)
class ActorEntry:
    key: str
    name: str
    aliases: tuple[str, ...]
    inter: int
    country: str | None
    family: str | None
    kind: str


@dataclass(frozen=True)
class ActorLexicon:
    entries: dict[str, ActorEntry]

    def surface_forms(self) -> list[tuple[str, str]]:
        """(surface string, key) for every name and alias."""
        return [(form, e.key) for e in self.entries.values() for form in (e.name, *e.aliases)]


ACTOR_KINDS = frozenset(
    "state_military state_police state_government armed_group militia party ngo monitor un media "
    "civilians protesters rioters".split()
)


def load_actors() -> ActorLexicon:
    entries: dict[str, ActorEntry] = {}
    for raw in _read("actors.toml").get("actor", []):
        entry = _actor_entry(raw)
        if entry.key in entries:
            raise ResourceError(f"actors.toml: key {entry.key!r} appears twice")
        entries[entry.key] = entry
    return ActorLexicon(entries)


def _actor_entry(raw: dict[str, Any]) -> ActorEntry:
    try:
        entry = ActorEntry(
            key=raw["key"],
            name=raw["name"],
            aliases=tuple(raw.get("aliases", ())),
            inter=int(raw["inter"]),
            country=raw.get("country") or None,
            family=raw.get("family") or None,
            kind=raw.get("kind", "armed_group"),
        )
    except KeyError as exc:
        raise ResourceError(f"actors.toml: entry {raw!r} lacks {exc}") from exc
    if not 1 <= entry.inter <= 8 or entry.kind not in ACTOR_KINDS:
        raise ResourceError(f"actors.toml: entry {entry.key!r} has inter {entry.inter} / kind {entry.kind!r}")
    return entry
