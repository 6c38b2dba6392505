"""Actors: who acted and who was acted upon, normalised through the actor lexicon.

Roles come from word order, which news English keeps simple: the agent is the actor
introduced by "by" in a passive sentence or named before its attack ("an IS attack"),
otherwise the first armed actor of the sentence; the next actor is the target. Victim nouns
("civilians", "IS terrorists") fill the target when no organisation is named. Foreign state
forces get ACLED inter 8 (external forces).

Names follow ACLED: state forces and governments are dated by the regime in power on the
event's day (``Regimes``, from the lexicon's [[regime]] tables), generic actors carry the
country ("Rioters (India)"), an unnamed attacker in a report of gang crime is an
"Unidentified Gang", and a militia named after its community is "Tiv Ethnic Militia (Nigeria)".
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventwire.errors import ResourceError
from eventwire.lexicon import ActorEntry, ActorLexicon
from eventwire.records import Actor, ActorRole, Inter, Mention, MentionKind, Span

NOT_COMBATANTS = frozenset({"monitor", "ngo", "un", "media", "state_government"})
_BY_AGENT = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|had been|have been)\s+(?:\w+\s+){0,3}|"
    r"\b(?:attacks?|strikes?|raids?|assaults?|bombings?|ambush|shelling|offensive|killings?|carried out|launched|claimed)\s+(?:\w+\s+){0,2}|"
    # a participle without its "was": "shells fired by LNA forces", "a bomb planted by militants"
    r"\b(?:fired|dropped|planted|thrown|hurled|detonated|shot|struck|targeted|ambushed|attacked|abducted|kidnapped|"
    r"seized|captured|killed|wounded|injured|conducted|committed|perpetrated|executed|stormed|raided|shelled|bombed|"
    r"torched|looted|set off)\s+)"
    # "by IS", "by suspected militants", "by pro-government militia fighters of the VDP"
    r"by\s+(?:the\s+)?(?:\w+\s+)?(?:(?:suspected|alleged|presumed|pro-[\w-]+|militia|militiamen|fighters|members|"
    r"elements|gunmen|militants|forces|troops|men|of|the|armed|allied|rebel|jihadist|islamist)\s+){0,5}$",
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
# "thwarted a Houthi attack", "repelled an IS raid": the actor named before the attack made it
_ITS_ATTACK = re.compile(
    r"(?:[’']s)?\s+(?:attacks?|raids?|assaults?|ambush(?:es)?|offensive|incursions?|infiltration)\b", re.IGNORECASE
)
# "Tiv militias", "militiamen from the Ayr sub-clan", "Al Hayash tribesmen": a community's own militia
_COMMUNAL = re.compile(
    r"\b(?P<a>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?P<kind1> (?:ethnic|tribal|clan|communal|sub-clan))?"
    r" (?P<noun>militias?|militiamen|tribesmen|clansmen|clan fighters|tribal fighters)\b"
    r"|\b(?P<noun2>[Mm]ilitias?|[Mm]ilitiamen|[Tt]ribesmen|[Yy]ouths?|[Ff]ighters) (?:from|of) the (?P<b>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
    r"(?P<kind2> (?:community|communities|clan|sub-clan|tribe|ethnic group))\b"
)
_MILITIA_KINDS = (("sub-clan", "Sub-Clan"), ("clan", "Clan"), ("trib", "Tribal"), ("communal", "Communal"))
_NOT_COMMUNITY = frozenset(
    "the a an armed local rival two three several some many other suspected unidentified unknown government "
    "pro-government allied police security army military self-defence self-defense islamist jihadist".split()
)
_LINKED = re.compile(r"\s?-\s?(?:linked|affiliated|allied|aligned|inspired|loyal|backed)\s+(?:the\s+)?", re.IGNORECASE)
_OPPOSED = re.compile(r"\banti-?\s?$", re.IGNORECASE)
# "Military Forces of Nigeria (2015-2023)", "Government of Libya (2021-) Government of National Unity"
_STATE_NAME = re.compile(
    r"^(?P<head>(?:Military Forces|Police Forces|Government) of )(?P<state>.+?)(?: \((?P<label>[^)]*)\)(?P<after>.*))?$"
)
# generic families ACLED writes with the country of the event
# (an unnamed group, a community's militia: "Fulani Ethnic Militia (Nigeria)"); a name with its country stays
_COUNTRY_NAMED = re.compile(
    r"^Unidentified (?:Armed Group|Communal Militia|Gang)$|(?:Ethnic|Communal|Clan|Tribal) Militia$"
)
_YEARS = re.compile(r"\d{4}(?:-(?:\d{4})?)?")
# words that make an unnamed attacker a criminal gang rather than an armed group (ACLED: "Unidentified Gang")
_CRIME = re.compile(
    r"\bgangs?\b|gang[- ](?:related|members?|rivalry)|\bcartels?\b|drug[- ]traffick|\bnarco|drive-by|"
    r"criminal (?:group|gang|organi[sz]ation)s?|organi[sz]ed crime|\bbehead|decapitat|dismember|human remains|"
    r"\bextort|\brobbery|\brobbers?\b|\bhitm[ae]n\b|\bsicarios?\b|drug dealers?|drug[- ]dealing|drug[- ]related|"
    r"(?:sale|selling|sales) of drugs|drug sales|selling drugs",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Era:
    """One regime of a state: the day it took office and ACLED's label for it ("(2015-2023)")."""

    since: dt.date
    label: str
    rose_from: str | None = None  # the armed group (actor key) that took power, a rebel before ``since``


