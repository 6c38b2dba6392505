"""Ranking gazetteer candidates: which "Palmyra" did the article mean?

A candidate's score adds four things, so no single rule is a special case:

* match: the name is the place's canonical name or a name we wrote for it (+1.5), one of
  its GeoNames alternate names (0: often a former name, "Shiloh" for Springdale, Arkansas,
  not the town that bears it now), only equal after loose folding (-1.0), or only in its
  consonants (-2.0);
* hints: the place lies in a country the article names (+3.0);
* prominence: log10(population) + 0.6 * log2(1 + number of names in other
  languages), a proxy for how famous a place is (Tadmur, 51,000 people and 21 names,
  beats a Palmyra of 7,000 people and 4 names even though "Palmyra" is only an alternate
  name of Tadmur); national capitals +0.5;
* feature: countries +6 (a country name means the country); curated regions, rivers,
  deserts, seas and continents count as a large city (7.5); admin1 divisions score
  log10 of their summed population +2, curated divisions with a population (British and Irish
  counties) +1; airports 5.0 (context decides against a town's namesake).

A consonant-only match is a fallback, offered only when no better match exists and
when plausible (``plausible``): same initial
letter, and in a hinted country (or, with no hints at all, a prominent place and five
consonants or more), so "Latamneh" does not become Eltmann, Germany.

Then ordering rules: a town whose own name matched is put before a town of the same country
that held the name only as an alternate and is known by another name ("Shiloh", Illinois,
before Springdale, Arkansas, once Shiloh; not a spelling: "Zaporizhzhia" is the city); a city
whose own name matched is put before the admin1 division it lies in and that shares its name
("Homs" the city before Homs governorate), unless the query asked for the division ("Homs
governorate"), or the city is also "X City" and not a city of world rank ("Quebec" is the
province, "Quebec City" the city; "New York" the city); a US county named without its kind word
("Vanderburgh") comes after every town of that name ("Hamilton" is the town before Hamilton County).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from eventwire.gazetteer.normalize import ARTICLES, fold, loose_keys, skeleton

CANONICAL, ALTERNATE, LOOSE, DEMONYM, SKELETON = 0, 1, 2, 3, 4
"""Match qualities, as stored in the index's ``names.quality`` (lower is better but for
DEMONYM, which only ``Gazetteer.country`` uses)."""

MATCH_BONUS = {CANONICAL: 1.5, ALTERNATE: 0.0, LOOSE: -1.0, SKELETON: -2.0}
HINT_BONUS = 3.0
COUNTRY_BONUS = 6.0
CURATED_PROMINENCE = 7.5
CAPITAL_BONUS = 0.5
SEAT_MIN_POPULATION = 50_000
ADMIN2_PROMINENCE = 4.0
"""A county is named in full ("Laurel County"); which state's is for the context to say."""
ADMIN1_BONUS = 2.0
"""A first-level division is better known than its summed population says ("Virginia" the
state, not Virginia, Minnesota); its seat still comes first when it shares the name."""
SKELETON_PROMINENCE = 7.0
SKELETON_ALONE = 5
"""Consonants a consonant-only match needs when the article names no country."""
WORLD_REGION_PROMINENCE = 10.0
"""A region across borders ("the Middle East", "the Sahel") is as well known as a capital: Middle East,
Maryland, is a namesake."""
AIRPORT_PROMINENCE = 5.0
"""An airport named in full ("Heathrow Airport") or by its own name ("Schiphol") is that airport; a
town that shares the name ("Heathrow", Florida, 5,000 people) is as likely, so context decides."""
DIVISION_BONUS = 1.0
"""A second-level division named bare ("Cornwall", 570,000 people) is better known than a town of that size,
less than a first-level one."""
DIVISIONS = frozenset({"admin1"})
NAMED_CITY_POPULATION = 1_500_000
"""A city this large is meant by its bare name even when it is also "X City" ("New York")."""


@dataclass(frozen=True)
class Candidate:
    """One row of the index that matched a query, with how well it matched."""

    place: int
    geonameid: int | None
    name: str
    feature: str
    cc: str | None
    region: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    nalt: int
    capital: int
    admin2: str | None
    quality: int


def city_prominence(population: int, nalt: int) -> float:
    """Size plus fame: log10(population) + 0.6 * log2(1 + names in other languages)."""
    return math.log10(population + 1) + 0.6 * math.log2(1 + nalt)


