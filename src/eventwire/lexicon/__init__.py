"""Domain knowledge as data that experts edit: loaded, validated and compiled on request.

Nothing is read at import time. ``load_*`` read the TOML files shipped beside this module
and return immutable lookup objects; callers keep them (the pipeline does).
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

from eventwire.errors import ResourceError

TYPE_KEYS = ("event_type", "disorder", "plover", "priority")
# context lists the stages read; a lexicon without one fails at load, not halfway through a corpus
CONTEXT_KEYS = frozenset(
    "speculative negation nonevent politics disaster sports background separate protest_support military_targets "
    "territory civilians mob combatants intervention excessive_force violent_protest small_arms state_forces "
    "nonstate_forces peaceful_takeover weapons clash_frame retrospective crowd grievance labour_strike accident crowd_control "
    "scope_report scope_aggregate scope_background".split()
)


def _read(name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ResourceError(f"lexicon file {name} could not be read: {exc}; reinstall eventwire") from exc


def words_regex(patterns: list[str] | tuple[str, ...]) -> WordsPattern:
    """One case-insensitive alternation of whole-word patterns (longest first)."""
    ordered = sorted(patterns, key=len, reverse=True)
    return WordsPattern(re.compile(r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])", re.IGNORECASE))


class WordsPattern:
    """A compiled word list that first checks, with plain substring tests, for words every match must contain.

    Why: ``re`` tries these alternations (a look-behind, then hundreds of case-insensitive branches) at
    every character, and most sentences hold no word of most lists. Every match contains one of the
    ``needles`` (lowercase literals read off the pattern), so for ASCII text (where case-insensitive
    matching is plain lowercasing) a text whose lowercase copy holds none of them has no match; any
    other text goes to the regular expression. Results are the same as ``regex``'s, only sooner.
    """

    __slots__ = ("regex", "pattern", "flags", "needles")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.needles = _needles(regex)

    def __repr__(self) -> str:
        return f"WordsPattern({self.regex!r})"

    def _absent(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """True only when no match can lie in text[pos:endpos] (``re`` clamps negative bounds to 0)."""
        if self.needles is None:
            return False
        low = _lowered(text, max(pos, 0), sys.maxsize if endpos is None else max(endpos, 0))
        if low is None:
            return False
        for needle in self.needles:
            if needle in low:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(string, pos, endpos) else self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string, pos, endpos) else self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string, pos, endpos) else self.regex.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._absent(string) else self.regex.sub(repl, string, count)


# the last slice lowercased, as (text, pos, endpos, lowercase or None): the lists are read in turn on one sentence;
# one immutable tuple, replaced whole, so threads never see half of one
_last_lowered: list[tuple[str | None, int, int, str | None]] = [(None, 0, 0, None)]


def _lowered(text: str, pos: int, endpos: int) -> str | None:
    """text[pos:endpos] in lowercase, or None when it is not ASCII; the last one asked is remembered."""
    last = _last_lowered[0]
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    segment = text[pos:endpos]
    low = segment.lower() if segment.isascii() else None
    _last_lowered[0] = (text, pos, endpos, low)
    return low


def _needles(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase ASCII literals one of which every match of ``regex`` contains; None when none is known."""
    try:
        found = _required(_re_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - a pattern this reader does not follow is simply searched in full
        return None
    if not found:
        return None
    kept: list[str] = []
    for needle in sorted(found, key=len):  # a needle holding a shorter one adds nothing to the test
        if not any(short in needle for short in kept):
            kept.append(needle)
    return tuple(sorted(kept))


def _required(items: Any) -> set[str] | None:
    """What a sequence of parsed regex items must contain: the best of its mandatory parts (runs of
    literals, groups, alternations whose every branch requires something, repeats of at least one)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _re_constants.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append({"".join(run)})
            run = []
        if op is _re_constants.SUBPATTERN:
            inner = _required(arg[-1])
        elif op is _re_constants.BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            inner = set().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        elif op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2])
        else:  # a class, a look-around, an optional part: nothing certain, and the literal run ends
            inner = None
        if inner:
            options.append(inner)
    if run:
        options.append({"".join(run)})
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


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
    regex: WordsPattern


@dataclass(frozen=True)
class EventTerms:
    types: dict[str, SubEventType]
    triggers: tuple[Trigger, ...]
    instruments: tuple[tuple[str, WordsPattern], ...]
    context: dict[str, WordsPattern]


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
    asserts: WordsPattern
    denies: WordsPattern
    hints: dict[str, WordsPattern]
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