@dataclass(frozen=True)
class Regime:
    """The regimes of one state, oldest first, as ACLED dates its forces and government."""

    state: str
    country: str
    eras: tuple[Era, ...]

    def era_on(self, day: dt.date) -> Era | None:
        day = day.date() if isinstance(day, dt.datetime) else day
        return next((e for e in reversed(self.eras) if e.since <= day), None)


class Regimes:
    """Dates state actors by the regime in power on the event's day (actors.toml [[regime]])."""

    def __init__(self, regimes: Sequence[Regime]) -> None:
        self.by_state = {r.state: r for r in regimes}
        self.by_country = {r.country: r for r in regimes if r.country}
        self.rose = {e.rose_from: e.since for r in regimes for e in r.eras if e.rose_from}

    def dated(self, name: str, day: dt.date | None) -> str:
        """``name`` with the era of ``day``: a label of the state's series is replaced, an undated
        name ("Military Forces of Kenya") gets one; other labels ("(2014-) Haftar Faction") stay."""
        m = _STATE_NAME.match(name)
        regime = self.by_state.get(m["state"]) if m is not None else None
        if m is None or regime is None or day is None:
            return name
        if m["label"] is not None and not _in_series(regime, m["label"], m["after"]):
            return name
        era = regime.era_on(day)
        return f"{m['head']}{regime.state} {era.label}" if era is not None else name

    def not_yet_in_power(self, key: str, day: dt.date | None) -> bool:
        """Whether the group ``key`` that later took power ("taliban", August 2021) was still a rebel on ``day``."""
        if day is None or key not in self.rose:
            return False
        return (day.date() if isinstance(day, dt.datetime) else day) < self.rose[key]

    def state_name(self, country: str | None, fallback: str) -> str:
        """The state as ACLED writes it in actor names ("the Democratic Republic of Congo")."""
        regime = self.by_country.get(country or "")
        return regime.state if regime is not None else fallback


def _in_series(regime: Regime, label: str, after: str) -> bool:
    current = f"({label}){after}"
    return any(e.label == current for e in regime.eras) or (bool(_YEARS.fullmatch(label)) and not after.strip())


def load_regimes() -> Regimes:
    """The [[regime]] tables of the actor lexicon, labels computed from consecutive eras."""
    try:
        data = tomllib.loads(resources.files("eventwire.lexicon").joinpath("actors.toml").read_text("utf-8"))
        return Regimes([_regime(raw) for raw in data.get("regime", [])])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise ResourceError(
            f"actors.toml: the [[regime]] tables could not be read ({exc!r}); reinstall eventwire"
        ) from exc


def load_affiliates() -> dict[tuple[str, str], str]:
    """The [[affiliate]] tables: (generic actor key, ISO3 country) -> the key of the local branch ACLED codes."""
    try:
        data = tomllib.loads(resources.files("eventwire.lexicon").joinpath("actors.toml").read_text("utf-8"))
        return {(a["of"], iso3): a["key"] for a in data.get("affiliate", []) for iso3 in a["countries"]}
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise ResourceError(
            f"actors.toml: the [[affiliate]] tables could not be read ({exc!r}); reinstall eventwire"
        ) from exc