def prominence(c: Candidate) -> float:
    if c.feature == "country":
        return math.log10(c.population + 1) + COUNTRY_BONUS
    if c.feature == "admin1":
        return math.log10(c.population + 1) + ADMIN1_BONUS
    if c.feature == "admin2":
        return ADMIN2_PROMINENCE
    if c.feature == "airport":
        return AIRPORT_PROMINENCE
    if c.feature == "region" and c.cc is None:
        return WORLD_REGION_PROMINENCE
    if c.feature == "region" and c.population:  # a division GeoNames data lacks, ranked by its size
        return math.log10(c.population + 1) + DIVISION_BONUS
    if c.feature != "city":
        return CURATED_PROMINENCE
    return city_prominence(c.population, c.nalt) + (CAPITAL_BONUS if c.capital == 2 else 0.0)


def score(c: Candidate, hints: frozenset[str]) -> float:
    hinted = HINT_BONUS if c.cc is not None and c.cc in hints else 0.0
    return MATCH_BONUS.get(c.quality, -1.0) + hinted + prominence(c)


def plausible(c: Candidate, query: str, hints: frozenset[str]) -> bool:
    """Whether a consonant-only match is worth offering: same initial letter (articles
    aside), and in a hinted country, or, without hints, a prominent place."""
    if c.quality != SKELETON:
        return True
    if _initial(query) != _initial(c.name):
        return False
    if hints:
        return c.cc in hints
    # without hints, four consonants match too much by chance ("Sieverne" is no Schwerin, "Kpankou" no Kupyansk)
    key = skeleton(query)
    return prominence(c) >= SKELETON_PROMINENCE and key is not None and len(key) >= SKELETON_ALONE


def _initial(name: str) -> str:
    words = fold(name).split()
    content = [w for w in words if w not in ARTICLES] or words
    return content[0][:1] if content else ""


def rank_scores(
    candidates: list[Candidate], hints: frozenset[str], known_as_city: frozenset[int] = frozenset()
) -> dict[int, float]:
    """Each candidate's score (by place id). ``hints`` are ISO2 codes. ``known_as_city``: places
    that also answer to the name with "City" after it ("Quebec City", "Oklahoma City"): news
    names such a city so, and its bare name the division (see ``NAMED_CITY_POPULATION``)."""
    scores = {c.place: score(c, hints) for c in candidates}
    for town in (c for c in candidates if c.feature == "city" and c.quality == CANONICAL):
        for other in candidates:
            if (
                other.feature == "city"
                and other.quality == ALTERNATE
                and other.cc == town.cc
                and other.population < NAMED_CITY_POPULATION
                and _another_name(other, town)
            ):  # "Shiloh", "Southold": the town that bears the name now, not a town it once named
                scores[other.place] = min(scores[other.place], scores[town.place] - 0.001)
    towns = [scores[c.place] for c in candidates if c.feature == "city" and c.quality <= ALTERNATE]
    for county in (c for c in candidates if c.feature == "admin2" and c.quality >= ALTERNATE and towns):
        # "Hamilton" alone is a town of that name before it is Hamilton County
        scores[county.place] = min(scores[county.place], min(towns) - 0.001)
    for division in (c for c in candidates if c.feature in DIVISIONS):
        for city in candidates:
            if city.place in known_as_city and city.population < NAMED_CITY_POPULATION:
                if city.cc == division.cc and city.admin1 == division.admin1:
                    scores[city.place] = min(scores[city.place], scores[division.place] - 0.001)
                continue
            if _seat_of(city, division):
                scores[division.place] = min(scores[division.place], scores[city.place] - 0.001)
    return scores


def rank(candidates: list[Candidate], hints: frozenset[str]) -> list[Candidate]:
    """Best first. ``hints`` are ISO2 codes."""
    scores = rank_scores(candidates, hints)
    return sorted(candidates, key=lambda c: (-scores[c.place], c.place))


def _another_name(other: Candidate, town: Candidate) -> bool:
    """Whether ``other`` is known by a name of its own, not a spelling of the town's (the city of
    Zaporizhzhya, also spelt "Zaporizhzhia" like a village, is not named after the village)."""
    (other_skeleton, other_keys), (town_skeleton, town_keys) = _name_keys(other.name), _name_keys(town.name)
    return other_skeleton != town_skeleton and not other_keys & town_keys


@lru_cache(maxsize=4096)
def _name_keys(name: str) -> tuple[str | None, frozenset[str]]:
    """A name's skeleton and loose keys, kept: each lookup compares every candidate's name with every town's."""
    return skeleton(name), frozenset(loose_keys(name))


def _seat_of(city: Candidate, division: Candidate) -> bool:
    """The city is known by the division's name in its own right: its canonical name matched,
    or an alternate name of a sizeable city (Minneota, 1,400 people, whose alternate names
    include "Minnesota", is not the seat of Minnesota)."""
    return (
        city.feature == "city"
        and (city.quality == CANONICAL or (city.quality <= LOOSE and city.population >= SEAT_MIN_POPULATION))
        and city.cc == division.cc
        and city.admin1 is not None
        and city.admin1 == division.admin1
    )
