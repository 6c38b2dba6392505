"""The document context a name is resolved in: the countries and divisions an article names, the places it
names without doubt, the war zone its words name, and the namesakes its names agree on (``_coherent``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from eventwire.records import Location
from eventwire.stages.places.geometry import _AREAS, haversine_km
from eventwire.stages.places.text import _same
from eventwire.stages.places.thresholds import (
    _COHERENT_KM,
    _COHERENT_NAMES,
    _COHERENT_RANGE,
    _VOTE_MARGIN,
    _VOTE_NAMES,
    _WORLD_CITY,
)


@dataclass(frozen=True)
class Theatre:
    """A war zone that the words of a report name without naming a place: the OSCE monitors' notes ("near
    Troitske") are about the Donbas front, so a village's namesakes there come first, and one the gazetteer
    knows only elsewhere is put in the zone (the region ``area``), not in a namesake 1,000 km away."""

    cue: re.Pattern[str]
    words: tuple[str, ...]
    """Substrings one of which every match of ``cue`` holds."""
    iso3: str
    admin1: tuple[str, ...]
    area: str


THEATRES = (
    Theatre(
        re.compile(
            r"\bOSCE SMM\b|\bSMM\b|Special Monitoring Mission|\bNAF (?:rebel|forces)|Novorossiya|\bJFO\b|"
            r"Joint Forces Operation|(?:Donetsk|Luhansk|Lugansk|Donbass?) People's (?:Republic|Militia)|\b[DL]PR\b"
        ),
        ("SMM", "Special Monitoring", "NAF", "Novoross", "JFO", "Joint Forces", "People's", "PR"),
        "UKR",
        ("Donetsk", "Luhansk"),
        "Donbas",
    ),
)


def _theatre(text: str) -> Theatre | None:
    """The war zone the text's words name; a substring test first (the regular expression costs 0.1 ms a page)."""
    return next((t for t in THEATRES if any(w in text for w in t.words) and t.cue.search(text)), None)


@dataclass(frozen=True)
class Anchor:
    """A place of the document resolved without doubt: other names are drawn towards it."""

    name: str
    latitude: float
    longitude: float
    iso3: str | None
    admin1: str | None
    point: bool = True
    """A town or site (not a division or region, whose centre says little about nearness)."""


@dataclass(frozen=True)
class PlaceContext:
    """The document context a place mention is resolved in: the countries it speaks of
    (strongest first), the divisions it names and the places it names unambiguously."""

    hints: tuple[str, ...] = ()
    divisions: dict[tuple[str | None, str], frozenset[str]] = field(default_factory=dict)
    """(ISO3, admin1) of the divisions the article names or its anchors lie in -> those names."""
    anchors: tuple[Anchor, ...] = ()
    support: dict[str, frozenset[str]] = field(default_factory=dict)
    """Hint -> the names in the article that point to it (a country name, places there)."""
    named: frozenset[tuple[int, int]] = frozenset()
    """(start, end) of the article's place mentions: a name already mentioned is resolved on its own."""
    others: frozenset[tuple[int, int]] = frozenset()
    """(start, end) of its actor and group mentions ("Boko Haram", "Syrian"): never read as a town."""
    coherent: dict[str, tuple[float, float, str | None, str | None, bool]] = field(default_factory=dict)
    theatre: Theatre | None = None
    """The war zone the text's words name (``THEATRES``), if any."""
    """Name -> (lat, lon, ISO3, admin1, a town?) of the candidate that lies among candidates of several other names
    of the article (``_coherent``): Alexandria beside Brandon, Kensington and Nelson is Alexandria, Minnesota."""

    def hints_for(self, name: str) -> tuple[str, ...]:
        """The hints without those only the name itself gives: "Paris" alone does not make an
        article about Paris, Texas, French; "Georgia" alone does not put Atlanta abroad."""
        return tuple(h for h in self.hints if h not in self.support or self.support[h] - {_same(name)})

    def in_division(self, location: Location, name: str) -> bool:
        """Whether the location lies in a division that something other than ``name`` points to."""
        names = self.divisions.get((location.iso3, location.admin1)) if location.admin1 else None
        return bool(names and names - {_same(name)})


class Geocoder(Protocol):
    def lookup(self, name: str, *, country_hints: Sequence[str] = ()) -> list[Location]: ...

    def scored(
        self, name: str, *, country_hints: Sequence[str] = (), limit: int = 10
    ) -> list[tuple[Location, float]]: ...

    def country(self, name: str) -> Location | None: ...

    def country_by_iso3(self, iso3: str) -> Location | None: ...

    def is_place_name(self, name: str) -> bool: ...

    def known_as(self, name: str, place: Location) -> bool: ...

    def nearest_town(
        self, latitude: float, longitude: float, iso3: str, *, within_km: float = 75.0
    ) -> Location | None: ...

    def capital_of(self, iso3: str) -> Location | None: ...