def _regime(raw: dict[str, Any]) -> Regime:
    starts = [e["since"] for e in raw["eras"]]
    if any(not isinstance(d, dt.date) or isinstance(d, dt.datetime) for d in starts) or starts != sorted(starts):
        raise ResourceError(f"actors.toml: regime {raw.get('state')!r} needs eras with dates, oldest first")
    eras = []
    for i, era in enumerate(raw["eras"]):
        start = era["since"].year
        end = raw["eras"][i + 1]["since"].year if i + 1 < len(raw["eras"]) else None
        years = f"{start}" if end == start else f"{start}-{end or ''}"
        label = f"({years})" + (f" {era['after']}" if era.get("after") else "")
        eras.append(Era(era["since"], label, era.get("rose_from")))
    return Regime(raw["state"], raw["country"], tuple(eras))


@dataclass(frozen=True)
class ActorMention:
    """An actor named in one sentence, resolved to its lexicon entry."""

    entry: ActorEntry
    span: Span
    agent: bool


class ActorStage:
    """Resolves actor mentions and gives them roles."""

    name = "actors"

    def __init__(
        self,
        lexicon: ActorLexicon,
        regimes: Regimes | None = None,
        affiliates: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self._lexicon = lexicon
        self._regimes = regimes if regimes is not None else load_regimes()
        self._affiliates = affiliates if affiliates is not None else load_affiliates()

    def entry(self, key: str | None) -> ActorEntry | None:
        return self._lexicon.entries.get(key) if key else None

    def in_sentence(self, text: str, sentence: Span, mentions: Sequence[Mention]) -> list[ActorMention]:
        """Combatant actors of a sentence, the agent first."""
        found = []
        for m in mentions:
            entry = self.entry(m.key)
            if m.kind is MentionKind.ACTOR and m.span.within(sentence) and entry and entry.kind not in NOT_COMBATANTS:
                if _OPPOSED.search(text, max(0, m.span.start - 6), m.span.start):
                    continue  # "anti-Houthi forces" are the Houthis' enemies, not the Houthis
                agent = bool(_BY_AGENT.search(text[max(sentence.start, m.span.start - 50) : m.span.start]))
                agent = agent or bool(_ITS_ATTACK.match(text, m.span.end))
                found.append(ActorMention(entry, m.span, agent))
        found = [a for a in found if not _qualifies(text, a, found) and not _allegiance(text, a, found)]
        return sorted(found, key=lambda a: (not a.agent, a.span.start))

    def communal_militias(
        self,
        text: str,
        sentence: Span,
        found: list[ActorMention],
        country_name: str | None,
        is_state: Callable[[str], bool],
    ) -> list[ActorMention]:
        """A militia named after its community ("Tiv militias", "militiamen from the Ayr sub-clan",
        "Al Hayash tribesmen") is ACLED's "Tiv Ethnic Militia (Nigeria)"; it replaces the generic
        "tribesmen" inside it. A lexicon actor ("Houthi militia") or a state's name ("Nigerian") wins."""
        out = list(found)
        for m in _COMMUNAL.finditer(text, sentence.start, sentence.end):
            community = m["a"] or m["b"]
            if community.split()[0].lower() in _NOT_COMMUNITY or community.isupper() or is_state(community):
                continue  # an acronym ("NDC-C militia") is an organisation, not a community
            span = Span.of(text, m.start(), m.end())
            inside = [a for a in out if a.span.start < span.end and span.start < a.span.end]
            if any(a.entry.family or a.entry.country for a in inside):
                continue
            words = " ".join(filter(None, (m["kind1"], m["kind2"], m["noun"], m["noun2"]))).lower()
            label = next((v for k, v in _MILITIA_KINDS if k in words), "Ethnic")
            name = f"{community} {label} Militia" + (f" ({country_name})" if country_name else "")
            key = "militia_" + re.sub(r"\W+", "_", community.lower())
            agent = bool(_BY_AGENT.search(text[max(sentence.start, span.start - 50) : span.start]))
            entry = ActorEntry(key, name, (), 4, None, name, "militia")
            out = [a for a in out if a not in inside] + [ActorMention(entry, span, agent)]
        return out

    def victim_actor(self, side: str, span: Span, country: str | None) -> ActorMention | None:
        """A generic target actor from a victim noun: civilians, protesters."""
        key = "civilians" if _CIVILIAN_SIDE.search(side) else "protesters" if _PROTESTER_SIDE.search(side) else None
        entry = self.entry(key) or _generic(key, country)
        return ActorMention(entry, span, False) if entry else None

    def state_forces(
        self, iso3: str, country_name: str, span: Span, kind: str = "state_military", agent: bool = False
    ) -> ActorMention:
        """The forces of a state named by adjective, possessive or "of" ("Russian jets", "Israel's army",
        "police forces of India")."""
        head = "Police Forces" if kind == "state_police" else "Military Forces"
        state = self._regimes.state_name(iso3, country_name)
        entry = ActorEntry(f"{kind}_{iso3.lower()}", f"{head} of {state}", (), 1, iso3, None, kind)
        return ActorMention(entry, span, agent)

    def unnamed_attacker(self, mention: ActorMention, context: str) -> ActorMention:
        """An unidentified armed group whose report speaks of gangs, cartels, drive-bys or beheadings is
        ACLED's "Unidentified Gang"; otherwise it stays an "Unidentified Armed Group"."""
        gang = self.entry("unidentified_gang")
        if mention.entry.key != "unidentified_armed_group" or gang is None or not _CRIME.search(context):
            return mention
        return ActorMention(gang, mention.span, mention.agent)

    def to_actor(
        self,
        mention: ActorMention,
        role: ActorRole,
        event_country: str | None,
        country_name: str | None,
        day: dt.date | None = None,
    ) -> Actor:
        """The record of an actor; state names are dated by the regime in power on ``day``."""
        entry = self.entry(self._affiliates.get((mention.entry.key, event_country or ""))) or mention.entry
        inter = Inter(entry.inter)
        if inter is Inter.STATE_FORCES and entry.country and event_country and entry.country != event_country:
            inter = Inter.EXTERNAL_OTHER
        home = entry.country or event_country
        family = entry.family or _family_for(entry, country_name, self._regimes.state_name(home, country_name or ""))
        family = self._regimes.dated(family, day) if family else None
        if family and country_name and _COUNTRY_NAMED.search(family):  # "Unidentified Armed Group (Nigeria)"
            family = f"{family} ({country_name})"
        if self._regimes.not_yet_in_power(entry.key, day):  # the Taliban before August 2021: rebels
            inter, family = Inter.REBELS, entry.name
        # a ministry that "said its drones struck" acts through its forces: name the forces; so are "the
        # military" and "police" named once the country is known ("Military Forces of Myanmar (2021-)")
        generic_state = entry.country is None and entry.kind in ("state_military", "state_police")
        if family and (entry.kind == "state_government" or _MINISTRY.search(entry.name) or generic_state):
            name = family
        else:
            name = self._regimes.dated(entry.name, day)
        return Actor(
            name=name,
            span=mention.span,
            role=role,
            inter=inter,
            country=home,
            family=family,
            key=entry.key,
        )


def _qualifies(text: str, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A generic noun right after a named actor is that actor ("Al shabaab militants", "Boko Haram fighters")."""
    if actor.entry.family or actor.entry.country:
        return False
    return any(
        a is not actor and (a.entry.family or a.entry.country) and not text[a.span.end : actor.span.start].strip()
        for a in found
        if a.span.end <= actor.span.start
    )


def _allegiance(text: str, actor: ActorMention, found: list[ActorMention]) -> bool:
    """ "Islamic State-linked ADF militants", "al Qaeda-affiliated JNIM": the movement named before the
    group is its allegiance; the group named after it acts."""
    linked = _LINKED.match(text, actor.span.end)
    return linked is not None and any(
        a is not actor and (a.entry.family or a.entry.country) and linked.end() <= a.span.start <= linked.end() + 12
        for a in found
    )


def _generic(key: str | None, country: str | None) -> ActorEntry | None:
    if key == "civilians":
        return ActorEntry("civilians", "Civilians", (), 7, country, None, "civilians")
    if key == "protesters":
        return ActorEntry("protesters", "Protesters", (), 6, country, None, "protesters")
    return None


def _family_for(entry: ActorEntry, country_name: str | None, state: str) -> str | None:
    """ACLED names generic actors after the country: "Civilians (Syria)", "Police Forces of the United States"."""
    if not country_name:
        return None
    if entry.kind in ("civilians", "protesters", "rioters") or entry.key.startswith("unidentified_"):
        return f"{entry.name} ({country_name})"
    if entry.kind in ("state_military", "state_police") and entry.country is None:
        return f"{entry.name} of {state}"
    return None
