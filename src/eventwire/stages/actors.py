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
from eventwire.lexicon import ActorEntry, ActorLexicon, WordsPattern
from eventwire.records import Actor, ActorRole, Inter, Mention, MentionKind, Span

NOT_COMBATANTS = frozenset({"monitor", "ngo", "un", "media", "state_government"})
_BY_AGENT = WordsPattern(re.compile(
    # "were shot to death last night by"
    r"(?:\b(?:was|were|been|being|is|are|had been|have been)\s+(?:\w+\s+){0,3}(?:(?:(?:last|this|early|late)\s+"
    r"(?:night|morning|evening|week)|yesterday|today|overnight|on\s+\w+(?:\s+(?:night|morning|evening))?)\s+)?|"
    r"\b(?:attacks?|strikes?|raids?|assaults?|bombings?|ambush|shelling|offensive|killings?|carried out|launched|claimed|"
    r"fire|gunfire|bombardment|rockets?|missiles?|mortars?)\s+(?:\w+\s+){0,2}|"
    # a participle without its "was": "shells fired by LNA forces", "a bomb planted by militants"
    r"\b(?:fired|dropped|planted|thrown|hurled|detonated|shot|struck|targeted|ambushed|attacked|abducted|kidnapped|"
    r"seized|captured|killed|wounded|injured|conducted|committed|perpetrated|executed|stormed|raided|shelled|bombed|"
    r"torched|looted|set off)\s+"
    # with where it struck between: "a bomb planted under an SDF vehicle by", "shells fired at the camp by"
    r"(?:(?:in|on|under|at|near|inside|outside|against|into|onto)\s+(?:(?!\w+(?:ed|ing)\s)\w+\s+){1,4})?)"
    # "by IS", "by suspected militants", "by pro-government militia fighters of the VDP",
    # "by a group of terrorists from the Zarate Willka Armed Forces of Liberation"
    r"by\s+(?:the\s+)?(?:\w+\s+)?(?:(?:suspected|alleged|presumed|pro-[\w-]+|militia|militiamen|fighters|members|"
    r"elements|gunmen|militants|forces|troops|men|of|the|armed|allied|rebel|jihadist|islamist|a|an|group|"
    r"terrorists|guerrillas|rebels|insurgents|commando|cell|unit|squad|column|from)\s+){0,6}$",
    re.IGNORECASE,
))
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
# "bombers detonated after being intercepted by police": the "by" of a side clause names who stopped them
_ASIDE_BY = re.compile(
    r"\b(?:after|before|while|when|upon|without)\s+(?:being|having been)\s+(?:\w+\s+){1,3}by\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "repelled an attack of Boko Haram", "an ambush from the rebels": the attack's author, not its target ("attack on")
_ATTACK_OF = re.compile(
    r"\b(?:attacks?|raids?|assaults?|ambush(?:es)?|offensive|incursions?)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:suspected\s+|alleged\s+|presumed\s+)?$",
    re.IGNORECASE,
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
# generic actors ACLED writes with the event's country in brackets, besides civilians, crowds and the unidentified
_BY_COUNTRY = frozenset({"private_security_forces", "opposition_rebels"})
# generic state forces named by their head; a sub-unit ("Military Police", "Prison Guards") follows its state's forces
_STATE_HEADS = {"state_military": "Military Forces", "state_police": "Police Forces"}
_YEARS = re.compile(r"\d{4}(?:-(?:\d{4})?)?")
# words that make an unnamed attacker a criminal gang rather than an armed group (ACLED: "Unidentified Gang")
_CRIME = WordsPattern(re.compile(
    r"\bgangs?\b|gang[- ](?:related|members?|rivalry)|\bcartels?\b|drug[- ]traffick|\bnarco|drive-by|"
    r"criminal (?:group|gang|organi[sz]ation)s?|organi[sz]ed crime|\bbehead|decapitat|dismember|human remains|"
    r"\bextort|\brobbery|\brobbers?\b|\bhitm[ae]n\b|\bsicarios?\b|drug dealers?|drug[- ]dealing|drug[- ]related|"
    r"(?:sale|selling|sales) of drugs|drug sales|selling drugs",
    re.IGNORECASE,
))


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
                before = text[max(sentence.start, m.span.start - 80) : m.span.start]
                agent = bool(_BY_AGENT.search(before)) and not _ASIDE_BY.search(before)
                agent = agent or bool(_ITS_ATTACK.match(text, m.span.end))
                agent = agent or bool(_ATTACK_OF.search(text, max(sentence.start, m.span.start - 40), m.span.start))
                found.append(ActorMention(entry, m.span, agent))
        found += self._numbered_units(text, sentence, mentions, found)
        found = [a for a in found if not _qualifies(text, a, found) and not _allegiance(text, a, found)]
        found = _under_umbrella(text, found)
        return sorted(found, key=lambda a: (not a.agent, a.span.start))

    def _numbered_units(
        self, text: str, sentence: Span, mentions: Sequence[Mention], found: list[ActorMention]
    ) -> list[ActorMention]:
        """A numbered unit ("the 22nd Mechanized Brigade", "6th infantry brigade") is a unit of the state's
        forces, named after the event's country. One whose state a word before names ("Russia's 155th
        Brigade") is left alone: the country of the event may be the enemy's."""
        entry = self.entry("military_generic")
        if entry is None:
            return []
        out = []
        for m in _UNIT.finditer(text, sentence.start, sentence.end):
            if any(a.span.start < m.end() and m.start() < a.span.end for a in found):
                continue  # "the 6th Southern Resistance Brigade": the lexicon's actor
            if any(
                n.kind in (MentionKind.NORP, MentionKind.PLACE) and 0 <= m.start() - n.span.end <= 3 for n in mentions
            ) or _OWNER_BEFORE.search(text, max(sentence.start, m.start() - 30), m.start()):
                continue
            span = Span.of(text, m.start(), m.end())
            agent = bool(_BY_AGENT.search(text[max(sentence.start, m.start() - 80) : m.start()]))
            out.append(ActorMention(entry, span, agent or bool(_ITS_ATTACK.match(text, m.end()))))
        return out

    def corefer(self, text: str, found: list[ActorMention], earlier: Sequence[Mention]) -> list[ActorMention]:
        """ "The militants", "the gunmen": a definite reference to an unnamed attacker is the armed group the
        article named before, when it named only one ("JNIM fighters stopped a truck ... The militants seized
        phones"). A generic police or army after a named unit of it ("the Military Police carried out an
        operation ... police officers exchanged fire") is that unit."""
        named: dict[str, ActorEntry] = {}
        units: dict[str, ActorEntry] = {}
        for m in earlier:
            entry = self.entry(m.key)
            if m.kind is not MentionKind.ACTOR or entry is None:
                continue
            if (
                entry.inter in (2, 3, 4)
                and (entry.family or entry.country)
                and not entry.key.startswith("unidentified")
            ):
                named[entry.key] = entry
            elif entry.key in _SUB_UNITS:
                units[entry.key] = entry
        out = []
        for a in found:
            entry = None
            if (
                a.entry.key == "unidentified_armed_group"
                and len(named) == 1
                and _DEFINITE.search(text, max(0, a.span.start - 16), a.span.start)
            ):
                entry = next(iter(named.values()))
            elif a.entry.key in ("police_generic", "military_generic") and len(units) == 1:
                unit = next(iter(units.values()))
                entry = (
                    unit
                    if _STATE_HEADS[unit.kind] == _STATE_HEADS[a.entry.kind] or unit.key == "military_police_generic"
                    else None
                )
            out.append(ActorMention(entry, a.span, a.agent) if entry is not None else a)
        return out

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
        if family and generic_state and not entry.family and entry.name != _STATE_HEADS[entry.kind]:
            name = f"{family} {entry.name}"  # "Military Forces of Brazil (2019-) Military Police"
        elif family and (entry.kind == "state_government" or _MINISTRY.search(entry.name) or generic_state):
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


# "gunmen from the FLEC", "terrorists of the Zarate Willka Armed Forces": the generic noun is the group's
_MEMBERS_OF = re.compile(r"\s*(?:\(\w+\)\s*)?(?:of|from)\s+(?:the\s+)?(?:self-styled\s+|so-called\s+)?$", re.IGNORECASE)


def _qualifies(text: str, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A generic noun right after a named actor is that actor ("Al shabaab militants", "Boko Haram fighters"),
    and so is one that the named group's name follows ("militants of the ADF", "a group of terrorists from the FAL")."""
    if actor.entry.family or actor.entry.country or actor.entry.inter == 7:
        return False
    return any(
        a is not actor
        and (a.entry.family or a.entry.country)
        and (
            (a.span.end <= actor.span.start and not text[a.span.end : actor.span.start].strip())
            or (actor.span.end <= a.span.start and _MEMBERS_OF.fullmatch(text, actor.span.end, a.span.start))
        )
        for a in found
    )


# "the 22nd Mechanized Brigade", "6th infantry brigade", "the 201st Corps"
# ("Troops of the 21 Brigade": a bare number only before a capitalised unit, not "3 battalions")
_UNIT = WordsPattern(re.compile(
    r"\b\d{1,3}(?:(?i:st|nd|rd|th)\s+(?:[A-Za-z]+\s+){0,2}?(?i:brigade|division|battalion|regiment|corps|military region)s?"
    r"|\s+(?:Brigade|Division|Battalion|Regiment|Corps))\b"
))
_OWNER_BEFORE = re.compile(r"[’']s\s+$")
# "the militants", "The gunmen": a definite reference back to an actor already named
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+(?:suspected\s+|same\s+)?$", re.IGNORECASE)
# generic sub-units a later "police" or "troops" refers back to
_SUB_UNITS = frozenset({"military_police_generic", "prison_guards_generic"})
# "Turkish forces and JWS factions, operating under OPS, shelled ...", "rebels under the banner of the SDF"
_UNDER = re.compile(
    r"\b(?:operat\w*|fighting|acting|serving)\s+under\s+(?:the\s+)?(?:(?:banner|umbrella|command|flag)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_UNDER_OPERATION = re.compile(r"\bunder\s+(?:the\s+)?$", re.IGNORECASE)
_UNDER_REACH = 120  # characters before the umbrella that its forces are named in


def _under_umbrella(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """Forces said to fight under an operation or a coalition are coded as it (ACLED: "Operation Peace
    Spring" for Turkish forces and the factions under it): the armed actors named just before the umbrella
    take its name, and it acts."""
    out = list(found)
    for u in found:
        before = text[max(0, u.span.start - 40) : u.span.start]
        if not (_UNDER.search(before) or (u.entry.name.startswith("Operation ") and _UNDER_OPERATION.search(before))):
            continue
        under = [
            a
            for a in out
            if a is not u
            and u.span.start - _UNDER_REACH <= a.span.start < u.span.start
            and a.entry.inter in (1, 2, 3, 4, 8)
        ]
        if under:  # their words stay theirs (no adjective re-reads "Turkish forces"), their name is the umbrella's
            out = [ActorMention(u.entry, a.span, a.agent) if a in under else a for a in out if a is not u]
            out.append(ActorMention(u.entry, u.span, True))
    return out


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
    if (
        entry.kind in ("civilians", "protesters", "rioters")
        or entry.key.startswith("unidentified_")
        or entry.key in _BY_COUNTRY
    ):
        return f"{entry.name} ({country_name})"
    if entry.kind in ("state_military", "state_police") and entry.country is None:
        return f"{_STATE_HEADS[entry.kind]} of {state}"
    return None