def _coherent(
    found: dict[str, list[tuple[Location, float]]],
    settled: dict[str, list[tuple[Location, float]]],
    voted: tuple[str | None, str] | None = None,
) -> dict[str, tuple[float, float, str | None, str | None, bool]]:
    """Joint disambiguation: for each name in doubt, the candidate near which candidates of at least
    ``_COHERENT_NAMES`` other names of the article lie (towns within ``_COHERENT_KM``, counties in the
    same state); of several, the one with most such names, then the best score. Local news names its
    small towns together (Brandon, Kensington, Nelson and Alexandria, Minnesota; Huntsville in Walker
    County, Texas), so the cluster tells which namesake is meant. A world city ("London", "Berlin")
    lends no support to its namesakes and needs one more neighbour to be read as one."""
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    counties: dict[tuple[str | None, str | None], set[str]] = {}
    towns: dict[tuple[str | None, str | None], set[str]] = {}
    # (country, state, county, "admin2" or "city") -> the names with a candidate that is that county or a town in it
    in_county: dict[tuple[str | None, str | None, str | None, str], set[str]] = {}
    for name, scored in (found | settled).items():
        world = scored[0][0].population >= _WORLD_CITY
        for loc, _ in scored[:1] if world else scored:
            if loc.admin2 is not None and loc.feature in ("admin2", "city"):
                in_county.setdefault((loc.iso3, loc.admin1, loc.admin2, loc.feature), set()).add(name)
            if loc.feature == "admin2":
                counties.setdefault((loc.iso3, loc.admin1), set()).add(name)
            elif loc.feature not in _AREAS:
                cells.setdefault((int(loc.latitude // 1), int(loc.longitude // 1)), []).append(
                    (name, loc.latitude, loc.longitude)
                )
                towns.setdefault((loc.iso3, loc.admin1), set()).add(name)
    out = {}
    for name, scored in found.items():
        inside = next(
            (
                loc
                for loc, score in scored
                if voted is not None
                and (loc.iso3, loc.admin1) == voted
                and loc.feature not in _VOTELESS
                and score >= scored[0][1] - _COHERENT_RANGE
            ),
            None,
        )
        if inside is not None:
            out[name] = (inside.latitude, inside.longitude, inside.iso3, inside.admin1, inside.feature not in _AREAS)
            continue
        needed = _COHERENT_NAMES + (scored[0][0].population >= _WORLD_CITY)
        best: tuple[int, int, float, Location] | None = None
        for loc, score in scored:
            if (loc.feature in _AREAS and loc.feature != "admin2") or score < scored[0][1] - _COHERENT_RANGE:
                continue
            state = (loc.iso3, loc.admin1)
            if loc.feature == "admin2":
                near = towns.get(state, set()) | counties.get(state, set())
            else:
                row, col = int(loc.latitude // 1), int(loc.longitude // 1)
                near = {
                    other
                    for i in (-1, 0, 1)
                    for j in (-1, 0, 1)
                    for other, lat, lon in cells.get((row + i, col + j), ())
                    if haversine_km(loc.latitude, loc.longitude, lat, lon) <= _COHERENT_KM
                } | (counties.get(state, set()) if loc.admin1 else set())
            near.discard(name)
            near = {other for other in near if not _named_after_each_other(name, other)}
            # of two states' namesakes equally supported, the town that lies in the county named with it, the
            # county a town named with it lies in ("Huntsville" and "Walker County": Texas, not Alabama, whose
            # Huntsville is in Madison County); not another town of that county ("Palmyra" and "Palmyra city")
            other = "city" if loc.feature == "admin2" else "admin2"
            county = in_county.get((loc.iso3, loc.admin1, loc.admin2, other), set()) - {name}
            if len(near) >= needed and (best is None or (len(near), len(county), score) > best[:3]):
                best = (len(near), len(county), score, loc)
        if best is not None:
            loc = best[3]
            out[name] = (loc.latitude, loc.longitude, loc.iso3, loc.admin1, loc.feature not in _AREAS)
    return out


def _named_after_each_other(name: str, other: str) -> bool:
    """Whether one name holds the other's words ("Richmond" and "North Richmond", "Albany" and "An Albany"): a place
    named after another lies beside each namesake of it, so the pair says nothing about which namesake is meant."""
    a, b = name.split(), other.split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


_VOTELESS = frozenset({"country", "continent", "sea", "region", "desert", "river", "route"})
"""Features that lie in no one first-level division."""


def _voted_division(
    found: dict[str, list[tuple[Location, float]]], settled: dict[str, list[tuple[Location, float]]]
) -> tuple[tuple[str | None, str], frozenset[str]] | None:
    """The first-level division (ISO3, admin1) that clearly more of the article's names can lie in than any
    other, and the names that can lie there. Local news names its towns, county and state together ("Carthage",
    "Raleigh", "Moore County", "N.C."): though "Carthage" alone has better-known namesakes, the state most names
    share decides it. A name in doubt counts for a division when one of its candidates within
    ``_COHERENT_RANGE`` of its best lies there; a settled name counts for its own division only."""
    votes: dict[tuple[str | None, str], set[str]] = {}
    for name, scored in (found | settled).items():
        for loc, score in scored:
            if loc.admin1 and loc.feature not in _VOTELESS and score >= scored[0][1] - _COHERENT_RANGE:
                votes.setdefault((loc.iso3, loc.admin1), set()).add(name)
    ranked = sorted((len(names), key) for key, names in votes.items())
    if not ranked:
        return None
    runner = ranked[-2][0] if len(ranked) > 1 else 0
    count, key = ranked[-1]
    return (key, frozenset(votes[key])) if count >= _VOTE_NAMES and count - runner >= _VOTE_MARGIN else None
